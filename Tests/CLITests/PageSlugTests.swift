import Foundation
import Testing

/// A page's IRI is a function of its own path (or URL): `x/index.txt` and `x-index.txt` are two
/// pages, and each keeps its IRI whatever else is in the run.
@Suite struct PageSlugTests {
    func pages(_ dir: URL) throws -> [String] {
        let out = try CLIRunner.run(["export", dir.path, "--format", "ntriples"])
        #expect(out.status == 0, "\(out.stderr)")
        return CLIRunner.contentLines(out.stdout).filter { $0.hasSuffix("<http://schema.org/WebPage> .") }
            .map { String($0.prefix { $0 != " " }) }.sorted()
    }

    @Test func aFolderNeverMeetsADashInTheName() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: CLIRunner.examplePage("01-press-release-moldova-border-training.txt"), encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x"), withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("x/index.txt"), atomically: true, encoding: .utf8)
        let alone = try pages(dir)
        #expect(alone == ["<https://w3id.org/osce-kg/resource/page/x--index>"])
        try text.replacingOccurrences(of: "OSCE trains border police", with: "OSCE trains judges")
            .write(to: dir.appendingPathComponent("x-index.txt"), atomically: true, encoding: .utf8)
        #expect(try pages(dir) == ["<https://w3id.org/osce-kg/resource/page/x--index>", "<https://w3id.org/osce-kg/resource/page/x-index>"])
    }
}
