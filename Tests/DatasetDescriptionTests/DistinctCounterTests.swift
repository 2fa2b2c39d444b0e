import Foundation
import RDF
import Testing
@testable import DatasetDescription

/// `DistinctCounter`: exact distinct counts per tag whether the keys stay in
/// memory or spill in sorted runs, and no file left in the folder.
@Suite struct DistinctCounterTests {
    /// Keys with many repeats, across tags, in a scrambled order.
    static func keys(_ n: Int) -> [(Fingerprint, Int)] {
        (0..<n).map { i in
            let value = (i &* 7919) % (n / 3 + 1)  // each value about three times
            return (Fingerprint(.iri(IRI(unchecked: "https://example.org/\(value)"))), value % 4)
        }
    }

    static func expected(_ keys: [(Fingerprint, Int)], tags: Int) -> [Int] {
        var sets = [Set<Fingerprint>](repeating: [], count: tags)
        for (f, t) in keys { sets[t].insert(f) }
        return sets.map(\.count)
    }

    @Test(arguments: [Int.max, 5000, 97])
    func countsAreExactWithAndWithoutRuns(memoryLimit: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-distinct-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = Self.keys(20_000)
        var counter = DistinctCounter(memoryLimit: memoryLimit, directory: folder.path)
        for (f, t) in keys { counter.insert(f, tag: t) }
        #expect(counter.hasSpilled == (memoryLimit < 20_000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        let expected = Self.expected(keys, tags: 4)
        #expect(expected.reduce(0, +) > 6000)
        #expect(try counter.counts(tags: 4) == expected)
        // A tag beyond those asked for is not counted; a tag with no key counts 0.
        #expect(try counter.counts(tags: 5) == expected + [0])
        #expect(try counter.counts(tags: 2) == Array(expected.prefix(2)))
    }

    /// Keys that repeat right away and again later, under several tags, before and after runs
    /// are written: the recent-keys table skips only keys counted already (in the set or in a
    /// run), so the counts stay those of a set of every key.
    @Test(arguments: [Int.max, 300, 7])
    func repeatedKeysAreCountedOnce(memoryLimit: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-distinct-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var keys: [(Fingerprint, Int)] = []
        for i in 0..<6000 {
            let value = (i &* 104_729) % 1500
            let key = (Fingerprint(.iri(IRI(unchecked: "https://example.org/r\(value)"))), i % 3)
            // One to three times in a row, as an entity's triples repeat their subject.
            for _ in 0...(value % 3) { keys.append(key) }
            // A key of another tag with the same fingerprint, now and then.
            if value % 5 == 0 { keys.append((key.0, 3)) }
        }
        var counter = DistinctCounter(memoryLimit: memoryLimit, directory: folder.path)
        for (f, t) in keys { counter.insert(f, tag: t) }
        #expect(counter.hasSpilled == (memoryLimit < 1500))
        let expected = Self.expected(keys, tags: 4)
        #expect(expected.reduce(0, +) > 1500)
        #expect(try counter.counts(tags: 4) == expected)
    }

    /// A folder where no file can be made: the keys stay in memory, the counts exact.
    @Test func unwritableFolderKeepsCountsExact() throws {
        let keys = Self.keys(3000)
        var counter = DistinctCounter(memoryLimit: 10, directory: "/nonexistent-osce-kg-folder")
        for (f, t) in keys { counter.insert(f, tag: t) }
        #expect(!counter.hasSpilled)
        #expect(try counter.counts(tags: 4) == Self.expected(keys, tags: 4))
    }
}
