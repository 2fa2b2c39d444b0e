import Foundation
import Testing

/// `query --data`: `--data-format` names the syntax of data files whatever their extension, and a
/// page that cannot be read is reported with its position and left out, while the query still runs.
@Suite struct QueryDataInputTests {
    static let turtle = "@prefix ex: <http://example.org/> .\nex:a ex:name \"Alice\" .\nex:b ex:name \"Bob\" .\n"
    static let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/name> ?o }"

    @Test func dataFormatAppliesToFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.turtle.write(to: dir.appendingPathComponent("names.txt"), atomically: true, encoding: .utf8)
        try Self.turtle.write(to: dir.appendingPathComponent("names.data"), atomically: true, encoding: .utf8)
        let txt = try CLIRunner.run(["query", "--data", "names.txt", "--data-format", "turtle", "--results", "tsv", Self.count], cwd: dir)
        #expect(txt.status == 0, "\(txt.stderr)")
        #expect(txt.stdout == "?n\n2\n")
        let other = try CLIRunner.run(["query", "--data", "names.data", "--data-format", "turtle", "--results", "tsv", Self.count], cwd: dir)
        #expect(other.stdout == "?n\n2\n")
        // Read as N-Triples, the Turtle file is refused, naming the file and the position.
        let wrong = try CLIRunner.run(["query", "--data", "names.txt", "--data-format", "ntriples", Self.count], cwd: dir)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("names.txt:1:1: "), "\(wrong.stderr)")
    }

    /// `--data-format` offers what Raptor's parsers read, under their parser names, and JSON-LD
    /// (read by `JSONLDReader`; before, JSON-LD was refused as "written but not read"); the other
    /// written-only syntaxes are refused saying they are written but not read.
    @Test func dataFormatsOfferWhatIsReadJSONLDIncluded() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonld = "{\"@id\": \"http://example.org/a\", \"http://example.org/name\": \"Alice\"}\n"
        try Data(jsonld.utf8).write(to: dir.appendingPathComponent("x.jsonld"))
        try Data(jsonld.utf8).write(to: dir.appendingPathComponent("x.json"))
        try Data(jsonld.utf8).write(to: dir.appendingPathComponent("x.data"))
        let readable = "turtle, ntriples, nquads, trig, rdfxml, json, rdfa, grddl, rss-tag-soup, guess, jsonld"
        let unknown = try CLIRunner.run(["query", "--data-format", "nope", "--data", "x.jsonld", Self.count], cwd: dir)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Error: unknown --data-format 'nope'; use one of: \(readable)\n"), "\(unknown.stderr)")
        // By extension (.jsonld), by content (.json holding JSON-LD, an unknown extension), by name, and from stdin.
        for args in [["--data", "x.jsonld"], ["--data", "x.json"], ["--data", "x.data"], ["--data-format", "json-ld", "--data", "x.data"],
                     ["--data", "-"]] {
            let out = try CLIRunner.run(["query"] + args + ["--results", "tsv", Self.count], stdin: Data(jsonld.utf8), cwd: dir)
            #expect(out.status == 0, "\(args): \(out.stderr)")
            #expect(out.stdout == "?n\n1\n", "\(args)")
        }
        let dot = try CLIRunner.run(["query", "--data-format", "dot", "--data", "x.jsonld", Self.count], cwd: dir)
        #expect(dot.stderr.hasPrefix("Error: --data-format dot: dot is written by osce-kg but not read; give the data in a syntax it reads: \(readable)\n"), "\(dot.stderr)")
        let help = try CLIRunner.run(["query", "--help"])
        let flat = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let option = try #require(flat.range(of: "--data-format <SYNTAX>").map { flat[$0.upperBound...].prefix { $0 != ";" } })
        #expect(option == " The RDF syntax of the --data files and of stdin, whatever their extension: \(readable) (default: by the extension, .json and unknown extensions by the content)")
    }

    /// An export in JSON-LD reads back to the same graph as the N-Triples export of the same pages.
    @Test func jsonLDExportReadsBackAsTheNTriplesExport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = CLIRunner.examplePage("01-press-release-moldova-border-training.txt").path
        for name in ["x.jsonld", "x.nt"] {
            let out = try CLIRunner.run(["export", page, "-o", name, "--quiet"], cwd: dir)
            try #require(out.status == 0, "\(out.stderr)")
        }
        let all = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        let fromJSONLD = try CLIRunner.run(["query", "--data", "x.jsonld", all], cwd: dir)
        let fromNTriples = try CLIRunner.run(["query", "--data", "x.nt", all], cwd: dir)
        #expect(fromJSONLD.status == 0, "\(fromJSONLD.stderr)")
        let lines = { (s: String) in s.split(separator: "\n").sorted() }
        #expect(lines(fromJSONLD.stdout).count > 100)
        #expect(lines(fromJSONLD.stdout) == lines(fromNTriples.stdout))
    }

    /// A bad data file gives one line, `osce-kg: error: FILE:LINE[:COLUMN]: message`, in every
    /// syntax (before: RDF/XML gave two lines, RDF/JSON no position, JSON-LD was not read).
    @Test func aBadDataFileIsOneLineWithItsPosition() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [
            ("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:name \"x\" ;\n   ex:name } .\n",
             "osce-kg: error: bad.ttl:3:12: syntax error, unexpected }"),
            ("bad.rdf", "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n<rdf:Description rdf:about=\"http://example.org/a\">\n<ex:name>x</ex:nom>\n</rdf:Description>\n</rdf:RDF>\n",
             "osce-kg: error: bad.rdf:4: XML parser error - Opening and ending tag mismatch: ex:name line 0 and ex:nom"),
            ("bad.json", "{\"http://example.org/a\": {\"http://example.org/name\": [{\"type\": \"literal\", \"value\": \"x\"}\n  ,, ]}}\n",
             "osce-kg: error: bad.json:2:4: not JSON: expected a value, found ','"),
            ("bad.jsonld", "{\"@id\": \"http://example.org/a\",\n \"http://example.org/name\": \"x\" \"y\"}\n",
             "osce-kg: error: bad.jsonld:2:33: expected ',' or '}' after a member, found '\"'"),
        ]
        for (name, text, expected) in files {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
            let out = try CLIRunner.run(["query", "--data", name, Self.count], cwd: dir)
            #expect(out.status == 1)
            #expect(out.stderr.hasPrefix(expected) && out.stderr.split(separator: "\n").count == 1, "\(name): \(out.stderr)")
        }
    }

    /// Every line of an error is a diagnostic of its own, naming the file (and line:column where
    /// the reader knows them); a byte order mark is named at 1:1.
    @Test func everyErrorLineNamesItsFile() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("{\"http://a.example/s\": {\"http://a.example/p\": [{\"value\": \"x\", \"type\": \"bogus\"}]}}\n".utf8)
            .write(to: dir.appendingPathComponent("bad.json"))
        let json = try CLIRunner.run(["query", "--data", "bad.json", Self.count], cwd: dir)
        #expect(json.status == 1)
        let lines = json.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(json.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("osce-kg: error: bad.json: ") }, "\(json.stderr)")
        for (name, syntax) in [("bom.ttl", "turtle"), ("bom.nt", "ntriples")] {
            try Data([0xEF, 0xBB, 0xBF] + Array("<http://a.example/s> <http://a.example/p> \"x\" .\n".utf8)).write(to: dir.appendingPathComponent(name))
            let bom = try CLIRunner.run(["query", "--data", name, Self.count], cwd: dir)
            #expect(bom.status == 1)
            #expect(bom.stderr == "osce-kg: error: \(name):1:1: the file starts with a UTF-8 byte order mark (U+FEFF), which \(syntax) does not allow: save it as UTF-8 without a BOM\n")
        }
    }

    @Test func aBadPageIsReportedAndTheQueryRunsOverTheRest() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.examplePage("01-press-release-moldova-border-training.txt"),
                                         to: pages.appendingPathComponent("good.txt"))
        try Data([0x41, 0x0A, 0x42, 0x00, 0x43, 0x0A]).write(to: pages.appendingPathComponent("bad.txt"))
        let query = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://schema.org/NewsArticle> }"
        let out = try CLIRunner.run(["query", "--data", "pages", "--results", "tsv", query], cwd: dir)
        #expect(out.status == 1)
        #expect(out.stdout == "?n\n1\n")
        #expect(out.stderr.contains("osce-kg: error: pages/bad.txt:2:2: "), "\(out.stderr)")
        #expect(out.stderr.contains("osce-kg: error: 1 page(s) could not be read (reported above): the results leave them out\n"), "\(out.stderr)")
        // Without the bad page: exit 0, the same results.
        try FileManager.default.removeItem(at: pages.appendingPathComponent("bad.txt"))
        let clean = try CLIRunner.run(["query", "--data", "pages", "--results", "tsv", query], cwd: dir)
        #expect(clean.status == 0)
        #expect(clean.stdout == out.stdout)
    }
}
