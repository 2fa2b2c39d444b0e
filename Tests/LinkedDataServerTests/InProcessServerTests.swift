import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RDF
import SPARQLEngine
import Testing
@testable import LinkedDataServer

/// The server run in this process on a free loopback port, over a small
/// hand-made graph: routes, content negotiation, descriptions and pages.
@Suite(.serialized) struct InProcessServerTests {
    static let base = "http://127.0.0.1/"
    static func r(_ local: String) -> IRI { IRI(unchecked: base + local) }

    /// A person with a post (and its holding, dated), a quote in a release, an organisation,
    /// a Wikidata link, a blank node, and a label that needs escaping.
    static func graph() -> Graph {
        let rdfType = RDFVocabulary.type
        let schema = Namespace.schema, org = Namespace.org, foaf = Namespace.foaf, skos = Namespace.skos
        let time = Namespace(prefix: "time", iri: "http://www.w3.org/2006/time#")
        let osce = Namespace(prefix: "osce", iri: "https://w3id.org/osce-kg/ontology#")
        let person = r("person/ada"), post = r("post/head"), organisation = r("organisation/mission"), release = r("release/r1")
        let membership = r("membership/head--ada"), interval = r("interval/head--ada"), quote = r("quote/r1-1")
        var g = Graph()
        g.insert(Triple(person, rdfType, foaf["Person"]))
        g.insert(Triple(person, foaf["name"], Literal("Ada <Example>")))
        g.insert(Triple(person, Namespace.owl["sameAs"], IRI(unchecked: "http://www.wikidata.org/entity/Q42")))
        g.insert(Triple(.iri(person), schema["address"], .blankNode(BlankNode(unchecked: "b1"))))
        g.insert(Triple(.blankNode(BlankNode(unchecked: "b1")), schema["addressLocality"], .literal(Literal("Vienna"))))
        g.insert(Triple(post, rdfType, org["Post"]))
        g.insert(Triple(post, skos["prefLabel"], Literal("Head of Mission")))
        g.insert(Triple(post, org["heldBy"], person))
        g.insert(Triple(post, org["postIn"], organisation))
        g.insert(Triple(organisation, skos["prefLabel"], Literal("OSCE Mission")))
        g.insert(Triple(membership, org["member"], person))
        g.insert(Triple(membership, osce["post"], post))
        g.insert(Triple(membership, org["organization"], organisation))
        g.insert(Triple(membership, org["memberDuring"], interval))
        g.insert(Triple(interval, time["hasBeginning"], r("instant/2020-01-02")))
        g.insert(Triple(interval, time["hasEnd"], r("instant/2021-03-04")))
        g.insert(Triple(r("instant/2020-01-02"), time["inXSDDate"], Literal("2020-01-02", datatype: IRI(unchecked: "http://www.w3.org/2001/XMLSchema#date"))))
        g.insert(Triple(r("instant/2021-03-04"), time["inXSDDate"], Literal("2021-03-04", datatype: IRI(unchecked: "http://www.w3.org/2001/XMLSchema#date"))))
        g.insert(Triple(quote, rdfType, schema["Quotation"]))
        g.insert(Triple(quote, schema["text"], Literal("Peace & quiet", uncheckedLanguage: "en")))
        g.insert(Triple(quote, schema["spokenByCharacter"], person))
        g.insert(Triple(quote, schema["isPartOf"], release))
        g.insert(Triple(release, schema["headline"], Literal("Mission opens", uncheckedLanguage: "en")))
        g.insert(Triple(release, schema["datePublished"], Literal("2020-01-02", datatype: IRI(unchecked: "http://www.w3.org/2001/XMLSchema#date"))))
        return g
    }

    /// Runs `body` against a server over `graph()` with `configure` applied to its settings.
    static func withServer(_ configure: (inout ServerSettings) -> Void = { _ in },
                           _ body: @Sendable (Int) async throws -> Void) async throws {
        var settings = ServerSettings(host: "127.0.0.1", port: 0, base: IRI(unchecked: base))
        configure(&settings)
        let data = ServedDataset(store: IndexedDataset(graph: graph()), description: Graph([Triple(r("dataset"), RDFVocabulary.type, Namespace.void["Dataset"])]),
                                 namespaces: [Namespace.foaf, Namespace.schema, Namespace.org, Namespace.skos, Namespace(prefix: "person", iri: base + "person/")])
        let server = LinkedDataServer(data: data, settings: settings)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { _, port in continuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { Issue.record("the server did not start"); return }
        do { try await body(port) } catch { task.cancel(); throw error }
        task.cancel()
        _ = await task.result
    }

    struct Reply { let status: Int; let contentType: String; let body: String }

    static func get(_ port: Int, _ path: String, accept: String? = nil, method: String = "GET", contentType: String? = nil, body: String? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        request.httpBody = body.map { Data($0.utf8) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Reply(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "", body: String(decoding: data, as: UTF8.self))
    }

    @Test func entityDescriptionIsConciseAndBounded() async throws {
        try await Self.withServer { port in
            let nt = try await Self.get(port, "/person/ada", accept: "application/n-triples")
            #expect(nt.status == 200)
            #expect(nt.contentType == "application/n-triples")
            let lines = nt.body.split(separator: "\n").map(String.init)
            // 4 triples as subject, 1 of the blank node, 3 pointing at it (post, membership, quote).
            #expect(lines.count == 8, "\(nt.body)")
            #expect(lines.contains { $0.contains("<http://schema.org/addressLocality> \"Vienna\"") })
            #expect(lines.contains { $0.hasPrefix("<http://127.0.0.1/quote/r1-1> <http://schema.org/spokenByCharacter>") })
            // Not in the description: the post's own label, the release's headline.
            #expect(!nt.body.contains("Head of Mission"))
            #expect(!nt.body.contains("Mission opens"))

            let ttl = try await Self.get(port, "/person/ada")
            #expect(ttl.contentType == "text/turtle; charset=utf-8")
            #expect(ttl.body.contains("@prefix foaf:"))
            let jsonld = try await Self.get(port, "/person/ada", accept: "application/ld+json")
            #expect(jsonld.contentType == "application/ld+json")
            #expect(jsonld.body.contains("\"@context\""))
            let rdfxml = try await Self.get(port, "/person/ada", accept: "application/rdf+xml")
            #expect(rdfxml.contentType == "application/rdf+xml")
            #expect(rdfxml.body.contains("rdf:RDF"))

            #expect(try await Self.get(port, "/person/nobody").status == 404)
            #expect(try await Self.get(port, "/person/ada", accept: "image/png").status == 406)
            #expect(try await Self.get(port, "/person/ada", method: "DELETE").status == 405)
            // Limited to two incoming triples (sorted: membership, post; the quote left out).
        }
        try await Self.withServer({ $0.maxIncoming = 2 }) { port in
            let nt = try await Self.get(port, "/person/ada", accept: "application/n-triples")
            #expect(nt.body.split(separator: "\n").count == 7)
            #expect(!nt.body.contains("quote/r1-1"))
        }
    }

    @Test func personPageShowsPostsQuotesAndEscapes() async throws {
        try await Self.withServer { port in
            let page = try await Self.get(port, "/person/ada", accept: "text/html")
            #expect(page.status == 200)
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.body.contains("<h1>Ada &lt;Example&gt;</h1>"))
            #expect(!page.body.contains("<Example>"))
            #expect(page.body.contains("<a href=\"/organisation/mission\" title=\"http://127.0.0.1/organisation/mission\">OSCE Mission</a>"))
            #expect(page.body.contains("<td>2020-01-02</td><td>2021-03-04</td>"))
            #expect(page.body.contains("<blockquote>Peace &amp; quiet</blockquote>"))
            #expect(page.body.contains(">Mission opens</a>"))
            #expect(page.body.contains("href=\"http://www.wikidata.org/entity/Q42\""))
            #expect(page.body.contains("id=\"links-in\""))
            // Same bytes on every request.
            #expect(try await Self.get(port, "/person/ada", accept: "text/html").body == page.body)
        }
    }

    @Test func sparqlProtocol() async throws {
        try await Self.withServer { port in
            let q = "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
            let json = try await Self.get(port, "/sparql?query=" + FormEncoding.encode(q))
            #expect(json.status == 200)
            #expect(json.contentType == "application/sparql-results+json")
            #expect(json.body.contains("\"value\": \"Ada <Example>\""))
            let tsv = try await Self.get(port, "/sparql", accept: "text/tab-separated-values", method: "POST",
                                         contentType: "application/sparql-query", body: q)
            #expect(tsv.body == "?n\n\"Ada <Example>\"\n")
            let csv = try await Self.get(port, "/sparql", accept: "text/csv;q=1, application/sparql-results+json;q=0.5", method: "POST",
                                         contentType: "application/x-www-form-urlencoded", body: "query=" + FormEncoding.encode(q))
            #expect(csv.body == "n\r\nAda <Example>\r\n")
            let html = try await Self.get(port, "/sparql?query=" + FormEncoding.encode(q), accept: "text/html")
            #expect(html.body.contains("<td>Ada &lt;Example&gt;</td>"))
            let construct = try await Self.get(port, "/sparql?query=" + FormEncoding.encode("CONSTRUCT { ?p <urn:x> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"),
                                               accept: "application/n-triples")
            #expect(construct.body == "<http://127.0.0.1/person/ada> <urn:x> \"Ada <Example>\" .\n")
            let syntax = try await Self.get(port, "/sparql?query=" + FormEncoding.encode("SELECT ?x WHERE {\n  ?x ?y }"))
            #expect(syntax.status == 400)
            #expect(syntax.body.hasPrefix("syntax error at line 2, column "), "\(syntax.body)")
            let update = try await Self.get(port, "/sparql", method: "POST", contentType: "application/x-www-form-urlencoded",
                                            body: "query=" + FormEncoding.encode("INSERT DATA { <a:b> <a:c> <a:d> }"))
            #expect(update.status == 400)
            #expect(update.body.contains("read-only"))
            #expect(try await Self.get(port, "/sparql?query=ASK%7B%7D", accept: "text/turtle").status == 406)
            let sd = try await Self.get(port, "/sparql")
            #expect(sd.contentType == "text/turtle; charset=utf-8")
            #expect(sd.body.contains("sd:SPARQL11Query"))
            let void = try await Self.get(port, "/.well-known/void", accept: "application/n-triples")
            #expect(void.body == "<http://127.0.0.1/dataset> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://rdfs.org/ns/void#Dataset> .\n")
        }
    }

    @Test func limits() async throws {
        try await Self.withServer({ $0.maxResults = 2; $0.maxBodyBytes = 64; $0.corsOrigin = "*" }) { port in
            let many = try await Self.get(port, "/sparql?query=" + FormEncoding.encode("SELECT * WHERE { ?s ?p ?o }"))
            #expect(many.status == 422)
            #expect(many.body.contains("more than 2 solutions"))
            let two = try await Self.get(port, "/sparql?query=" + FormEncoding.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 2"))
            #expect(two.status == 200)
            let big = try await Self.get(port, "/sparql", method: "POST", contentType: "application/sparql-query",
                                         body: "SELECT * WHERE { ?s ?p ?o } # " + String(repeating: "x", count: 100))
            #expect(big.status == 413)
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/sparql?query=ASK%7B%7D")!)
            request.setValue("http://example.org", forHTTPHeaderField: "Origin")
            let (_, response) = try await URLSession.shared.data(for: request)
            #expect((response as! HTTPURLResponse).value(forHTTPHeaderField: "Access-Control-Allow-Origin") == "*")
        }
        try await Self.withServer({ $0.timeout = .milliseconds(50) }) { port in
            let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
            let reply = try await Self.get(port, "/sparql?query=" + FormEncoding.encode(slow))
            #expect(reply.status == 503)
            #expect(reply.body.contains("time limit"))
        }
    }
}
