import Foundation
import Testing

/// `export --jobs N` (and `OSCE_KG_JOBS`): the bytes written do not depend on
/// the number of threads (pages analysed in parallel, the graph built on one
/// thread while another writes it).
@Suite struct ExportJobsTests {
    /// Exports `pages` in `format` with `jobs` threads, to standard output, and returns the bytes.
    func export(_ pages: String, format: String, jobs: String?, environment: [String: String] = [:]) throws -> Data {
        let result = try CLIRunner.run(["export", pages, "--format", format, "--quiet"] + (jobs.map { ["--jobs", $0] } ?? []),
                                       environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("pages failed: 0"), "\(result.stderr)")
        return result.stdoutBytes
    }

    @Test(arguments: ["ntriples", "turtle", "nquads"])
    func examplePagesAreTheSameWithOneAndFourJobs(format: String) throws {
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let one = try export(pages, format: format, jobs: "1")
        let four = try export(pages, format: format, jobs: "4")
        #expect(one.count > 100_000)
        #expect(one == four)
        // The environment variable is the default; the option wins over it.
        let fromEnvironment = try export(pages, format: format, jobs: nil, environment: ["OSCE_KG_JOBS": "3"])
        #expect(fromEnvironment == one)
    }

    /// A generated corpus of 300 pages (Benchmarks/generate_pages.py), more
    /// pages than one batch of a worker: the same bytes with 1 and with 4
    /// jobs, and the description's statistics and checksum agree with the file.
    @Test func generatedCorpusIsTheSameWithOneAndFourJobs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-jobs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = CLIRunner.root.appendingPathComponent("Benchmarks/generate_pages.py").path
        guard let generated = try CLIRunner.python([generator, "300", folder.appendingPathComponent("pages").path]) else { return }
        try #require(generated.status == 0, "\(generated.stderr)")
        let pages = folder.appendingPathComponent("pages").path
        var written: [String: Data] = [:]
        for jobs in ["1", "4"] {
            let out = folder.appendingPathComponent("export-\(jobs).nt").path
            let description = folder.appendingPathComponent("description-\(jobs).nt").path
            let result = try CLIRunner.run(["export", pages, "--format", "ntriples", "--jobs", jobs, "--quiet",
                                            "--output", out, "--description", description])
            try #require(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("pages read: 300, pages failed: 0"), "\(result.stderr)")
            written[jobs] = try Data(contentsOf: URL(fileURLWithPath: out))
            let lines = String(decoding: written[jobs]!, as: UTF8.self).split(separator: "\n")
            let described = try String(contentsOfFile: description, encoding: .utf8)
            // The separate description gives the export file's size in bytes.
            #expect(described.contains("\"\(written[jobs]!.count)\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>")
                    || described.contains("\"\(written[jobs]!.count)\"^^<http://www.w3.org/2001/XMLSchema#integer>"),
                    "no byte size \(written[jobs]!.count) in the description")
            // … and its SHA-256 (sha256sum, an implementation other than ours).
            let sum = try CLIRunner.run(executable: URL(fileURLWithPath: "/usr/bin/sha256sum"), [out])
            let hex = String(sum.stdout.prefix(64))
            #expect(hex.count == 64 && described.lowercased().contains("\"\(hex)\""), "no checksum \(hex) in the description")
            #expect(result.stderr.contains("triples written: \(lines.count)"), "\(result.stderr)")
        }
        #expect(written["1"]!.count > 300 * 5_000)
        #expect(written["1"] == written["4"])
    }

    /// A bad `OSCE_KG_JOBS` is a usage error naming the variable, as a bad
    /// `--jobs` is (a new user found `abc`, `0` and `-1` silently ignored).
    @Test(arguments: ["abc", "0", "-1"])
    func aBadJobsVariableIsAnError(value: String) throws {
        let out = try CLIRunner.run(["export", CLIRunner.examplePage("01-press-release-moldova-border-training.txt").path],
                                    environment: ["OSCE_KG_JOBS": value])
        #expect(out.status == 64, "\(out.stderr)")
        #expect(out.stderr.contains("OSCE_KG_JOBS=\(value): give a number of threads of 1 or more"), "\(out.stderr)")
        #expect(out.stdoutBytes.isEmpty)
    }
}
