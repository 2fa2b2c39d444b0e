import RDF

/// A SPARQL 1.1 Protocol query request, read from the parts of an HTTP
/// request: the query text and the dataset the request names.
///
///     GET  /sparql?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fex%2Fg
///     POST /sparql   Content-Type: application/x-www-form-urlencoded   query=ASK%7B%7D
///     POST /sparql?named-graph-uri=…   Content-Type: application/sparql-query   ASK {}
///
/// The request's `default-graph-uri` and `named-graph-uri` replace the
/// query's FROM and FROM NAMED (§2.1.4); each names a graph of the served
/// dataset (a named graph of that name, else an empty graph: the server
/// never fetches a URL). Update is refused: `update=`, `using-graph-uri`,
/// and `application/sparql-update` bodies get 400 (the service is read-only).
///
/// Source: SPARQL 1.1 Protocol (W3C Rec 2013) §2.1.
struct ProtocolRequest: Equatable {
    /// The query text; nil on a GET without `query` (the service description).
    var query: String?
    /// `default-graph-uri` values, in order.
    var defaultGraphs: [IRI] = []
    /// `named-graph-uri` values, in order.
    var namedGraphs: [IRI] = []

    /// The request read from a GET's query string.
    /// - Throws: `ServerError` (see `init(parameters:)`; 414 for a query over `maxQueryLength`).
    init(queryString: String?, maxQueryLength: Int) throws(ServerError) {
        try self.init(parameters: FormEncoding.decode(queryString ?? ""), maxQueryLength: maxQueryLength, tooLong: .uriTooLong)
    }

    /// The request read from a POST: its `Content-Type`, its body and its URL's query string.
    /// - Throws: `ServerError` 415 for another content type, 400 for an
    ///   update, a body that is not UTF-8, or a missing query; 413 for a query over `maxQueryLength`.
    init(contentType: String?, body: [UInt8], queryString: String?, maxQueryLength: Int) throws(ServerError) {
        let mediaType = (contentType ?? "").split(separator: ";").first.map { $0.trimming(" \t").lowercased() } ?? ""
        switch mediaType {
        case "application/x-www-form-urlencoded":
            guard let text = String(validating: body, as: UTF8.self) else {
                throw ServerError(.badRequest, "the form body is not UTF-8")
            }
            // Parameters in the URL and in the body both count (a query in both is two queries).
            let parameters = try FormEncoding.decode(queryString ?? "") + FormEncoding.decode(text)
            try self.init(parameters: parameters, maxQueryLength: maxQueryLength, tooLong: .contentTooLarge)
            if query == nil { throw ServerError(.badRequest, "the form has no 'query' parameter") }
        case "application/sparql-query":
            guard let text = String(validating: body, as: UTF8.self) else {
                throw ServerError(.badRequest, "the query body is not UTF-8")
            }
            let parameters = try FormEncoding.decode(queryString ?? "")
            if parameters.contains(where: { $0.name == "query" }) {
                throw ServerError(.badRequest, "a POST of application/sparql-query carries the query in its body; the URL must not give 'query' too")
            }
            try self.init(parameters: parameters, maxQueryLength: maxQueryLength, tooLong: .contentTooLarge)
            guard text.utf8.count <= maxQueryLength else {
                throw ServerError(.contentTooLarge, "the query is \(text.utf8.count) bytes long; the most this server reads is \(maxQueryLength)")
            }
            query = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        case "application/sparql-update":
            throw Self.updateRefused
        case "":
            throw ServerError(.unsupportedMediaType, "a POST to the SPARQL endpoint needs a Content-Type: application/x-www-form-urlencoded or application/sparql-query")
        default:
            throw ServerError(.unsupportedMediaType, "a POST of \(mediaType) is no SPARQL query; send application/x-www-form-urlencoded (query=…) or application/sparql-query")
        }
    }

    /// The request the protocol's parameters make.
    init(parameters: [(name: String, value: String)], maxQueryLength: Int, tooLong: ServerError.Status) throws(ServerError) {
        for (name, value) in parameters {
            switch name {
            case "query":
                if query != nil { throw ServerError(.badRequest, "the request gives 'query' more than once; give one query") }
                guard value.utf8.count <= maxQueryLength else {
                    throw ServerError(tooLong, "the query is \(value.utf8.count) bytes long; the most this server reads is \(maxQueryLength)")
                }
                query = value.unicodeScalars.first == "\u{FEFF}" ? String(value.unicodeScalars.dropFirst()) : value
            case "default-graph-uri":
                defaultGraphs.append(try Self.graphIRI(value, parameter: name))
            case "named-graph-uri":
                namedGraphs.append(try Self.graphIRI(value, parameter: name))
            case "update", "using-graph-uri", "using-named-graph-uri":
                throw Self.updateRefused
            default:
                continue  // other parameters (a cache buster, a form's submit button) are ignored
            }
        }
    }

    static let updateRefused = ServerError(.badRequest, "SPARQL Update is not supported: this endpoint is read-only (send a query: SELECT, ASK, CONSTRUCT or DESCRIBE)")

    private static func graphIRI(_ value: String, parameter: String) throws(ServerError) -> IRI {
        do {
            return try IRI(value)
        } catch {
            throw ServerError(.badRequest, "\(parameter) '\(value)' is no absolute IRI: \(error)")
        }
    }
}
