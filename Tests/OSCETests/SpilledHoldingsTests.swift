import Foundation
import RDF
import ScratchFile
import Testing
@testable import OSCE

/// `SortedPairs` (the releases of post holdings, the description's page
/// lists) and a streaming builder whose holdings' releases spill to a
/// temporary file: the same pairs, the same triples, as in memory.
@Suite struct SpilledHoldingsTests {
    let policy = IRIPolicy()

    func all(_ pairs: SortedPairs) throws -> [String] {
        var merge = try pairs.merged()
        var out: [String] = []
        while let (key, value) = try merge.next() { out.append(key + "|" + value) }
        return out
    }

    @Test(arguments: [1, 40, Int.max])
    func sortedPairsMergeRunsInStringOrderOnce(memoryLimit: Int) throws {
        var pairs = SortedPairs(memoryLimit: memoryLimit)
        var expected = Set<String>()
        // Keys and values of several lengths, non-ASCII and long ones (a field read across buffers), repeated.
        let words = ["b", "a", "ä", "", "zz", String(repeating: "long", count: 20_000), "e\u{301}", "Ω"]
        for (i, k) in words.enumerated() {
            for v in words.reversed() + ["\(i)"] {
                pairs.insert(k, v)
                pairs.insert(k, v)
                expected.insert(k + "|" + v)
            }
        }
        #expect(pairs.hasSpilled == (memoryLimit != .max))
        let merged = try all(pairs)
        #expect(merged.count == expected.count)
        let sortedPairs = words.flatMap { k in (words + words.indices.map { "\($0)" }).map { (k, $0) } }
        var reference: [String] = []
        for p in sortedPairs.sorted(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }) {
            let text = p.0 + "|" + p.1
            if expected.contains(text) && reference.last != text { reference.append(text) }
        }
        #expect(merged == reference)
        #expect(try all(pairs) == merged)  // merging again reads the same
    }

    func release(_ n: Int, person: String) -> Release {
        let p = Person(name: person)
        return Release(kind: .pressRelease, title: "Release \(n)", date: "20\(10 + n % 9)-0\(1 + n % 9)-1\(n % 10)", people: [p],
                       posts: [Post(role: "Head of the OSCE Mission to Serbia", holder: p)], sourcePath: "page-\(n).txt")
    }

    func streamed(spilling: Bool) throws -> [Triple] {
        var b = KnowledgeGraphBuilder(policy: policy, streaming: true)
        if spilling { b.holdingReleases = SortedPairs(memoryLimit: 200) }
        var out = b.takeEmitted()
        for n in 0..<60 {
            b.add(release(n, person: n % 3 == 0 ? "Jan Braathu" : "Dominik Papenheim"))
            out += b.takeEmitted()
        }
        try b.emitClosingTriples()
        out += b.takeEmitted()
        #expect(b.holdingReleases.hasSpilled == spilling)
        return out
    }

    @Test func spilledHoldingReleasesGiveTheSameTriples() throws {
        var stored = KnowledgeGraphBuilder(policy: policy)
        for n in 0..<60 { stored.add(release(n, person: n % 3 == 0 ? "Jan Braathu" : "Dominik Papenheim")) }
        let spilled = try streamed(spilling: true)
        #expect(spilled == stored.build().triples)
        #expect(spilled == (try streamed(spilling: false)))
        // Every release attests its holding, once, in IRI order; the interval spans the dates.
        let derived = spilled.filter { $0.predicate == V.prov["wasDerivedFrom"] && $0.subject.description.contains("/membership/") }
        #expect(derived.count == 60)
        let braathu = derived.filter { $0.subject.description.contains("jan-braathu") }.map(\.object.description)
        #expect(braathu.count == 20 && braathu == braathu.sorted())
    }
}
