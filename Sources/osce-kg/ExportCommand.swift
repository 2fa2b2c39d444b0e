import ArgumentParser
import Foundation
import OSCE
import PageIngest
import RDF
import RaptorIO

/// `osce-kg export`: pages to one RDF graph.
///
///     $ osce-kg export Examples/pages --format turtle --output osce.ttl
///     osce-kg: pages read: 17, pages failed: 0, warnings: 0, triples written: 3120
///     $ curl -s https://www.osce.org/… | osce-kg export - --format ntriples
///
/// Writes one graph for all the pages (standard output by default) and a
/// one-line summary on standard error (`ExportSummary`). `-` reads one page
/// from standard input (`<stdin>` in messages; HTML or text told by content).
/// Each page that cannot be read gets one line naming the file and why;
/// every good page is still exported, and the exit status is 1 when any page
/// failed (0 otherwise). A path that does not exist, a folder with no
/// page file, or inputs of which no page could be read, are errors (exit 1)
/// and nothing is written (an existing `--output` file is left as it was). `--strict` stops
/// at the first failure; `--quiet` prints no warnings and no progress (they
/// are still counted in the summary).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export OSCE pages as one RDF graph.",
        discussion: """
            Directories are searched recursively for page files (*.txt, *.html, *.htm), in path order; \
            a single - reads one page from standard input.
            \(GraphFormat.helpText)
            """
    )

    @Argument(help: ArgumentHelp("Page files or folders of pages ('-' reads a page from standard input).", valueName: "PAGE_OR_DIR"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output syntax (turtle, ntriples, nquads, rdfxml, rdfxml-abbrev, json, jsonld, ...; default: by the --output extension, else turtle).", valueName: "SYNTAX"))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Base IRI under which entity IRIs are minted.", valueName: "IRI"))
    var base: String?

    @Flag(name: .long, help: "Stop at the first page that fails, and write nothing.")
    var strict = false

    @Flag(name: .long, help: "Print no warnings and no progress (errors and the summary line still print).")
    var quiet = false

    @Flag(name: .long, help: "Also print ingest and serialise times, and the memory at the end of each stage, on standard error.")
    var timings = false

    @Option(name: .long, help: ArgumentHelp("Threads to use: pages analysed at once (at most one per core), and building beside writing when above 1 (default: $OSCE_KG_JOBS, else the number of cores). The output is the same whatever N is.", valueName: "N"))
    var jobs: Int?

    @OptionGroup(title: "Dataset description (DCAT-AP, VoID, PROV)")
    var describing: DescriptionOptions

    @Option(name: .customLong("description"), help: ArgumentHelp("Also write the description with the export file's size and checksum to FILE (needs --output, another file; its extension chooses the syntax as for --output, .jsonld giving JSON-LD).", valueName: "FILE"))
    var descriptionFile: String?

    func validate() throws {
        do { _ = try GraphFormat.choose(format: format, output: output) } catch { throw ValidationError(error.description) }
        if let base {
            do { _ = try IRIPolicy(base: base) } catch { throw ValidationError("--base: \(error)") }
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give a number of threads of 1 or more") }
        if jobs == nil {
            do { _ = try PageCorpus.jobsFromEnvironment() } catch { throw ValidationError(error.description) }
        }
        do { _ = try PageCorpus.spillThresholdFromEnvironment() } catch { throw ValidationError(error.description) }
        if let descriptionFile {
            guard let output else {
                throw ValidationError("--description \(descriptionFile) needs --output: the description gives the size and checksum of the export file")
            }
            if OutputPaths.same(output, descriptionFile) {
                throw ValidationError("--output \(output) and --description \(descriptionFile) are the same file: the description would overwrite the export")
            }
            do { _ = try ExportWriter.descriptionFormat(for: descriptionFile) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        try Failure.reporting {
            let chosen = try GraphFormat.choose(format: format, output: output)  // checked in validate()
            let policy = try base.map { try IRIPolicy(base: $0) } ?? IRIPolicy()
            let (files, readsStandardInput, repeated) = try listPages()
            var memory: [String] = []
            func noteMemory(_ stage: String) { if timings, let use = MemoryUse.now() { memory.append(use.line(stage: stage)) } }
            noteMemory("listing")
            var contents: [String: [UInt8]] = [:]
            if readsStandardInput {
                contents[InputFiles.standardInput] = try InputFiles.readStandardInput()
            }

            let workers = jobs ?? PageCorpus.defaultJobs
            let clock = ContinuousClock()
            let started = clock.now
            var progress = ProgressReporter(total: files.count, label: "pages", enabled: !quiet && ProgressReporter.onTerminal)
            let log = DiagnosticLog(quiet: quiet)
            if let warning = repeated.warning { log.warn(warning) }
            // Pages are read and analysed first; they are added to the graph as it is written.
            let reading = PageCorpus.read(
                files, contents: contents, stopAtFirstFailure: strict, jobs: workers,
                progress: { progress.update($0) },
                diagnostic: { log.report($0, beforePrinting: { progress.finish() }) }
            )
            let summary = reading.summary
            progress.finish()
            let ingested = clock.now
            noteMemory("reading")

            if strict && summary.pagesFailed > 0 {
                StandardError.line(ExportSummary(pagesRead: summary.pagesRead, pagesFailed: summary.pagesFailed,
                                                 warnings: log.warnings, triplesWritten: nil).line)
                throw ExitCode.failure
            }
            if summary.pagesRead == 0 {
                // No page at all: reference data alone is no export, and an existing output is kept.
                StandardError.line(ExportSummary(pagesRead: 0, pagesFailed: summary.pagesFailed, warnings: log.warnings,
                                                 triplesWritten: nil, notWritten: "no page read").line)
                throw ExitCode.failure
            }
            if let warning = describing.warning { log.warn(warning) }
            // The digest reads the pages again: on a thread of its own, while the graph is written.
            let digest = BackgroundValue { [files, contents] in InputDigest.of(files: files.files, contents: contents) }
            let builder = KnowledgeGraphBuilder(policy: policy, streaming: ExportWriter.streams(chosen),
                                                namedGraphs: ExportWriter.namedGraphs(chosen))
            let count = try ExportWriter.write(
                reading, into: builder, format: chosen, output: output, descriptionFile: descriptionFile, options: describing,
                inputDigest: { digest.value },
                namespaces: ExportCommand.namespaces(policy, for: chosen), jobs: workers)
            let written = clock.now
            noteMemory("writing")

            StandardError.line(ExportSummary(pagesRead: summary.pagesRead, pagesFailed: summary.pagesFailed,
                                             warnings: log.warnings, triplesWritten: count).line)
            if timings {
                StandardError.line(String(format: "osce-kg: timings: ingest=%.3fs serialise=%.3fs",
                                          (ingested - started).seconds, (written - ingested).seconds))
                StandardError.line("osce-kg: memory at the end of " + memory.joined(separator: "; "))
            }
            if summary.pagesFailed > 0 { throw ExitCode.failure }
        }
    }
}

extension ExportCommand {
    /// The page files of `inputs` with their page paths (`InputFiles.listPages`), packed
    /// (the export keeps them to its end), and whether one is standard input; checks on the
    /// way that `--output` and `--description` can be written and that `--output` is no input page.
    /// - Throws: `Failure` for a missing input, a folder with no page, an output that cannot be written.
    func listPages() throws -> (PageFileList, readsStandardInput: Bool, repeated: InputFiles.Repeated) {
        let listing: InputFiles.PageListing
        do { listing = try InputFiles.listPages(inputs, extensions: PageCorpus.pageExtensions) } catch {
            throw Failure("\(error)")
        }
        for (option, path) in [("--output", output), ("--description", descriptionFile)] {
            if let path, let why = OutputPaths.cannotWrite(path) { throw Failure("\(option) \(path): \(why)") }
        }
        if let output, let page = listing.file(sameAs: output) {
            throw Failure("--output \(output) is also an input page (\(page)): the export would overwrite it; write it outside the inputs")
        }
        return (listing.pages, listing.readsStandardInput, listing.repeated)
    }

    /// The prefixes declared in the output: the standard vocabularies, the
    /// ontology, and one per kind of minted IRI (`state:se`, `person:…`).
    static func namespaces(_ policy: IRIPolicy) -> [Namespace] {
        let kinds = ["state", "organisation", "person", "post", "release", "quote", "place", "meeting", "page",
                     "chairpersonship", "membership", "interval", "instant", "role", "mention", "excerpt", "selector"]
        return OSCEVocabulary.prefixes + kinds.map { Namespace(prefix: $0, iri: policy.base + $0 + "/") }
            + [Namespace(prefix: "fow", iri: policy.base + "field-of-work/")]
    }

    /// The prefixes for `format`: `namespaces(policy)`, and for JSON-LD's one
    /// context also DCMI Terms and DCAT (with schema.org as `@vocab`).
    static func namespaces(_ policy: IRIPolicy, for format: GraphFormat) -> [Namespace] {
        namespaces(policy) + (format == .jsonld ? [Namespace.dcterms, Namespace.dcat] : [])
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Failure {
    /// Runs `body`, printing a `Failure`, a Raptor or an OSCE error as one
    /// `osce-kg: error: …` line on standard error and exiting with status 1;
    /// a `ValidationError` found after parsing passes through to
    /// swift-argument-parser (`Error:` and the usage, exit status 64).
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch let exit as ExitCode {
            throw exit
        } catch let usage as ValidationError {
            throw usage  // a usage error found after parsing: `Error:`, the usage, exit status 64
        } catch {
            // Every line its own diagnostic (a parse error may list several of Raptor's messages).
            for line in "\(error)".split(separator: "\n") { StandardError.line("osce-kg: error: \(line)") }
            throw ExitCode.failure
        }
    }
}
