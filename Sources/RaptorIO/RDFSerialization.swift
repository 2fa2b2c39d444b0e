import RDF

/// One-call serialisation of whole graphs and datasets through `RDFWriter`.
///
///     let text = try RDFSerialization.string(from: graph, syntax: .turtle,
///                                            namespaces: Namespace.standard)
///
/// Triples are written in the graph's order; the output is deterministic
/// (the same graph, inserted in the same order, gives byte-identical text).
/// All guards of `RDFWriter` apply.
public enum RDFSerialization {
    /// The graph as text in `syntax`.
    /// - Throws: `RaptorError` (see `RDFWriter.write(_:)`).
    /// - Complexity: O(n log n) for Turtle and the abbreviating syntaxes, O(n) otherwise.
    public static func string(from graph: Graph, syntax: RDFSyntax, baseIRI: IRI? = nil, namespaces: [Namespace] = []) throws(RaptorError) -> String {
        let writer = try RDFWriter(syntax: syntax, destination: .memory, baseIRI: baseIRI, namespaces: namespaces)
        for triple in graph { try writer.write(triple) }
        return try writer.finish() ?? ""
    }

    /// Writes the graph to `destination` (a file or standard output; `.memory` writes nothing useful here, use `string(from:…)`).
    public static func write(_ graph: Graph, syntax: RDFSyntax, baseIRI: IRI? = nil, namespaces: [Namespace] = [], to destination: RDFWriter.Destination) throws(RaptorError) {
        let writer = try RDFWriter(syntax: syntax, destination: destination, baseIRI: baseIRI, namespaces: namespaces)
        for triple in graph { try writer.write(triple) }
        try writer.finish()
    }

    /// The dataset as N-Quads text (the only quad syntax Raptor writes).
    public static func string(from dataset: Dataset) throws(RaptorError) -> String {
        let writer = try RDFWriter(syntax: .nquads, destination: .memory)
        for quad in dataset.quads { try writer.write(quad) }
        return try writer.finish() ?? ""
    }

    /// Writes the dataset as N-Quads to `destination`.
    public static func write(_ dataset: Dataset, to destination: RDFWriter.Destination) throws(RaptorError) {
        let writer = try RDFWriter(syntax: .nquads, destination: destination)
        for quad in dataset.quads { try writer.write(quad) }
        try writer.finish()
    }
}
