#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// Why the server could not start listening, in one line for the command line.
///
///     port 8080 is in use (another program listens on 127.0.0.1:8080); give another --port, or 0 for a free one
///
/// Built from the bind error of the event loop (`IOError`, whose own text names NIO's internal
/// call: `bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)`).
public struct ServerStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kept the server from listening.
    public struct Kind: Hashable, Sendable {
        let name: String
        /// Another socket is bound to the address and port (EADDRINUSE).
        public static let portInUse = Kind(name: "portInUse")
        /// The port needs privileges the process lacks (EACCES: ports below 1024).
        public static let permissionDenied = Kind(name: "permissionDenied")
        /// The host is not an address of this machine (EADDRNOTAVAIL), or no address at all.
        public static let addressNotAvailable = Kind(name: "addressNotAvailable")
        /// Any other failure to bind.
        public static let other = Kind(name: "other")
    }

    public let kind: Kind
    public let host: String
    public let port: Int
    /// The system's text for the failure (`strerror`), for `.other`.
    public let reason: String

    public init(kind: Kind, host: String, port: Int, reason: String = "") {
        self.kind = kind
        self.host = host
        self.port = port
        self.reason = reason
    }

    /// The error for what `run` threw while binding `host`:`port`; nil for an error that is not
    /// about binding (it is passed on as it is).
    static func binding(_ error: any Error, host: String, port: Int) -> ServerStartError? {
        if let io = error as? IOError {
            switch io.errnoCode {
            case EADDRINUSE: return ServerStartError(kind: .portInUse, host: host, port: port)
            case EACCES: return ServerStartError(kind: .permissionDenied, host: host, port: port)
            case EADDRNOTAVAIL: return ServerStartError(kind: .addressNotAvailable, host: host, port: port)
            default: return ServerStartError(kind: .other, host: host, port: port, reason: String(cString: strerror(io.errnoCode)))
            }
        }
        if error is SocketAddressError { return ServerStartError(kind: .addressNotAvailable, host: host, port: port) }
        return nil
    }

    private var address: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// One line: what happened and what to do.
    public var description: String {
        switch kind {
        case .portInUse:
            return "port \(port) is in use (another program listens on \(address)); give another --port, or 0 for a free one"
        case .permissionDenied:
            return "port \(port) needs privileges this user lacks (ports below 1024 do); give a --port of 1024 or more"
        case .addressNotAvailable:
            return "cannot listen on \(host): it is not an address of this machine (give --host 127.0.0.1, 0.0.0.0 or one of its addresses)"
        default:
            return "cannot listen on \(address): \(reason)"
        }
    }
}
