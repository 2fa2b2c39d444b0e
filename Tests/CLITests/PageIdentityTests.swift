import Foundation
import Testing

/// Page identity (URL, else path under the input root), one release per page
/// captured twice, and provenance positions, end to end.
@Suite struct PageIdentityTests {
    static let page = CLIRunner.examplePage("01-press-release-moldova-border-training.txt")
    static let title = "OSCE trains border police officers in Moldova to detect forged travel documents"

    /// Writes `text` to `dir/relative`, creating folders.
    func write(_ text: String, _ dir: URL, _ relative: String) throws {
        let url = dir.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func export(_ dir: URL) throws -> [String] {
        let out = try CLIRunner.run(["export", dir.path, "--format", "ntriples"])
        #expect(out.status == 0, "\(out.stderr)")
        return CLIRunner.contentLines(out.stdout)
    }

    @Test func twoIndexPagesInTwoFoldersAreTwoPages() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        try write(text, dir, "moldova/index.txt")
        try write(text.replacingOccurrences(of: Self.title, with: "OSCE trains judges in Moldova"), dir, "serbia/index.txt")
        let lines = try export(dir)
        let pages = lines.filter { $0.hasSuffix("<http://schema.org/WebPage> .") }.map { String($0.prefix { $0 != " " }) }.sorted()
        #expect(pages == ["<https://w3id.org/osce-kg/resource/page/moldova--index>", "<https://w3id.org/osce-kg/resource/page/serbia--index>"])
        #expect(lines.filter { $0.contains("<http://schema.org/headline>") }.count == 2)
    }

    /// The WebPage subjects of an N-Triples export, sorted.
    func pages(_ arguments: [String]) throws -> [String] {
        let out = try CLIRunner.run(["export"] + arguments + ["--format", "ntriples"])
        #expect(out.status == 0, "\(out.stderr)")
        return CLIRunner.contentLines(out.stdout).filter { $0.hasSuffix("<http://schema.org/WebPage> .") }
            .map { String($0.prefix { $0 != " " }) }.sorted()
    }

    /// Two different files without a URL are never one page, however they are
    /// named on the command line: colliding identities take the path under
    /// the deepest folder holding both, then the extension, then a digest of the path.
    @Test func twoFilesWithOneNameGivenAsFilesOrFoldersAreTwoPages() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        try write(text, dir, "two/a/index.txt")
        try write(text.replacingOccurrences(of: Self.title, with: "OSCE trains judges in Moldova"), dir, "two/b/index.txt")
        let expected = ["<https://w3id.org/osce-kg/resource/page/a--index>", "<https://w3id.org/osce-kg/resource/page/b--index>"]
        let a = dir.appendingPathComponent("two/a").path, b = dir.appendingPathComponent("two/b").path
        #expect(try pages([a + "/index.txt", b + "/index.txt"]) == expected)
        #expect(try pages([a, b]) == expected)
        // The same file named twice stays one page, under its own name.
        #expect(try pages([a + "/index.txt", a + "/../a/index.txt"]) == ["<https://w3id.org/osce-kg/resource/page/index>"])
        // A file whose name differs only by its extension keeps the extension.
        try write(text.replacingOccurrences(of: Self.title, with: "OSCE trains lawyers in Moldova"), dir, "two/a/index.text")
        #expect(try pages([a + "/index.txt", a + "/index.text"])
            == ["<https://w3id.org/osce-kg/resource/page/index-text>", "<https://w3id.org/osce-kg/resource/page/index-txt>"])
    }

    /// Names that still collide after the extension (`A.txt`, `a.txt`: the slug folds case) each
    /// take 8 hex digits of the SHA-256 of their path, whichever order they are given in (before:
    /// the second in input order became `a-txt-2`, so the IRIs swapped with the order).
    @Test func namesThatDifferOnlyInCaseGetStableNames() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        try write(text, dir, "case/A.txt")
        try write(text.replacingOccurrences(of: Self.title, with: "OSCE trains judges in Moldova"), dir, "case/a.txt")
        let upper = dir.appendingPathComponent("case/A.txt").path, lower = dir.appendingPathComponent("case/a.txt").path
        let expected = ["<https://w3id.org/osce-kg/resource/page/a-txt-18b7cb09>", "<https://w3id.org/osce-kg/resource/page/a-txt-48266a69>"]
        #expect(try pages([upper, lower]) == expected)
        #expect(try pages([lower, upper]) == expected)
        #expect(try pages([dir.appendingPathComponent("case").path]) == expected)
    }

    /// The same relative path under two input roots (`one/site` and `two/site`, each with
    /// `x/index.txt`) is two pages, and every diagnostic names the file with its root, so the
    /// user can tell which `x/index.txt` it means (checked: this already held before; now a test).
    @Test func theSameRelativePathUnderTwoRootsIsTwoPagesAndDiagnosticsNameTheRoot() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        try write(text, dir, "one/site/x/index.txt")
        // The second is cut off mid-word (a warning) and the roots each hold a bad page.
        try write(String(text.replacingOccurrences(of: Self.title, with: "OSCE trains judges in Moldova").dropLast(40)), dir, "two/site/x/index.txt")
        try write("\u{0}binary", dir, "one/site/x/bad.txt")
        try write("\u{0}binary", dir, "two/site/x/bad.txt")
        let out = try CLIRunner.run(["export", "one/site", "two/site", "--format", "ntriples"], cwd: dir)
        #expect(out.status == 1, "\(out.stderr)")
        let pages = CLIRunner.contentLines(out.stdout).filter { $0.hasSuffix("<http://schema.org/WebPage> .") }
            .map { String($0.prefix { $0 != " " }) }.sorted()
        #expect(pages == ["<https://w3id.org/osce-kg/resource/page/one--site--x--index>", "<https://w3id.org/osce-kg/resource/page/two--site--x--index>"])
        let lines = out.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("bad.txt") }
            == ["osce-kg: error: one/site/x/bad.txt:1:1: binary data: NUL byte at byte offset 0",
                "osce-kg: error: two/site/x/bad.txt:1:1: binary data: NUL byte at byte offset 0"])
        #expect(lines.contains { $0.hasPrefix("osce-kg: warning: two/site/x/index.txt:") && $0.contains("page is truncated") }, "\(lines)")
        #expect(!lines.contains { $0.contains(" x/index.txt") }, "\(lines)")
    }

    /// `query --data a --data b` reads the pages of both as one export does.
    @Test func queryDataFoldersAreReadTogether() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        try write(text, dir, "a/index.txt")
        try write(text.replacingOccurrences(of: Self.title, with: "OSCE trains judges in Moldova"), dir, "b/index.txt")
        let out = try CLIRunner.run(["query", "--data", dir.appendingPathComponent("a").path, "--data", dir.appendingPathComponent("b").path,
                                     "--results", "tsv", "SELECT ?p WHERE { ?p a <http://schema.org/WebPage> } ORDER BY ?p"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "?p\n<https://w3id.org/osce-kg/resource/page/a--index>\n<https://w3id.org/osce-kg/resource/page/b--index>\n")
    }

    @Test func oneURLCapturedTwiceIsOneReleaseAndTheLaterCaptureWins() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "URL: https://www.osce.org/moldova/12345\n\n" + (try String(contentsOf: Self.page, encoding: .utf8))
        // The earlier capture has another date; the later one another title word.
        try write(text.replacingOccurrences(of: "14 October 2024", with: "13 October 2024"), dir, "2024-10/page.txt")
        try write(text.replacingOccurrences(of: "border police officers", with: "border guard officers"), dir, "2024-11/page.txt")
        let lines = try export(dir)
        #expect(lines.filter { $0.contains("<http://schema.org/datePublished>") }.map { $0.contains("\"2024-10-14\"") } == [true])
        // The holdings the release attests are dated by the winning capture only.
        #expect(lines.contains { $0.contains("/instant/2024-10-14>") })
        #expect(!lines.contains { $0.contains("/instant/2024-10-13>") })
        let headlines = lines.filter { $0.contains("<http://schema.org/headline>") }
        #expect(headlines.count == 1)
        #expect(headlines.first?.contains("OSCE trains border guard officers in Moldova") == true, "\(headlines)")
        #expect(lines.filter { $0.hasSuffix("<http://schema.org/WebPage> .") }
            == ["<https://w3id.org/osce-kg/resource/page/osce-org-moldova-12345> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/WebPage> ."])
        #expect(lines.contains { $0.hasPrefix("<https://w3id.org/osce-kg/resource/release/2024-10-14-osce-trains-border-guard-officers") })
        #expect(!lines.contains { $0.hasPrefix("<https://w3id.org/osce-kg/resource/release/2024-10-14-osce-trains-border-police-officers") })
    }

    /// Every quote of the seed points at the stretch of the page file it was
    /// read from: the selector's offsets (Unicode scalars) cut out its text.
    @Test func quotesPointAtTheirPassageOnThePage() throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        let lines = CLIRunner.contentLines(out.stdout)
        let page = Array(try String(contentsOf: CLIRunner.seed, encoding: .utf8).unicodeScalars)
        func object(_ subject: String, _ predicate: String) -> String? {
            lines.first { $0.hasPrefix(subject + " <" + predicate + ">") }.map { line in
                var rest = line.dropFirst(subject.count + predicate.count + 4)
                if rest.hasSuffix(" .") { rest = rest.dropLast(2) }
                return String(rest)
            }
        }
        func number(_ literal: String?) -> Int? { literal.flatMap { Int($0.dropFirst().prefix { $0 != "\"" }) } }
        let quotes = lines.filter { $0.hasSuffix("<http://schema.org/Quotation> .") }.map { String($0.prefix { $0 != " " }) }
        #expect(quotes.count == 9)
        var located = 0
        for q in quotes {
            let text = try #require(object(q, "http://schema.org/text"))
            let source = try #require(object(q, "http://www.w3.org/ns/prov#wasDerivedFrom"))
            guard source.contains("/excerpt/") else { continue }
            #expect(object(source, "http://www.w3.org/ns/oa#hasSource") == "<https://w3id.org/osce-kg/resource/page/000-0b91f1119559f398>")
            let selector = try #require(object(source, "http://www.w3.org/ns/oa#hasSelector"))
            let start = try #require(number(object(selector, "http://www.w3.org/ns/oa#start")))
            let end = try #require(number(object(selector, "http://www.w3.org/ns/oa#end")))
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: page[start..<end])
            // The literal's first characters after its opening quote, up to an N-Triples escape.
            let opening = text.dropFirst().prefix(25).prefix { $0 != "\\" }
            #expect(opening.count >= 5)
            #expect(String(slice).split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix(opening), "\(q): \(String(slice).prefix(40))")
            located += 1
        }
        #expect(located == quotes.count)
    }
}
