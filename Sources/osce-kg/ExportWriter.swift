import DatasetDescription
import Foundation
import OSCE
import PageIngest
import RDF
import RaptorIO

/// Writes an export: the content and its description, as named graphs for
/// N-Quads and TriG (each page's graph, the reference and entities graphs,
/// the description graph), merged for the triple syntaxes; then, with
/// `--description FILE`, the separate description with the export file's
/// size and checksum.
enum ExportWriter {
    /// Whether `format` is written as the pages are added (`ExportStream`,
    /// with a streaming builder): every syntax but TriG, which lists the
    /// triples graph by graph. N-Quads streams each quad in its graph
    /// (`namedGraphs(format)`), in the order the triples are first emitted.
    static func streams(_ format: GraphFormat) -> Bool { format != .raptor(.trig) }

    /// Whether a streamed `format` keeps each triple's graph (N-Quads).
    static func namedGraphs(_ format: GraphFormat) -> Bool { format.supportsNamedGraphs }

    /// Adds `reading`'s pages to `builder`, writes everything, and returns
    /// the number of triples in the export. `builder` must be streaming
    /// exactly when `streams(format)`. `inputDigest` (`InputDigest.of`, asked
    /// for only when the description is made: it may still be computing
    /// meanwhile) and the export time name the export's activity. With `jobs`
    /// above 1 a streamed export builds on one thread while it writes on another
    /// (`ExportStream`); the bytes written are the same.
    static func write(
        _ reading: PageCorpus.Reading, into builder: KnowledgeGraphBuilder, format: GraphFormat, output: String?,
        descriptionFile: String?, options: DescriptionOptions, inputDigest: @escaping () -> String, namespaces: [Namespace],
        jobs: Int = 1
    ) throws -> Int {
        let policy = builder.policy
        let unkeyed = try options.settings()  // its errors before anything is written
        var keyed: DescriptionSettings?
        let settings = {
            if let keyed { return keyed }
            let s = keyedSettings(unkeyed, inputDigest: inputDigest())
            keyed = s
            return s
        }
        let allNamespaces = namespaces + DescriptionVocabulary.prefixes.filter { ns in !namespaces.contains { $0.prefix == ns.prefix } }
        // Written beside `output` and moved there when complete: a failure keeps the previous file whole.
        let staged = output.map(StagedOutput.init)
        let destination: RDFWriter.Destination = staged.map { .file(path: $0.writingPath) } ?? .standardOutput
        let (written, statistics): (Int, GraphStatistics)
        do {
            (written, statistics) = try writeContent(reading, into: builder, format: format, destination: destination,
                                                     settings: settings, namespaces: allNamespaces, jobs: jobs)
            try staged?.commit()
        } catch {
            staged?.discard()
            throw error
        }
        if let descriptionFile {
            guard let output else { throw Failure("--description needs --output: the description gives the size and checksum of the export file") }
            let file = try options.distribution(of: output, mediaType: format.mediaType)
            let full = try DatasetDescriber.describe(statistics: statistics, policy: policy, settings: settings(), distributions: [file])
            try writeDescription(full, to: descriptionFile, format: try descriptionFormat(for: descriptionFile), policy: policy,
                                 namespaces: allNamespaces)
        }
        return written
    }

    /// Writes the content and its description to `destination`; returns the
    /// number of triples written and their statistics.
    private static func writeContent(
        _ reading: PageCorpus.Reading, into builder: KnowledgeGraphBuilder, format: GraphFormat,
        destination: RDFWriter.Destination, settings: @escaping () -> DescriptionSettings, namespaces allNamespaces: [Namespace], jobs: Int
    ) throws -> (Int, GraphStatistics) {
        let policy = builder.policy
        let written: Int
        let statistics: GraphStatistics
        if streams(format) {
            // The content as the pages are added, then the description's triples the content does not already hold.
            let stream = ExportStream(builder: builder, adder: reading.adder(), concurrent: jobs > 1) { statistics in
                DatasetDescriber.stream(statistics: statistics, policy: policy, settings: settings())
            }
            if builder.namedGraphs {
                let writer = try RDFWriter(syntax: .nquads, destination: destination)
                for quad in stream { try writer.write(quad) }
                try writer.finish()
            } else {
                try format.write(stream.lazy.map(\.triple), to: destination, namespaces: allNamespaces,
                                 vocabulary: IRI(unchecked: Namespace.schema.iri))
            }
            if let failure = stream.failure { throw failure }
            guard let counted = stream.statistics else { throw Failure("the export stream ended before its description") }
            written = stream.count
            statistics = counted
        } else {
            guard case .raptor(let syntax) = format else { throw Failure("\(format) is written as a stream") }
            var builder = builder
            var adder = reading.adder()
            while try adder.addNext(into: &builder) {}
            let content = builder.build()
            statistics = GraphStatistics(content, uriSpace: policy.base)
            let description = try DatasetDescriber.describe(statistics: statistics, policy: policy, settings: settings())
            let dataset = namedGraphs(builder, description: description)
            written = content.count + description.count
            try DatasetWriter.write(dataset, syntax: syntax, namespaces: allNamespaces, to: destination)
        }
        return (written, statistics)
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
