import Foundation
import RDF
import RaptorIO
import Testing

/// A page holding U+FFFE or U+FFFF (Unicode noncharacters, which Raptor cuts a term at and no
/// RDF or XML syntax carries) loses nothing: the reader makes them U+FFFD with a warning, and
/// every syntax writes the whole graph; XML query results refuse such a term with an error.
@Suite struct NoncharacterTests {
    static let page = "Press release\nOSCE title with odd \u{FFFE} char\nVIENNA, 11 May 2020 – The OSCE met today.\n"

    @Test(arguments: ["turtle", "ntriples", "jsonld"])
    func pageExportsWithReplacementCharacter(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("b.txt")
        try Data(Self.page.utf8).write(to: page)
        let file = dir.appendingPathComponent("b.\(format)").path
        let out = try CLIRunner.run(["export", page.path, "--format", format, "-o", file, "--date", "2026-01-01"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stderr.contains("osce-kg: warning: \(page.path):2:21: noncharacter U+FFFE replaced by U+FFFD: noncharacters are not text (no RDF syntax carries U+FFFE or U+FFFF, and an HTML parser drops them)\n"))
        let written = try #require(CLIRunner.triplesWritten(out.stderr))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("\u{FFFE}") && !text.contains("\\uFFFE"))
        #expect(text.contains("OSCE title with odd \u{FFFD} char") || text.contains("OSCE title with odd \\uFFFD char"), "\(text.prefix(3000))")
        if format != "jsonld" {
            let graph = try RDFParser.parseGraph(file: file, syntax: try #require(RDFSyntax(name: format)))
            #expect(graph.count == written)
            #expect(graph.contains { $0.object.literal?.lexicalForm == "OSCE title with odd \u{FFFD} char" })
            if let rapper = try CLIRunner.tool("rapper", ["-i", format, "-c", file]) {
                #expect(rapper.status == 0, "\(rapper.stderr)")
                #expect(rapper.stderr.contains("returned \(written) triples"), "\(rapper.stderr)")
            }
        }
    }

    /// `&#xFFFE;` is ill-formed XML: the XML results refuse the term, with a one-line error.
    @Test func queryXMLResultsRefuseNoncharacters() throws {
        let query = "SELECT ?x WHERE { BIND(\"odd \u{FFFE} char\" AS ?x) }"
        let xml = try CLIRunner.run(["query", "--results", "xml", query])
        #expect(xml.status == 1)
        #expect(xml.stderr.contains("?x is bound to \"odd \\uFFFE char\", which holds U+FFFE or U+FFFF: XML cannot hold it; use --results json, tsv or csv"), "\(xml.stderr)")
        #expect(!xml.stdout.contains("&#xFFFE;") && !xml.stdout.contains("<result>"))
        let json = try CLIRunner.run(["query", "--results", "json", query])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("odd \u{FFFE} char") || json.stdout.contains("odd \\uFFFE char"))
    }
}
