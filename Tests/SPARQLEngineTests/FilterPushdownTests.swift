import RDF
import SPARQLSyntax
import Testing
@testable import SPARQLEngine

@Suite struct FilterPushdownTests {
    func parse(_ q: String) throws -> GraphPattern {
        try SPARQLParser.parse("PREFIX : <http://example.org/> " + q).pattern
    }

    /// FILTER(lang) over OPTIONALs moves under the OPTIONALs, onto the BGP that binds ?l.
    @Test func filterMovesBelowOptional() throws {
        let p = try parse("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(lang(?l) = \"en\") }")
        let rewritten = FilterPushdown.rewrite(p)
        guard case .project(let inner, _) = rewritten, case .leftJoin(let left, _, nil) = inner,
              case .filter(_, .bgp) = left else {
            Issue.record("not pushed: \(SSEPrinter.format(rewritten))")
            return
        }
    }

    /// A filter on a variable only the OPTIONAL side binds stays where it is.
    @Test func filterOnOptionalVariableStays() throws {
        let p = try parse("SELECT * WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(!BOUND(?d)) }")
        guard case .project(.filter(_, .leftJoin), _) = FilterPushdown.rewrite(p) else {
            Issue.record("moved a filter on a maybe-bound variable")
            return
        }
    }

    /// EXISTS never moves (its pattern may see the other side's variables).
    @Test func existsStays() throws {
        let p = try parse("SELECT * WHERE { ?s :label ?l . ?s :x ?x FILTER EXISTS { ?x :y ?l } }")
        #expect(FilterPushdown.rewrite(p) == p)
    }

    /// Same answers with and without the rewrite, on data where it matters.
    @Test func sameSolutions() throws {
        let ex = "http://example.org/"
        var g = Graph()
        for i in 0..<20 {
            let s = IRI(unchecked: ex + "s\(i)")
            g.insert(Triple(s, IRI(unchecked: ex + "label"), Literal("n\(i)", uncheckedLanguage: i % 2 == 0 ? "en" : "de")))
            if i % 3 == 0 { g.insert(Triple(s, IRI(unchecked: ex + "de"), Literal("d\(i)", uncheckedLanguage: "de"))) }
        }
        let store = IndexedDataset(graph: g)
        let q = try SPARQLParser.parse("PREFIX : <\(ex)> SELECT ?s ?l ?d WHERE { ?s :label ?l OPTIONAL { ?s :de ?d } FILTER(lang(?l) = \"en\" && STRLEN(?l) > 1) } ORDER BY ?l")
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: store) else { Issue.record("not a SELECT"); return }
        let rows = try stream.rows()
        #expect(rows.count == 10)
        #expect(rows.filter { $0[2] != nil }.count == 4)  // s0, s6, s12, s18
        #expect(rows.allSatisfy { $0[1]?.literal?.language == "en" })
    }
}
