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
/// file cannot hold about itself). The syntax is the file's own unless
/// `--format` says otherwise.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the DCAT-AP, VoID and PROV description of an export file.",
        discussion: """
            The description gives the file's size and SHA-256 checksum, so it is written apart \
            from the file. The syntax is chosen by the file's extension (.ttl .nt .nq .trig .rdf .json) \
            unless --format is given.
            """
    )

    @Argument(help: ArgumentHelp("An export file written by `osce-kg export`.", valueName: "EXPORT_FILE"))
    var file: String

    @Option(name: .shortAndLong, help: "Syntax of the file and of the description (default: by the file's extension).")
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Base IRI the export was minted under.", valueName: "IRI"))
    var base: String?

    @OptionGroup(title: "Dataset description (DCAT-AP, VoID, PROV)")
    var describing: DescriptionOptions

    func run() throws {
        try Failure.reporting {
            let syntax: RDFSyntax
            if let format {
                guard let s = RDFSyntax(name: format), s.canRead else { throw Failure("unknown or write-only --format '\(format)'") }
                syntax = s
            } else {
                guard let s = RDFSyntax(fileExtension: (file as NSString).pathExtension), s.canRead else {
                    throw Failure("\(file): cannot tell the syntax from the extension; give --format")
                }
                syntax = s
            }
            let policy = try base.map { try IRIPolicy(base: $0) } ?? IRIPolicy()
            var merged = Graph()
            _ = try RDFParser.parse(file: file, syntax: syntax) { merged.insert($0.triple) }
            let content = DatasetDescriber.content(of: merged, policy: policy)
            if let warning = describing.warning { StandardError.line("osce-kg: warning: \(warning)") }
            let distribution = try describing.distribution(of: file, mediaType: syntax.mediaType)
            let description = DatasetDescriber.describe(content, policy: policy, settings: try describing.settings(), distributions: [distribution])
            let written: RDFSyntax = syntax.canWrite || syntax.supportsNamedGraphs ? syntax : .turtle
            try ExportWriter.writeDescription(
                description, to: output, syntax: output == nil ? written : nil, policy: policy,
                namespaces: ExportCommand.namespaces(policy) + DescriptionVocabulary.prefixes)
        }
    }
}
