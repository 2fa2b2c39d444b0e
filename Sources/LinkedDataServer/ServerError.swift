/// A request the server answers with an error status and a one-line
/// message (as `text/plain; charset=utf-8`, ending in a newline).
///
///     throw ServerError(.badRequest, "line 1, column 8: expected WHERE")
///
/// The message names what was wrong and, where it helps, what to send
/// instead; it never holds a stack trace or a path on the server.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status code (400…599).
    public let status: Int
    /// The message, one line.
    public let message: String
    /// Extra response headers (`Allow` for 405).
    public let headers: [(String, String)]

    public init(_ status: Status, _ message: String, headers: [(String, String)] = []) {
        self.status = status.rawValue
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status): \(message)" }

    public static func == (lhs: ServerError, rhs: ServerError) -> Bool {
        lhs.status == rhs.status && lhs.message == rhs.message
    }

    /// The statuses the server sends for errors.
    public enum Status: Int, Sendable {
        case badRequest = 400
        case notFound = 404
        case methodNotAllowed = 405
        case notAcceptable = 406
        case requestTimeout = 408
        case contentTooLarge = 413
        case uriTooLong = 414
        case unsupportedMediaType = 415
        case unprocessableContent = 422
        case internalServerError = 500
        case serviceUnavailable = 503
    }
}
