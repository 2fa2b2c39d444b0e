import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `serve` on a port another program listens on: one clear line and exit status 1 (before: the
/// event loop's `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`).
@Suite struct ServePortInUseTests {
    @Test func portInUseIsOneLine() throws {
        let (fd, port) = try LoopbackSocket.bound()
        defer { close(fd) }
        try #require(listen(fd, 1) == 0)
        let out = try CLIRunner.run(["serve", "--data", CLIRunner.seed.path, "--port", String(port), "--quiet"])
        #expect(out.status == 1)
        #expect(out.stderr.hasSuffix("osce-kg: error: port \(port) is in use (another program listens on 127.0.0.1:\(port)); give another --port, or 0 for a free one\n"), "\(out.stderr)")
        #expect(!out.stderr.contains("errno"))
    }
}
