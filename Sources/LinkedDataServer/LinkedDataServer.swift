import Hummingbird
import Logging
import NIOCore

/// The read-only linked-data server and SPARQL 1.1 endpoint over a loaded
/// dataset, on Hummingbird 2 (HTTP/1.1).
///
///     let server = LinkedDataServer(data: served, settings: ServerSettings(base: base))
///     try await server.run { host, port in print("listening on http://\(host):\(port)/") }
///
/// `run` binds the address, calls `onListening` with the port bound (the
/// system's choice for port 0), and serves until SIGTERM or SIGINT, on
/// which it stops accepting, lets the requests in flight finish, and
/// returns. Routes: see `Routes`; limits: `ServerSettings`.
///
/// - Throws: `ServerStartError` when the address cannot be bound (port in use, no such
///   interface, a privileged port); any other error of the server as it is.
public struct LinkedDataServer: Sendable {
    /// The dataset served (read-only).
    public let data: ServedDataset
    /// The address, base and limits.
    public let settings: ServerSettings

    public init(data: ServedDataset, settings: ServerSettings) {
        self.data = data
        self.settings = settings
    }

    public func run(onListening: @escaping @Sendable (_ host: String, _ port: Int) -> Void) async throws {
        var logger = Logger(label: "osce-kg.serve")
        // Hummingbird logs connection-level events (a client that resets, a cancelled shutdown) at
        // .error; clients get their errors as statuses, and bind errors are thrown from run().
        logger.logLevel = .critical
        let settings = settings
        let idle = settings.idleTimeout.components
        let app = Application(
            responder: Routes(data: data, settings: settings),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))),
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "osce-kg"),
            onServerRunning: { channel in onListening(settings.host, channel.localAddress?.port ?? settings.port) },
            logger: logger
        )
        do { try await app.runService() } catch {
            throw ServerStartError.binding(error, host: settings.host, port: settings.port) ?? error
        }
    }
}
