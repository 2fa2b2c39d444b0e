import RDF
import SPARQLEngine
import SPARQLOptimizer
import SPARQLSyntax
import Testing

/// Statistics given by hand: triples per predicate IRI, 2 distinct subjects
/// and objects each, so that a join order follows from the counts alone.
struct FixedStatistics: PlanStatistics {
    let counts: [String: Int]
    func count(subject: Term?, predicate: Term?, object: Term?, in graph: PlanGraph) -> Int {
        guard case .iri(let p)? = predicate else { return counts.values.reduce(0, +) }
        let n = counts[p.value] ?? 0
        return subject != nil || object != nil ? min(n, 2) : n
    }
    func statistics(predicate: Term, in graph: PlanGraph) -> PredicateStatistics? {
        guard case .iri(let p) = predicate, let n = counts[p.value] else { return nil }
        return PredicateStatistics(triples: n, distinctSubjects: max(1, n / 2), distinctObjects: max(1, n / 2))
    }
}

@Suite struct PlanTests {
    static let ex = "http://example.org/"
    func pattern(_ q: String) throws -> GraphPattern {
        try SPARQLParser.parse("PREFIX : <\(Self.ex)> " + q).pattern
    }

    /// The optional BGP joined to a BGP stays apart; two joined BGPs merge into one.
    @Test func bgpsMerge() throws {
        let p = try pattern("SELECT * WHERE { ?s :a ?x . { ?s :b ?y } }")
        guard case .project(.bgp(let ts), _) = QueryOptimizer(statistics: nil).optimize(p) else {
            Issue.record("not merged")
            return
        }
        #expect(ts.count == 2)
    }

    /// The rarer pattern runs first; the unoptimised plan keeps the written order.
    @Test func joinOrderFromStatistics() throws {
        let p = try pattern("SELECT * WHERE { ?s :common ?x . ?s :rare ?y }")
        let stats = FixedStatistics(counts: [Self.ex + "common": 1000, Self.ex + "rare": 3])
        guard case .project(.bgp(let ts), _) = QueryOptimizer(statistics: stats).optimize(p) else {
            Issue.record("not a BGP")
            return
        }
        #expect(ts.map { $0.predicate.term } == [.iri(IRI(unchecked: Self.ex + "rare")), .iri(IRI(unchecked: Self.ex + "common"))])
        guard case .project(.bgp(let written), _) = QueryPlan(unoptimized: p) else { Issue.record("not a BGP"); return }
        #expect(written.first?.predicate.term == .iri(IRI(unchecked: Self.ex + "common")))
    }

    /// ORDER BY … LIMIT … OFFSET becomes a top-k of offset + limit rows.
    @Test func topK() throws {
        let p = try pattern("SELECT ?s WHERE { ?s :a ?x } ORDER BY ?x LIMIT 3 OFFSET 2")
        guard case .slice(.project(.topK(_, _, let k), _), 2, 3) = QueryOptimizer(statistics: nil).optimize(p) else {
            Issue.record("no top-k")
            return
        }
        #expect(k == 5)
        // DISTINCT between the slice and the order: no top-k (DISTINCT may drop rows).
        let d = try pattern("SELECT DISTINCT ?s WHERE { ?s :a ?x } ORDER BY ?x LIMIT 3")
        guard case .slice(.distinct(.project(.orderBy, _)), 0, 3) = QueryOptimizer(statistics: nil).optimize(d) else {
            Issue.record("top-k under DISTINCT")
            return
        }
    }

    /// EXPLAIN text: deterministic, estimates from the statistics, actual rows
    /// counted per operator, and the same results with the optimiser on and off.
    @Test func explainAnalyze() throws {
        var g = Graph()
        for i in 0..<10 {
            let s = IRI(unchecked: Self.ex + "s\(i)")
            g.insert(Triple(s, IRI(unchecked: Self.ex + "common"), Literal("c\(i)")))
            if i < 2 { g.insert(Triple(s, IRI(unchecked: Self.ex + "rare"), Literal("r\(i)"))) }
        }
        let store = IndexedDataset(graph: g)
        let q = try SPARQLParser.parse("PREFIX : <\(Self.ex)> SELECT ?s WHERE { ?s :common ?x . ?s :rare ?y }")
        let text = try QueryEvaluator(dataset: store).explain(q, analyze: true)
        #expect(text == (try QueryEvaluator(dataset: store).explain(q, analyze: true)))
        #expect(text.contains("""
            plan:
            project (?s)       [est 2, actual 2]
              bgp              [est 2, actual 2]
                ?s :rare ?y    ×2
                ?s :common ?x  ×1
            """))
        let off = try QueryEvaluator(dataset: store, options: EvaluationOptions(optimize: false)).explain(q, analyze: true)
        #expect(off.contains("""
            plan (not optimised):
            project (?s)       [actual 2]
              bgp              [actual 2]
                ?s :common ?x
                ?s :rare ?y
            """))
    }
}
