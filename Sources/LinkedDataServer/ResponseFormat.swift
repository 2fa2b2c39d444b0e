import RaptorIO
import SPARQLEngine
import SPARQLResultsFormats

/// What a response body is written as, and the media types that ask for it.
///
/// The tables below are the one place that says which media types the
/// server sends: for solutions (SELECT) and booleans (ASK), and for graphs
/// (CONSTRUCT, DESCRIBE, entity descriptions, the service description).
/// The first entry of each is the default (`Accept: */*` or none).
enum ResponseFormat: Hashable, Sendable {
    /// A W3C SPARQL results format (or the text table), written by the engine's `SPARQLResultsWriter`.
    case results(SPARQLResultsFormat)
    /// An RDF syntax (`GraphSerializer`).
    case graph(GraphSyntax)
    /// An HTML page for people.
    case html

    /// The media types a SELECT or ASK result is offered in, in the server's order of preference.
    static let forSolutions: [(mediaType: String, format: ResponseFormat)] = [
        ("application/sparql-results+json", .results(.json)),
        ("application/sparql-results+xml", .results(.xml)),
        ("text/csv", .results(.csv)),
        ("text/tab-separated-values", .results(.tsv)),
        ("application/json", .results(.json)),
        ("application/xml", .results(.xml)),
        ("text/html", .html),
        ("text/plain", .results(.table)),
    ]

    /// The media types a graph is offered in, in the server's order of preference.
    static let forGraphs: [(mediaType: String, format: ResponseFormat)] = [
        ("text/turtle", .graph(.raptor(.turtle))),
        ("application/n-triples", .graph(.raptor(.ntriples))),
        ("application/ld+json", .graph(.jsonld)),
        ("application/rdf+xml", .graph(.raptor(.rdfxml))),
        ("application/x-turtle", .graph(.raptor(.turtle))),
        ("text/plain", .graph(.raptor(.ntriples))),
        ("text/html", .html),
    ]

    /// The entry of `table` the `Accept` header prefers.
    /// - Throws: `ServerError` 406 listing the media types offered.
    static func negotiate(accept: String?, from table: [(mediaType: String, format: ResponseFormat)],
                          what: String) throws(ServerError) -> (mediaType: String, format: ResponseFormat) {
        guard let chosen = ContentNegotiation.choose(accept: accept, offered: table.map(\.mediaType)),
              let entry = table.first(where: { $0.mediaType == chosen }) else {
            throw ServerError(.notAcceptable, "none of the media types in Accept can hold \(what); offered: \(table.map(\.mediaType).joined(separator: ", "))")
        }
        return entry
    }

    /// The `Content-Type` header value for `mediaType` (text types with `charset=utf-8`).
    static func contentType(_ mediaType: String) -> String {
        mediaType.hasPrefix("text/") ? mediaType + "; charset=utf-8" : mediaType
    }
}

/// An RDF syntax the server writes: one of Raptor's, or JSON-LD.
enum GraphSyntax: Hashable, Sendable {
    case raptor(RDFSyntax)
    case jsonld
}
