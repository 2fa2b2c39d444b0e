import DatasetDescription
import Foundation
import OSCE
import RDF
import RaptorIO

/// Writes an export: the content and its description, as named graphs for
/// N-Quads and TriG (each page's graph, the reference and entities graphs,
/// the description graph), merged for the triple syntaxes; then, with
/// `--description FILE`, the separate description with the export file's
/// size and checksum.
enum ExportWriter {
    /// Writes everything and returns the number of triples in the export.
    /// `inputDigest` (`InputDigest.of`) and the export time name the export's activity.
    static func write(
        _ builder: KnowledgeGraphBuilder, format: GraphFormat, output: String?, descriptionFile: String?,
        options: DescriptionOptions, inputDigest: String, namespaces: [Namespace]
    ) throws -> Int {
        let policy = builder.policy
        let content = builder.build()
        let (description, settings) = try describe(content, policy: policy, options: options, inputDigest: inputDigest)
        let allNamespaces = namespaces + DescriptionVocabulary.prefixes.filter { ns in !namespaces.contains { $0.prefix == ns.prefix } }
        let destination: RDFWriter.Destination = output.map { .file(path: $0) } ?? .standardOutput
        var written = content.count
        if case .raptor(let syntax) = format, syntax.supportsNamedGraphs {
            let dataset = namedGraphs(builder, description: description)
            written += description.count
            try DatasetWriter.write(dataset, syntax: syntax, namespaces: allNamespaces, to: destination)
        } else {
            // The content, then the description's triples the content does not already hold.
            let extra = description.filter { !content.contains($0) }
            written += extra.count
            var contentTriples = content.makeIterator()
            var extraTriples = extra.makeIterator()
            let all = AnySequence { AnyIterator { contentTriples.next() ?? extraTriples.next() } }
            try format.write(all, to: destination, namespaces: allNamespaces, vocabulary: IRI(unchecked: Namespace.schema.iri))
        }
        if let descriptionFile {
            guard let output else { throw Failure("--description needs --output: the description gives the size and checksum of the export file") }
            let file = try options.distribution(of: output, mediaType: format.mediaType)
            let full = DatasetDescriber.describe(content, policy: policy, settings: settings, distributions: [file])
            try writeDescription(full, to: descriptionFile, format: try descriptionFormat(for: descriptionFile), policy: policy,
                                 namespaces: allNamespaces)
        }
        return written
    }

    /// The format of a description written to `path`: the one its
    /// extension chooses in the `GraphFormat` table the export uses
    /// (`.jsonld` is JSON-LD, `.nq` N-Quads, ...), else `fallback`.
    /// - Throws: `FormatChoiceError` when the extension names a syntax that is not offered.
    static func descriptionFormat(for path: String, fallback: GraphFormat = .raptor(.turtle)) throws(FormatChoiceError) -> GraphFormat {
        do {
            return try GraphFormat.choose(format: nil, output: path, fallback: fallback)
        } catch {
            throw FormatChoiceError(error.description.replacingOccurrences(of: "--output ", with: "--description ", options: .anchored)
                .replacingOccurrences(of: "give --format and another extension", with: "name the file with another extension"))
        }
    }

    /// Writes a description alone in `format`: to `path`, or to standard
    /// output. N-Quads and TriG hold it in the description graph.
    static func writeDescription(_ description: Graph, to path: String?, format: GraphFormat, policy: IRIPolicy, namespaces: [Namespace]) throws {
        let destination: RDFWriter.Destination = path.map { .file(path: $0) } ?? .standardOutput
        if case .raptor(let syntax) = format, syntax.supportsNamedGraphs {
            var dataset = Dataset()
            dataset.setNamedGraph(.iri(policy.descriptionGraph), description)
            try DatasetWriter.write(dataset, syntax: syntax, namespaces: namespaces, to: destination)
        } else {
            try format.write(description, to: destination, namespaces: namespaces, vocabulary: IRI(unchecked: Namespace.schema.iri))
        }
    }
}
