import Dispatch
import RDF
import SPARQLEngine
import SPARQLResultsFormats
import SPARQLSyntax

/// Parses and evaluates protocol requests on the shared, read-only store,
/// off the server's event loops, within the request limits.
///
/// Each request is parsed (and its plan compiled) once; evaluation and the
/// writing of the result run on a worker thread (`DispatchQueue`), so a
/// long query never holds up the event loops that serve other clients; at
/// most `maxConcurrentQueries` at once (`QueryGate`). The
/// store is shared by every request, never copied (a request naming graphs
/// in `default-graph-uri`/FROM gets a dataset of those graphs only).
///
/// A result is written to memory in full before its status is sent: a
/// query that times out gets 503, one with more than `maxResults`
/// solutions or triples gets 422, never a truncated 200.
struct QueryRunner: Sendable {
    let store: IndexedDataset
    let settings: ServerSettings
    /// Prefixes for Turtle and JSON-LD output (the query's own come first).
    let namespaces: [Namespace]

    /// What a query's evaluation gives: a serialised document, or the rows for an HTML table.
    enum Answer: Sendable {
        /// The body in the negotiated format.
        case document(String)
        /// SELECT rows (at most `maxResults`) for the HTML renderer.
        case table(variables: [Variable], rows: [[Term?]])
        /// ASK for the HTML renderer.
        case boolean(Bool)
        /// CONSTRUCT/DESCRIBE triples (sorted) for the HTML renderer.
        case graph([Triple])
    }

    /// At most `settings.maxConcurrentQueries` evaluations at once.
    let gate: QueryGate

    init(store: IndexedDataset, settings: ServerSettings, namespaces: [Namespace]) {
        self.store = store
        self.settings = settings
        self.namespaces = namespaces
        gate = QueryGate(limit: settings.maxConcurrentQueries)
    }

    private static let queue = DispatchQueue(label: "osce-kg.serve.queries", qos: .userInitiated, attributes: .concurrent)

    /// The query of `request`, parsed, with the request's dataset (if any) in place of FROM / FROM NAMED.
    ///
    /// - Throws: `ServerError` 400 with the syntax error's line and column
    ///   (`line 2, column 7: …`), or saying that Update is not supported.
    func parse(_ request: ProtocolRequest) throws(ServerError) -> Query {
        let text = request.query ?? ""
        var query: Query
        do {
            query = try SPARQLParser.parse(text, baseIRI: settings.base)
        } catch {
            if let keyword = Self.updateKeyword(in: text, at: error.position) {
                throw ServerError(.badRequest, "SPARQL Update (\(keyword)) is not supported: this endpoint is read-only")
            }
            throw ServerError(.badRequest, "syntax error at line \(error.position.line), column \(error.position.column): \(error.message)")
        }
        if !request.defaultGraphs.isEmpty || !request.namedGraphs.isEmpty {
            query.dataset = DatasetClause(defaultGraphs: request.defaultGraphs, namedGraphs: request.namedGraphs)
        }
        return query
    }

    /// The media types that can hold what `query` returns.
    static func offered(for query: Query) -> [(mediaType: String, format: ResponseFormat)] {
        switch query.form {
        case .select, .ask: return ResponseFormat.forSolutions
        case .construct, .describe: return ResponseFormat.forGraphs
        }
    }

    /// Evaluates `query` on a worker thread and writes its result in `format`.
    ///
    /// - Throws: `ServerError` 503 past the time limit, 422 past the result
    ///   limit, 400 for a query the engine cannot evaluate (SERVICE).
    /// The time limit runs from the call, so time spent waiting for a place
    /// (`QueryGate`) counts.
    func run(_ query: Query, format: ResponseFormat) async throws(ServerError) -> Answer {
        let deadline = settings.timeout.map { ContinuousClock.now + $0 }
        await gate.enter()
        let result: Result<Answer, ServerError> = await withCheckedContinuation { continuation in
            Self.queue.async {
                continuation.resume(returning: Result { () throws(ServerError) -> Answer in try evaluate(query, format: format, deadline: deadline) })
            }
        }
        await gate.leave()
        return try result.get()
    }

    /// The blocking part of `run`.
    func evaluate(_ query: Query, format: ResponseFormat, deadline: ContinuousClock.Instant?) throws(ServerError) -> Answer {
        var options = EvaluationOptions(deadline: deadline, baseIRI: settings.base)
        options.graphLoader = nil  // never a file or a URL: graphs come from the served dataset only
        do {
            switch try QueryEvaluator.evaluate(query, on: store, options: options) {
            case .solutions(let variables, let stream):
                let rows = SolutionRows(stream: stream, limit: settings.maxResults)
                let answer: Answer
                switch format {
                case .results(let resultsFormat):
                    var text = ""
                    do {
                        try SPARQLResultsWriter.write(variables: variables, rows: rows, format: resultsFormat, prefixes: query.prefixes, to: &text)
                    } catch {
                        throw ServerError(.notAcceptable, error.message + "; ask for JSON, TSV or CSV results")
                    }
                    answer = .document(text)
                default:
                    answer = .table(variables: variables, rows: Array(rows))
                }
                if let error = rows.error { throw error }
                if rows.exceeded { throw tooMany("solutions") }
                return answer
            case .boolean(let value):
                guard case .results(let resultsFormat) = format else { return .boolean(value) }
                var text = ""
                SPARQLResultsWriter.write(boolean: value, format: resultsFormat, to: &text)
                return .document(text)
            case .graph(let triples):
                if triples.count > settings.maxResults { throw tooMany("triples") }
                guard case .graph(let syntax) = format else { return .graph(triples.sorted()) }
                return .document(try GraphSerializer.text(triples, syntax: syntax, namespaces: query.prefixes + namespaces))
            }
        } catch let error as QueryEvaluationError {
            switch error.kind {
            case .timeout:
                let limit = settings.timeout.map { " (\(Self.seconds($0)) s)" } ?? ""
                throw ServerError(.serviceUnavailable, "the query ran past the time limit\(limit) and was stopped; no result was sent")
            case .unsupported, .datasetLoad:
                throw ServerError(.badRequest, error.message)
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.internalServerError, "\(error)")
        }
    }

    private func tooMany(_ what: String) -> ServerError {
        ServerError(.unprocessableContent, "the query gives more than \(settings.maxResults) \(what), the most this server returns (--max-results); add a LIMIT or narrow the query")
    }

    /// A duration in seconds as plain decimal text (`30`, `0.000001`: `DecimalText.plain`).
    static func seconds(_ d: Duration) -> String {
        DecimalText.plain(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    /// The SPARQL Update keyword (`INSERT`, `DELETE`, …) at `position` of `text`, if the parser stopped at one.
    static func updateKeyword(in text: String, at position: SourcePosition) -> String? {
        let bytes = Array(text.utf8)
        guard position.offset >= 0, position.offset < bytes.count else { return nil }
        let word = bytes[position.offset...].prefix { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
        let keyword = String(decoding: word, as: UTF8.self).uppercased()
        return ["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"].contains(keyword) ? keyword : nil
    }
}
