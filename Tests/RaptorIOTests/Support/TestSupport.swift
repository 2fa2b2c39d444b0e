import Foundation
import RDF
@testable import RaptorIO

/// Helpers shared by the RaptorIO tests: fixture paths, temporary files and
/// running the `rapper` command (Raptor's own CLI) as an independent reader.
enum TestSupport {
    /// Tests/RaptorIOTests/Fixtures, found from this file's path.
    static let fixtures: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root (for the module-boundary check).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryFile(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("raptorio-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("\(UUID().uuidString)-\(name)").path
    }

    /// The `rapper` executable, when installed.
    static let rapper: String? = ["/usr/bin/rapper", "/usr/local/bin/rapper"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `rapper -i input -o ntriples` on `text` and returns the graph it
    /// prints (read with RaptorIO's N-Triples reader), or throws with rapper's stderr.
    static func rapperRead(_ text: String, syntax: RDFSyntax, baseIRI: String = "http://example.org/base/") throws -> Graph {
        guard let rapper else { throw RapperMissing() }
        let file = temporaryFile("in.\(syntax.fileExtension)")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rapper)
        let parser = syntax.parserName ?? syntax.rawValue
        process.arguments = ["-q", "-i", parser, "-o", "ntriples", file, baseIRI]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, errors.isEmpty else { throw RapperFailed(status: process.terminationStatus, stderr: errors) }
        return try RDFParser.parseGraph(data: Array(data), syntax: .ntriples)
    }

    struct RapperMissing: Error {}
    struct RapperFailed: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "rapper exited \(status): \(stderr)" }
    }
}

extension IRI {
    /// `http://example.org/` + `local`, for tests.
    static func ex(_ local: String) -> IRI { IRI(unchecked: "http://example.org/" + local) }
}
