import Foundation
import Testing

/// CONSTRUCT results in the dataset syntaxes and in JSON-LD.
@Suite struct QueryGraphResultsTests {
    func withData<R>(_ text: String, _ body: (URL) throws -> R) throws -> R {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try text.write(to: dir.appendingPathComponent("d.nt"), atomically: true, encoding: .utf8)
        return try body(dir)
    }

    /// TriG and N-Quads are listed for CONSTRUCT: the result is written as the default graph.
    @Test func constructWritesTriGAndNQuads() throws {
        try withData("<http://ex.org/a> <http://ex.org/p> \"x\" .\n<http://ex.org/a> <http://ex.org/p> _:b .\n") { dir in
            let q = "PREFIX ex: <http://ex.org/> CONSTRUCT WHERE { ?s ?p ?o }"
            let trig = try CLIRunner.run(["query", "--data", "d.nt", "--results", "trig", q], cwd: dir)
            #expect(trig.status == 0, "\(trig.stderr)")
            #expect(trig.stdout.contains("@prefix ex: <http://ex.org/> ."))
            #expect(trig.stdout.contains("{\n"))
            #expect(trig.stdout.contains("ex:p \"x\""), "\(trig.stdout)")
            if let rapper = try CLIRunner.tool("rapper", ["-i", "trig", "-o", "ntriples", "-", "http://base/"], stdin: Data(trig.stdout.utf8)) {
                #expect(rapper.status == 0, "\(rapper.stderr)")
                #expect(rapper.stdout.split(separator: "\n").count == 2, "\(rapper.stdout)")
            }
            let nq = try CLIRunner.run(["query", "--data", "d.nt", "--results", "nquads", q], cwd: dir)
            #expect(nq.status == 0, "\(nq.stderr)")
            #expect(nq.stdout.split(separator: "\n").count == 2)
            #expect(nq.stdout.contains("<http://ex.org/a> <http://ex.org/p> \"x\" .\n"))
        }
    }

    /// An IRI whose scheme is a declared prefix (`<ex:zz>` with `PREFIX ex:`)
    /// makes JSON-LD leave that prefix out of the context instead of failing.
    @Test func jsonldLeavesOutAPrefixThatIsAnIRIScheme() throws {
        try withData("<ex:zz> <http://a.org/p> \"x\" .\n<http://ex.org/y> <http://a.org/p> <ex:zz> .\n") { dir in
            let q = "PREFIX ex: <http://ex.org/> PREFIX a: <http://a.org/> CONSTRUCT WHERE { ?s ?p ?o }"
            let out = try CLIRunner.run(["query", "--data", "d.nt", "--results", "jsonld", q], cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("\"a\": \"http://a.org/\""))
            #expect(!out.stdout.contains("\"ex\":"), "\(out.stdout)")
            #expect(out.stdout.contains("\"@id\": \"ex:zz\""))
            #expect(out.stdout.contains("\"@id\": \"http://ex.org/y\""))
            let again = try CLIRunner.run(["query", "--data", "d.nt", "--results", "jsonld", q], cwd: dir)
            #expect(again.stdout == out.stdout)
            try out.stdout.write(to: dir.appendingPathComponent("out.jsonld"), atomically: true, encoding: .utf8)
            let script = """
                import sys, pyoxigraph as ox, rdflib
                from rdflib.compare import isomorphic
                nt = rdflib.Graph(); nt.parse(sys.argv[1], format="nt")
                rl = rdflib.Graph(); rl.parse(sys.argv[2], format="json-ld")
                store = ox.Store(); store.load(path=sys.argv[2], format=ox.RdfFormat.JSON_LD)
                ox_nt = "".join(str(q.triple) + " .\\n" for q in store)
                oxg = rdflib.Graph(); oxg.parse(data=ox_nt, format="nt")
                print(isomorphic(nt, rl), isomorphic(nt, oxg), len(rl), len(store))
                """
            if let py = try CLIRunner.python(["-c", script, dir.appendingPathComponent("d.nt").path, dir.appendingPathComponent("out.jsonld").path]) {
                #expect(py.status == 0, "\(py.stderr)")
                #expect(py.stdout == "True True 2 2\n", "\(py.stdout)")
            }
        }
    }
}
