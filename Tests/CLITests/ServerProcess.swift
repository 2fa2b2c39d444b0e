import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A running `osce-kg serve` on a free loopback port, for the end-to-end
/// tests: started from the built binary, stopped with SIGTERM.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let errPipe = Pipe()
    private let lock = NSLock()
    private var stderrText = ""

    var base: String { "http://127.0.0.1:\(port)/" }

    /// Starts the server with `arguments` (after `serve --host 127.0.0.1 --port N`), `--base` its own
    /// address unless `ownBase` is false, and waits (at most 120 s) for its "serving" line.
    init(_ arguments: [String], ownBase: Bool = true) throws {
        port = try Self.freePort()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port)] + (ownBase ? ["--base", "http://127.0.0.1:\(port)/"] : []) + arguments
        process.currentDirectoryURL = CLIRunner.root
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1700000000"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        errPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.stderrText += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if stderr.contains("osce-kg: serving") { return }
            if !process.isRunning { break }
            usleep(50_000)
        }
        process.terminate()
        throw ServerStartError(message: "the server did not start: \(stderr)")
    }

    struct ServerStartError: Error, CustomStringConvertible { let message: String; var description: String { message } }

    /// The server's resident memory in KiB (`VmRSS` of /proc/PID/status), or nil where there is none.
    var residentKiB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// What the server printed on standard error so far.
    var stderr: String { lock.withLock { stderrText } }

    /// Sends SIGTERM and waits (at most 30 s) for the exit; returns the exit status (nil when it did not stop).
    func stop(signal: Int32 = SIGTERM) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate(); kill(process.processIdentifier, SIGKILL); return nil }
        return process.terminationStatus
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    /// A free TCP port on 127.0.0.1 (bound, read, released).
    static func freePort() throws -> Int { try LoopbackSocket.freePort() }

    /// One HTTP exchange.
    struct Reply {
        let status: Int
        let contentType: String
        let body: String
        let headers: [String: String]
    }

    /// Sends a request to `path` (with its query string) and returns the reply.
    func request(_ path: String, method: String = "GET", accept: String? = nil, contentType: String? = nil,
                 body: Data? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = 60
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, contentType: headers["content-type"] ?? "", body: String(decoding: data, as: UTF8.self), headers: headers)
    }

    /// `text` percent-encoded for a query string.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }

    /// Opens a raw TCP connection to the server (for slow and abandoned clients); -1 on failure.
    func rawConnection() -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        if !ok { close(fd); return -1 }
        return fd
    }
}
