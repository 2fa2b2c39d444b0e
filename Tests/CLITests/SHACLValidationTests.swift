import Foundation
import Testing

/// The exported graph of every example page conforms to Ontology/shapes.ttl
/// (validated with pySHACL in the project's `.venv`, which `make test` creates;
/// skipped when there is no `.venv/bin/python`).
@Suite(.needsProjectPython)
struct SHACLValidationTests {
    static let pages: [String] = {
        let dir = CLIRunner.root.appendingPathComponent("Examples/pages")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func validate(_ file: URL) throws -> CLIRunner.Output {
        let shapes = CLIRunner.root.appendingPathComponent("Ontology/shapes.ttl").path
        let out = try CLIRunner.python(["-m", "pyshacl", "-s", shapes, "-sf", "turtle", "-df", "nt", file.path])
        return try #require(out, "no .venv/bin/python")
    }

    @Test(arguments: pages)
    func exportConformsToShapes(page: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.nt")
        let export = try CLIRunner.run(["export", CLIRunner.examplePage(page).path, "--format", "ntriples", "--output", file.path])
        #expect(export.status == 0 || page.contains("navigation-only"))
        let report = try Self.validate(file)
        #expect(!report.stderr.contains("No module named pyshacl"), "pySHACL is missing from .venv: run `make venv`")
        #expect(report.stdout.contains("Conforms: True"), "\(page): \(report.stdout.prefix(2000))")
    }

    /// The shapes are not vacuous: a release without its headline and with a
    /// non-date publication date is reported.
    @Test func shapesRejectABrokenRelease() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.nt")
        let export = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        let broken = export.stdout.split(separator: "\n").filter { !$0.contains("<http://schema.org/headline>") }
            .map { line -> Substring in
                line.contains("<http://schema.org/datePublished>")
                    ? Substring(line.replacingOccurrences(of: "\"2020-05-11\"^^<http://www.w3.org/2001/XMLSchema#date>", with: "\"11 May 2020\""))
                    : line
            }
        try (broken.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let report = try Self.validate(file)
        #expect(report.stdout.contains("Conforms: False"))
        #expect(report.stdout.contains("headline"))
        #expect(report.stdout.contains("datePublished"))
    }
}
