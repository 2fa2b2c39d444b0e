import HTTPTypes
import Hummingbird
import RDF
import SPARQLSyntax

/// The server's routing: which path answers what.
///
/// | path | methods | answer |
/// |---|---|---|
/// | `/` | GET, HEAD | the landing page (HTML) |
/// | `/sparql` | GET, HEAD, POST | SPARQL 1.1 Protocol (`ProtocolRequest`); without a query, the service description |
/// | `/.well-known/void` | GET, HEAD | the dataset description, content-negotiated |
/// | under the base's path (`EntityPath`) | GET, HEAD | the entity's description, content-negotiated; 404 when unknown |
///
/// Any path answers `OPTIONS` (CORS preflight) with 204; other methods get
/// 405 with `Allow`. Every error is `text/plain` with a one-line message
/// (an HTML page for a browser's query). With `corsOrigin`, every response
/// carries `Access-Control-Allow-Origin`.
struct Routes: HTTPResponder {
    typealias Context = BasicRequestContext

    let data: ServedDataset
    let settings: ServerSettings
    let runner: QueryRunner
    let paths: EntityPath
    let terms: TermRenderer
    /// The landing page, rendered once (the data never changes).
    let landing: String

    static let endpointPath = "/sparql"
    static let voidPath = "/.well-known/void"

    init(data: ServedDataset, settings: ServerSettings) {
        self.data = data
        self.settings = settings
        runner = QueryRunner(store: data.store, settings: settings, namespaces: data.namespaces)
        paths = EntityPath(base: settings.base)
        terms = TermRenderer(data: data, paths: paths)
        landing = LandingPage(data: data, terms: terms, endpointPath: Self.endpointPath).html(summary: LandingPage.Summary(data))
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        var response: Response
        do {
            response = try await route(request)
        } catch {
            response = Self.errorResponse(error)
        }
        if let origin = settings.corsOrigin { response.headers[.accessControlAllowOrigin] = origin }
        if request.method == .head { response = response.createHeadResponse() }
        return response
    }

    private func route(_ request: Request) async throws(ServerError) -> Response {
        let path = request.uri.path
        if request.method == .options { return preflight() }
        switch path {
        case Self.endpointPath:
            return try await sparql(request)
        case "/", "":
            try allow(request, [.get, .head])
            return Self.text(landing, mediaType: "text/html")
        case Self.voidPath:
            try allow(request, [.get, .head])
            return try graphResponse(data.description.sorted(), request: request, what: "the dataset description") {
                PageLayout.document(title: "Dataset description", body: "<h1>Dataset description</h1>\n" + tripleTable(data.description.sorted()))
            }
        default:
            try allow(request, [.get, .head])
            return try entity(path: path, request: request)
        }
    }

    // MARK: SPARQL

    private func sparql(_ request: Request) async throws(ServerError) -> Response {
        let protocolRequest: ProtocolRequest
        switch request.method {
        case .get, .head:
            protocolRequest = try ProtocolRequest(queryString: request.uri.query, maxQueryLength: settings.maxQueryLength)
        case .post:
            let declared = request.headers[.contentLength].flatMap { Int($0) }
            let body = try await BodyReader.read(request.body, declaredLength: declared, limit: settings.maxBodyBytes,
                                                 timeout: settings.requestReadTimeout)
            protocolRequest = try ProtocolRequest(contentType: request.headers[.contentType], body: body,
                                                  queryString: request.uri.query, maxQueryLength: settings.maxQueryLength)
        default:
            throw Self.notAllowed(request.method, [.get, .head, .post])
        }
        guard let text = protocolRequest.query else { return try serviceDescription(request) }
        let accept = request.headers[.accept]
        let browser = ContentNegotiation.choose(accept: accept, offered: ResponseFormat.forSolutions.map(\.mediaType)) == "text/html"
        let results = ResultsPage(terms: terms, endpointPath: Self.endpointPath)
        do throws(ServerError) {
            let query = try runner.parse(protocolRequest)
            let (mediaType, format) = try ResponseFormat.negotiate(accept: accept, from: QueryRunner.offered(for: query), what: "the result of this query")
            let answer = try await runner.run(query, format: format)
            if case .document(let document) = answer { return Self.text(document, mediaType: mediaType, vary: true) }
            return Self.text(results.html(query: text, answer: answer), mediaType: "text/html", vary: true)
        } catch where browser && error.status != ServerError.Status.notAcceptable.rawValue {
            var response = Self.text(results.html(query: text, error: error), mediaType: "text/html", vary: true)
            response.status = HTTPResponse.Status(code: error.status)
            return response
        }
    }

    private func serviceDescription(_ request: Request) throws(ServerError) -> Response {
        let authority = request.head.authority ?? "\(settings.host):\(settings.port)"
        let endpoint = (try? IRI("http://\(authority)\(Self.endpointPath)")) ?? IRI(unchecked: "http://\(settings.host):\(settings.port)\(Self.endpointPath)")
        let triples = ServiceDescription.graph(endpoint: endpoint, data: data)
        return try graphResponse(triples, request: request, what: "the service description",
                                 namespaces: [ServiceDescription.sd, ServiceDescription.formats, Namespace.void, Namespace.xsd]) {
            landing
        }
    }

    // MARK: Linked data

    private func entity(path: String, request: Request) throws(ServerError) -> Response {
        for iri in paths.iris(forPath: path) {
            guard let description = EntityDescription(of: .iri(iri), in: data, maxIncoming: settings.maxIncoming) else { continue }
            return try graphResponse(description.triples, request: request, what: "the description of <\(iri.value)>") {
                EntityPage(data: data, terms: terms).html(iri, description: description)
            }
        }
        if paths.basePath == nil || !path.hasPrefix(paths.basePath!) {
            throw ServerError(.notFound, "nothing is served at \(path): entities are under \(paths.basePath ?? "(no path: the base \(settings.base.value) has none)"), the SPARQL endpoint at \(Self.endpointPath)")
        }
        throw ServerError(.notFound, "no entity \(paths.iris(forPath: path).first.map { "<\($0.value)>" } ?? path) in the dataset")
    }

    /// `triples` in the syntax the request accepts, or the page `html` makes for a browser.
    private func graphResponse(_ triples: [Triple], request: Request, what: String, namespaces: [Namespace]? = nil,
                               html: () -> String) throws(ServerError) -> Response {
        let (mediaType, format) = try ResponseFormat.negotiate(accept: request.headers[.accept], from: ResponseFormat.forGraphs, what: what)
        switch format {
        case .graph(let syntax):
            return Self.text(try GraphSerializer.text(triples, syntax: syntax, namespaces: namespaces ?? data.namespaces), mediaType: mediaType, vary: true)
        default:
            return Self.text(html(), mediaType: "text/html", vary: true)
        }
    }

    private func tripleTable(_ triples: [Triple]) -> String {
        PageLayout.table(headers: ["Subject", "Property", "Value"], rows: triples.map { t in
            [terms.html(t.subject), terms.link(t.predicate, text: terms.compact(t.predicate)), terms.html(t.object)]
        })
    }

    // MARK: Responses

    private func allow(_ request: Request, _ methods: [HTTPRequest.Method]) throws(ServerError) {
        guard methods.contains(request.method) else { throw Self.notAllowed(request.method, methods) }
    }

    private static func notAllowed(_ method: HTTPRequest.Method, _ methods: [HTTPRequest.Method]) -> ServerError {
        let allowed = (methods + [.options]).map(\.rawValue).joined(separator: ", ")
        let update = method == .put || method == .delete || method == .patch ? " (the server is read-only)" : ""
        return ServerError(.methodNotAllowed, "\(method.rawValue) is not allowed here\(update); allowed: \(allowed)", headers: [("Allow", allowed)])
    }

    private func preflight() -> Response {
        var headers = HTTPFields()
        headers[.allow] = "GET, HEAD, POST, OPTIONS"
        if settings.corsOrigin != nil {
            headers[.accessControlAllowMethods] = "GET, HEAD, POST, OPTIONS"
            headers[.accessControlAllowHeaders] = "Accept, Content-Type"
            headers[.accessControlMaxAge] = "86400"
        }
        return Response(status: .noContent, headers: headers)
    }

    static func text(_ text: String, mediaType: String, vary: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = ResponseFormat.contentType(mediaType)
        if vary { headers[.vary] = "Accept" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func errorResponse(_ error: any Error) -> Response {
        let serverError = error as? ServerError ?? ServerError(.internalServerError, "\(error)")
        var response = text(serverError.message + "\n", mediaType: "text/plain")
        response.status = HTTPResponse.Status(code: serverError.status)
        for (name, value) in serverError.headers {
            if let field = HTTPField.Name(name) { response.headers[field] = value }
        }
        return response
    }
}
