import Foundation

/// The navigation facts of the site menus already read in this process, by the menu's sections.
///
/// Every page of a site carries the same menu, so a corpus reads one menu thousands of times:
/// the facts are built once per distinct menu (`NavigationParser.build`, a pure function of the
/// sections) and looked up afterwards. Safe to use from the threads that analyse pages at once.
/// At most `capacity` menus are kept; past that, a menu's facts are built each time.
/// - Complexity: O(size of the menu) a look-up (hashing and comparing its sections).
final class NavigationCache: @unchecked Sendable {
    static let shared = NavigationCache()
    static let capacity = 256

    private let lock = NSLock()
    private var facts: [[NavigationParser.Section]: NavigationFacts] = [:]

    /// The facts of `sections`, from the cache or from `build` (then kept, while there is room).
    func facts(for sections: [NavigationParser.Section], build: ([NavigationParser.Section]) -> NavigationFacts) -> NavigationFacts {
        lock.lock()
        let cached = facts[sections]
        lock.unlock()
        if let cached { return cached }
        let built = build(sections)
        lock.lock()
        if facts.count < Self.capacity { facts[sections] = built }
        lock.unlock()
        return built
    }
}
