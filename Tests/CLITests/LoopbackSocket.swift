import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// TCP sockets on 127.0.0.1 for the tests that start servers: one home for the bind on port 0.
enum LoopbackSocket {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// A socket bound to 127.0.0.1 on the port the kernel chose (port 0), and that port. The
    /// caller owns the descriptor and closes it. Throws `Failure` with `strerror` when `socket`,
    /// `bind` or `getsockname` fails.
    static func bound() throws -> (descriptor: Int32, port: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "bind() to 127.0.0.1:0 failed: \(message)")
        }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A port on 127.0.0.1 nothing listens on now (bound, read, released).
    static func freePort() throws -> Int {
        let (fd, port) = try bound()
        close(fd)
        return port
    }
}
