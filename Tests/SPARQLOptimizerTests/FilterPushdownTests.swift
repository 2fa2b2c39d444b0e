import RDF
import SPARQLEngine
import SPARQLOptimizer
import SPARQLSyntax
import Testing

@Suite struct FilterPushdownTests {
    func plan(_ q: String) throws -> QueryPlan {
        QueryOptimizer(statistics: nil).optimize(try SPARQLParser.parse("PREFIX : <http://example.org/> " + q).pattern)
    }

    /// FILTER(lang) over OPTIONALs moves under the OPTIONALs, onto the BGP that binds ?l.
    @Test func filterMovesBelowOptional() throws {
        let p = try plan("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(lang(?l) = \"en\") }")
        guard case .project(let inner, _) = p, case .leftJoin(let left, _, nil) = inner,
              case .filter(_, .bgp) = left else {
            Issue.record("not pushed: \(p.explain(estimator: nil))")
            return
        }
    }

    /// The OPTIONAL's own filter on the optional side's variables moves into the optional side.
    @Test func optionalFilterMovesIntoRightSide() throws {
        let p = try plan("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d FILTER(lang(?d) = \"de\") } }")
        guard case .project(.leftJoin(.bgp, .filter(_, .bgp), nil), _) = p else {
            Issue.record("not moved: \(p.explain(estimator: nil))")
            return
        }
    }

    /// An OPTIONAL's filter reading the left side's variables stays on the LeftJoin.
    @Test func optionalFilterOnLeftVariableStays() throws {
        let p = try plan("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d FILTER(?d != ?l) } }")
        guard case .project(.leftJoin(.bgp, .bgp, .some), _) = p else {
            Issue.record("moved a filter that reads the left side: \(p.explain(estimator: nil))")
            return
        }
    }

    /// A filter on a variable only the OPTIONAL side binds stays where it is.
    @Test func filterOnOptionalVariableStays() throws {
        guard case .project(.filter(_, .leftJoin), _) = try plan("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(!BOUND(?d)) }") else {
            Issue.record("moved a filter on a maybe-bound variable")
            return
        }
    }

    /// EXISTS never moves (its pattern may see the other side's variables).
    @Test func existsStays() throws {
        let q = try SPARQLParser.parse("PREFIX : <http://example.org/> SELECT * WHERE { ?s :label ?l . ?s :x ?x FILTER EXISTS { ?x :y ?l } }")
        #expect(QueryOptimizer(statistics: nil).optimize(q.pattern) == QueryPlan(unoptimized: q.pattern))
    }

    /// Same answers with and without the rewrite, on data where it matters.
    @Test(arguments: [true, false]) func sameSolutions(optimize: Bool) throws {
        let ex = "http://example.org/"
        var g = Graph()
        for i in 0..<20 {
            let s = IRI(unchecked: ex + "s\(i)")
            g.insert(Triple(s, IRI(unchecked: ex + "label"), Literal("n\(i)", uncheckedLanguage: i % 2 == 0 ? "en" : "de")))
            if i % 3 == 0 { g.insert(Triple(s, IRI(unchecked: ex + "de"), Literal("d\(i)", uncheckedLanguage: "de"))) }
        }
        let store = IndexedDataset(graph: g)
        let q = try SPARQLParser.parse("PREFIX : <\(ex)> SELECT ?s ?l ?d WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(lang(?l) = \"en\" && STRLEN(?l) > 1) } ORDER BY ?l")
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: store, options: EvaluationOptions(optimize: optimize)) else { Issue.record("not a SELECT"); return }
        let rows = try stream.rows()
        #expect(rows.count == 10)
        #expect(rows.filter { $0[2] != nil }.count == 4)  // s0, s6, s12, s18
        #expect(rows.allSatisfy { $0[1]?.literal?.language == "en" })
    }
}
