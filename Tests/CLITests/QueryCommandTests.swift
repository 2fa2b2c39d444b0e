import Foundation
import Testing

@Suite struct QueryCommandTests {
    static let data = """
        @prefix ex: <http://example.org/> .
        ex:a ex:knows ex:b ; ex:name "Alice"@en .
        ex:b ex:knows ex:c ; ex:name "Bob" .
        ex:c ex:name "Carol, \\"C\\"" .
        """

    func withData<R>(_ body: (URL) throws -> R) throws -> R {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.data.write(to: dir.appendingPathComponent("data.ttl"), atomically: true, encoding: .utf8)
        return try body(dir)
    }

    @Test func selectPrintsEveryResultFormat() throws {
        try withData { dir in
            let q = "PREFIX ex: <http://example.org/> SELECT ?n WHERE { ?s ex:name ?n } ORDER BY ?n"
            let csv = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "csv", q], cwd: dir)
            #expect(csv.status == 0)
            #expect(csv.stdout == "n\r\nAlice\r\nBob\r\n\"Carol, \"\"C\"\"\"\r\n")
            let tsv = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "tsv", q], cwd: dir)
            #expect(tsv.stdout == "?n\n\"Alice\"@en\n\"Bob\"\n\"Carol, \\\"C\\\"\"\n")
            let json = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "json", q], cwd: dir)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let bindings = ((object?["results"] as? [String: Any])?["bindings"] as? [[String: Any]]) ?? []
            #expect(bindings.count == 3)
            #expect((bindings.first?["n"] as? [String: String])?["xml:lang"] == "en")
            let xml = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "xml", q], cwd: dir)
            #expect(xml.stdout.contains("<literal xml:lang=\"en\">Alice</literal>"))
            let table = try CLIRunner.run(["query", "--data", "data.ttl", q], cwd: dir)
            #expect(table.stdout.contains("\"Alice\"@en"))
        }
    }

    @Test func constructPrintsNTriplesOrTurtle() throws {
        try withData { dir in
            let q = "PREFIX ex: <http://example.org/> CONSTRUCT { ?b ex:knownBy ?a } WHERE { ?a ex:knows ?b }"
            let nt = try CLIRunner.run(["query", "--data", "data.ttl", q], cwd: dir)
            #expect(nt.status == 0)
            #expect(nt.stdout.split(separator: "\n").sorted() == [
                "<http://example.org/b> <http://example.org/knownBy> <http://example.org/a> .",
                "<http://example.org/c> <http://example.org/knownBy> <http://example.org/b> .",
            ])
            let ttl = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "turtle", q], cwd: dir)
            #expect(ttl.stdout.contains("@prefix ex: <http://example.org/>"))
            #expect(ttl.stdout.contains("ex:knownBy"))
        }
    }

    @Test func anUnreadableQueryFileSaysWhy() throws {
        try withData { dir in
            let missing = try CLIRunner.run(["query", "--data", "data.ttl", "--query", "nope.rq"], cwd: dir)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("nope.rq: cannot read the query file: no such file"), "\(missing.stderr)")
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("q.rq"), withIntermediateDirectories: true)
            let folder = try CLIRunner.run(["query", "--data", "data.ttl", "--query", "q.rq"], cwd: dir)
            #expect(folder.status == 1)
            #expect(folder.stderr.contains("q.rq: cannot read the query file: it is a folder"), "\(folder.stderr)")
        }
    }

    @Test func aNegativeTimeoutIsRefusedAsAValue() throws {
        try withData { dir in
            let out = try CLIRunner.run(["query", "--data", "data.ttl", "--timeout", "-1", "ASK {}"], cwd: dir)
            #expect(out.status != 0)
            #expect(out.stderr.contains("--timeout must be a positive number of seconds"), "\(out.stderr)")
        }
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        try withData { dir in
            try "SELECT ?x\nWHERE {\n  ?x ?y }\n".write(to: dir.appendingPathComponent("bad.rq"), atomically: true, encoding: .utf8)
            let out = try CLIRunner.run(["query", "--data", "data.ttl", "--query", "bad.rq"], cwd: dir)
            #expect(out.status == 1)
            #expect(out.stderr.hasPrefix("osce-kg: error: bad.rq:3:9: "), "\(out.stderr)")
            #expect(out.stdout.isEmpty)
            let prefix = try CLIRunner.run(["query", "--data", "data.ttl", "SELECT * WHERE { ?s nope:p ?o }"], cwd: dir)
            #expect(prefix.status == 1)
            #expect(prefix.stderr.contains("nope"))
        }
    }

    @Test func badDataNamesFileAndLine() throws {
        try withData { dir in
            try "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"open .\n".write(
                to: dir.appendingPathComponent("broken.ttl"), atomically: true, encoding: .utf8)
            let out = try CLIRunner.run(["query", "--data", "broken.ttl", "ASK {}"], cwd: dir)
            #expect(out.status == 1)
            #expect(out.stderr.contains("broken.ttl:3"), "\(out.stderr)")
        }
    }

    @Test func namedGraphsFromAndStdin() throws {
        try withData { dir in
            // --named-graph: the graph is named by the file's absolute file:// URL.
            let named = try CLIRunner.run(["query", "--named-graph", "data.ttl", "--results", "tsv",
                                           "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"], cwd: dir)
            #expect(named.status == 0)
            #expect(named.stdout.contains("<file://\(dir.standardizedFileURL.path)/data.ttl>\t5"), "\(named.stdout)")
            // FROM resolves against the query file's URL and loads the local file.
            try "SELECT (COUNT(*) AS ?n) FROM <data.ttl> WHERE { ?s ?p ?o }".write(
                to: dir.appendingPathComponent("from.rq"), atomically: true, encoding: .utf8)
            let from = try CLIRunner.run(["query", "--query", "from.rq", "--results", "csv"], cwd: dir)
            #expect(from.stdout == "n\r\n5\r\n", "\(from.stderr)")
            // '-' reads standard input in the --data-format syntax.
            let stdin = try CLIRunner.run(["query", "--data", "-", "--data-format", "ntriples", "--results", "csv",
                                           "SELECT ?o WHERE { ?s ?p ?o }"], stdin: Data("<http://e/s> <http://e/p> \"x\" .\n".utf8), cwd: dir)
            #expect(stdin.stdout == "o\r\nx\r\n")
        }
    }

    @Test func timeoutEndsCleanlyWithNonZeroExit() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var nt = ""
        for i in 0..<400 { nt += "<http://e/n\(i)> <http://e/p> <http://e/n\(i + 1)> .\n" }
        try nt.write(to: dir.appendingPathComponent("chain.nt"), atomically: true, encoding: .utf8)
        let q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
        let out = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "0.5", "--results", "csv", q], cwd: dir)
        #expect(out.status == 1)
        #expect(out.stderr.contains("timed out"))
        // The duration in plain decimals (before: `1e-06 s`).
        let tiny = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "0.000001", "--results", "csv", q], cwd: dir)
        #expect(tiny.status == 1)
        #expect(tiny.stderr == "osce-kg: error: query timed out after 0.000001 s; no results were printed in full\n")
        // A streaming SELECT that runs out of time prints no partial document.
        let rows = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "0.3", "--results", "json",
                                      "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"], cwd: dir)
        #expect(rows.status == 1)
        #expect(rows.stderr.contains("timed out"))
        #expect(rows.stdout.isEmpty)
    }

    @Test func queriesPagesDirectly() throws {
        let out = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "csv",
                                     "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n"])
        #expect(out.status == 0)
        #expect(out.stdout == "n\r\nIgli Hasani\r\nThomas Greminger\r\nUlrika Funered\r\nValiant Richey\r\n", "\(out.stderr)")
    }
}

@Suite struct QueryOutputFailureTests {
    /// A failed write (here a full device) is one line and exit 1, not a trap.
    @Test func writeFailureIsReported() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["query", "--data", CLIRunner.seed.path, "--results", "json", "SELECT * WHERE { ?s ?p ?o }"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("write failed"))
    }

    /// FROM naming a local file that does not exist is an error, not an empty graph.
    @Test func fromMissingFileIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "SELECT * FROM <missing.ttl> WHERE { ?s ?p ?o }".write(to: dir.appendingPathComponent("q.rq"), atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["query", "--query", "q.rq"], cwd: dir)
        #expect(out.status == 1)
        #expect(out.stderr.contains("missing.ttl: no such file"))
    }
}
