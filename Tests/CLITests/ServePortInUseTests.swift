import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `serve` on a port another program listens on: one clear line and exit status 1 (before: the
/// event loop's `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`).
@Suite struct ServePortInUseTests {
    @Test func portInUseIsOneLine() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        } && listen(fd, 1) == 0
        try #require(listening)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let out = try CLIRunner.run(["serve", "--data", CLIRunner.seed.path, "--port", String(port), "--quiet"])
        #expect(out.status == 1)
        #expect(out.stderr.hasSuffix("osce-kg: error: port \(port) is in use (another program listens on 127.0.0.1:\(port)); give another --port, or 0 for a free one\n"), "\(out.stderr)")
        #expect(!out.stderr.contains("errno"))
    }
}
