import Foundation
import Testing

/// Runs the built `osce-kg` binary and captures what it prints.
struct CLIRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The repository root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `osce-kg` executable next to the test bundle (SwiftPM builds it
    /// because the test target depends on it).
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("osce-kg"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("osce-kg"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("osce-kg"),
            root.appendingPathComponent(".build/debug/osce-kg"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// - Parameter environment: variables set on top of this process's environment (`TMPDIR`).
    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL = root, environment: [String: String] = [:]) throws -> Output {
        try run(executable: binary, arguments, stdin: stdin, cwd: cwd, environment: environment)
    }

    static func run(executable: URL, _ arguments: [String], stdin: Data? = nil, cwd: URL = root,
                    environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = cwd
        var env = ProcessInfo.processInfo.environment
        env["CI"] = "true"  // no progress drawing
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// The project's Python, `.venv/bin/python` under the repository root (`make venv`
    /// creates it with pySHACL, pyoxigraph and rdflib), or nil when it does not exist.
    /// Tests that need Python run it through ``python(_:stdin:)`` and are skipped without it.
    static let pythonExecutable: URL? = {
        let url = root.appendingPathComponent(".venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// Runs the project's Python with `arguments`, or returns nil when there is no `.venv/bin/python`.
    static func python(_ arguments: [String], stdin: Data? = nil) throws -> Output? {
        guard let pythonExecutable else { return nil }
        return try run(executable: pythonExecutable, arguments, stdin: stdin)
    }

    /// Runs a system tool by name (rapper, roqet), or returns nil when it is not installed.
    static func tool(_ name: String, _ arguments: [String], stdin: Data? = nil) throws -> Output? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) {
                return try run(executable: url, arguments, stdin: stdin)
            }
        }
        return nil
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func examplePage(_ name: String) -> URL { root.appendingPathComponent("Examples/pages/\(name)") }
    static let seed = examplePage("000_0b91f1119559f398.txt")

    /// The `triples written: N` figure of the summary line.
    static func triplesWritten(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: #"triples written: (\d+)"#, options: .regularExpression) else { return nil }
        return Int(stderr[range].split(separator: " ").last!)
    }
}

/// Enables a test or suite only when the project's Python (`.venv/bin/python`) exists;
/// otherwise the runner reports it as skipped with the reason.
extension Trait where Self == ConditionTrait {
    static var needsProjectPython: Self {
        .enabled(if: CLIRunner.pythonExecutable != nil, "SKIPPED: no .venv/bin/python for the Python test tools (make venv creates it)")
    }
}
