import Foundation
import RDF
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Writes RDF to a Graph Store over HTTP: one request per call, PUT to
/// replace a graph and POST to add to it, tried again on a dropped
/// connection (`RetryPolicy`). Credentials go as HTTP Basic until the
/// server answers 401 with a Digest challenge (Virtuoso), then as the
/// answer to it (`DigestChallenge`).
///
///     let client = GraphStoreClient(endpoint: try GraphStoreEndpoint("http://127.0.0.1:7878/store"))
///     try client.write(Data("<s> <p> <o> .\n".utf8), mediaType: GraphStoreClient.nTriples,
///                      to: .named("https://example.org/g"), mode: .replace)
///
/// Built on Foundation's `URLSession` (libcurl on Linux), so it needs no
/// dependency beyond the toolchain and speaks http and https. Calls block
/// the calling thread until the store answers; the session's own queue runs
/// the transfer. Not for concurrent use from several threads.
///
/// Source: SPARQL 1.1 Graph Store HTTP Protocol §5.3 (PUT), §5.5 (POST).
public final class GraphStoreClient {
    /// `application/n-triples` (RDF 1.1 N-Triples §3).
    public static let nTriples = "application/n-triples"
    /// `application/n-quads` (RDF 1.1 N-Quads §3).
    public static let nQuads = "application/n-quads"

    public let endpoint: GraphStoreEndpoint
    public let retry: RetryPolicy
    /// Requests sent so far, retries included.
    public private(set) var requestsSent = 0
    /// The server's Digest challenge once it gave one, and how often its nonce was used.
    private var digest: (challenge: DigestChallenge, uses: Int)?
    private let session: URLSession

    /// - Parameter timeout: Unit: seconds. How long a request may wait for data before it counts as dropped.
    public init(endpoint: GraphStoreEndpoint, retry: RetryPolicy = RetryPolicy(), timeout: Double = 120) {
        self.endpoint = endpoint
        self.retry = retry
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        self.session = URLSession(configuration: configuration)
    }

    deinit { session.invalidateAndCancel() }

    /// Sends `body` (RDF in `mediaType`) to `target` with `mode`'s method and
    /// returns the store's 2xx status.
    /// - Throws: `GraphStoreError` `.refused` with the status and the start
    ///   of the answer's body for a non-2xx answer; `.unreachable` when no
    ///   try got an answer.
    @discardableResult
    public func write(_ body: Data, mediaType: String, to target: GraphTarget, mode: GraphWriteMode) throws(GraphStoreError) -> Int {
        let urlText = endpoint.url(for: target)
        let label = "\(mode.rawValue) \(urlText)"
        guard let url = URL(string: urlText) else { throw GraphStoreError(.invalidEndpoint, request: endpoint.base) }
        var request = URLRequest(url: url)
        request.httpMethod = mode.rawValue
        request.setValue(mediaType + "; charset=utf-8", forHTTPHeaderField: "Content-Type")
        let target = Self.requestTarget(urlText)
        var attempt = 1
        var challengesAnswered = 0
        while true {
            if let credentials = endpoint.credentials {
                request.setValue(authorization(method: mode.rawValue, target: target, credentials: credentials), forHTTPHeaderField: "Authorization")
            }
            requestsSent += 1
            let outcome = send(request, body: body)
            switch outcome {
            case .answer(let status, _, _) where (200..<300).contains(status):
                return status
            case .answer(401, let challenge?, _) where endpoint.credentials != nil && challengesAnswered < 2
                && (challengesAnswered == 0 || challenge.stale):
                // Digest authentication: answer the challenge (not a retry; a stale nonce once more).
                digest = (challenge, 0)
                challengesAnswered += 1
            case .answer(let status, _, let text) where !RetryPolicy.isTransient(status: status) || attempt >= retry.attempts:
                throw GraphStoreError(.refused(status: status, body: Self.excerpt(text)), request: label)
            case .failure(let reason) where attempt >= retry.attempts:
                throw GraphStoreError(.unreachable(reason: reason, attempts: attempt), request: label)
            case .answer, .failure:
                Thread.sleep(forTimeInterval: retry.delay(after: attempt))
                attempt += 1
            }
        }
    }

    /// The `Authorization` value: the answer to the server's Digest challenge once it gave one,
    /// HTTP Basic before that.
    private func authorization(method: String, target: String, credentials: GraphStoreEndpoint.Credentials) -> String {
        guard let (challenge, used) = digest else { return credentials.basicAuthorization }
        let uses = used + 1
        digest = (challenge, uses)
        let cnonce = (0..<8).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        return challenge.authorization(method: method, uri: target, user: credentials.user, password: credentials.password,
                                       nc: uses, cnonce: cnonce)
    }

    /// The request target of a URL as sent on the wire: its percent-encoded path and query.
    static func requestTarget(_ url: String) -> String {
        guard let parts = URLComponents(string: url) else { return "/" }
        let path = parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath
        return path + (parts.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    private enum Outcome {
        /// An HTTP answer, with its Digest challenge when it has one.
        case answer(status: Int, challenge: DigestChallenge?, body: Data)
        case failure(String)
    }

    /// One request, waited for.
    private func send(_ request: URLRequest, body: Data) -> Outcome {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let seconds = session.configuration.timeoutIntervalForRequest
        let task = session.uploadTask(with: request, from: body) { data, response, error in
            if let http = response as? HTTPURLResponse {
                let header = http.allHeaderFields.first { ($0.key as? String)?.lowercased() == "www-authenticate" }?.value as? String
                box.set(.answer(status: http.statusCode, challenge: header.flatMap(DigestChallenge.init(header:)), body: data ?? Data()))
            } else {
                box.set(.failure(error.map { Self.reason($0, timeout: seconds) } ?? "no HTTP answer"))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        return box.get() ?? .failure("no HTTP answer")
    }

    /// The system's text for a transfer error, without its domain and code noise;
    /// a timeout (NSURLErrorTimedOut, whose Linux text is only "error -1001") is
    /// said in words with the limit in seconds.
    static func reason(_ error: any Error, timeout: Double) -> String {
        let ns = error as NSError
        if ns.domain == NSURLErrorDomain && ns.code == NSURLErrorTimedOut {
            return "no answer within the \(DecimalText.plain(timeout)) s timeout"
        }
        return ns.localizedDescription.isEmpty ? "\(error)" : ns.localizedDescription
    }

    /// The start of an answer's body as one line: at most 300 characters, whitespace runs as one space.
    static func excerpt(_ data: Data) -> String {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let line = words.joined(separator: " ")
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }

    /// Holds the outcome the session's queue hands to the waiting thread.
    private final class OutcomeBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Outcome?
        func set(_ outcome: Outcome) { lock.lock(); value = outcome; lock.unlock() }
        func get() -> Outcome? { lock.lock(); defer { lock.unlock() }; return value }
    }
}
