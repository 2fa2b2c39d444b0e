import Foundation
import RDF
import RaptorIO
import Testing

@Suite struct ExportCommandTests {
    @Test func seedExportsWithSummaryLine() throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        #expect(out.status == 0)
        #expect(out.stderr.contains("osce-kg: pages read: 1, pages failed: 0, warnings: 1, triples written: "))
        let lines = out.stdout.split(separator: "\n")
        #expect(CLIRunner.triplesWritten(out.stderr) == lines.count)
        // The seed's release, date and a quote's speaker.
        #expect(out.stdout.contains("<http://schema.org/datePublished> \"2020-05-11\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(out.stdout.contains("<http://schema.org/spokenByCharacter> <https://w3id.org/osce-kg/resource/person/thomas-greminger>"))
    }

    /// `--timings` also gives the resident memory and its peak at the end of each stage,
    /// the peaks never falling from one stage to the next.
    @Test func timingsGiveTheMemoryOfEachStage() throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--timings"])
        #expect(out.status == 0, "\(out.stderr)")
        let line = try #require(out.stderr.split(separator: "\n").first { $0.hasPrefix("osce-kg: memory at the end of ") })
        let stages = line.dropFirst("osce-kg: memory at the end of ".count).components(separatedBy: "; ")
        #expect(stages.map { $0.components(separatedBy: ":")[0] } == ["listing", "reading", "writing"])
        let peaks = stages.compactMap { stage in
            stage.components(separatedBy: "peak ").last.flatMap { Double($0.replacingOccurrences(of: " MiB", with: "")) }
        }
        #expect(peaks.count == 3)
        #expect(peaks == peaks.sorted())
        #expect(peaks[0] > 1 && peaks[2] < 4096)
    }

    /// When no page at all is read, nothing is written: an existing output file is kept, exit 1.
    @Test func noPageReadLeavesTheOutputUntouched() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        let keep = dir.appendingPathComponent("keep.ttl")
        try Data().write(to: empty)
        try Data("<a:b> <a:c> <a:d> .\n".utf8).write(to: keep)
        let out = try CLIRunner.run(["export", empty.path, "-o", keep.path])
        #expect(out.status == 1)
        #expect(out.stderr == "osce-kg: error: \(empty.path): empty file (0 bytes)\nosce-kg: pages read: 0, pages failed: 1, warnings: 0, triples written: 0 (no page read: nothing written)\n")
        #expect(try String(contentsOf: keep, encoding: .utf8) == "<a:b> <a:c> <a:d> .\n")
    }

    /// Folders give their `.html`/`.htm` pages too; a bad HTML file is one error line naming its line.
    @Test func htmlPagesInFolders() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixture = CLIRunner.root.appendingPathComponent("Tests/PageIngestTests/Fixtures/01-press-release-moldova-border-training.html")
        try FileManager.default.copyItem(at: fixture, to: dir.appendingPathComponent("release.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).write(to: dir.appendingPathComponent("photo.htm"))
        let out = try CLIRunner.run(["export", dir.path, "--format", "ntriples"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("osce-kg: error: \(dir.path)/photo.htm:2: binary data, not HTML: control byte 0x1A at byte offset 6"))
        #expect(out.stderr.contains("osce-kg: pages read: 1, pages failed: 1, warnings: 1, triples written: "))
        #expect(out.stdout.contains("<http://schema.org/url> <https://www.osce.org/mission-to-moldova/577531>"))
        #expect(out.stdout.contains("<http://schema.org/datePublished> \"2024-10-14\"^^<http://www.w3.org/2001/XMLSchema#date>"))
    }

    /// Every syntax the tool writes reads back (with rapper and with RaptorIO)
    /// to the same number of triples, and to the same graph.
    @Test(arguments: ["turtle", "ntriples", "nquads", "rdfxml", "rdfxml-abbrev", "json", "json-triples"])
    func everySyntaxReadsBack(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = dir.appendingPathComponent("reference.nt").path
        let file = dir.appendingPathComponent("out.\(format)").path
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let nt = try CLIRunner.run(["export", pages, "--format", "ntriples", "--output", reference])
        let out = try CLIRunner.run(["export", pages, "--format", format, "--output", file])
        let written = try #require(CLIRunner.triplesWritten(out.stderr))
        #expect(written > 1000)
        #expect(CLIRunner.triplesWritten(nt.stderr) == written)

        let syntax = try #require(RDFSyntax(name: format))
        let graph = try RDFParser.parseGraph(file: file, syntax: syntax)
        let expected = try RDFParser.parseGraph(file: reference, syntax: .ntriples)
        #expect(graph.count == written)
        #expect(graph == expected)

        let parser = [RDFSyntax.rdfxmlAbbrev: "rdfxml", .jsonTriples: "json"][syntax] ?? format
        if let rapper = try CLIRunner.tool("rapper", ["-i", parser, "-c", file]) {
            #expect(rapper.status == 0, "rapper rejected the \(format) output: \(rapper.stderr)")
            #expect(rapper.stderr.contains("returned \(written) triples"), "\(rapper.stderr)")
        }
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let first = try CLIRunner.run(["export", pages, "--format", "turtle"])
        let second = try CLIRunner.run(["export", pages, "--format", "turtle"])
        #expect(first.stdoutBytes.count > 10_000)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    /// Bad files get one line each; good pages are still exported; exit 1.
    @Test func badPagesAreReportedAndGoodPagesKept() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("a-good.txt"))
        try Data().write(to: dir.appendingPathComponent("b-empty.txt"))
        try Data([0x00, 0x01, 0xFF, 0xFE, 0x00, 0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("c-binary.txt"))
        try Data("Press release\nCaf\u{E9}".utf8.map { $0 } + [0xE9, 0x0A]).write(to: dir.appendingPathComponent("d-latin1.txt"))
        let out = try CLIRunner.run(["export", dir.path, "--format", "ntriples"])
        #expect(out.status == 1)
        let errorLines = out.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errorLines.count == 2, "\(out.stderr)")
        #expect(errorLines.contains { $0.contains("b-empty.txt") })
        #expect(errorLines.contains { $0.contains("c-binary.txt") })
        // Bytes that are not UTF-8 are read as Windows-1252 (as an HTML page's are), with a warning.
        #expect(out.stderr.contains("osce-kg: warning: \(dir.path)/d-latin1.txt:2:6: not UTF-8: byte 0xE9 at byte offset 19 is not UTF-8; read as Windows-1252 (save the page as UTF-8 if it is in another encoding)\n"), "\(out.stderr)")
        #expect(out.stderr.contains("pages read: 2, pages failed: 2"))
        #expect(out.stdout.contains("<https://w3id.org/osce-kg/resource/person/ulrika-funered>"))
    }

    @Test func strictStopsAtFirstFailure() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("a-empty.txt"))
        try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("b-good.txt"))
        let out = try CLIRunner.run(["export", dir.path, "--strict", "--format", "ntriples"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("pages read: 0, pages failed: 1"))
        #expect(!out.stdout.contains("ulrika-funered"))
    }

    @Test func missingInputAndBadFormatAreClearErrors() throws {
        let missing = try CLIRunner.run(["export", "/nonexistent/page.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/page.txt"))
        // TriG is written now (named graphs); RDFa is read only.
        let format = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "rdfa"])
        #expect(format.status != 0)
        #expect(format.stderr.contains("rdfa"))
    }

    @Test func baseIRIIsUsedForMintedIRIs() throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--base", "http://data.example.org/osce/"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("<http://data.example.org/osce/person/thomas-greminger>"))
        #expect(!out.stdout.contains("https://w3id.org/osce-kg/resource/"))
        let bad = try CLIRunner.run(["export", CLIRunner.seed.path, "--base", "not an iri"])
        #expect(bad.status != 0)
    }
}

@Suite struct ExportMergeTests {
    /// A truncated capture of a release does not shadow the complete one,
    /// whichever comes first; a file named twice is read once.
    @Test func completeCaptureWinsAndDuplicatesCountOnce() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = try Data(contentsOf: CLIRunner.seed)
        let cut = dir.appendingPathComponent("a-cut.txt")
        try seed.prefix(seed.count - 400).write(to: cut)  // cut mid-body, no final newline
        for order in [[cut.path, CLIRunner.seed.path], [CLIRunner.seed.path, cut.path]] {
            let out = try CLIRunner.run(["export"] + order + ["--format", "ntriples"])
            #expect(out.status == 0)
            let truncatedFlags = out.stdout.split(separator: "\n").filter { $0.contains("ontology#truncated>") && $0.contains("/release/2020-05-11-sweden") }
            #expect(truncatedFlags.count == 1)
            #expect(truncatedFlags.first?.contains("\"false\"") == true, "\(truncatedFlags)")
        }
        let twice = try CLIRunner.run(["export", CLIRunner.seed.path, CLIRunner.seed.path, "--format", "ntriples"])
        #expect(twice.stderr.contains("pages read: 1, pages failed: 0"))
    }

    /// A query file that starts with a UTF-8 byte order mark parses.
    @Test func queryFileWithByteOrderMark() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0xEF, 0xBB, 0xBF] + Array("ASK {}".utf8)).write(to: dir.appendingPathComponent("bom.rq"))
        let out = try CLIRunner.run(["query", "--query", "bom.rq", "--results", "csv"], cwd: dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("true"))
    }
}
