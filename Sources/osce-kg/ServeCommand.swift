import ArgumentParser
import DatasetDescription
import Foundation
import LinkedDataServer
import OSCE
import RDF
import SPARQLEngine

/// `osce-kg serve`: a read-only SPARQL 1.1 endpoint and linked-data server
/// over the dataset `query` builds (pages ingested first, then data files).
///
///     $ osce-kg serve --data Examples/pages --base http://127.0.0.1:7878/
///     osce-kg: serving 4386 triples at http://127.0.0.1:7878/ (SPARQL: http://127.0.0.1:7878/sparql)
///
/// The dataset is loaded once and shared, read-only, by every request.
/// Entities under `--base` are served at the base's path (see
/// `EntityPath`): when the base is the server's own address, every minted
/// IRI dereferences. Without `--base`, the base is the one an export file's
/// description names (`void:uriSpace`), else the default base.
/// SIGINT and SIGTERM stop the server once the requests in flight are answered (exit status 0).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the graph: a SPARQL 1.1 endpoint (/sparql) and its entities as linked data.",
        discussion: """
            Routes: / (landing page and query form), /sparql (SPARQL 1.1 Protocol: GET query=, POST form or \
            application/sparql-query; the service description without a query), /.well-known/void (the dataset \
            description), and every IRI under --base at the base's path (Turtle, N-Triples, JSON-LD, RDF/XML or \
            HTML, by the Accept header). Read-only: SPARQL Update is refused.
            Exit status: 0 after SIGINT/SIGTERM, 1 on bad data or an address that cannot be bound, 64 on bad usage.
            """
    )

    @Option(name: .long, help: ArgumentHelp("A data file or page folder for the default graph (repeatable; '-' reads stdin).", valueName: "FILE"))
    var data: [String] = []

    @Option(name: .customLong("named-graph"), help: ArgumentHelp("A data file loaded as a named graph, named by its file:// URL (repeatable).", valueName: "FILE"))
    var namedGraph: [String] = []

    @Option(name: .customLong("data-format"), help: ArgumentHelp("The RDF syntax of the --data files and of stdin, whatever their extension: \(DataFormat.readableNames) (default: by the extension, .json and unknown extensions by the content); a folder is still read as pages.", valueName: "SYNTAX"))
    var dataFormat: String?

    @Flag(name: .customLong("union-default-graph"), help: "Make the default graph the union of all named graphs (and its own triples).")
    var unionDefaultGraph = false

    @Option(name: .long, help: ArgumentHelp("The interface to listen on: 127.0.0.1 is this machine only, 0.0.0.0 every interface.", valueName: "HOST"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The TCP port (0: a free port, printed at start).", valueName: "PORT"))
    var port = 7878

    @Option(name: .long, help: ArgumentHelp("The base of the entity IRIs served (and minted from --data pages); default: the export's own base, else https://w3id.org/osce-kg/resource/.", valueName: "IRI"))
    var base: String?

    @Option(name: .long, help: ArgumentHelp("Stop a query after this many seconds (503), so that no query holds the server.", valueName: "SECONDS"))
    var timeout: Double = 30

    @Option(name: .customLong("max-results"), help: ArgumentHelp("Refuse a result of more solutions or triples than this (422).", valueName: "N"))
    var maxResults = 100_000

    @Option(name: .long, help: ArgumentHelp("Allow browser scripts from this origin to call the server (CORS; '*' for any).", valueName: "ORIGIN"))
    var cors: String?

    @Flag(name: .long, help: "Print no warnings about --data pages (errors still print).")
    var quiet = false

    func validate() throws {
        if data.isEmpty && namedGraph.isEmpty { throw ValidationError("give the data to serve: --data FILE_OR_PAGES (repeatable)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if maxResults < 1 { throw ValidationError("--max-results must be at least 1") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
        if let base, (try? IRIPolicy(base: base)) == nil {
            throw ValidationError("--base '\(base)' is no absolute IRI ending in '/' or '#'")
        }
        if data.filter({ $0 == InputFiles.standardInputArgument }).count > 1 {
            throw ValidationError("standard input ('-') can be read once")
        }
    }

    func run() async throws {
        let served: ServedDataset
        let settings: ServerSettings
        do {
            (served, settings) = try load()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.line("osce-kg: error: \(error)")
            throw ExitCode.failure
        }
        let triples = served.store.quadCount
        do {
            try await LinkedDataServer(data: served, settings: settings).run { host, port in
                let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
                StandardError.line("osce-kg: serving \(triples) triples at \(address)/ (SPARQL: \(address)/sparql; entities under \(settings.base.value))")
            }
        } catch let error as ServerStartError {
            StandardError.line("osce-kg: error: \(error)")
            throw ExitCode.failure
        } catch {
            StandardError.line("osce-kg: error: cannot serve on \(host):\(port): \(error)")
            throw ExitCode.failure
        }
        StandardError.line("osce-kg: stopped")
    }

    /// The dataset and the server settings.
    private func load() throws -> (ServedDataset, ServerSettings) {
        let cwd = FileManager.default.currentDirectoryPath
        let store = IndexedDataset()
        let loader = DataLoader(store: store, cwd: cwd, pageBase: base, log: DiagnosticLog(quiet: quiet),
                                unionDefaultGraph: unionDefaultGraph)
        try loader.loadDefault(data, format: dataFormat)
        for item in namedGraph { try loader.loadNamed(item) }
        // A server has no exit status to report a page left out: it does not start on incomplete data.
        if loader.log.errors > 0 { throw Failure("\(loader.log.errors) page(s) could not be read (see above): not serving incomplete data") }
        store.finishLoading()

        let embedded = Self.embeddedBase(store)
        if let base, let embedded, embedded != base, !quiet {
            StandardError.line("osce-kg: warning: --base \(base) differs from the base the data was exported under (\(embedded)): its entities are not under --base and are not served as linked data")
        }
        let policy = try IRIPolicy(base: base ?? embedded ?? IRIPolicy.defaultBase)
        var settings = ServerSettings(host: host, port: port, base: IRI(unchecked: policy.base))
        settings.timeout = .milliseconds(Int64((timeout * 1000).rounded(.up)))
        settings.maxResults = maxResults
        settings.corsOrigin = cors
        let namespaces = ExportCommand.namespaces(policy) + DescriptionVocabulary.prefixes
        let description = try Self.description(of: store, policy: policy, endpoint: "http://\(host):\(port)/sparql")
        return (ServedDataset(store: store, description: description, namespaces: namespaces, unionDefaultGraph: unionDefaultGraph), settings)
    }

    /// The base an export's description names (`void:uriSpace` of `{base}dataset`), when one does.
    static func embeddedBase(_ store: IndexedDataset) -> String? {
        let uriSpace = Namespace.void["uriSpace"]
        var graph = Graph()
        guard let p = store.id(of: .iri(uriSpace)) else { return nil }
        for g in [GraphSelector.defaultGraph] + store.namedGraphs.map({ .named($0) }) {
            var cursor = store.match(subject: nil, predicate: p, object: nil, in: g)
            while let t = cursor.next() { graph.insert(Triple(store.term(of: t.subject), uriSpace, store.term(of: t.object))) }
        }
        return EmbeddedDescription(graph).base
    }

    /// `/.well-known/void`: the description the data carries (every triple
    /// whose subject is a description node of `policy`), else one made now
    /// by `DatasetDescriber` over the served content, naming this server's endpoint.
    static func description(of store: IndexedDataset, policy: IRIPolicy, endpoint: String) throws -> Graph {
        let graphs = [GraphSelector.defaultGraph] + store.namedGraphs.map({ .named($0) })
        var carried = Graph()
        for g in graphs {
            for t in store.triples(in: g) {
                if case .iri(let s) = t.subject, policy.isDescriptionNode(s) { carried.insert(t) }
            }
        }
        if !carried.isEmpty { return carried }
        var content = Graph()
        for g in graphs { content.insert(contentsOf: store.triples(in: g)) }
        let time: ExportTime
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            time = try ExportTime(sourceDateEpoch: epoch)
        } else {
            time = ExportTime(secondsSince1970: Int64(Date().timeIntervalSince1970))
        }
        var settings = DescriptionSettings(time: time, toolVersion: OSCEKG.configuration.version)
        settings.endpoint = try IRI(endpoint)
        return DatasetDescriber.describe(content, policy: policy, settings: settings)
    }
}
