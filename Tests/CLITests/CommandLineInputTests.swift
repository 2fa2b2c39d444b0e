import Foundation
import Testing

/// Standard input (`-`), `--quiet`, the warning count of the summary line, and
/// paths that name nothing to read.
@Suite struct CommandLineInputTests {
    static let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
    static let htmlFixture = CLIRunner.root.appendingPathComponent("Tests/PageIngestTests/Fixtures/01-press-release-moldova-border-training.html")

    /// `export -` reads one text page from standard input, as it reads the same page from a file.
    @Test func exportReadsATextPageFromStandardInput() throws {
        let out = try CLIRunner.run(["export", "-", "--format", "ntriples"], stdin: try Data(contentsOf: CLIRunner.seed))
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        // The one warning is the dataset description's (no --license, no --publisher).
        #expect(out.stderr == "\(CLIRunner.descriptionWarningLine)osce-kg: pages read: 1, pages failed: 0, warnings: 1, triples written: \(lines.count)\n")
        #expect(out.stdout.contains("<http://schema.org/datePublished> \"2020-05-11\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(out.stdout.contains("<http://schema.org/spokenByCharacter> <https://w3id.org/osce-kg/resource/person/thomas-greminger>"))
        // The same facts as from the file: only the page's own record (its file name) may differ.
        let fromFile = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        #expect(CLIRunner.triplesWritten(fromFile.stderr) == lines.count)
    }

    /// HTML on standard input is told from text by its content (no extension to go by).
    @Test func exportReadsAnHTMLPageFromStandardInput() throws {
        let out = try CLIRunner.run(["export", "-", "--format", "ntriples"], stdin: try Data(contentsOf: Self.htmlFixture))
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("<http://schema.org/url> <https://www.osce.org/mission-to-moldova/577531>"))
        #expect(out.stdout.contains("<http://schema.org/datePublished> \"2024-10-14\"^^<http://www.w3.org/2001/XMLSchema#date>"))
    }

    /// Bad bytes on standard input are one error line naming `<stdin>`, and exit 1.
    @Test func badStandardInputIsNamed() throws {
        let out = try CLIRunner.run(["export", "-", "--format", "ntriples"], stdin: Data())
        #expect(out.status == 1)
        // No page read: nothing is written (no graph of reference data alone).
        #expect(out.stderr == "osce-kg: error: <stdin>: empty file (0 bytes)\nosce-kg: pages read: 0, pages failed: 1, warnings: 0, triples written: 0 (no page read: nothing written)\n")
        #expect(out.stdout.isEmpty)
        let binary = try CLIRunner.run(["export", "-"], stdin: Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x89]))
        #expect(binary.status == 1)
        #expect(binary.stderr.hasPrefix("osce-kg: error: <stdin>:1:1: "), "\(binary.stderr)")
    }

    /// A folder with no page file, and a path that does not exist, are errors that name them;
    /// nothing is written (not even the reference data).
    @Test func emptyOrMissingInputIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let noPages = dir.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: noPages.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: noPages.appendingPathComponent("README.md"))
        try Data(contentsOf: CLIRunner.seed).write(to: noPages.appendingPathComponent(".hidden/page.txt"))
        for folder in [empty.path, noPages.path] {
            let out = try CLIRunner.run(["export", folder, "--format", "ntriples"])
            #expect(out.status == 1)
            #expect(out.stdout.isEmpty)
            #expect(out.stderr == "osce-kg: error: \(folder): no page files in this folder (looked for *.htm, *.html, *.txt)\n")
            let query = try CLIRunner.run(["query", "--data", folder, "ASK {}"])
            #expect(query.status == 1)
            #expect(query.stderr == "osce-kg: error: \(folder): no page files in this folder (looked for *.htm, *.html, *.txt)\n")
        }
        // One bad path among good ones still fails the run before anything is written.
        let misspelt = dir.appendingPathComponent("pagse").path
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, misspelt])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        #expect(out.stderr == "osce-kg: error: \(misspelt): no such file or directory\n")
    }

    /// Warnings are counted in the summary line; `--quiet` drops their lines (and only them).
    @Test func quietDropsWarningsButCountsThem() throws {
        let loud = try CLIRunner.run(["export", Self.pages, "--format", "ntriples"])
        #expect(loud.status == 0)
        let warningLines = loud.stderr.split(separator: "\n").filter { $0.hasPrefix("osce-kg: warning: ") }
        #expect(warningLines.count >= 1)
        #expect(loud.stderr.contains("11-navigation-only-2024.txt: navigation-only page"))
        let written = try #require(CLIRunner.triplesWritten(loud.stderr))
        let summary = "osce-kg: pages read: 17, pages failed: 0, warnings: \(warningLines.count), triples written: \(written)\n"
        #expect(loud.stderr.hasSuffix(summary), "\(loud.stderr)")

        let quiet = try CLIRunner.run(["export", Self.pages, "--format", "ntriples", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr == summary)
        #expect(quiet.stdoutBytes == loud.stdoutBytes)

        // Errors still print under --quiet.
        let failing = try CLIRunner.run(["export", "-", "--quiet"], stdin: Data())
        #expect(failing.stderr.hasPrefix("osce-kg: error: <stdin>: empty file (0 bytes)\n"))

        // query --quiet: no page warnings either.
        let navigation = CLIRunner.examplePage("11-navigation-only-2024.txt").path
        let queryLoud = try CLIRunner.run(["query", "--data", navigation, "--results", "csv", "ASK {}"])
        #expect(queryLoud.stderr.hasPrefix("osce-kg: warning: \(navigation): navigation-only page"), "\(queryLoud.stderr)")
        let queryQuiet = try CLIRunner.run(["query", "--data", navigation, "--results", "csv", "--quiet", "ASK {}"])
        #expect(queryQuiet.status == 0)
        #expect(queryQuiet.stderr.isEmpty)
        #expect(queryQuiet.stdout == "_askResult\r\ntrue\r\n")
    }

    /// `query --query -` reads the query from standard input; `--data -` guesses the syntax
    /// when `--data-format` is absent; standard input is read once only.
    @Test func queryReadsStandardInput() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<http://e/s> <http://e/p> \"x\" , \"y\" .\n".write(to: dir.appendingPathComponent("d.ttl"), atomically: true, encoding: .utf8)
        let query = try CLIRunner.run(["query", "--data", "d.ttl", "--query", "-", "--results", "csv"],
                                      stdin: Data("SELECT ?o WHERE { ?s <p> ?o } ORDER BY ?o".utf8), cwd: dir)
        #expect(query.status == 0, "\(query.stderr)")
        // Relative IRIs in a query from standard input resolve against the working directory.
        #expect(query.stdout == "o\r\n", "\(query.stdout)")
        let absolute = try CLIRunner.run(["query", "--data", "d.ttl", "--query", "-", "--results", "csv"],
                                         stdin: Data("SELECT ?o WHERE { ?s <http://e/p> ?o } ORDER BY ?o".utf8), cwd: dir)
        #expect(absolute.stdout == "o\r\nx\r\ny\r\n")
        let syntaxError = try CLIRunner.run(["query", "--data", "d.ttl", "--query", "-"], stdin: Data("SELECT ?o WHERE {".utf8), cwd: dir)
        #expect(syntaxError.status == 1)
        #expect(syntaxError.stderr.hasPrefix("osce-kg: error: <stdin>:1:"), "\(syntaxError.stderr)")

        let turtle = "@prefix e: <http://e/> .\ne:s e:p \"t\" .\n"
        let rdfxml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">
              <rdf:Description rdf:about="http://e/s"><e:p>r</e:p></rdf:Description>
            </rdf:RDF>

            """
        for (text, value) in [(turtle, "t"), (rdfxml, "r")] {
            let out = try CLIRunner.run(["query", "--data", "-", "--results", "csv", "SELECT ?o WHERE { ?s <http://e/p> ?o }"],
                                        stdin: Data(text.utf8), cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout == "o\r\n\(value)\r\n")
        }

        let twice = try CLIRunner.run(["query", "--data", "-", "--query", "-"], stdin: Data(), cwd: dir)
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("standard input ('-') can be read once: give it to one --data or to --query, not both"))
    }
}
