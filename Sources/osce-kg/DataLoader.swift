import DatasetLoading
import Foundation
import OSCE
import PageIngest
import RDF
import RaptorIO
import RDFJSONLD
import SPARQLEngine

/// Loads `--data` and `--named-graph` inputs into the query store, through
/// `DatasetLoader`: every file, standard input, the ingested pages, and each
/// FROM / FROM NAMED file is one document with its own blank-node scope.
struct DataLoader {
    /// The RDF merge being built; `loader.store` is the query store.
    let loader: DatasetLoader
    let cwd: String
    let pageBase: String?
    /// Where page warnings and errors go (`--quiet` drops the warnings).
    let log: DiagnosticLog

    var store: IndexedDataset { loader.store }

    /// - Parameter unionDefaultGraph: `--union-default-graph`: every triple
    ///   of a named graph is also added to the default graph, which is then
    ///   its own triples plus the union of all named graphs (as Oxigraph's
    ///   `union_default_graph`; the store drops duplicates). FROM / FROM
    ///   NAMED still replace the whole dataset.
    init(store: IndexedDataset, cwd: String, pageBase: String?, log: DiagnosticLog, unionDefaultGraph: Bool = false) {
        loader = DatasetLoader(store: store, unionDefaultGraph: unionDefaultGraph)
        self.cwd = cwd
        self.pageBase = pageBase
        self.log = log
    }

    /// Adds data files, page files and folders of pages to the default graph:
    /// the pages of every item together, as one `export` of them all (so two
    /// same-named pages from two folders stay two pages), then the data files.
    ///
    /// A page that cannot be read is reported on `log` (`FILE:LINE:COL: why`) and left out;
    /// the other pages are loaded (as `export` does), and `log.errors` counts it, so the
    /// command can run the query and still exit 1.
    /// - Parameter format: `--data-format`: the RDF syntax of every `--data` file
    ///   and of standard input (a folder is still a folder of pages); `nil` tells a
    ///   file's syntax by its extension, and a page by a page extension.
    func loadDefault(_ items: [String], format: String?) throws {
        let pages = items.filter { $0 != InputFiles.standardInputArgument && isPageInput($0, format: format) }
        if !pages.isEmpty {
            loader.load(graph: try pagesGraph(pages))
        }
        for item in items where !pages.contains(item) { try loadDefault(item, format: format) }
    }

    /// Adds a data file, a page file or a folder of pages to the default
    /// graph (quads of N-Quads/TriG keep their graph names); `format` as in `loadDefault(_:format:)`.
    func loadDefault(_ item: String, format: String?) throws {
        if item == InputFiles.standardInputArgument {
            try loadStandardInput(format: format)
            return
        }
        if isPageInput(item, format: format) {
            loader.load(graph: try pagesGraph([item]))
            return
        }
        guard FileManager.default.fileExists(atPath: item) else { throw Failure("\(item): no such file") }
        let base = FileURL.iri(forPath: item, relativeTo: cwd)
        try load(file: item, format: try syntax(of: item, format: format), baseIRI: base)
    }

    /// Loads one RDF file as one document (`RDFDocument`: Raptor's syntaxes and JSON-LD), a
    /// bad one reported in one line.
    private func load(file path: String, format: GraphFormat, baseIRI: IRI, into target: DatasetLoader.Target = .asWritten) throws {
        switch format {
        case .raptor(let syntax):
            do { try loader.load(file: path, syntax: syntax, baseIRI: baseIRI, into: target) } catch {
                throw Failure(RDFDocument.diagnostic(error, file: path, syntax: syntax))
            }
        case .jsonld:
            var quads: [Quad] = []
            try RDFDocument.read(file: path, format: .jsonld, baseIRI: baseIRI, warn: { log.warn($0) }) { quads.append($0) }
            loader.load(quads: quads, into: target)
        }
    }

    /// Standard input: RDF in `format`; without one, RDF in the syntax Raptor
    /// guesses from the content, and when that gives no triple (the content
    /// is no RDF), an OSCE page (text or HTML, as `export -` reads it).
    private func loadStandardInput(format: String?) throws {
        let base = FileURL.iri(forPath: cwd + "/", relativeTo: cwd)
        if let format {
            switch try DataFormat.syntax(named: format) {
            case .raptor(let syntax):
                do { try loader.loadStandardInput(syntax: syntax, baseIRI: base) } catch {
                    throw Failure(RDFDocument.diagnostic(error, file: InputFiles.standardInput, syntax: syntax))
                }
            case .jsonld:
                var quads: [Quad] = []
                try RDFDocument.read(jsonld: try InputFiles.readStandardInput(), name: InputFiles.standardInput, baseIRI: base,
                                     warn: { log.warn($0) }) { quads.append($0) }
                loader.load(quads: quads)
            }
            return
        }
        let bytes = try InputFiles.readStandardInput()
        if DataFormat.sniff(bytes) == .jsonld {
            var quads: [Quad] = []
            try RDFDocument.read(jsonld: bytes, name: InputFiles.standardInput, baseIRI: base, warn: { log.warn($0) }) { quads.append($0) }
            loader.load(quads: quads)
            return
        }
        var quads: [Quad] = []
        let rdfError: RaptorError?
        do {
            _ = try RDFParser.parse(data: bytes, syntax: .guess, baseIRI: base) { quads.append($0) }
            rdfError = nil
        } catch {
            rdfError = error
        }
        if !quads.isEmpty {
            if let rdfError { throw Failure(RDFDocument.diagnostic(rdfError, file: InputFiles.standardInput, syntax: .guess) + " (no --data-format given: the syntax was guessed from the content)") }
            loader.load(quads: quads)
            return
        }
        let errors = log.errors
        let graph = try pagesGraph([InputFiles.standardInputArgument], contents: [InputFiles.standardInput: bytes])
        if log.errors > errors {
            let rdf = rdfError.map { "(\($0))" } ?? "(no triple)"
            throw Failure("\(InputFiles.standardInput): neither RDF whose syntax Raptor could guess \(rdf) nor an OSCE page; give --data-format for RDF")
        }
        loader.load(graph: graph)
    }

    /// Adds a file as a named graph called by its `file://` URL.
    func loadNamed(_ item: String) throws {
        guard FileManager.default.fileExists(atPath: item) else { throw Failure("\(item): no such file") }
        let name = FileURL.iri(forPath: item, relativeTo: cwd)
        if isPageInput(item) {
            loader.load(graph: try pagesGraph([item]), into: .named(name.term))
            return
        }
        try load(file: item, format: try syntax(of: item), baseIRI: name, into: .named(name.term))
    }

    private func syntax(of path: String, format: String? = nil) throws -> GraphFormat {
        if let format { return try DataFormat.syntax(named: format) }
        return try DataFormat.syntax(ofFile: path)
    }

    /// Whether `item` is read as pages: a folder, or (without a `format`) a file with a page extension.
    private func isPageInput(_ item: String, format: String? = nil) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: item, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        if format != nil { return false }
        return PageCorpus.pageExtensions.contains((item as NSString).pathExtension.lowercased())
    }

    /// Ingests pages exactly as `export` does; a page that fails is reported on `log`
    /// (which counts it: the query still runs over the other pages, and the command exits 1).
    /// `contents` holds bytes already read (standard input, under `InputFiles.standardInput`).
    private func pagesGraph(_ items: [String], contents: [String: [UInt8]] = [:]) throws -> Graph {
        let (files, pagePaths, repeated) = try InputFiles.expandPages(items, extensions: PageCorpus.pageExtensions)
        if let warning = repeated.warning { log.warn(warning) }
        let policy = try pageBase.map { try IRIPolicy(base: $0) } ?? IRIPolicy()
        var builder = KnowledgeGraphBuilder(policy: policy)
        _ = PageCorpus.ingest(files: files, pagePaths: pagePaths, contents: contents, into: &builder, stopAtFirstFailure: false, progress: { _ in },
                              diagnostic: { log.report($0) })
        return builder.build()
    }

    /// Loads the graph a FROM / FROM NAMED IRI names, when it is a local
    /// file, in a blank-node scope of its own.
    static func graph(at iri: IRI, loader: DatasetLoader) throws -> Graph? {
        // Other schemes: no network access; the engine then looks for a
        // named graph of that name in the --data/--named-graph dataset.
        guard let path = FileURL.path(of: iri) else { return nil }
        guard FileManager.default.fileExists(atPath: path) else { throw Failure("\(path): no such file (named by FROM <\(iri.value)>)") }
        switch try DataFormat.syntax(ofFile: path) {
        case .raptor(let syntax):
            do { return try loader.graph(file: path, syntax: syntax, baseIRI: iri) } catch {
                throw Failure(RDFDocument.diagnostic(error, file: path, syntax: syntax))
            }
        case .jsonld:
            var quads: [Quad] = []
            try RDFDocument.read(file: path, format: .jsonld, baseIRI: iri) { quads.append($0) }
            return loader.graph(quads: quads)
        }
    }
}
