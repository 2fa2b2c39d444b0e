import Foundation
import Testing
@testable import osce_kg

/// `export --output` never leaves a half-written file in place of a good one (`StagedOutput`),
/// and never overwrites one of its own input pages.
@Suite struct ExportOutputSafetyTests {
    static func folder() throws -> URL {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        return tmp
    }

    @Test func aRegularFileIsWrittenBesideItsNameAndMovedWhenComplete() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let final = tmp.appendingPathComponent("out.nt").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: final))
        let staged = StagedOutput(final)
        #expect(staged.isStaged)
        #expect((staged.writingPath as NSString).deletingLastPathComponent == (staged.finalPath as NSString).deletingLastPathComponent)
        #expect((staged.writingPath as NSString).lastPathComponent.hasPrefix(".out.nt.osce-kg-"))
        // A failure: the old file is whole, the staging file gone.
        try Data("half".utf8).write(to: URL(fileURLWithPath: staged.writingPath))
        staged.discard()
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["out.nt"])
        // A success: the new content under the final name, nothing else left.
        try Data("new\n".utf8).write(to: URL(fileURLWithPath: staged.writingPath))
        try staged.commit()
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["out.nt"])
    }

    @Test func aDeviceIsWrittenInPlace() {
        let staged = StagedOutput("/dev/null")
        #expect(!staged.isStaged)
        #expect(staged.writingPath == "/dev/null")
    }

    @Test func aSymbolicLinkHasItsTargetReplaced() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let link = tmp.appendingPathComponent("link.nt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.nt")
        let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
        let result = try CLIRunner.run(["export", pages, "--quiet", "-o", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.nt")
        let target = try Data(contentsOf: tmp.appendingPathComponent("target.nt"))
        #expect(target.count > 100_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted() == ["link.nt", "target.nt"])
    }

    @Test func anInputPageIsNeverTheOutput() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let seed = CLIRunner.root.appendingPathComponent("Examples/pages/000_0b91f1119559f398.txt")
        let page = tmp.appendingPathComponent("p.txt")
        try FileManager.default.copyItem(at: seed, to: page)
        let before = try Data(contentsOf: page)
        let result = try CLIRunner.run(["export", page.path, "--quiet", "-o", page.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is also an input page"), "\(result.stderr)")
        #expect(try Data(contentsOf: page) == before)
        // The same through a folder given as input.
        let inFolder = try CLIRunner.run(["export", tmp.path, "--quiet", "-o", page.path])
        #expect(inFolder.status == 1)
        #expect(try Data(contentsOf: page) == before)
    }

    /// An output that cannot be written (a missing folder, a folder) is refused before any
    /// page is read, with one line naming the option and the path.
    @Test func anUnwritableOutputIsRefusedBeforeReading() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let seed = CLIRunner.root.appendingPathComponent("Examples/pages/000_0b91f1119559f398.txt").path
        let missing = tmp.appendingPathComponent("no-such-folder/x.nt").path
        let noFolder = try CLIRunner.run(["export", seed, "-o", missing])
        #expect(noFolder.status == 1)
        #expect(noFolder.stderr == "osce-kg: error: --output \(missing): its folder \(tmp.path)/no-such-folder does not exist\n", "\(noFolder.stderr)")
        let folder = try CLIRunner.run(["export", seed, "-o", tmp.path])
        #expect(folder.status == 1)
        #expect(folder.stderr == "osce-kg: error: --output \(tmp.path): is a folder; give a file name\n", "\(folder.stderr)")
        let description = try CLIRunner.run(["export", seed, "-o", tmp.appendingPathComponent("x.nt").path, "--description", missing])
        #expect(description.status == 1)
        #expect(description.stderr.hasPrefix("osce-kg: error: --description \(missing): its folder"), "\(description.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }
}
