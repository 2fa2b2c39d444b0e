/// How often a request is tried again when the connection fails or drops,
/// and how long to wait in between (exponential backoff).
///
/// Only failures without an answer are retried (connection refused, dropped
/// or timed out) and the answers 502, 503 and 504 (a proxy or a store that
/// is restarting); any other answer is final. Retrying a POST whose answer
/// was lost may add its triples twice: a graph is a set, so only blank
/// nodes can be duplicated that way.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, at least 1.
    public var attempts: Int
    /// Unit: seconds. The wait before the second try; it doubles before each further try.
    public var initialDelay: Double
    /// Unit: seconds. The longest wait between two tries.
    public var maximumDelay: Double

    public init(attempts: Int = 4, initialDelay: Double = 0.5, maximumDelay: Double = 8) {
        self.attempts = max(1, attempts)
        self.initialDelay = max(0, initialDelay)
        self.maximumDelay = max(0, maximumDelay)
    }

    /// Unit: seconds. The wait after failed try number `attempt` (1-based).
    public func delay(after attempt: Int) -> Double {
        var d = initialDelay
        for _ in 1..<max(1, attempt) { d *= 2 }
        return min(d, maximumDelay)
    }

    /// Whether an answer with this HTTP status is tried again.
    public static func isTransient(status: Int) -> Bool { status == 502 || status == 503 || status == 504 }
}
