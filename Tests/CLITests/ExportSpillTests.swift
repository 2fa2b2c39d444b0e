import Foundation
import Testing

/// `export` with the pages' facts spilled to a temporary file (`OSCE_KG_SPILL_ABOVE`): the
/// same bytes as holding them in memory, and no file left in `TMPDIR`, whether the export
/// succeeds or fails.
@Suite struct ExportSpillTests {
    @Test(arguments: ["ntriples", "nquads"])
    func spilledExportIsTheSameBytesAndLeavesNoFile(format: String) throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-spill-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let arguments = ["export", pages, "--format", format, "--quiet", "--date", "2026-01-01T00:00:00Z"]
        let held = try CLIRunner.run(arguments, environment: ["TMPDIR": tmp.path])
        let spilled = try CLIRunner.run(arguments + ["--jobs", "2"], environment: ["TMPDIR": tmp.path, "OSCE_KG_SPILL_ABOVE": "0"])
        #expect(held.status == 0 && spilled.status == 0, "\(spilled.stderr)")
        #expect(held.stdoutBytes.count > 100_000)
        #expect(spilled.stdoutBytes == held.stdoutBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [])
        // An export that fails at its output, after the pages were read and spilled.
        let failed = try CLIRunner.run(arguments + ["--output", tmp.appendingPathComponent("no/such/folder/x." + (format == "nquads" ? "nq" : "nt")).path],
                                       environment: ["TMPDIR": tmp.path, "OSCE_KG_SPILL_ABOVE": "0"])
        #expect(failed.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == [])
    }

    @Test func badSpillThresholdIsRefused() throws {
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let result = try CLIRunner.run(["export", pages, "--quiet"], environment: ["OSCE_KG_SPILL_ABOVE": "-5"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("OSCE_KG_SPILL_ABOVE=-5"), "\(result.stderr)")
        #expect(result.stdoutBytes.isEmpty)
    }
}
