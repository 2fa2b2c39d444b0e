import Foundation

/// The navigation facts of the site menus already read in this process, by the menu's sections.
///
/// Every page of a site carries the same menu, so a corpus reads one menu thousands of times:
/// the facts are built once per distinct menu (`NavigationParser.build`, a pure function of the
/// sections) and looked up afterwards. Safe to use from the threads that analyse pages at once.
/// At most `capacity` menus are kept; past that, a menu's facts are built each time.
///
/// Menus are told apart by their bytes (UTF-8), not by `String` equality: two menus that are
/// canonically equivalent but spelt differently get facts of their own spelling, whichever page
/// a thread happened to read first (the output does not depend on scheduling).
/// - Complexity: O(size of the menu) a look-up: one hash of its bytes, and a byte comparison
///   with the menu found under that hash.
final class NavigationCache: @unchecked Sendable {
    static let shared = NavigationCache()
    static let capacity = 256

    /// A menu's sections with a hash of their bytes, computed once.
    private struct Key: Hashable {
        let sections: [NavigationParser.Section]
        let digest: Int

        init(_ sections: [NavigationParser.Section]) {
            self.sections = sections
            var hasher = Hasher()
            func add(_ s: String) {
                var s = s
                s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(0xFF as UInt8)  // (0xFF never occurs in UTF-8: an end mark)
            }
            for section in sections {
                add(section.header)
                for e in section.entries { add(e) }
                hasher.combine(0xFE as UInt8)
            }
            digest = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        static func == (a: Key, b: Key) -> Bool {
            guard a.digest == b.digest, a.sections.count == b.sections.count else { return false }
            for (x, y) in zip(a.sections, b.sections) {
                guard sameBytes(x.header, y.header), x.entries.count == y.entries.count,
                      zip(x.entries, y.entries).allSatisfy(sameBytes) else { return false }
            }
            return true
        }

        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
        }
    }

    private let lock = NSLock()
    private var facts: [Key: NavigationFacts] = [:]

    /// The facts of `sections`, from the cache or from `build` (then kept, while there is room).
    func facts(for sections: [NavigationParser.Section], build: ([NavigationParser.Section]) -> NavigationFacts) -> NavigationFacts {
        let key = Key(sections)
        lock.lock()
        let cached = facts[key]
        lock.unlock()
        if let cached { return cached }
        let built = build(sections)
        lock.lock()
        if facts.count < Self.capacity { facts[key] = built }
        lock.unlock()
        return built
    }
}
