import ArgumentParser
import Foundation
import GraphStoreClient
import OSCE
import PageIngest
import RDF
import RaptorIO

/// `osce-kg push`: writes an export to a triple store through the SPARQL 1.1
/// Graph Store HTTP Protocol.
///
///     $ oxigraph serve --location store --bind 127.0.0.1:7878 &
///     $ osce-kg push Examples/pages --store http://127.0.0.1:7878/store --graph-per-page
///     osce-kg: pages read: 17, pages failed: 0, warnings: 6, triples pushed: 4386 to 20 graphs in 20 requests
///
/// Pages are ingested as `export` ingests them and the export is the one
/// `--format nquads` writes (each page's graph, the reference, entities and
/// description graphs); RDF files (any other file, in every syntax `query --data`
/// reads, JSON-LD and RDF/XML included: `DataFormat`) are read as they are,
/// keeping their named graphs. Where each graph goes is
/// `PushPlan`'s; each graph is sent as N-Triples bodies of at most
/// `--chunk-size` triples (`NTriplesChunks`, a blank node's triples never
/// split). A dropped connection is tried again (`--retries`, with backoff);
/// a store that refuses a request stops the push with its status and answer
/// (exit 1), leaving what was sent before. Pages that fail are reported and
/// the others pushed, with exit status 1, as `export` does.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Push the export to a triple store (SPARQL 1.1 Graph Store HTTP Protocol).",
        discussion: """
            --store is the store's Graph Store endpoint: Oxigraph http://HOST:7878/store, \
            Apache Jena Fuseki http://HOST:3030/DATASET/data, Virtuoso http://HOST:8890/sparql-graph-crud-auth (with --auth).
            Without --graph or --graph-per-page the export goes to the store's default graph. \
            PUT replaces a graph, POST adds to it: --replace makes the first request for a graph a PUT.
            With --graph-per-page each page's graph (named by the page's IRI) replaces the store's graph of that name, \
            as do the reference and description graphs; the entities graph is added to (replaced with --replace).
            """
    )

    @Argument(help: ArgumentHelp("Page files, folders of pages ('-' reads a page from standard input) or RDF files.", valueName: "PAGES_OR_RDF"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The store's Graph Store HTTP Protocol endpoint.", valueName: "URL"))
    var store: String

    @Option(name: .long, help: ArgumentHelp("Push everything into this named graph (default: the store's default graph).", valueName: "IRI"))
    var graph: String?

    @Flag(name: .long, help: "Push each named graph of the export (each page's own) into the store's graph of that name.")
    var graphPerPage = false

    @Flag(name: .long, help: "Replace the target graph's content instead of adding to it (with --graph-per-page: the entities graph too).")
    var replace = false

    @Option(name: .long, help: ArgumentHelp("Credentials: HTTP Basic, or Digest when the store asks for it.", valueName: "USER:PASS"))
    var auth: String?

    @Option(name: .long, help: ArgumentHelp("Base IRI under which entity IRIs are minted.", valueName: "IRI"))
    var base: String?

    @Option(name: .long, help: ArgumentHelp("Most triples in one request.", valueName: "N"))
    var chunkSize = 10_000

    @Option(name: .long, help: ArgumentHelp("Tries again after a dropped or refused connection, with backoff from 0.5 s.", valueName: "N"))
    var retries = 3

    @Option(name: .long, help: ArgumentHelp("Seconds a request may wait for the store before it counts as dropped.", valueName: "SECONDS"))
    var timeout = 120.0

    @Flag(name: .long, help: "Print no warnings and no progress (errors and the summary line still print).")
    var quiet = false

    @OptionGroup(title: "Dataset description (DCAT-AP, VoID, PROV)")
    var describing: DescriptionOptions

    func validate() throws {
        if let auth, GraphStoreEndpoint.Credentials(parsing: auth) == nil { throw ValidationError("--auth: give USER:PASS") }
        do { _ = try endpoint() } catch { throw ValidationError("--store: \(error)") }
        if graph != nil && graphPerPage { throw ValidationError("--graph and --graph-per-page exclude each other: give one") }
        if let graph, (try? IRI(graph)) == nil || !graph.contains(":") { throw ValidationError("--graph: '\(graph)' is not an absolute IRI") }
        if chunkSize < 1 { throw ValidationError("--chunk-size must be at least 1") }
        if retries < 0 { throw ValidationError("--retries must be 0 or more") }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        if let base {
            do { _ = try IRIPolicy(base: base) } catch { throw ValidationError("--base: \(error)") }
        }
    }

    /// The `--store` endpoint with the `--auth` credentials (checked in `validate()`).
    private func endpoint() throws(GraphStoreError) -> GraphStoreEndpoint {
        try GraphStoreEndpoint(store, credentials: auth.flatMap(GraphStoreEndpoint.Credentials.init(parsing:)))
    }

    func run() throws {
        try Failure.reporting {
            let policy = try base.map { try IRIPolicy(base: $0) } ?? IRIPolicy()
            let log = DiagnosticLog(quiet: quiet)
            let (pages, rdfFiles) = try Self.split(inputs)
            var dataset = Dataset()
            var pagesRead: Int?
            var pagesFailed = 0
            if !pages.isEmpty {
                let exported = try ingest(pages, policy: policy, log: log)
                dataset = exported.dataset
                pagesRead = exported.read
                pagesFailed = exported.failed
            }
            // RDF merge (RDF 1.1 Semantics §5.2): each file's blank nodes in a scope of their own,
            // apart from each other's and from the pages' (scope 0), as `query --data` loads them.
            let scopes = BlankNodeScopes()
            if !pages.isEmpty { _ = scopes.next() }
            for (path, format) in rdfFiles {
                try RDFDocument.read(file: path, format: format, baseIRI: FileURL.iri(forPath: path, relativeTo: FileManager.default.currentDirectoryPath),
                                     blankNodeScope: scopes.next(), warn: { log.warn($0) }) {
                    dataset.insert($0)
                }
            }

            let layout: PushPlan.Layout = graphPerPage ? .perPage : graph.map { .graph($0) } ?? .defaultGraph
            let plan = PushPlan(dataset, layout: layout, replace: replace, sharedGraph: policy.entitiesGraph)
            let client = GraphStoreClient(endpoint: try endpoint(), retry: RetryPolicy(attempts: retries + 1), timeout: timeout)
            var progress = ProgressReporter(total: plan.tripleCount, label: "triples pushed", enabled: !quiet && ProgressReporter.onTerminal)
            var before = 0
            for step in plan.steps {
                try client.upload(step.triples, to: step.target, replace: step.replace, chunkLimit: chunkSize) { sent in
                    progress.update(before + sent)
                }
                before += step.triples.count
            }
            progress.finish()

            var parts: [String] = []
            if let pagesRead { parts += ["pages read: \(pagesRead)", "pages failed: \(pagesFailed)", "warnings: \(log.warnings)"] }
            let graphs = plan.steps.count
            parts.append("triples pushed: \(plan.tripleCount) to \(graphs) graph\(graphs == 1 ? "" : "s") in \(client.requestsSent) request\(client.requestsSent == 1 ? "" : "s")")
            StandardError.line("osce-kg: " + parts.joined(separator: ", "))
            if pagesFailed > 0 { throw ExitCode.failure }
        }
    }

    /// Ingests `pages` as `export` does and returns the export's named graphs with its description.
    private func ingest(_ pages: [String], policy: IRIPolicy, log: DiagnosticLog) throws -> (dataset: Dataset, read: Int, failed: Int) {
        let files: [String]
        let pagePaths: [String]
        let repeated: InputFiles.Repeated
        do { (files, pagePaths, repeated) = try InputFiles.expandPages(pages, extensions: PageCorpus.pageExtensions) } catch {
            throw Failure("\(error)")
        }
        if let warning = repeated.warning { log.warn(warning) }
        var contents: [String: [UInt8]] = [:]
        if files.contains(InputFiles.standardInput) {
            contents[InputFiles.standardInput] = try InputFiles.readStandardInput()
        }
        var progress = ProgressReporter(total: files.count, label: "pages", enabled: !quiet && ProgressReporter.onTerminal)
        var builder = KnowledgeGraphBuilder(policy: policy)
        let summary = PageCorpus.ingest(
            files: files, pagePaths: pagePaths, contents: contents, into: &builder, stopAtFirstFailure: false,
            progress: { progress.update($0) },
            diagnostic: { log.report($0, beforePrinting: { progress.finish() }) }
        )
        progress.finish()
        if summary.pagesRead == 0 {
            StandardError.line("osce-kg: pages read: 0, pages failed: \(summary.pagesFailed), warnings: \(log.warnings), triples pushed: 0 (no page read)")
            throw ExitCode.failure
        }
        if let warning = describing.warning { log.warn(warning) }
        let (description, _) = try ExportWriter.describe(builder.build(), policy: policy, options: describing,
                                                          inputDigest: InputDigest.of(files: files, contents: contents))
        return (ExportWriter.namedGraphs(builder, description: description), summary.pagesRead, summary.pagesFailed)
    }

    /// The page inputs (folders, page files, `-`) and the RDF files with their syntax, in the order given.
    /// An RDF file is any other file, in the syntax `DataFormat.syntax(ofFile:)` tells (every syntax
    /// `query --data` reads: the extension, and for `.json` and unknown extensions the content).
    /// - Throws: `Failure` for a file that is missing or whose syntax cannot be told, naming it.
    static func split(_ inputs: [String]) throws -> (pages: [String], rdf: [(String, GraphFormat)]) {
        var pages: [String] = []
        var rdf: [(String, GraphFormat)] = []
        for item in inputs {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: item, isDirectory: &isDirectory)
            let ext = (item as NSString).pathExtension.lowercased()
            if item == InputFiles.standardInputArgument || isDirectory.boolValue || PageCorpus.pageExtensions.contains(ext) {
                pages.append(item)
            } else {
                guard exists else { throw Failure("\(item): no such file") }
                rdf.append((item, try DataFormat.syntax(ofFile: item)))
            }
        }
        return (pages, rdf)
    }
}
