import Foundation
import Testing

/// `query --timeout` spools the result document to a temporary file in `$TMPDIR` and prints
/// it only when the query finished; the file never outlives the run.
@Suite struct ResultSpoolTests {
    /// A 400-triple chain and a fresh, otherwise empty `$TMPDIR`.
    func withChain(_ body: (_ dir: URL, _ tmp: URL) throws -> Void) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var nt = ""
        for i in 0..<400 { nt += "<http://e/n\(i)> <http://e/p> <http://e/n\(i + 1)> .\n" }
        try nt.write(to: dir.appendingPathComponent("chain.nt"), atomically: true, encoding: .utf8)
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try body(dir, tmp)
    }

    func leftovers(_ tmp: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: tmp.path) }

    /// The spooled document is the same as the streamed one, in every result format; no file is left.
    @Test(arguments: ["tsv", "csv", "json", "xml", "table"])
    func spooledResultsEqualStreamedResults(format: String) throws {
        try withChain { dir, tmp in
            let q = "SELECT ?a ?b WHERE { ?a <http://e/p> ?b } ORDER BY ?a"
            let streamed = try CLIRunner.run(["query", "--data", "chain.nt", "--results", format, q], cwd: dir)
            let spooled = try CLIRunner.run(["query", "--data", "chain.nt", "--results", format, "--timeout", "60", q],
                                            cwd: dir, environment: ["TMPDIR": tmp.path])
            #expect(spooled.status == 0, "\(spooled.stderr)")
            #expect(spooled.stdoutBytes.count > 400 * 20)
            #expect(spooled.stdoutBytes == streamed.stdoutBytes)
            #expect(try leftovers(tmp) == [])
        }
    }

    /// A query that times out prints nothing on standard output and leaves no file.
    @Test func timedOutQueryPrintsNothingAndLeavesNoFile() throws {
        try withChain { dir, tmp in
            let out = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "0.3", "--results", "tsv",
                                         "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"],
                                        cwd: dir, environment: ["TMPDIR": tmp.path])
            #expect(out.status == 1)
            #expect(out.stderr == "osce-kg: error: query timed out after 0.3 s; no results were printed in full\n")
            #expect(out.stdout.isEmpty)
            #expect(try leftovers(tmp) == [])
            // A format that cannot hold a SELECT's table (--results turtle) is refused before
            // any work: a usage error, nothing printed.
            let graph = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "0.3", "--results", "turtle",
                                           "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"], cwd: dir)
            #expect(graph.status == 64)
            #expect(graph.stdout.isEmpty)
        }
    }

    /// The spool really goes through `$TMPDIR`: one that does not exist is a clear error.
    @Test func unusableTemporaryDirectoryIsAnError() throws {
        try withChain { dir, tmp in
            let missing = tmp.appendingPathComponent("missing").path
            let out = try CLIRunner.run(["query", "--data", "chain.nt", "--timeout", "60", "--results", "tsv",
                                         "SELECT * WHERE { ?a ?p ?b }"], cwd: dir, environment: ["TMPDIR": missing])
            #expect(out.status == 1)
            #expect(out.stdout.isEmpty)
            #expect(out.stderr == "osce-kg: error: \(missing): cannot create a temporary file for the results: No such file or directory\n")
        }
    }
}
