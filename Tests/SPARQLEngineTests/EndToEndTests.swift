import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

/// Query text → parser → evaluator, on a small OSCE-shaped graph.
@Suite struct EndToEndTests {
    static let data: IndexedDataset = {
        let ex = "http://example.org/"
        func i(_ s: String) -> Term { .iri(IRI(unchecked: ex + s)) }
        let d = IndexedDataset()
        let label = Term.iri(Namespace.rdfs["label"]), sub = Term.iri(Namespace.org["subOrganizationOf"])
        let date = Term.iri(Namespace.dcterms["date"]), about = Term.iri(Namespace.schema["about"])
        d.add(subject: i("secretariat"), predicate: label, object: .literal(Literal("Secretariat", uncheckedLanguage: "en")))
        d.add(subject: i("cpc"), predicate: sub, object: i("secretariat"))
        d.add(subject: i("ops"), predicate: sub, object: i("cpc"))
        d.add(subject: i("austria"), predicate: label, object: .literal(Literal("Austria", uncheckedLanguage: "en")))
        d.add(subject: i("austria"), predicate: label, object: .literal(Literal("Autriche", uncheckedLanguage: "fr")))
        d.add(subject: i("malta"), predicate: label, object: .literal(Literal("Malta", uncheckedLanguage: "en")))
        for (n, day, field) in [(1, "2020-01-05", "security"), (2, "2021-03-01", "security"), (3, "2019-07-09", "gender")] {
            d.add(subject: i("r\(n)"), predicate: date, object: .literal(Literal(day, datatype: XSD.date)))
            d.add(subject: i("r\(n)"), predicate: about, object: i(field))
        }
        d.finishLoading()
        return d
    }()

    static let prologue = """
        PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX org: <http://www.w3.org/ns/org#> PREFIX dct: <http://purl.org/dc/terms/> PREFIX schema: <http://schema.org/>

        """

    func rows(_ query: String) throws -> [String] {
        let q = try SPARQLParser.parse(Self.prologue + query)
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: Self.data) else { return [] }
        return try stream.rows().map { $0.map(Alg.short).joined(separator: " ") }
    }

    @Test func orderByDateDescendingWithLimit() throws {
        #expect(try rows("SELECT ?r WHERE { ?r dct:date ?d } ORDER BY DESC(?d) LIMIT 2") == ["r2", "r1"])
    }

    @Test func unitHierarchy() throws {
        #expect(try rows("SELECT ?u WHERE { ex:ops org:subOrganizationOf+ ?u } ORDER BY ?u") == ["cpc", "secretariat"])
        #expect(try rows("SELECT ?u WHERE { ?u org:subOrganizationOf* ex:secretariat } ORDER BY ?u") == ["cpc", "ops", "secretariat"])
    }

    @Test func optionalLanguageFilter() throws {
        let r = try rows("""
            SELECT ?s ?fr WHERE { ?s rdfs:label ?en FILTER(lang(?en) = "en") OPTIONAL { ?s rdfs:label ?fr FILTER(lang(?fr) = "fr") } } ORDER BY ?s
            """)
        #expect(r == ["austria Autriche", "malta -", "secretariat -"])
    }

    @Test func groupByWithHavingAndOrder() throws {
        let r = try rows("""
            SELECT ?f (COUNT(?r) AS ?n) WHERE { ?r schema:about ?f } GROUP BY ?f HAVING (COUNT(?r) > 0) ORDER BY DESC(?n) ?f
            """)
        #expect(r == ["security 2", "gender 1"])
        #expect(try rows("SELECT (COUNT(*) AS ?n) WHERE { ?r ex:nothing ?x }") == ["0"])
    }

    @Test func bindExistsAndMinus() throws {
        #expect(try rows("SELECT ?r ?y WHERE { ?r dct:date ?d BIND(YEAR(?d) AS ?y) FILTER(?y >= 2020) } ORDER BY ?y") == ["r1 2020", "r2 2021"])
        #expect(try rows("SELECT ?s WHERE { ?s rdfs:label ?l FILTER NOT EXISTS { ?s rdfs:label ?o FILTER(lang(?o) = 'fr') } } ORDER BY ?s")
                    == ["malta", "secretariat"])
        #expect(try rows("SELECT ?r WHERE { ?r schema:about ?f MINUS { ?r schema:about ex:gender } } ORDER BY ?r") == ["r1", "r2"])
    }

    @Test func askAndConstruct() throws {
        let ask = try SPARQLParser.parse(Self.prologue + "ASK { ex:cpc org:subOrganizationOf ex:secretariat }")
        guard case .boolean(true) = try QueryEvaluator.evaluate(ask, on: Self.data) else { Issue.record("ASK was not true"); return }
        let construct = try SPARQLParser.parse(Self.prologue + "CONSTRUCT { ?u ex:partOf ?p } WHERE { ?u org:subOrganizationOf ?p }")
        guard case .graph(let triples) = try QueryEvaluator.evaluate(construct, on: Self.data) else { Issue.record("not a graph"); return }
        #expect(triples.count == 2)
    }

    @Test func timeoutIsAnError() throws {
        let q = try SPARQLParser.parse(Self.prologue + "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        let options = EvaluationOptions(deadline: .now - .seconds(1))
        #expect(throws: QueryEvaluationError.self) {
            guard case .solutions(_, let s) = try QueryEvaluator.evaluate(q, on: Self.data, options: options) else { return }
            _ = try s.rows()
        }
    }
}
