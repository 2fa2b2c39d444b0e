import RDF
import SPARQLEngine
import SPARQLOptimizer
import Testing

@Suite struct IndexedDatasetTests {
    @Test func lookupsUseEveryPermutation() throws {
        let d = Alg.data([Alg.triple("a", "p", "b"), Alg.triple("a", "p", "c"), Alg.triple("b", "q", "c"), Alg.triple("a", "p", "b")])
        #expect(d.defaultGraphCount == 3)  // duplicate stored once
        let a = try #require(d.id(of: Alg.node("a"))), p = try #require(d.id(of: Alg.node("p")))
        let c = try #require(d.id(of: Alg.node("c")))
        #expect(d.count(subject: a, predicate: nil, object: nil, in: .defaultGraph) == 2)
        #expect(d.count(subject: nil, predicate: p, object: nil, in: .defaultGraph) == 2)
        #expect(d.count(subject: nil, predicate: nil, object: c, in: .defaultGraph) == 2)
        #expect(d.count(subject: a, predicate: nil, object: c, in: .defaultGraph) == 1)
        #expect(d.count(subject: nil, predicate: p, object: c, in: .defaultGraph) == 1)
        var cursor = d.match(subject: nil, predicate: nil, object: c, in: .defaultGraph)
        var subjects = [String]()
        while let t = cursor.next() { subjects.append(Alg.short(d.term(of: t.subject))) }
        #expect(subjects.sorted() == ["a", "b"])
        let stats = try #require(d.statistics(predicate: p, in: .defaultGraph))
        #expect(stats == PredicateStatistics(triples: 2, distinctSubjects: 1, distinctObjects: 2))
        #expect(d.nodes(in: .defaultGraph).count == 3)
    }

    @Test func namedGraphsAreSeparate() throws {
        var ds = Dataset()
        ds.insert(Quad(Alg.triple("a", "p", "b")))
        ds.insert(Quad(Alg.triple("x", "p", "y"), graph: Alg.node("g1")))
        let d = IndexedDataset(dataset: ds)
        let g1 = try #require(d.id(of: Alg.node("g1")))
        #expect(d.namedGraphs == [g1])
        #expect(d.count(subject: nil, predicate: nil, object: nil, in: .defaultGraph) == 1)
        #expect(d.count(subject: nil, predicate: nil, object: nil, in: .named(g1)) == 1)
        #expect(d.triples(in: .named(g1)) == [Alg.triple("x", "p", "y")])
    }

    @Test func addAfterFinishNeedsAnotherFinish() {
        let d = Alg.data([Alg.triple("a", "p", "b")])
        d.add(Alg.triple("a", "p", "c"))
        #expect(d.defaultGraphCount == 1)
        d.finishLoading()
        #expect(d.defaultGraphCount == 2)
    }

    /// The counting-sort index build: every permutation in its exact order,
    /// duplicates dropped, a subject with a run longer than the insertion
    /// sort's, and triples added after a first build merged in.
    @Test func indexesAreSortedAndDeduplicated() throws {
        var rng = SplitMix(seed: 7)
        var added: [Triple] = []
        for _ in 0..<12000 {  // more than a LoadPipeline batch: the worker thread encodes most of them
            let t = Alg.triple("s\(rng.next() % 60)", "p\(rng.next() % 7)", "o\(rng.next() % 90)")
            added.append(t)
        }
        for k in 0..<100 { added.append(Alg.triple("hub", "p\(k % 3)", "o\(99 - k)")) }  // one long run
        let d = IndexedDataset()
        for t in added.prefix(9000) { d.add(t) }
        d.finishLoading()
        for t in added.dropFirst(9000) { d.add(t) }
        d.finishLoading()
        let distinct = Set(added.map { "\($0)" })
        #expect(d.defaultGraphCount == distinct.count)
        func ids(_ c: TripleCursor) -> [EncodedTriple] {
            var c = c
            var out: [EncodedTriple] = []
            while let t = c.next() { out.append(t) }
            return out
        }
        let spo = ids(d.match(subject: nil, predicate: nil, object: nil, in: .defaultGraph))
        #expect(spo.count == distinct.count)
        #expect(Set(spo.map { "\(Triple(d.term(of: $0.subject), d.term(of: $0.predicate).iri!, d.term(of: $0.object)))" }) == distinct)
        #expect(zip(spo, spo.dropFirst()).allSatisfy { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) })
        var perP = 0, perO = 0
        for p in Set(spo.map(\.predicate)) {
            let pos = ids(d.match(subject: nil, predicate: p, object: nil, in: .defaultGraph))
            perP += pos.count
            #expect(zip(pos, pos.dropFirst()).allSatisfy { ($0.object, $0.subject) < ($1.object, $1.subject) })
        }
        for o in Set(spo.map(\.object)) {
            let osp = ids(d.match(subject: nil, predicate: nil, object: o, in: .defaultGraph))
            perO += osp.count
            #expect(zip(osp, osp.dropFirst()).allSatisfy { ($0.subject, $0.predicate) < ($1.subject, $1.predicate) })
        }
        #expect(perP == spo.count && perO == spo.count)
        let hub = try #require(d.id(of: Alg.node("hub")))
        #expect(d.count(subject: hub, predicate: nil, object: nil, in: .defaultGraph) == 100)
    }
}

extension IndexedDatasetTests {
    /// A named graph far smaller than the dataset's id range is indexed by
    /// comparison sorts rather than counting sorts: the same permutations,
    /// counts and statistics as the same triples in a graph of their own.
    @Test func smallGraphOfALargeDatasetIndexesTheSame() throws {
        var rng = SplitMix(seed: 11)
        var small: [Triple] = []
        for _ in 0..<40 { small.append(Alg.triple("s\(rng.next() % 6)", "p\(rng.next() % 3)", "o\(rng.next() % 9)")) }
        let large = IndexedDataset()
        for i in 0..<3000 { large.add(Alg.triple("big\(i)", "q", "v\(i)")) }  // many ids, so the named graph is sparse
        for t in small { large.add(t, graph: Alg.node("g")) }
        large.finishLoading()
        let alone = IndexedDataset()
        for t in small { alone.add(t) }
        alone.finishLoading()
        let g = try #require(large.id(of: Alg.node("g")))
        func terms(_ d: IndexedDataset, _ c: TripleCursor) -> [String] {
            var c = c
            var out: [String] = []
            while let t = c.next() { out.append("\(d.term(of: t.subject)) \(d.term(of: t.predicate)) \(d.term(of: t.object))") }
            return out
        }
        #expect(large.count(subject: nil, predicate: nil, object: nil, in: .named(g)) == Set(small.map { "\($0)" }).count)
        let nodes = Set(small.flatMap { [$0.subject, $0.object] }).map { $0 } + Set(small.map { Term.iri($0.predicate) }).map { $0 }
        for node in nodes {
            let l = try #require(large.id(of: node)), a = try #require(alone.id(of: node))
            // Orders within a permutation follow ids, which differ between the two datasets: compare as sets, and counts.
            for (x, y) in [(large.match(subject: l, predicate: nil, object: nil, in: .named(g)), alone.match(subject: a, predicate: nil, object: nil, in: .defaultGraph)),
                           (large.match(subject: nil, predicate: l, object: nil, in: .named(g)), alone.match(subject: nil, predicate: a, object: nil, in: .defaultGraph)),
                           (large.match(subject: nil, predicate: nil, object: l, in: .named(g)), alone.match(subject: nil, predicate: nil, object: a, in: .defaultGraph))] {
                #expect(Set(terms(large, x)) == Set(terms(alone, y)))
                #expect(x.remaining == y.remaining)
            }
            if case .iri = node, let s = large.statistics(predicate: l, in: .named(g)) {
                #expect(s == alone.statistics(predicate: a, in: .defaultGraph))
            }
        }
        // SPO of the named graph is in id order, without duplicates.
        var c = large.match(subject: nil, predicate: nil, object: nil, in: .named(g))
        var keys: [EncodedTriple] = []
        while let t = c.next() { keys.append(t) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { ($0.subject, $0.predicate, $0.object) < ($1.subject, $1.predicate, $1.object) })
    }

    /// Terms encoded on the load worker get the ids of encoding in call
    /// order (first appearance: 1, 2, 3, ...), whatever the batch boundaries;
    /// `encode` and `id(of:)` between `add`s see every term added before.
    @Test func loadWorkerKeepsCallOrder() throws {
        let d = IndexedDataset()
        var order: [Term] = []
        var seen = Set<String>()
        func note(_ t: Term) { if seen.insert("\(t)").inserted { order.append(t) } }
        for i in 0..<10000 {
            let t = Alg.triple("s\(i / 3)", "p\(i % 5)", "o\(i % 7919)")
            note(t.subject); note(.iri(t.predicate)); note(t.object)
            d.add(t)
            if i == 6000 {
                // mid-load: the worker's pending batches are encoded first
                let id = try #require(d.id(of: Alg.node("s1999")))
                #expect(id == TermID(order.firstIndex(of: Alg.node("s1999"))! + 1))
                let fresh = d.encode(Alg.node("fresh"))
                note(Alg.node("fresh"))
                #expect(fresh == TermID(order.count))
            }
        }
        d.finishLoading()
        #expect(d.termCount == order.count)
        for (k, t) in order.enumerated() { #expect(d.id(of: t) == TermID(k + 1)) }
        #expect(d.defaultGraphCount == 10000)
    }
}

/// A small deterministic generator for tests (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
