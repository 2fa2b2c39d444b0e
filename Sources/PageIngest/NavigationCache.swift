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
/// - Complexity: O(size of the menu) a look-up: one FNV-1a pass over its bytes, and a byte
///   comparison with the menu found under that hash.
final class NavigationCache: @unchecked Sendable {
    static let shared = NavigationCache()
    static let capacity = 256

    /// A menu's sections with a hash of their bytes, computed once.
    private struct Key: Hashable {
        let sections: [NavigationParser.Section]
        let digest: UInt64

        init(_ sections: [NavigationParser.Section]) {
            self.sections = sections
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            func add(_ s: String) {
                for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
                h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3  // (0xFF never occurs in UTF-8: an end mark)
            }
            for section in sections {
                add(section.header)
                for e in section.entries { add(e) }
                h = (h ^ 0xFE) &* 0x0000_0100_0000_01B3
            }
            digest = h
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        static func == (a: Key, b: Key) -> Bool {
            guard a.digest == b.digest, a.sections.count == b.sections.count else { return false }
            for (x, y) in zip(a.sections, b.sections) {
                guard x.header.utf8.elementsEqual(y.header.utf8), x.entries.count == y.entries.count,
                      zip(x.entries, y.entries).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }) else { return false }
            }
            return true
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
