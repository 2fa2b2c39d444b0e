import Foundation
import RDF

/// What `osce-kg serve` was asked for: the address to bind, the namespace of
/// the entities it dereferences, and the limits it puts on each request.
///
///     var settings = ServerSettings(base: IRI(unchecked: "http://127.0.0.1:7878/"))
///     settings.timeout = .seconds(10)      // a query stops after 10 s (503)
///     settings.maxResults = 10_000         // a longer result is refused (422)
///
/// Units: `timeout`, `idleTimeout` and `requestReadTimeout` are durations;
/// `maxBodyBytes` counts bytes of the request body, `maxQueryLength` UTF-8
/// bytes of the query text; `maxResults` counts solutions (SELECT) or
/// triples (CONSTRUCT, DESCRIBE); `maxIncoming` counts triples.
public struct ServerSettings: Sendable {
    /// The interface to bind (`127.0.0.1` by default: the loopback only).
    public var host: String
    /// The TCP port; 0 asks the system for a free one (`LinkedDataServer.run`
    /// reports the one bound).
    public var port: Int
    /// The namespace whose IRIs the server dereferences (see `EntityPath`).
    public var base: IRI
    /// The longest a query may run; past it the request gets 503 and the
    /// query stops. `nil`: no limit.
    public var timeout: Duration?
    /// The most solutions or triples one query may return; a longer result
    /// gets 422 and nothing of it is sent. Keeps memory bounded, since a
    /// result is complete before its status is sent.
    public var maxResults: Int
    /// The origin allowed by CORS (`*` for any); `nil`: no CORS headers.
    public var corsOrigin: String?
    /// The largest request body read (a POSTed query or form); larger gets 413.
    public var maxBodyBytes: Int
    /// The longest query text accepted; longer gets 414 (in a URL) or 413 (in a body).
    public var maxQueryLength: Int
    /// The most triples pointing at an entity that its description lists
    /// (sorted, the first ones kept).
    public var maxIncoming: Int
    /// A connection with no request in flight for this long is closed
    /// (slow or abandoned clients: also a request head that never completes).
    public var idleTimeout: Duration
    /// The longest a request body may take to arrive; past it the request gets 408.
    public var requestReadTimeout: Duration
    /// The most queries evaluated at once (default: twice the processor count, at least 4);
    /// more wait their turn, within their time limit.
    public var maxConcurrentQueries: Int

    public init(host: String = "127.0.0.1", port: Int = 7878, base: IRI) {
        self.host = host
        self.port = port
        self.base = base
        self.timeout = nil
        self.maxResults = 100_000
        self.corsOrigin = nil
        self.maxBodyBytes = 1 << 20
        self.maxQueryLength = 256 * 1024
        self.maxIncoming = 500
        self.idleTimeout = .seconds(30)
        self.requestReadTimeout = .seconds(30)
        self.maxConcurrentQueries = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
    }
}
