import ArgumentParser
import Foundation
import RDF
import RaptorIO
import SPARQLEngine
import SPARQLSyntax

/// `osce-kg query`: SPARQL 1.1 Query over local data, in the manner of Jena's arq.
///
///     $ osce-kg query --data osce.ttl --query Examples/queries/who-said-what.rq
///     $ osce-kg query --data Examples/pages 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
///
/// `--data` files (any syntax Raptor reads, in `--data-format` when it is
/// given, else chosen by extension; `-` is standard input, in `--data-format`
/// or else the syntax Raptor guesses from the content) are merged into the default graph;
/// N-Quads and TriG add their named graphs (`--union-default-graph` adds
/// their triples to the default graph too; without it, a query that reads an
/// empty default graph while named graphs exist gets a hint on stderr).
/// Standard input that is no RDF Raptor can guess is read as an OSCE page.
/// OSCE page files (`.txt`, `.html`; without `--data-format`) and
/// folders of them are ingested first; a page that cannot be read is reported
/// (`FILE:LINE:COL: why`) and left out, the query runs over the rest, and the
/// command exits 1 (as `export` does). `--named-graph FILE` adds a graph
/// named by the file's absolute `file://` URL. Relative IRIs in a query file
/// resolve against that file's URL; FROM and FROM NAMED load local files.
/// `--query -` reads the query from standard input (which can then not be
/// `--data` too). `--quiet` prints no page warnings. Under `--timeout` the
/// results are spooled to a temporary file (`ResultSpool`) and printed only
/// once complete.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a SPARQL 1.1 query over RDF files and OSCE pages.",
        discussion: """
            SELECT and ASK results print as a text table (default) or in the W3C formats \
            (json, xml, csv, tsv); CONSTRUCT and DESCRIBE print a graph: N-Triples by default, \
            or \(QueryOutput.graphNames.filter { $0 != "ntriples" }.joined(separator: ", ")) with --results \
            (rdfjson is Raptor's RDF/JSON; json is the SPARQL results format). A format that cannot \
            hold the query's result (json for CONSTRUCT, turtle for SELECT) is an error.
            Exit status: 0 on success, 1 on a bad query, bad data (a --data page that cannot be \
            read is reported and left out: the query runs over the rest), a failed write or a timeout, \
            64 on bad command-line usage.
            """
    )

    @Option(name: .long, help: ArgumentHelp("A data file or page folder for the default graph (repeatable; '-' reads stdin: in --data-format, or the syntax guessed from the content, else an OSCE page).", valueName: "FILE"))
    var data: [String] = []

    @Option(name: .customLong("named-graph"), help: ArgumentHelp("A data file loaded as a named graph, named by its file:// URL (repeatable).", valueName: "FILE"))
    var namedGraph: [String] = []

    @Option(name: .customLong("data-format"), help: ArgumentHelp("The RDF syntax of the --data files and of stdin, whatever their extension: \(DataFormat.readableNames) (default: by the extension, .json and unknown extensions by the content); a folder is still read as pages.", valueName: "SYNTAX"))
    var dataFormat: String?

    @Option(name: .long, help: ArgumentHelp("A file holding the query ('-' reads it from stdin).", valueName: "FILE.rq"))
    var query: String?

    @Argument(help: "The query text (when --query is not given).")
    var queryText: String?

    @Option(name: .long, help: ArgumentHelp("Result format: table, json, xml, csv, tsv (SELECT/ASK); ntriples, turtle, jsonld, rdfjson, or another graph syntax (CONSTRUCT/DESCRIBE).", valueName: "FORMAT"))
    var results: String?

    // Unconditional: `--timeout -1` is a value (refused in validate()), not a flag named `-1`.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Stop the query after this many seconds.", valueName: "SECONDS"))
    var timeout: Double?

    @Option(name: .long, help: ArgumentHelp("Base IRI for OSCE page IRIs minted from --data pages.", valueName: "IRI"))
    var base: String?

    @Flag(name: .customLong("union-default-graph"), help: "Make the default graph the union of all named graphs (and its own triples), as Oxigraph and Jena TDB offer: queries without GRAPH then see every quad of an N-Quads or TriG export.")
    var unionDefaultGraph = false

    @Flag(name: .long, help: "Print no warnings about --data pages, nor the empty-default-graph hint (errors still print).")
    var quiet = false

    @Flag(name: .long, help: "Print load and query times, and the result count, on standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp("Print the query's algebra and its optimised plan with estimated row counts per operator, instead of the results; '--explain=analyze' also runs the query and adds the rows each operator produced.", valueName: "analyze"))
    var explain: ExplainMode?

    @Flag(name: .customLong("no-optimize"), help: "Evaluate the query's algebra as written, without the optimiser (same results; for comparison and EXPLAIN).")
    var noOptimize = false

    func validate() throws {
        if query == nil && queryText == nil { throw ValidationError("give a query: --query FILE.rq or the query text") }
        if query != nil && queryText != nil { throw ValidationError("give either --query FILE.rq or the query text, not both") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if let results, QueryOutput(name: results) == nil {
            throw ValidationError("unknown --results format '\(results)'; use one of: \((QueryOutput.tableNames + QueryOutput.graphNames).joined(separator: ", "))")
        }
        if let dataFormat {
            do { _ = try DataFormat.syntax(named: dataFormat) } catch { throw ValidationError("\(error)") }
        }
        let stdinReaders = data.filter { $0 == InputFiles.standardInputArgument }.count
            + (query == InputFiles.standardInputArgument ? 1 : 0)
        if stdinReaders > 1 {
            throw ValidationError("standard input ('-') can be read once: give it to one --data or to --query, not both")
        }
        if namedGraph.contains(InputFiles.standardInputArgument) {
            throw ValidationError("--named-graph needs a file (its name is the file's URL), not standard input ('-')")
        }
    }

    func run() throws {
        do { try Failure.reporting { try execute() } } catch let usage as ValidationError {
            // A usage error found after parsing, printed as swift-argument-parser prints one found
            // while parsing: `Error:`, this subcommand's usage; exit status 64.
            StandardError.line("Error: \(usage.message)")
            StandardError.line("Usage: " + OSCEKG.usageString(for: QueryCommand.self))
            StandardError.line("  See 'osce-kg query --help' for more information.")
            throw ExitCode.validationFailure
        }
    }

    private func execute() throws {
        let cwd = FileManager.default.currentDirectoryPath
        // The query and its base IRI (§4.1.1: relative IRIs resolve against the query file's URL).
        let text: String
        let queryBase: IRI
        let queryName: String
        if query == InputFiles.standardInputArgument {
            text = try Self.queryText(InputFiles.readStandardInput(), name: InputFiles.standardInput)
            queryBase = FileURL.iri(forPath: cwd + "/", relativeTo: cwd)
            queryName = InputFiles.standardInput
        } else if let path = query {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                var isFolder: ObjCBool = false
                let reason = !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) ? "no such file"
                    : isFolder.boolValue ? "it is a folder" : "it is not readable"
                throw Failure("\(path): cannot read the query file: \(reason)")
            }
            text = try Self.queryText([UInt8](bytes), name: path)
            queryBase = FileURL.iri(forPath: path, relativeTo: cwd)
            queryName = path
        } else {
            text = queryText ?? ""
            queryBase = FileURL.iri(forPath: cwd + "/", relativeTo: cwd)
            queryName = "query"
        }
        let parsed: Query
        do {
            parsed = try SPARQLParser.parse(text, baseIRI: queryBase)
        } catch {
            throw Failure("\(queryName):\(error.position.line):\(error.position.column): \(error.message)")
        }
        if let results { try QueryOutput(name: results)?.check(holds: parsed.form, name: results) }

        // The dataset.
        let clock = ContinuousClock()
        let started = clock.now
        let store = IndexedDataset()
        let loader = DataLoader(store: store, cwd: cwd, pageBase: base, log: DiagnosticLog(quiet: quiet),
                                unionDefaultGraph: unionDefaultGraph)
        try loader.loadDefault(data, format: dataFormat)
        for item in namedGraph { try loader.loadNamed(item) }
        store.finishLoading()
        let loaded = clock.now
        if !quiet, let hint = DefaultGraphHint.message(for: parsed, defaultGraphCount: store.defaultGraphCount,
                                                        namedGraphCount: store.namedGraphs.count) {
            StandardError.line(hint)
        }

        var options = timeout.map { EvaluationOptions.timeout($0) } ?? EvaluationOptions()
        options.baseIRI = queryBase
        let merge = loader.loader
        options.graphLoader = { @Sendable iri in try DataLoader.graph(at: iri, loader: merge) }
        options.optimize = !noOptimize

        let output = results.flatMap(QueryOutput.init(name:))
        do {
            if let explain {
                let text = try QueryEvaluator(dataset: store, options: options).explain(parsed, analyze: explain == .analyze)
                FileHandle.standardOutput.write(Data(text.utf8))
                try Self.failOnPagesLeftOut(loader.log)
                return
            }
            let result = try QueryEvaluator.evaluate(parsed, on: store, options: options)
            let count = try QueryPrinter.print(result, query: parsed, output: output, bounded: timeout != nil)
            if timings {
                StandardError.line(String(format: "osce-kg: timings: load=%.3fs query=%.3fs results=%d triples=%d",
                                          (loaded - started).seconds, (clock.now - loaded).seconds, count, store.quadCount))
            }
            try Self.failOnPagesLeftOut(loader.log)
        } catch let error as QueryEvaluationError {
            if error.kind == .timeout {
                throw Failure("query timed out after \(timeout.map(DecimalText.plain) ?? "?") s; no results were printed in full")
            }
            throw Failure("\(queryName): \(error.message)")
        }
    }
}

extension QueryCommand {
    /// Exit status 1 after the results when `--data` pages were left out (each already reported on `log`).
    static func failOnPagesLeftOut(_ log: DiagnosticLog) throws {
        guard log.errors > 0 else { return }
        throw Failure("\(log.errors) page(s) could not be read (reported above): the results leave them out")
    }

    /// The query text in `bytes` (UTF-8; a byte order mark is not part of the query).
    /// - Throws: `Failure` naming `name` when the bytes are not UTF-8.
    static func queryText(_ bytes: [UInt8], name: String) throws -> String {
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw Failure("\(name): the query is not UTF-8")
        }
        return decoded.unicodeScalars.first == "\u{FEFF}" ? String(decoded.unicodeScalars.dropFirst()) : decoded
    }
}

/// An error the command reports as one line, with exit status 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
