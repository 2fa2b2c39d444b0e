import Foundation
import Testing

/// `query` merges its documents as RDF merge does (RDF 1.1 Semantics §5.2):
/// blank nodes of two documents never merge, whatever their labels, and
/// BNODE() never returns a node of the data.
@Suite struct QueryBlankNodeScopeTests {
    static let distinctSubjects = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"

    func withFiles<R>(_ files: [String: String], _ body: (URL) throws -> R) throws -> R {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return try body(dir)
    }

    @Test func sameLabelInTwoFilesIsTwoNodes() throws {
        let files = ["a.nt": "_:n1 <http://e/p> \"a\" .\n", "b.nt": "_:n1 <http://e/p> \"b\" .\n", "c.ttl": "_:n1 <http://e/p> \"c\" .\n"]
        try withFiles(files) { dir in
            let out = try CLIRunner.run(["query", "--data", "a.nt", "--data", "b.nt", "--data", "c.ttl", "--results", "csv", Self.distinctSubjects], cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout == "n\r\n3\r\n")
            // One file's label stays one node.
            let one = try CLIRunner.run(["query", "--data", "a.nt", "--results", "csv",
                                         "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <http://e/p> ?o . ?s <http://e/p> ?o2 }"], cwd: dir)
            #expect(one.stdout == "n\r\n1\r\n")
            // A --named-graph file is a document of its own too.
            let named = try CLIRunner.run(["query", "--data", "a.nt", "--named-graph", "b.nt", "--results", "csv",
                                           "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e/p> \"a\" . GRAPH ?g { ?s <http://e/p> \"b\" } }"], cwd: dir)
            #expect(named.stdout == "n\r\n0\r\n", "\(named.stderr)")
        }
    }

    @Test func anonymousNodesOfTwoTurtleFilesAreDistinct() throws {
        let files = ["a.ttl": "[ <http://e/p> \"a\" ] <http://e/q> [ <http://e/p> \"a2\" ] .\n",
                     "b.ttl": "[ <http://e/p> \"b\" ] <http://e/q> [ <http://e/p> \"b2\" ] .\n"]
        try withFiles(files) { dir in
            let out = try CLIRunner.run(["query", "--data", "a.ttl", "--data", "b.ttl", "--results", "csv", Self.distinctSubjects], cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout == "n\r\n4\r\n")
            // FROM documents are standardised apart as well.
            let from = try CLIRunner.run(["query", "--results", "csv",
                                          "SELECT (COUNT(DISTINCT ?s) AS ?n) FROM <a.ttl> FROM <b.ttl> WHERE { ?s ?p ?o }"], cwd: dir)
            #expect(from.status == 0, "\(from.stderr)")
            #expect(from.stdout == "n\r\n4\r\n")
            // The same output twice: labels are deterministic.
            let construct = ["query", "--data", "a.ttl", "--data", "b.ttl", "CONSTRUCT WHERE { ?s ?p ?o }"]
            let first = try CLIRunner.run(construct, cwd: dir), second = try CLIRunner.run(construct, cwd: dir)
            #expect(first.stdout == second.stdout)
            #expect(first.stdout.split(separator: "\n").count == 6)
        }
    }

    /// BNODE() labels start with a prefix no blank node of the data has.
    @Test func bnodeNeverEqualsADataNode() throws {
        let files = ["d.nt": "_:fn1 <http://e/p> \"x\" .\n_:fnx1 <http://e/p> \"y\" .\n"]
        try withFiles(files) { dir in
            let ask = "ASK { ?s ?p ?o BIND(BNODE() AS ?b) FILTER(sameTerm(?b, ?s)) }"
            let out = try CLIRunner.run(["query", "--data", "d.nt", ask], cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout == "Ask => No\n", "\(out.stdout)")
            let labels = try CLIRunner.run(["query", "--data", "d.nt", "--results", "tsv",
                                            "SELECT ?b WHERE { ?s ?p ?o BIND(BNODE() AS ?b) }"], cwd: dir)
            #expect(labels.stdout.contains("_:fnxx"), "\(labels.stdout)")
        }
    }
}
