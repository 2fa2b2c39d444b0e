import Foundation
import Testing

/// `query` over data whose triples sit in named graphs (the N-Quads and TriG
/// exports): `--union-default-graph`, the empty-default-graph hint, and
/// standard input read as a page when it is no RDF.
@Suite struct QueryNamedGraphTests {
    /// Two named graphs sharing one triple, and one default-graph triple.
    static let quads = """
        <http://e/a> <http://e/p> "1" <http://e/g1> .
        <http://e/b> <http://e/p> "2" <http://e/g1> .
        <http://e/b> <http://e/p> "2" <http://e/g2> .
        <http://e/c> <http://e/p> "3" <http://e/g2> .
        <http://e/d> <http://e/q> "4" .

        """
    static let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    func withQuads<R>(defaultTriple: Bool = true, _ body: (URL) throws -> R) throws -> R {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = defaultTriple ? Self.quads : Self.quads.split(separator: "\n").filter { $0.contains("/g") }.joined(separator: "\n") + "\n"
        try text.write(to: dir.appendingPathComponent("d.nq"), atomically: true, encoding: .utf8)
        return try body(dir)
    }

    @Test func unionDefaultGraphAddsEveryNamedGraphOnce() throws {
        try withQuads { dir in
            let plain = try CLIRunner.run(["query", "--data", "d.nq", "--results", "csv", Self.count], cwd: dir)
            #expect(plain.stdout == "n\r\n1\r\n", "\(plain.stderr)")
            let union = try CLIRunner.run(["query", "--data", "d.nq", "--union-default-graph", "--results", "csv", Self.count], cwd: dir)
            #expect(union.stdout == "n\r\n4\r\n", "\(union.stderr)")  // d, a, b (once), c
            // The named graphs stay as they were.
            let graphs = try CLIRunner.run(["query", "--data", "d.nq", "--union-default-graph", "--results", "csv",
                                            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"], cwd: dir)
            #expect(graphs.stdout == "g,n\r\nhttp://e/g1,2\r\nhttp://e/g2,2\r\n")
            // --named-graph files join the union too (the file is one graph: a, b, c, d).
            let alone = try CLIRunner.run(["query", "--quiet", "--named-graph", "d.nq", "--results", "csv", Self.count], cwd: dir)
            #expect(alone.stdout == "n\r\n0\r\n", "\(alone.stderr)")
            let named = try CLIRunner.run(["query", "--named-graph", "d.nq", "--union-default-graph", "--results", "csv", Self.count], cwd: dir)
            #expect(named.stdout == "n\r\n4\r\n", "\(named.stderr)")
        }
    }

    @Test func emptyDefaultGraphGetsAHintUnlessQuietOrGraphOrFrom() throws {
        try withQuads(defaultTriple: false) { dir in
            let plain = try CLIRunner.run(["query", "--data", "d.nq", "--results", "csv", Self.count], cwd: dir)
            #expect(plain.status == 0)
            #expect(plain.stdout == "n\r\n0\r\n")
            #expect(plain.stderr == "osce-kg: hint: the default graph is empty and the data has 2 named graph(s); use --union-default-graph to query them all, or GRAPH ?g { … }\n")
            let quiet = try CLIRunner.run(["query", "--quiet", "--data", "d.nq", "--results", "csv", Self.count], cwd: dir)
            #expect(quiet.stderr.isEmpty)
            let graph = try CLIRunner.run(["query", "--data", "d.nq", "--results", "csv",
                                           "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"], cwd: dir)
            #expect(graph.stdout == "n\r\n4\r\n")
            #expect(graph.stderr.isEmpty, "\(graph.stderr)")
            let exists = try CLIRunner.run(["query", "--data", "d.nq", "--results", "csv",
                                            "ASK { FILTER EXISTS { GRAPH <http://e/g1> { ?s ?p ?o } } }"], cwd: dir)
            #expect(exists.stderr.isEmpty, "\(exists.stderr)")
            let union = try CLIRunner.run(["query", "--data", "d.nq", "--union-default-graph", "--results", "csv", Self.count], cwd: dir)
            #expect(union.stdout == "n\r\n3\r\n")
            #expect(union.stderr.isEmpty)
        }
    }

    /// The example query over the tool's own N-Quads and TriG exports gives the
    /// rows it gives over the N-Triples export once the named graphs are the default graph.
    @Test(arguments: ["nquads", "trig"]) func exampleQueryOverADatasetExport(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let query = CLIRunner.root.appendingPathComponent("Examples/queries/who-said-what.rq").path
        let nt = dir.appendingPathComponent("e.nt").path, file = dir.appendingPathComponent("e.\(format == "nquads" ? "nq" : "trig")").path
        _ = try CLIRunner.run(["export", pages, "--quiet", "--output", nt])
        _ = try CLIRunner.run(["export", pages, "--quiet", "--output", file])
        let reference = try CLIRunner.run(["query", "--data", nt, "--results", "csv", "--query", query])
        #expect(reference.stdout.split(separator: "\r\n").count == 39)  // header + 38 rows
        let plain = try CLIRunner.run(["query", "--data", file, "--results", "csv", "--query", query])
        #expect(plain.stdout.split(separator: "\r\n").count == 1)
        #expect(plain.stderr.contains("--union-default-graph"))
        let union = try CLIRunner.run(["query", "--data", file, "--union-default-graph", "--results", "csv", "--query", query])
        #expect(union.status == 0, "\(union.stderr)")
        #expect(union.stdout == reference.stdout)
    }

    /// `--data -` without --data-format: RDF when Raptor can guess it, else a page as `export -` reads it.
    @Test func standardInputIsReadAsAPageWhenItIsNoRDF() throws {
        let page = try Data(contentsOf: CLIRunner.seed)
        let fromStdin = try CLIRunner.run(["query", "--data", "-", "--results", "csv", Self.count], stdin: page)
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        let fromFile = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "csv", Self.count])
        #expect(fromStdin.stdout == fromFile.stdout)
        #expect(fromStdin.stdout == "n\r\n2546\r\n")  // (the reference data: the three PA General Committees, the Minsk Conference envoy, the names of posts and field operations in other languages)
        let rdf = try CLIRunner.run(["query", "--data", "-", "--results", "csv", Self.count],
                                    stdin: Data("<http://e/s> <http://e/p> \"x\" .\n".utf8))
        #expect(rdf.stdout == "n\r\n1\r\n", "\(rdf.stderr)")
        let neither = try CLIRunner.run(["query", "--data", "-", "ASK {}"], stdin: Data("garbage\n".utf8))
        #expect(neither.status == 1)
        #expect(neither.stderr.hasSuffix("osce-kg: error: <stdin>: neither RDF whose syntax Raptor could guess (Failed to guess parser from content type '(none)') nor an OSCE page; give --data-format for RDF\n"), "\(neither.stderr)")
    }
}
