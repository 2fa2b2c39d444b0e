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
    static func write(
        _ builder: KnowledgeGraphBuilder, format: GraphFormat, output: String?, descriptionFile: String?,
        options: DescriptionOptions, namespaces: [Namespace]
    ) throws -> Int {
        let policy = builder.policy
        let settings = try options.settings()
        let content = builder.build()
        let description = DatasetDescriber.describe(content, policy: policy, settings: settings)
        let allNamespaces = namespaces + DescriptionVocabulary.prefixes.filter { ns in !namespaces.contains { $0.prefix == ns.prefix } }
        let destination: RDFWriter.Destination = output.map { .file(path: $0) } ?? .standardOutput
        var written = content.count
        if case .raptor(let syntax) = format, syntax.supportsNamedGraphs {
            var dataset = builder.buildDataset()
            dataset.setNamedGraph(.iri(policy.descriptionGraph), description)
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
            try writeDescription(full, to: descriptionFile, policy: policy, namespaces: allNamespaces)
        }
        return written
    }

    /// Writes a description alone: in the syntax of `path`'s extension
    /// (Turtle when unknown), or to standard output in `syntax`.
    static func writeDescription(_ description: Graph, to path: String?, syntax: RDFSyntax? = nil, policy: IRIPolicy, namespaces: [Namespace]) throws {
        let destination: RDFWriter.Destination = path.map { .file(path: $0) } ?? .standardOutput
        let chosen = syntax ?? path.flatMap { RDFSyntax(fileExtension: ($0 as NSString).pathExtension) }.flatMap { $0.canWrite || $0.supportsNamedGraphs ? $0 : nil } ?? .turtle
        if chosen.supportsNamedGraphs {
            var dataset = Dataset()
            dataset.setNamedGraph(.iri(policy.descriptionGraph), description)
            try DatasetWriter.write(dataset, syntax: chosen, namespaces: namespaces, to: destination)
        } else {
            try RDFSerialization.write(description, syntax: chosen, namespaces: namespaces, to: destination)
        }
    }
}
