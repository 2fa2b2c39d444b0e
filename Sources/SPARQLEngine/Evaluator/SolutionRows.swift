import RDF

/// The rows of a solution stream as a non-throwing sequence, for the
/// results writers (`SPARQLResultsWriter` takes a `Sequence` of rows),
/// optionally stopping at a limit.
///
///     let rows = SolutionRows(stream: stream, limit: 10_000)
///     try SPARQLResultsWriter.write(variables: vars, rows: rows, format: .json, to: &out)
///     if let error = rows.error { throw error }          // a timeout: the document is partial
///     if rows.exceeded { … }                              // more than 10 000 rows: the document is cut
///
/// Pulling a row evaluates the query (the stream is lazy). An evaluation
/// error (a timeout) ends the sequence and is kept in `error`; a stream with
/// more than `limit` rows ends after `limit` of them with `exceeded` set.
/// Either way the caller reports it instead of passing off partial results
/// as complete.
///
/// - Complexity: O(1) memory beyond the stream's own.
public final class SolutionRows: Sequence, IteratorProtocol {
    private let stream: SolutionStream
    private let limit: Int
    /// The evaluation error that ended the rows, if any.
    public private(set) var error: QueryEvaluationError?
    /// True when the stream had a row past `limit`.
    public private(set) var exceeded = false
    /// The rows delivered.
    public private(set) var count = 0

    /// The rows of `stream`, at most `limit` of them (no limit by default).
    public init(stream: SolutionStream, limit: Int = .max) {
        self.stream = stream
        self.limit = limit
    }

    public func next() -> [Term?]? {
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

    public func makeIterator() -> SolutionRows { self }
}
