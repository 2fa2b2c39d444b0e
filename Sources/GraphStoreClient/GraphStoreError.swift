/// Why a Graph Store request failed: the store refused it, or could not be
/// reached (after the retries), or the endpoint is not a usable URL.
///
/// `description` is one line naming the request:
///
///     PUT http://127.0.0.1:7878/store?graph=…: the store answered 400 Bad Request: Invalid N-Triples …
///     POST http://127.0.0.1:9/store?default: cannot reach the store (Could not connect to the server) after 4 attempts
public struct GraphStoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The endpoint URL is not an absolute `http`/`https` URL.
        case invalidEndpoint
        /// The store answered with a status outside 2xx; `body` is the start of its answer.
        case refused(status: Int, body: String)
        /// No answer: connection refused, dropped, timed out (`reason` is the system's text).
        case unreachable(reason: String, attempts: Int)
    }

    public let kind: Kind
    /// The method (`PUT`, `POST`) and URL of the failed request, or the endpoint text for `.invalidEndpoint`.
    public let request: String

    public init(_ kind: Kind, request: String) {
        self.kind = kind
        self.request = request
    }

    public var description: String {
        switch kind {
        case .invalidEndpoint:
            return "\(request): not a store URL (give the Graph Store endpoint as http://host:port/path)"
        case .refused(let status, let body):
            let text = body.isEmpty ? "" : ": \(body)"
            return "\(request): the store answered \(status) \(Self.reasonPhrase(status))\(text)"
        case .unreachable(let reason, let attempts):
            return "\(request): cannot reach the store (\(reason)) after \(attempts) attempt\(attempts == 1 ? "" : "s")"
        }
    }

    /// The standard reason phrase of an HTTP status (RFC 9110 §15), or `""`.
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 406: return "Not Acceptable"
        case 409: return "Conflict"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return ""
        }
    }
}
