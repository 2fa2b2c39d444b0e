import Foundation
import Testing

/// `osce-kg push` against a real `oxigraph serve` (PyPI `oxigraph`, in
/// `.venv/bin`) started on 127.0.0.1 on a free port with a temporary store,
/// and against a small fake store (Python) for refusals and dropped
/// connections. Every server is stopped after its test, failing or not.
@Suite(.enabled(if: LoopbackServer.oxigraphExecutable != nil && CLIRunner.pythonExecutable != nil,
                "SKIPPED: no .venv/bin/oxigraph or .venv/bin/python (make venv installs PyPI oxigraph)"))
struct PushCommandTests {
    static let pages = "Examples/pages"
    static let seed = "Examples/pages/000_0b91f1119559f398.txt"
    static let base = "https://w3id.org/osce-kg/resource/"

    /// What the store holds compared with an export file, through SPARQL over HTTP: the quads of
    /// `SELECT ?s ?p ?o ?g` (default graph and named graphs) and of the file, as canonical N-Quads
    /// lines (pyoxigraph's terms; blank-node labels as `_:b`), with the file's triples put in
    /// `graph` when it is given.
    struct Comparison: Decodable {
        var store: Int
        var export: Int
        var graphs: Int
        /// Triples per graph of the file (`""` for the default graph).
        var perGraph: [String: Int]
        var missing: [String]
        var extra: [String]
        /// The graph names (`<IRI>`, or the object of a default-graph triple) of every line in one side only.
        var differingGraphs: [String]
    }

    static let compareScript = #"""
    import json, sys, urllib.parse, urllib.request
    from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store
    endpoint, path, graph = sys.argv[1], sys.argv[2], sys.argv[3]
    query = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    request = urllib.request.Request(endpoint + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    rows = json.load(urllib.request.urlopen(request, timeout=60))["results"]["bindings"]
    def term(b):
        if b is None: return None
        if b["type"] == "uri": return str(NamedNode(b["value"]))
        if b["type"] == "bnode": return "_:b"
        if "xml:lang" in b: return str(Literal(b["value"], language=b["xml:lang"]))
        if "datatype" in b: return str(Literal(b["value"], datatype=NamedNode(b["datatype"])))
        return str(Literal(b["value"]))
    def line(s, p, o, g): return " ".join(x for x in (s, p, o, g) if x) + " ."
    store = [line(term(r["s"]), term(r["p"]), term(r["o"]), term(r.get("g"))) for r in rows]
    def plain(t): return "_:b" if isinstance(t, BlankNode) else str(t)
    fmt = RdfFormat.N_QUADS if path.endswith(".nq") else RdfFormat.N_TRIPLES
    # The file as Oxigraph stores it: its storage keeps literal values, not every datatype
    # (0.5.13 stores "3"^^xsd:nonNegativeInteger as "3"^^xsd:integer), so both sides go through it.
    stored = Store()
    stored.load(path=path, format=fmt)
    exported, per_graph = [], {}
    for q in stored:
        g = str(NamedNode(graph)) if graph != "-" else (None if type(q.graph_name).__name__ == "DefaultGraph" else str(q.graph_name))
        exported.append(line(plain(q.subject), str(q.predicate), plain(q.object), g))
        per_graph[g or ""] = per_graph.get(g or "", 0) + 1
    s, e = set(store), set(exported)
    print(json.dumps({"store": len(store), "export": len(exported), "graphs": len({r["g"]["value"] for r in rows if r.get("g")}),
                      "perGraph": per_graph, "missing": sorted(e - s)[:5], "extra": sorted(s - e)[:5],
                      "differingGraphs": sorted({l.rsplit(" ", 2)[-2] for l in e ^ s})}))
    """#

    static func compare(_ server: LoopbackServer, with file: URL, graph: String? = nil) throws -> Comparison {
        let out = try #require(try CLIRunner.python(["-c", compareScript, server.baseURL, file.path, graph ?? "-"]))
        try #require(out.status == 0, "\(out.stderr)")
        return try JSONDecoder().decode(Comparison.self, from: Data(out.stdout.utf8))
    }

    /// The export of `inputs` in `format` (a fixed SOURCE_DATE_EPOCH, as the pushes, so the descriptions agree).
    static func export(_ inputs: [String], format: String, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("export.\(format == "nquads" ? "nq" : "nt")")
        let out = try CLIRunner.run(["export"] + inputs + ["--format", format, "--output", file.path, "--quiet"])
        try #require(out.status == 0, "\(out.stderr)")
        return file
    }

    static func push(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(["push"] + arguments + ["--quiet"])
    }

    @Test func storeHoldsExactlyTheExportGraphByGraph() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let out = try Self.push([Self.pages, "--store", server.baseURL + "/store", "--graph-per-page", "--chunk-size", "300"])
        #expect(out.status == 0, "\(out.stderr)")
        let export = try Self.export([Self.pages], format: "nquads", in: try CLIRunner.temporaryDirectory())
        let c = try Self.compare(server, with: export)
        #expect(c.export == 4593)  // (29 of them the reference data of the PA General Committees and the Minsk Conference envoy, 54 the posts' and field operations' names in other languages)
        #expect(c.store == c.export)
        #expect(c.missing == [] && c.extra == [] && c.differingGraphs == [])
        // Reference, entities, description and one graph per page (17).
        #expect(c.graphs == 20)
        // One request per 300 triples of each graph.
        let requests = c.perGraph.values.reduce(0) { $0 + ($1 + 299) / 300 }
        #expect(requests > 20)
        #expect(out.stderr.hasSuffix("triples pushed: 4593 to 20 graphs in \(requests) requests\n"), "\(out.stderr)")
    }

    @Test func pagePushedTwiceIsNotDuplicated() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let store = server.baseURL + "/store"
        for _ in 0..<2 {
            let out = try Self.push([Self.seed, "--store", store, "--graph-per-page", "--chunk-size", "50"])
            #expect(out.status == 0, "\(out.stderr)")
        }
        let export = try Self.export([Self.seed], format: "nquads", in: try CLIRunner.temporaryDirectory())
        let once = try Self.compare(server, with: export)
        #expect(once.store == once.export && once.missing == [] && once.extra == [])

        // The whole corpus, then the seed page again: the page graphs and the entities stay as the corpus push left them.
        #expect(try Self.push([Self.pages, "--store", store, "--graph-per-page", "--replace"]).status == 0)
        #expect(try Self.push([Self.seed, "--store", store, "--graph-per-page"]).status == 0)
        let corpus = try Self.compare(server, with: try Self.export([Self.pages], format: "nquads", in: try CLIRunner.temporaryDirectory()))
        // Only the description graph differs: it now describes the last push (the seed page alone).
        #expect(corpus.differingGraphs == ["<\(Self.base)graph/description>"])
        #expect(corpus.graphs == 20)
    }

    @Test func oneNamedGraphAddsOrReplaces() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let store = server.baseURL + "/store", graph = "urn:osce-kg:test:all"
        let dir = try CLIRunner.temporaryDirectory()
        let corpus = try Self.export([Self.pages], format: "ntriples", in: dir)
        // An RDF file is pushed as it is; POSTing it twice adds nothing (a graph is a set).
        for _ in 0..<2 {
            let out = try Self.push([corpus.path, "--store", store, "--graph", graph, "--chunk-size", "1000"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stderr == "osce-kg: triples pushed: 4593 to 1 graph in 5 requests\n")
        }
        let all = try Self.compare(server, with: corpus, graph: graph)
        #expect(all.store == 4593 && all.missing == [] && all.extra == [])
        // --replace: the graph then holds the seed page's export only.
        let seed = try Self.export([Self.seed], format: "ntriples", in: try CLIRunner.temporaryDirectory())
        #expect(try Self.push([Self.seed, "--store", store, "--graph", graph, "--replace", "--chunk-size", "100"]).status == 0)
        let replaced = try Self.compare(server, with: seed, graph: graph)
        #expect(replaced.store == replaced.export && replaced.missing == [] && replaced.extra == [])
        #expect(replaced.store < 4593)
    }

    /// RDF merge (RDF 1.1 Semantics §5.2): two files that both say `_:n1`, and two Turtle files
    /// with `[ ]`, are four distinct nodes in the store, as `query --data` loads them (a fresh
    /// user found push merged them into one node per label).
    @Test func blankNodesOfTwoFilesStayApart() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let dir = try CLIRunner.temporaryDirectory()
        let files = [("a.nt", "_:n1 <http://example.org/p> \"a\" .\n"), ("b.nt", "_:n1 <http://example.org/p> \"b\" .\n"),
                     ("c.ttl", "[] <http://example.org/q> 1 .\n"), ("d.ttl", "[] <http://example.org/q> 2 .\n")]
        var paths: [String] = []
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let graph = "urn:osce-kg:test:merge"
        let out = try Self.push(paths + ["--store", server.baseURL + "/store", "--graph", graph, "--chunk-size", "1"])
        #expect(out.status == 0, "\(out.stderr)")
        let count = #"""
        import json, sys, urllib.parse, urllib.request
        q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % sys.argv[2]
        r = urllib.request.Request(sys.argv[1] + "/query", data=urllib.parse.urlencode({"query": q}).encode(),
                                   headers={"Accept": "application/sparql-results+json"})
        print(json.load(urllib.request.urlopen(r, timeout=60))["results"]["bindings"][0]["n"]["value"])
        """#
        let subjects = try #require(try CLIRunner.python(["-c", count, server.baseURL, graph]))
        #expect(subjects.stdout == "4\n", "\(subjects.stderr)")
    }

    /// JSON-LD and RDF/XML files (`.jsonld`, `.owl`, `.xml`) are pushed as `query --data` reads
    /// them (before: JSON-LD was "not RDF" and `.owl`/`.xml` were refused).
    @Test func jsonLDAndRDFXMLFilesArePushed() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rdfxml = { (s: String) in "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\"><rdf:Description rdf:about=\"http://example.org/\(s)\"><ex:p>x</ex:p></rdf:Description></rdf:RDF>\n" }
        let files = [("a.jsonld", "{\"@context\": {\"ex\": \"http://example.org/\"}, \"@id\": \"ex:a\", \"ex:p\": \"x\"}"),
                     ("b.owl", rdfxml("b")), ("c.xml", rdfxml("c"))]
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let graph = "urn:osce-kg:test:syntaxes"
        let out = try Self.push(files.map { dir.appendingPathComponent($0.0).path } + ["--store", server.baseURL + "/store", "--graph", graph])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("triples pushed: 3 to 1 graph"), "\(out.stderr)")
    }

    @Test func storeDownExitsWithMessage() throws {
        let port = try LoopbackServer.freePort()
        let out = try Self.push([Self.seed, "--store", "http://127.0.0.1:\(port)/store", "--retries", "1"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("osce-kg: error: POST http://127.0.0.1:\(port)/store?default: cannot reach the store ("), "\(out.stderr)")
        #expect(out.stderr.hasSuffix(") after 2 attempts\n"), "\(out.stderr)")
    }

    @Test func wrongPathGivesStatusAndMessage() throws {
        let server = try LoopbackServer.oxigraph()
        defer { server.stop() }
        let out = try Self.push([Self.seed, "--store", server.baseURL + "/nowhere", "--graph-per-page"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("osce-kg: error: PUT \(server.baseURL)/nowhere?graph=https%3A%2F%2Fw3id.org%2Fosce-kg%2Fresource%2Fgraph%2Freference: the store answered 404 Not Found: "), "\(out.stderr)")
    }

    /// A store on a raw socket: logs each request (request line, Authorization, Content-Type, body bytes)
    /// to a file; mode `error` answers 500 with a body, `drop-first` closes the first connection
    /// unanswered and answers 204 after, `ok` answers 204.
    static let fakeStore = #"""
    import socket, sys
    import hashlib
    port, mode, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    def digest_ok(method, target, header):
        # mode digest: user dba, password s3cret:x, realm Virtuoso, nonce n0nce, qop auth, MD5 (RFC 7616 §3.4.1)
        if not header.startswith("Digest "): return False
        f = dict((k.strip(), v.strip().strip('"')) for k, v in (p.split("=", 1) for p in header[7:].split(", ")))
        h = lambda s: hashlib.md5(s.encode()).hexdigest()
        want = h(":".join([h("dba:Virtuoso:s3cret:x"), "n0nce", f.get("nc", ""), f.get("cnonce", ""), "auth", h(method + ":" + target)]))
        return f.get("username") == "dba" and f.get("uri") == target and f.get("response") == want and f.get("opaque") == "0paque"
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(16)
    n = 0
    while True:
        c, _ = server.accept()
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = c.recv(65536)
            if not chunk: break
            data += chunk
        if not data:
            c.close(); continue
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, v in (l.split(":", 1) for l in lines[1:] if ":" in l)}
        if headers.get("expect", "").lower() == "100-continue":
            c.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = c.recv(65536)
            if not chunk: break
            body += chunk
        n += 1
        with open(log, "a") as f:
            f.write("\t".join([lines[0], headers.get("authorization", ""), headers.get("content-type", ""), str(len(body))]) + "\n")
        if mode == "drop-first" and n == 1:
            c.close(); continue
        with open(log + ".body", "ab") as f:
            f.write(body)
        status, text = ("500 Internal Server Error", b"disk full\n  no space left") if mode == "error" else ("204 No Content", b"")
        extra = ""
        if mode == "digest":
            method, target = lines[0].split(" ")[:2]
            if not digest_ok(method, target, headers.get("authorization", "")):
                status, text = "401 Unauthorized", b"Unauthorized"
                extra = 'WWW-Authenticate: Digest realm="Virtuoso", domain="/sparql-graph-crud-auth", nonce="n0nce", opaque="0paque", stale=false, qop="auth", algorithm=MD5\r\n'
        with open(log, "a") as f:
            f.write(status.split(" ")[0] + "\n")
        c.sendall(("HTTP/1.1 %s\r\n%sContent-Length: %d\r\nConnection: close\r\n\r\n" % (status, extra, len(text))).encode() + text)
        c.close()
    """#

    static func fakeStore(_ mode: String) throws -> (LoopbackServer, URL) {
        let log = try CLIRunner.temporaryDirectory().appendingPathComponent("requests.log")
        let python = try #require(CLIRunner.pythonExecutable)
        let server = try LoopbackServer(executable: python) { ["-c", fakeStore, String($0), mode, log.path] }
        return (server, log)
    }

    /// The logged requests: request line, Authorization, Content-Type, body bytes, and the status answered ("" when dropped).
    static func requests(_ log: URL) -> [[String]] {
        var out: [[String]] = []
        for line in ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 1, !out.isEmpty { out[out.count - 1].append(fields[0]) } else { out.append(fields) }
        }
        return out.map { $0.count == 4 ? $0 + [""] : $0 }
    }

    @Test func digestChallengeIsAnswered() throws {
        let (server, log) = try Self.fakeStore("digest")
        defer { server.stop() }
        let store = server.baseURL + "/sparql-graph-crud-auth"
        let out = try Self.push([Self.seed, "--store", store, "--graph", "urn:g", "--auth", "dba:s3cret:x", "--chunk-size", "100"])
        #expect(out.status == 0, "\(out.stderr)")
        let requests = Self.requests(log)
        // Basic first, answered by the challenge; then every request (the first one again included) in Digest, accepted.
        #expect(requests.count > 3)
        #expect(requests.first.map { [$0[1], $0[4]] } == ["Basic ZGJhOnMzY3JldDp4", "401"])
        #expect(requests.dropFirst().allSatisfy { $0[1].hasPrefix("Digest username=\"dba\"") && $0[4] == "204" })
        #expect(out.stderr.hasSuffix(" in \(requests.count) requests\n"), "\(out.stderr)")

        // A wrong password: the challenge is answered once, then the refusal is final.
        let wrong = try Self.push([Self.seed, "--store", store, "--auth", "dba:wrong", "--retries", "0"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "osce-kg: error: POST \(store)?default: the store answered 401 Unauthorized: Unauthorized\n")
    }

    @Test func serverErrorGivesStatusAndBody() throws {
        let (server, log) = try Self.fakeStore("error")
        defer { server.stop() }
        let out = try Self.push([Self.seed, "--store", server.baseURL + "/ds/data", "--graph", "urn:g", "--replace", "--retries", "0"])
        #expect(out.status == 1)
        #expect(out.stderr == "osce-kg: error: PUT \(server.baseURL)/ds/data?graph=urn%3Ag: the store answered 500 Internal Server Error: disk full no space left\n")
        #expect(Self.requests(log).map { $0[0] } == ["PUT /ds/data?graph=urn%3Ag HTTP/1.1"])
    }

    @Test func droppedConnectionIsTriedAgainWithCredentials() throws {
        let (server, log) = try Self.fakeStore("drop-first")
        defer { server.stop() }
        let out = try Self.push([Self.seed, "--store", server.baseURL + "/sparql-graph-crud-auth", "--auth", "dba:s3cret:x"])
        #expect(out.status == 0, "\(out.stderr)")
        let requests = Self.requests(log)
        // The same POST twice: dropped, then answered.
        #expect(requests.map { $0[0] } == Array(repeating: "POST /sparql-graph-crud-auth?default HTTP/1.1", count: 2))
        #expect(requests.allSatisfy { $0[1] == "Basic ZGJhOnMzY3JldDp4" && $0[2] == "application/n-triples; charset=utf-8" })
        #expect(Set(requests.map { $0[3] }).count == 1 && Int(requests[0][3])! > 10_000)
        #expect(out.stderr.hasSuffix(" in 2 requests\n"), "\(out.stderr)")
        // The body is the export's N-Triples, line for line (as a set: the order is the graphs').
        // Compared as parsed triples: Raptor's N-Triples escapes non-ASCII characters, the push sends them as UTF-8.
        let export = try Self.export([Self.seed], format: "ntriples", in: try CLIRunner.temporaryDirectory())
        let script = """
            import sys
            from pyoxigraph import RdfFormat, parse
            a, b = ({str(t) for t in parse(path=p, format=RdfFormat.N_TRIPLES)} for p in sys.argv[1:3])
            print(len(a), len(b), len(a ^ b))
            """
        let same = try #require(try CLIRunner.python(["-c", script, log.path + ".body", export.path]))
        let counts = same.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.count == 3 && counts[0] == counts[1] && counts[0] > 100 && counts[2] == 0, "\(same.stdout)\(same.stderr)")
    }
}
