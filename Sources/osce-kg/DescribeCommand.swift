import ArgumentParser
import DatasetDescription
import Foundation
import OSCE
import RDF
import RaptorIO

/// `osce-kg describe`: the dataset description of a finished export file.
///
///     $ osce-kg describe osce.ttl --license https://creativecommons.org/licenses/by/4.0/ \
///           --publisher "Example Org" --dump-url https://example.org/osce.ttl > osce.description.ttl
///     $ osce-kg describe osce.data --data-format nquads --format jsonld --output osce.description.jsonld
///
/// Reads the file, leaves out any description it carries, and prints the
/// DCAT-AP / VoID / PROV description of the rest, with a `dcat:Distribution`
/// for the file that gives its byte size and SHA-256 checksum (numbers a
/// file cannot hold about itself). The file is read in `--data-format` (as
/// `query --data-format`), else in the syntax its extension or content tells
/// (`DataFormat`; JSON-LD too). The description is written in `--format` (as
/// `export --format`), else in the syntax the extension of `--output` chooses,
/// else in the file's syntax (Turtle when Raptor cannot write that one, such as
/// RDFa). Without `--base`, the base is
/// the `void:uriSpace` of the description the file carries, and the export
/// activity is the one that description names, so `describe` repeats the
/// `--description` file of the export.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the DCAT-AP, VoID and PROV description of an export file.",
        discussion: """
            The description gives the file's size and SHA-256 checksum, so it is written apart \
            from the file. The file is read in --data-format when given, else in the syntax its extension \
            (.ttl .nt .nq .trig .rdf .json .jsonld) or, for .json and unknown extensions, its content tells. \
            The description is written in --format when given, else in the syntax the extension of --output \
            chooses (.jsonld gives JSON-LD), else in the file's own syntax. Without --base, the base is the \
            void:uriSpace the file's own description gives.
            Exit status: 0 on success, 1 when the file cannot be read or the description written, 64 on bad \
            command-line usage.
            """
    )

    @Argument(help: ArgumentHelp("An export file written by `osce-kg export`.", valueName: "EXPORT_FILE"))
    var file: String

    @Option(name: .customLong("data-format"), help: ArgumentHelp("Syntax of EXPORT_FILE, whatever its extension: \(DataFormat.readableNames) (default: by the extension, else the content).", valueName: "SYNTAX"))
    var dataFormat: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Syntax of the description: \(GraphFormat.offeredNames) (default: by the extension of --output, else the file's syntax).", valueName: "SYNTAX"))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Base IRI the export was minted under (default: the void:uriSpace of the description the file carries, else the default base).", valueName: "IRI"))
    var base: String?

    @OptionGroup(title: "Dataset description (DCAT-AP, VoID, PROV)")
    var describing: DescriptionOptions

    func validate() throws {
        if let output {
            if OutputPaths.same(output, file) {
                throw ValidationError("--output \(output) is the export file \(file): the description would overwrite it")
            }
        }
        if let dataFormat {
            do { _ = try DataFormat.syntax(named: dataFormat) } catch { throw ValidationError("\(error)") }
        }
        if format != nil || output != nil {
            do { _ = try GraphFormat.choose(format: format, output: output) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        try Failure.reporting {
            let read = try dataFormat.map { try DataFormat.syntax(named: $0) } ?? DataFormat.syntax(ofFile: file)
            guard FileManager.default.fileExists(atPath: file) else { throw Failure("\(file): no such file") }
            var merged = Graph()
            let log = DiagnosticLog(quiet: false)
            try RDFDocument.read(file: file, format: read, baseIRI: FileURL.iri(forPath: file, relativeTo: FileManager.default.currentDirectoryPath),
                                 warn: { log.warn($0) }) { merged.insert($0.triple) }
            let embedded = EmbeddedDescription(merged)
            let policy = try base.map { try IRIPolicy(base: $0) } ?? embedded.policy ?? IRIPolicy()
            let content = DatasetDescriber.content(of: merged, policy: policy)
            if let warning = describing.warning { StandardError.line("osce-kg: warning: \(warning)") }
            let distribution = try describing.distribution(of: file, mediaType: read.mediaType)
            var settings = try describing.settings()
            settings.exportKey = embedded.exportKey(policy: policy)
                ?? DescriptionSettings.exportKey(time: settings.time, inputDigest: distribution.sha256 ?? "")
            let description = DatasetDescriber.describe(content, policy: policy, settings: settings, distributions: [distribution])
            let written: GraphFormat
            switch read {
            case .jsonld: written = .jsonld
            case .raptor(let syntax): written = .raptor(syntax.canWrite || syntax.supportsNamedGraphs ? syntax : .turtle)
            }
            let chosen = try GraphFormat.choose(format: format, output: output, fallback: written)  // checked in validate()
            try ExportWriter.writeDescription(
                description, to: output, format: chosen, policy: policy,
                namespaces: ExportCommand.namespaces(policy, for: chosen) + DescriptionVocabulary.prefixes)
        }
    }
}
