import Foundation
import Testing

/// `osce-kg eval`: the table, `--verbose`, `--json`, and its errors.
@Suite struct EvalCommandTests {
    static let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path

    @Test func printsOneLinePerFieldWithCounts() throws {
        let out = try CLIRunner.run(["eval", "Examples/pages"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Examples/pages: 17 annotated pages, 0 refused (0 holding items), 0 without expected facts")
        #expect(lines.count == 10)
        #expect(lines.contains("people              1.000   1.000  32/32/32"))
        #expect(lines.contains("quote-speakers      1.000   1.000  38/38/38"))
    }

    @Test func verboseListsMissesPageByPage() throws {
        // A copy of one page whose expected file names a person the page does not.
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("seed.txt"))
        let expected = try String(contentsOf: CLIRunner.examplePage("000_0b91f1119559f398.expected.json"), encoding: .utf8)
        let edited = expected.replacingOccurrences(of: "\"Valiant Richey\"", with: "\"Valiant Richie\"")
        #expect(edited != expected)
        try edited.write(to: dir.appendingPathComponent("seed.expected.json"), atomically: true, encoding: .utf8)

        let out = try CLIRunner.run(["eval", dir.path, "--verbose"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("people              0.750   0.750  3/4/4\n"), "\(out.stdout)")
        #expect(out.stdout.contains("seed.txt\n"))
        #expect(out.stdout.contains("  people          miss   Valiant Richie\n"))
        #expect(out.stdout.contains("  people          extra  Valiant Richey\n"))
    }

    @Test func jsonHoldsTotalsAndPages() throws {
        let out = try CLIRunner.run(["eval", "Examples/pages", "--json"])
        #expect(out.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: out.stdoutBytes) as? [[String: Any]])
        #expect(reports.count == 1)
        let totals = try #require(reports[0]["totals"] as? [[String: Any]])
        #expect(totals.compactMap { $0["field"] as? String }
            == ["titles", "dates", "people", "quote-speakers", "roles", "state-mentions", "releases", "truncation"])
        let titles = try #require(totals[0]["score"] as? [String: Any])
        #expect(titles["true_positives"] as? Int == 22)
        #expect(titles["precision"] as? Double == 1)
        #expect((reports[0]["pages"] as? [Any])?.count == 17)
        #expect(reports[0]["refused_pages_with_items"] as? Int == 0)
    }

    @Test func aMissingFolderIsOneLineAndExitOne() throws {
        let out = try CLIRunner.run(["eval", "no/such/folder"])
        #expect(out.status == 1)
        #expect(out.stderr == "osce-kg: error: no/such/folder: no such file or directory\n")
    }

    @Test func aBrokenExpectedFileNamesItsLineAndColumn() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("seed.txt"))
        try Data("{\"items\": [\n  {\"title\": }]}".utf8).write(to: dir.appendingPathComponent("seed.expected.json"))
        let out = try CLIRunner.run(["eval", dir.path])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("osce-kg: error: \(dir.path)/seed.expected.json:2:13: not valid JSON"), "\(out.stderr)")
        #expect(out.stderr.split(separator: "\n").count == 1)
    }

    /// One bad expected file (a misspelt key) does not stop the others: its error line, the
    /// table of the pages that could be measured, exit status 1. Before, a misspelt `titel` was
    /// read silently as an item with no title, with exit status 0.
    @Test func aBadExpectedFileIsOneLineAndTheOthersAreStillMeasured() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = try String(contentsOf: CLIRunner.examplePage("000_0b91f1119559f398.expected.json"), encoding: .utf8)
        for name in ["a", "b"] {
            try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("\(name).txt"))
        }
        try expected.write(to: dir.appendingPathComponent("a.expected.json"), atomically: true, encoding: .utf8)
        let misspelt = expected.replacingOccurrences(of: "\"title\":", with: "\"titel\":")
        #expect(misspelt != expected)
        try misspelt.write(to: dir.appendingPathComponent("b.expected.json"), atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["eval", dir.path])
        #expect(out.status == 1)
        let errors = out.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 1, "\(out.stderr)")
        #expect(errors.first?.hasPrefix("osce-kg: error: \(dir.path)/b.expected.json:") == true, "\(out.stderr)")
        #expect(errors.first?.contains(": unknown key \"titel\" in items[0] (did you mean \"title\"?)") == true, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("\(dir.path): 1 annotated pages, 0 refused (0 holding items), 0 without expected facts, 1 with an invalid expected file (not scored)\n"),
                "\(out.stdout)")
        #expect(out.stdout.contains("titles              1.000   1.000  1/1/1\n"), "\(out.stdout)")
    }

    /// A new user's expected file with an impossible date (as `date` and `dateline_date`) and an
    /// unknown State name: each error is a line of its own (before, only the first was shown), the table counts the file once,
    /// exit status 1.
    @Test func everyErrorOfABadExpectedFileIsALine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = try String(contentsOf: CLIRunner.examplePage("000_0b91f1119559f398.expected.json"), encoding: .utf8)
        try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("a.txt"))
        let bad = expected.replacingOccurrences(of: "2020-05-11", with: "2021-02-30")
            .replacingOccurrences(of: #""states_mentioned": ["#, with: #""states_mentioned": ["Ruritania", "#)
        #expect(bad != expected)
        try bad.write(to: dir.appendingPathComponent("a.expected.json"), atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["eval", dir.path])
        #expect(out.status == 1)
        let errors = out.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 3, "\(out.stderr)")
        #expect(errors.allSatisfy { $0.hasPrefix("osce-kg: error: \(dir.path)/a.expected.json:") }, "\(out.stderr)")
        #expect(errors.contains { $0.hasSuffix("(as in OSCEReference.states), found \"Ruritania\"") }, "\(out.stderr)")
        #expect(errors.filter { $0.hasSuffix(": expected a date YYYY-MM-DD or null, found \"2021-02-30\"") }.count == 2, "\(out.stderr)")
        #expect(out.stdout.contains(", 1 with an invalid expected file (not scored)\n"), "\(out.stdout)")
    }

    /// An expected file whose page is not there (a misspelt page name) is named in a warning and
    /// in the table's first line (`expected/a.expected.json` has its page `a.txt`, shadowed by
    /// `a.expected.json`: no warning); the pages that are there are measured, exit status 0. Before,
    /// it was ignored silently (a new user's `orphan.expected.json`).
    @Test func anExpectedFileWithoutItsPageIsWarnedAbout() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = try String(contentsOf: CLIRunner.examplePage("000_0b91f1119559f398.expected.json"), encoding: .utf8)
        try FileManager.default.copyItem(at: CLIRunner.seed, to: dir.appendingPathComponent("a.txt"))
        try expected.write(to: dir.appendingPathComponent("a.expected.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("expected"), withIntermediateDirectories: true)
        try expected.write(to: dir.appendingPathComponent("expected/a.expected.json"), atomically: true, encoding: .utf8)
        try expected.write(to: dir.appendingPathComponent("expected/b-misspelt.expected.json"), atomically: true, encoding: .utf8)
        let out = try CLIRunner.run(["eval", dir.path])
        #expect(out.status == 0)
        #expect(out.stderr == """
            osce-kg: warning: \(dir.path)/expected/b-misspelt.expected.json: no page of this name beside it (or above expected/): not scored

            """, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("\(dir.path): 1 annotated pages, 0 refused (0 holding items), 0 without expected facts, 1 expected file without a page (not scored)\n"),
                "\(out.stdout)")
        #expect(out.stdout.contains("titles              1.000   1.000  1/1/1\n"), "\(out.stdout)")
    }
}
