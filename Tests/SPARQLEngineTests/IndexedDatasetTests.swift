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
}
