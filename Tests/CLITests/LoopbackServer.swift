import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A server process a test starts on 127.0.0.1 (Oxigraph, a fake store),
/// waits for until its port accepts connections, and stops with `stop()`
/// (also on deinit, so a failing test never leaves it running).
final class LoopbackServer {
    let port: Int
    private let process = Process()
    private let log: URL

    /// The project's `oxigraph` CLI (PyPI `oxigraph`, in `.venv/bin`), or nil.
    static let oxigraphExecutable: URL? = {
        let url = CLIRunner.root.appendingPathComponent(".venv/bin/oxigraph")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()

    /// `oxigraph serve` with an on-disk store in a fresh temporary folder.
    static func oxigraph() throws -> LoopbackServer {
        let executable = try #require(oxigraphExecutable)
        let store = try CLIRunner.temporaryDirectory()
        let server = try LoopbackServer(executable: executable) { port in
            ["serve", "--location", store.path, "--bind", "127.0.0.1:\(port)"]
        }
        server.removeOnStop = store
        return server
    }

    /// A folder removed once the server has stopped (Oxigraph's store).
    private var removeOnStop: URL?

    /// Starts `executable` with the arguments `arguments(port)` on a free port and waits (at most `readiness` seconds) until it listens.
    init(executable: URL, readiness: Double = 30, arguments: (Int) -> [String]) throws {
        port = try Self.freePort()
        log = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-server-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments(port)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(readiness)
        while !Self.accepts(port: port) {
            guard process.isRunning, Date() < deadline else {
                stop()
                throw ServerError("\(executable.lastPathComponent) did not listen on 127.0.0.1:\(port) within \(readiness) s: \(output)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: log)
    }

    /// The server's standard output and error so far.
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Stops the server (SIGTERM, then SIGKILL after 5 s), waits for it, and removes its store (the log goes on deinit).
    func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        if let folder = removeOnStop {
            try? FileManager.default.removeItem(at: folder)
            removeOnStop = nil
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    /// A port on 127.0.0.1 nothing listens on now (the kernel's choice for port 0).
    static func freePort() throws -> Int { try LoopbackSocket.freePort() }

    /// Whether a TCP connection to 127.0.0.1:`port` is accepted.
    static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
