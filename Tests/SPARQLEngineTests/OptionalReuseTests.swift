import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

/// OPTIONAL over left rows that share the optional side's key (consecutive
/// rows of one subject): the matches found for one row are reused for the
/// next (`LeftJoinIterator`); answers must be those of evaluating the
/// optional side per row.
@Suite struct OptionalReuseTests {
    /// Releases r1…r6 each mention two States; each State has a label
    /// (only some have a Wikidata match).
    static let data: IndexedDataset = {
        let ex = "http://example.org/"
        func i(_ s: String) -> Term { .iri(IRI(unchecked: ex + s)) }
        func p(_ s: String) -> Term { .iri(IRI(unchecked: ex + s)) }
        let d = IndexedDataset()
        for (n, states) in [(1, ["at", "mt"]), (2, ["at", "mt"]), (3, ["at", "fr"]), (4, ["fr", "mt"]), (5, ["at", "fr"]), (6, ["mt", "at"])] {
            for s in states { d.add(subject: i("r\(n)"), predicate: p("mentions"), object: i(s)) }
        }
        for (s, label) in [("at", "Austria"), ("mt", "Malta"), ("fr", "France")] {
            d.add(subject: i(s), predicate: p("label"), object: .literal(Literal(label)))
        }
        d.add(subject: i("at"), predicate: p("match"), object: .iri(IRI(unchecked: "http://www.wikidata.org/entity/Q40")))
        d.add(subject: i("at"), predicate: p("match"), object: .iri(IRI(unchecked: "http://dbpedia.org/resource/Austria")))
        d.add(subject: i("fr"), predicate: p("match"), object: .iri(IRI(unchecked: "http://dbpedia.org/resource/France")))
        d.finishLoading()
        return d
    }()

    func rows(_ query: String, optimize: Bool = true) throws -> [String] {
        let q = try SPARQLParser.parse("PREFIX ex: <http://example.org/>\n" + query)
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: Self.data, options: EvaluationOptions(optimize: optimize)) else { return [] }
        return try stream.rows().map { $0.map(Alg.short).joined(separator: " ") }
    }

    @Test func filteredOptionalPerState() throws {
        let q = """
            SELECT ?s ?w (COUNT(?r) AS ?n) WHERE {
              ?s ex:label ?l . ?r ex:mentions ?s .
              OPTIONAL { ?s ex:match ?w FILTER(STRSTARTS(STR(?w), "http://www.wikidata.org/")) }
            } GROUP BY ?s ?w ORDER BY ?s
            """
        let expected = ["at <http://www.wikidata.org/entity/Q40> 5", "fr - 3", "mt - 4"]
        #expect(try rows(q) == expected)
        #expect(try rows(q, optimize: false) == expected)
    }

    @Test func filterReadingTheLeftSideIsPerRow() throws {
        // The expression reads ?r (left side only): rows with the same ?s but
        // another ?r must not reuse the previous row's answer.
        let q = """
            SELECT ?r ?s ?w WHERE {
              ?r ex:mentions ?s .
              OPTIONAL { ?s ex:match ?w FILTER(?r = ex:r3 || ?r = ex:r5) }
            } ORDER BY ?r ?s ?w
            """
        let out = try rows(q)
        #expect(out.filter { $0.hasSuffix(" -") }.count == 8)
        #expect(out.contains("r3 fr <http://dbpedia.org/resource/France>"))
        #expect(out.contains("r5 at <http://www.wikidata.org/entity/Q40>"))
        #expect(!out.contains { $0.hasPrefix("r1 at <") })
        #expect(out == (try rows(q, optimize: false)))
    }

    @Test func blankNodesMadeInTheOptionalSideDifferPerRow() throws {
        // BNODE() gives a new node per solution: no reuse across left rows
        // (at: 5 releases × 2 matches, fr: 3 × 1, mt: none).
        let q = """
            SELECT ?r ?s ?b WHERE {
              ?s ex:label ?l . ?r ex:mentions ?s .
              OPTIONAL { ?s ex:match ?m BIND(BNODE() AS ?b) }
            }
            """
        let out = try rows(q)
        #expect(out.count == 17)
        let nodes = out.map { String($0.split(separator: " ")[2]) }.filter { $0 != "-" }
        #expect(nodes.count == 13)
        #expect(Set(nodes).count == 13)
    }
}
