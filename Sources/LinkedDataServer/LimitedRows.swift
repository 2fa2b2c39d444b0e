import RDF
import SPARQLEngine

/// The rows of a solution stream, as a non-throwing sequence that stops at
/// a limit: what the results writers consume on the server.
///
/// Pulling a row evaluates the query (the stream is lazy). Evaluation that
/// ends in an error (a timeout) ends the sequence and keeps the error in
/// `error`; a stream with more than `limit` rows ends after `limit` of them
/// with `exceeded` set. Either way the caller sends an error status, never
/// the partial document.
final class LimitedRows: Sequence, IteratorProtocol {
    private let stream: SolutionStream
    private let limit: Int
    /// The evaluation error that ended the rows, if any.
    private(set) var error: QueryEvaluationError?
    /// True when the stream had a row past `limit`.
    private(set) var exceeded = false
    /// The rows delivered.
    private(set) var count = 0

    init(stream: SolutionStream, limit: Int) {
        self.stream = stream
        self.limit = limit
    }

    func next() -> [Term?]? {
        guard error == nil, !exceeded else { return nil }
        do {
            guard let row = try stream.nextRow() else { return nil }
            if count == limit { exceeded = true; return nil }
            count += 1
            return row
        } catch {
            self.error = error
            return nil
        }
    }

    func makeIterator() -> LimitedRows { self }
}
