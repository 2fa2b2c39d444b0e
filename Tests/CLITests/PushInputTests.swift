import Foundation
@testable import osce_kg
import Testing

/// Which inputs `push` reads as pages and which as RDF, in which syntax: every syntax `query
/// --data` reads, told by extension and, for `.json` and unknown extensions, by content (before:
/// a JSON-LD file was "neither a page … nor RDF", and `.owl`/`.xml` files were refused).
@Suite struct PushInputTests {
    @Test func everyReadableSyntaxIsRDF() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rdfxml = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>\n"
        let files = [
            ("a.jsonld", "{\"@id\": \"http://example.org/a\"}", GraphFormat.jsonld),
            ("b.json", "{\"@context\": {}, \"@id\": \"http://example.org/a\"}", .jsonld),
            ("c.json", "{\"http://example.org/a\": {}}", .raptor(.json)),
            ("d.owl", rdfxml, .raptor(.rdfxml)),
            ("e.xml", rdfxml, .raptor(.rdfxml)),
            ("f.data", rdfxml, .raptor(.rdfxml)),
            ("g.nq", "<http://a> <http://b> <http://c> <http://g> .\n", .raptor(.nquads)),
            ("h", "@prefix ex: <http://example.org/> .\n", .raptor(.guess)),
        ]
        for (name, text, _) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let inputs = files.map { dir.appendingPathComponent($0.0).path }
        let (pages, rdf) = try PushCommand.split(inputs + [dir.path, "-", "page.txt"])
        #expect(pages == [dir.path, "-", "page.txt"])
        #expect(rdf.map(\.0) == inputs)
        #expect(rdf.map(\.1) == files.map(\.2))
        #expect(throws: (any Error).self) { try PushCommand.split([dir.appendingPathComponent("missing.jsonld").path]) }
    }
}
