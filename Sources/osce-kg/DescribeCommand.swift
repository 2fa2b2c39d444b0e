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
///
/// Reads the file, leaves out any description it carries, and prints the
/// DCAT-AP / VoID / PROV description of the rest, with a `dcat:Distribution`
/// for the file that gives its byte size and SHA-256 checksum (numbers a
/// file cannot hold about itself). The file's syntax is told by its
/// extension unless `--format` says otherwise; the description is written in
/// the syntax the extension of `--output` chooses (the `GraphFormat` table of
/// `export`: `.jsonld` is JSON-LD), else in the file's. Without `--base`, the
/// base is the `void:uriSpace` of the description the file carries, and the
/// export activity is the one that description names, so `describe` repeats
/// the `--description` file of the export. JSON-LD files cannot be read
/// (Raptor has no JSON-LD parser): an error says so.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the DCAT-AP, VoID and PROV description of an export file.",
        discussion: """
            The description gives the file's size and SHA-256 checksum, so it is written apart \
            from the file. The syntax is chosen by the file's extension (.ttl .nt .nq .trig .rdf .json) \
            unless --format is given; the extension of --output chooses the description's syntax \
            (.jsonld gives JSON-LD). JSON-LD files cannot be read: describe them with --description \
            at export time. Without --base, the base is the void:uriSpace the file's own description gives.
            """
    )

    @Argument(help: ArgumentHelp("An export file written by `osce-kg export`.", valueName: "EXPORT_FILE"))
    var file: String

    @Option(name: .shortAndLong, help: "Syntax of the file and of the description (default: by the file's extension).")
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Base IRI the export was minted under (default: the void:uriSpace of the description the file carries, else the default base).", valueName: "IRI"))
    var base: String?

    @OptionGroup(title: "Dataset description (DCAT-AP, VoID, PROV)")
    var describing: DescriptionOptions

    /// What `describe` says of a JSON-LD file (Raptor has no JSON-LD parser).
    static let cannotReadJSONLD =
        "osce-kg cannot read JSON-LD: describe the export with --description at export time, or export another syntax"

    func validate() throws {
        if let output {
            if OutputPaths.same(output, file) {
                throw ValidationError("--output \(output) is the export file \(file): the description would overwrite it")
            }
            do { _ = try ExportWriter.descriptionFormat(for: output) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        try Failure.reporting {
            let syntax: RDFSyntax
            if let format {
                if GraphFormat(name: format) == .jsonld { throw Failure("\(file): \(Self.cannotReadJSONLD)") }
                if let why = DataFormat.writtenButNotRead(name: format, fileExtension: nil) { throw Failure("--format \(format): \(why)") }
                guard let s = RDFSyntax(name: format), s.canRead else { throw Failure("unknown or write-only --format '\(format)'") }
                syntax = s
            } else {
                let ext = (file as NSString).pathExtension.lowercased()
                if GraphFormat.candidates(forFileExtension: ext) == [.jsonld] { throw Failure("\(file): \(Self.cannotReadJSONLD)") }
                guard let s = RDFSyntax(fileExtension: ext), s.canRead else {
                    throw Failure("\(file): cannot tell the syntax from the extension; give --format")
                }
                syntax = s
            }
            var merged = Graph()
            _ = try RDFParser.parse(file: file, syntax: syntax) { merged.insert($0.triple) }
            let embedded = EmbeddedDescription(merged)
            let policy = try base.map { try IRIPolicy(base: $0) } ?? embedded.policy ?? IRIPolicy()
            let content = DatasetDescriber.content(of: merged, policy: policy)
            if let warning = describing.warning { StandardError.line("osce-kg: warning: \(warning)") }
            let distribution = try describing.distribution(of: file, mediaType: syntax.mediaType)
            var settings = try describing.settings()
            settings.exportKey = embedded.exportKey(policy: policy)
                ?? DescriptionSettings.exportKey(time: settings.time, inputDigest: distribution.sha256 ?? "")
            let description = DatasetDescriber.describe(content, policy: policy, settings: settings, distributions: [distribution])
            let written: GraphFormat = .raptor(syntax.canWrite || syntax.supportsNamedGraphs ? syntax : .turtle)
            let chosen = try output.map { try ExportWriter.descriptionFormat(for: $0, fallback: written) } ?? written
            try ExportWriter.writeDescription(
                description, to: output, format: chosen, policy: policy,
                namespaces: ExportCommand.namespaces(policy, for: chosen) + DescriptionVocabulary.prefixes)
        }
    }
}
