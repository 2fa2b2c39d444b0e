import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `osce-kg serve` as a user runs it: the real binary on a free loopback
/// port, over the seed page, hit over HTTP, stopped with SIGTERM.
@Suite(.serialized) struct ServeCommandTests {
    static let queriesDir = CLIRunner.root.appendingPathComponent("Examples/queries")

    @Test func exampleQueriesAnswerAsQueryDoes() async throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet"])
        for name in ExampleQueriesTests.queries {
            let query = try String(contentsOf: Self.queriesDir.appendingPathComponent(name), encoding: .utf8)
            let expected = try String(contentsOf: Self.queriesDir.appendingPathComponent(name.dropLast(3) + ".tsv"), encoding: .utf8)
            // GET with query=, TSV by Accept: the bytes `osce-kg query --results tsv` prints.
            let tsv = try await server.request("/sparql?query=" + ServerProcess.encode(query), accept: "text/tab-separated-values")
            #expect(tsv.status == 200, "\(name): \(tsv.body)")
            #expect(tsv.contentType == "text/tab-separated-values; charset=utf-8")
            #expect(tsv.body == expected, "\(name)")
            // POST application/sparql-query, JSON: as many solutions as the TSV has rows.
            let json = try await server.request("/sparql", method: "POST", accept: "application/sparql-results+json",
                                                contentType: "application/sparql-query", body: Data(query.utf8))
            #expect(json.status == 200)
            #expect(json.contentType == "application/sparql-results+json")
            let parsed = try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any]
            let bindings = (parsed?["results"] as? [String: Any])?["bindings"] as? [[String: Any]]
            #expect(bindings?.count == expected.split(separator: "\n").count - 1, "\(name)")
        }
        #expect(server.stop() == 0)
    }

    @Test func protocolErrorsAndDescriptions() async throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet", "--max-results", "5", "--cors", "https://portal.example"])
        let syntax = try await server.request("/sparql?query=" + ServerProcess.encode("PREFIX s: <http://schema.org/>\nSELECT * WHERE { ?x s:name }"))
        #expect(syntax.status == 400)
        #expect(syntax.body.hasPrefix("syntax error at line 2, column "), "\(syntax.body)")
        #expect(syntax.contentType == "text/plain; charset=utf-8")
        #expect(syntax.headers["access-control-allow-origin"] == "https://portal.example")
        let update = try await server.request("/sparql", method: "POST", contentType: "application/sparql-update", body: Data("CLEAR ALL".utf8))
        #expect(update.status == 400)
        #expect(update.body.contains("SPARQL Update is not supported"))
        let put = try await server.request("/sparql", method: "PUT", contentType: "text/turtle", body: Data())
        #expect(put.status == 405)
        #expect(put.headers["allow"] == "GET, HEAD, POST, OPTIONS")
        let notAcceptable = try await server.request("/sparql?query=" + ServerProcess.encode("ASK {}"), accept: "image/png")
        #expect(notAcceptable.status == 406)
        let tooMany = try await server.request("/sparql?query=" + ServerProcess.encode("SELECT * WHERE { ?s ?p ?o }"))
        #expect(tooMany.status == 422)
        #expect(tooMany.body.contains("more than 5 solutions"))
        let construct = try await server.request("/sparql?query=" + ServerProcess.encode("CONSTRUCT { ?s a ?t } WHERE { ?s a <http://www.w3.org/ns/org#Post> ; a ?t } LIMIT 3"),
                                                 accept: "application/n-triples")
        #expect(construct.status == 200)
        #expect(construct.contentType == "application/n-triples")
        #expect(construct.body.split(separator: "\n").count == 3)
        let sd = try await server.request("/sparql", accept: "text/turtle")
        #expect(sd.status == 200)
        #expect(sd.body.contains("sd:SPARQL11Query"))
        #expect(sd.body.contains("<http://127.0.0.1:\(server.port)/sparql>"))
        let void = try await server.request("/.well-known/void", accept: "text/turtle")
        #expect(void.status == 200)
        #expect(void.body.contains("void:Dataset"))
        #expect(void.body.contains("http://127.0.0.1:\(server.port)/dataset"))
        #expect(server.stop() == 0)
    }

    @Test func everyMintedIRIDereferences() async throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet"])
        let base = server.base
        let subjects = try await server.request("/sparql?query=" + ServerProcess.encode("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"\(base)\")) } ORDER BY ?s"),
                                                accept: "text/csv")
        let iris = subjects.body.split(separator: "\r\n").dropFirst().map(String.init)
        #expect(iris.count > 50, "\(subjects.body)")
        for iri in iris {
            let path = String(iri.dropFirst(base.count - 1))
            let reply = try await server.request(path, accept: "application/n-triples")
            #expect(reply.status == 200, "\(path): \(reply.body)")
            #expect(reply.body.contains("<\(iri)> "), "\(path)")
        }
        let person = try await server.request("/person/ulrika-funered", accept: "text/html")
        #expect(person.body.contains("<h1>Ulrika Funered</h1>"))
        #expect(person.body.contains("id=\"posts-table\""))
        #expect(person.body.contains("href=\"/organisation/permanent-delegation-of-sweden-to-osce\""))
        #expect(person.body.contains("id=\"quotes-table\""))
        #expect(try await server.request("/person/nobody-at-all").status == 404)
        #expect(try await server.request("/elsewhere/x").status == 404)
        #expect(server.stop() == 0)
    }

    @Test func theExportsOwnBaseIsServedAtItsPath() async throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet"], ownBase: false)
        let state = try await server.request("/osce-kg/resource/state/se", accept: "text/turtle")
        #expect(state.status == 200)
        #expect(state.body.contains("Sweden"))
        #expect(server.stop(signal: SIGINT) == 0)
        #expect(server.stderr.contains("osce-kg: stopped"))
    }

    @Test func loadSlowAbandonedAndOversizedClients() async throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet", "--timeout", "1"])
        let memoryAtStart = server.residentKiB
        // Slow clients: half a request head, left open; an abandoned one: connected and closed.
        var stalled: [Int32] = []
        for _ in 0..<8 {
            let fd = server.rawConnection()
            #expect(fd >= 0)
            _ = "GET /sparql?query=ASK".withCString { write(fd, $0, strlen($0)) }
            stalled.append(fd)
        }
        let abandoned = server.rawConnection()
        close(abandoned)
        // A query past the time limit, while others are answered.
        async let slow = server.request("/sparql?query=" + ServerProcess.encode("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))
        // Many concurrent clients, bounded: 64 requests, 32 at a time.
        let query = try String(contentsOf: Self.queriesDir.appendingPathComponent("who-said-what.rq"), encoding: .utf8)
        let expected = try String(contentsOf: Self.queriesDir.appendingPathComponent("who-said-what.tsv"), encoding: .utf8)
        let path = "/sparql?query=" + ServerProcess.encode(query)
        for _ in 0..<2 {
            let replies = try await withThrowingTaskGroup(of: ServerProcess.Reply.self) { group in
                for _ in 0..<32 { group.addTask { try await server.request(path, accept: "text/tab-separated-values") } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(replies.count == 32)
            #expect(replies.allSatisfy { $0.status == 200 && $0.body == expected })
        }
        let timedOut = try await slow
        #expect(timedOut.status == 503)
        #expect(timedOut.body.contains("time limit (1 s)"))
        // Oversized: a 2 MiB body, a query longer than the limit in the URL.
        let big = try await server.request("/sparql", method: "POST", contentType: "application/sparql-query", body: Data(repeating: 0x20, count: 2 << 20))
        #expect(big.status == 413)
        let long = try await server.request("/sparql", method: "POST", contentType: "application/sparql-query",
                                            body: Data(("ASK {} #" + String(repeating: "a", count: 300 * 1024)).utf8))
        #expect(long.status == 413)
        #expect(long.body.contains("the most this server reads is 262144"), "\(long.body)")
        // A request line past the HTTP layer's 80 KiB header limit: refused there (400), the server stays up.
        let longURL = try await server.request("/sparql?query=" + String(repeating: "a", count: 100 * 1024))
        #expect(longURL.status == 400)
        for fd in stalled { close(fd) }
        // Memory stays bounded: the refused bodies and the 64 answers leave no more than 256 MiB behind.
        if let memoryAtStart, let memoryNow = server.residentKiB {
            #expect(memoryNow - memoryAtStart < 256 * 1024, "resident memory grew from \(memoryAtStart) KiB to \(memoryNow) KiB")
        }
        // Still serving after all of that, then a clean stop.
        #expect(try await server.request("/sparql?query=" + ServerProcess.encode("ASK {}")).status == 200)
        #expect(server.stop() == 0)
    }
}
