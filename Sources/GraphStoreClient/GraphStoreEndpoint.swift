import Foundation

/// A SPARQL 1.1 Graph Store HTTP Protocol endpoint: the URL that graphs are
/// written to, and the credentials to send.
///
///     let store = try GraphStoreEndpoint("http://127.0.0.1:7878/store")
///     store.url(for: .named("https://example.org/g"))
///     // http://127.0.0.1:7878/store?graph=https%3A%2F%2Fexample.org%2Fg
///
/// The same kind of URL names the endpoint of Oxigraph (`/store`), Apache
/// Jena Fuseki (`/DATASET/data`) and Virtuoso (`/sparql-graph-crud-auth`).
/// A query already in the URL is kept, and the graph parameter follows it.
///
/// Source: SPARQL 1.1 Graph Store HTTP Protocol §4.2.
public struct GraphStoreEndpoint: Sendable, Equatable {
    /// The endpoint as given (without a fragment).
    public let base: String
    /// HTTP Basic credentials (RFC 7617), sent with every request when set.
    public let credentials: Credentials?

    /// A user name and password for HTTP Basic authentication.
    public struct Credentials: Sendable, Equatable {
        public let user: String
        public let password: String

        public init(user: String, password: String) {
            self.user = user
            self.password = password
        }

        /// Reads `USER:PASS` (split at the first colon; the password may hold
        /// colons); nil when there is no colon or no user name.
        public init?(parsing text: String) {
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
            self.init(user: String(text[..<colon]), password: String(text[text.index(after: colon)...]))
        }

        /// The `Authorization` header value, `Basic base64(user:password)`.
        public var basicAuthorization: String { "Basic " + Data("\(user):\(password)".utf8).base64EncodedString() }
    }

    /// - Throws: `GraphStoreError` `.invalidEndpoint` when `url` is not an absolute http(s) URL with a host.
    public init(_ url: String, credentials: Credentials? = nil) throws(GraphStoreError) {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty, parts.fragment == nil
        else { throw GraphStoreError(.invalidEndpoint, request: url) }
        self.base = url
        self.credentials = credentials
    }

    /// The request URL for `target`: the endpoint with `?default` or
    /// `?graph=IRI` (the IRI percent-encoded except RFC 3986's unreserved characters).
    public func url(for target: GraphTarget) -> String {
        let separator = base.contains("?") ? "&" : "?"
        switch target {
        case .defaultGraph:
            return base + separator + "default"
        case .named(let iri):
            return base + separator + "graph=" + (iri.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? iri)
        }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
