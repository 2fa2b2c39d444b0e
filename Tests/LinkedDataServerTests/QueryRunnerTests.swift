import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing
@testable import LinkedDataServer

/// The protocol's dataset parameters and the limits, on the runner directly.
@Suite struct QueryRunnerTests {
    static let g1 = IRI(unchecked: "http://ex.org/g1"), g2 = IRI(unchecked: "http://ex.org/g2")

    static func runner(maxResults: Int = 100) -> QueryRunner {
        var dataset = Dataset()
        let p = IRI(unchecked: "http://ex.org/p")
        dataset.insert(Quad(Triple(IRI(unchecked: "http://ex.org/default"), p, Literal("d"))))
        dataset.insert(Triple(IRI(unchecked: "http://ex.org/a"), p, Literal("1")), into: .iri(g1))
        dataset.insert(Triple(IRI(unchecked: "http://ex.org/b"), p, Literal("2")), into: .iri(g2))
        var settings = ServerSettings(base: IRI(unchecked: "http://ex.org/"))
        settings.maxResults = maxResults
        return QueryRunner(store: IndexedDataset(dataset: dataset), settings: settings, namespaces: [])
    }

    func csv(_ runner: QueryRunner, _ parameters: String) throws -> String {
        let query = try runner.parse(ProtocolRequest(queryString: parameters, maxQueryLength: 10_000))
        guard case .document(let text) = try runner.evaluate(query, format: .results(.csv), deadline: nil) else { return "" }
        return text
    }

    @Test func datasetParametersReplaceTheDefaultGraph() throws {
        let runner = Self.runner()
        let q = "query=" + FormEncoding.encode("SELECT ?s WHERE { ?s ?p ?o }")
        #expect(try csv(runner, q) == "s\r\nhttp://ex.org/default\r\n")
        #expect(try csv(runner, q + "&default-graph-uri=" + FormEncoding.encode(Self.g1.value)) == "s\r\nhttp://ex.org/a\r\n")
        #expect(try csv(runner, q + "&default-graph-uri=" + FormEncoding.encode(Self.g1.value) + "&default-graph-uri=" + FormEncoding.encode(Self.g2.value))
                == "s\r\nhttp://ex.org/a\r\nhttp://ex.org/b\r\n")
        let named = "query=" + FormEncoding.encode("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + FormEncoding.encode(Self.g2.value)
        #expect(try csv(runner, named) == "g,s\r\nhttp://ex.org/g2,http://ex.org/b\r\n")
        // A graph the dataset does not hold is empty (nothing is fetched).
        #expect(try csv(runner, q + "&default-graph-uri=" + FormEncoding.encode("http://elsewhere.example/g")) == "s\r\n")
        // Relative IRIs resolve against the base.
        #expect(try csv(runner, "query=" + FormEncoding.encode("SELECT ?o WHERE { <default> <p> ?o }")) == "o\r\nd\r\n")
    }

    @Test func limitsAndErrors() throws {
        let runner = Self.runner(maxResults: 1)
        let all = try runner.parse(ProtocolRequest(queryString: "query=" + FormEncoding.encode("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"), maxQueryLength: 10_000))
        #expect(throws: ServerError(.unprocessableContent, "the query gives more than 1 solutions, the most this server returns (--max-results); add a LIMIT or narrow the query")) {
            try runner.evaluate(all, format: .results(.json), deadline: nil)
        }
        let past = ContinuousClock.now - .seconds(1)
        #expect(throws: ServerError.self) { try runner.evaluate(all, format: .results(.json), deadline: past) }
        do {
            _ = try runner.evaluate(all, format: .results(.json), deadline: past)
        } catch {
            #expect(error.status == 503)
        }
        // U+FFFE is no XML character: XML results are refused (406), JSON carries it.
        let odd = try runner.parse(ProtocolRequest(queryString: "query=" + FormEncoding.encode("SELECT ?x WHERE { BIND(\"a\u{FFFE}\" AS ?x) }"), maxQueryLength: 10_000))
        #expect(throws: ServerError(.notAcceptable, "?x is bound to \"a\\uFFFE\", which holds U+FFFE or U+FFFF: XML cannot hold it; ask for JSON, TSV or CSV results")) {
            try runner.evaluate(odd, format: .results(.xml), deadline: nil)
        }
        guard case .document(let json) = try runner.evaluate(odd, format: .results(.json), deadline: nil) else { Issue.record("no JSON"); return }
        #expect(json.contains("a\u{FFFE}") || json.contains("a\\uFFFE"))
        for (text, message) in [("SELECT ?x WHERE {\n ?x }", "syntax error at line 2, column 5: expected a predicate"),
                                ("PREFIX a: <http://a/>\nINSERT DATA { a:b a:c a:d }", "SPARQL Update (INSERT) is not supported")] {
            do {
                _ = try runner.parse(ProtocolRequest(queryString: "query=" + FormEncoding.encode(text), maxQueryLength: 10_000))
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.status == 400)
                #expect(error.message.hasPrefix(message), "\(error.message)")
            }
        }
    }
}
