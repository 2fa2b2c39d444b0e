import RDF

/// Writes an RDF dataset (a default graph and named graphs) as N-Quads or
/// TriG.
///
///     var d = Dataset()
///     d.insert(Triple(a, RDFVocabulary.type, c), into: .iri(g))
///     let text = try DatasetWriter.string(from: d, syntax: .trig, namespaces: [ex])
///     // @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
///     // @prefix ex: <http://ex.org/> .
///     //
///     // ex:g {
///     // ex:a
///     //     a ex:C .
///     // }
///
/// N-Quads streams every quad through Raptor's N-Quads serializer
/// (`RDFWriter`). Raptor 2.0.15 has no TriG serializer (it only parses
/// TriG), so TriG is assembled here from Raptor's own writers: the prefixes
/// once at the top, then for each graph (the default graph first, as a
/// `{ … }` block, when it has triples) `<name> { … }` around Raptor's Turtle
/// of that graph with its prefix lines removed (the Turtle triples grammar
/// is TriG's graph content). Triples that hold a blank node are written
/// inside their block as N-Triples lines instead, so that a blank node keeps
/// its label in every graph (TriG blank-node labels are scoped to the whole
/// document; Raptor's Turtle writer nests or renames them per graph). Every
/// guard of `RDFWriter` applies to each graph. The TriG text of the whole
/// dataset is built in memory before it is written.
///
/// Output is deterministic: graphs in `Dataset.graphNames` order, triples
/// in each graph's order.
///
/// - Throws: `RaptorError`: `.unsupportedSyntax` for a syntax other than
///   N-Quads and TriG; `.invalidTerm` for a literal or otherwise invalid
///   graph name or term; `.serialize`, `.io` as `RDFWriter`.
/// - Complexity: O(n) for N-Quads; O(n log n) for TriG (Raptor's Turtle sorts).
///
/// Source: W3C RDF 1.1 N-Quads; W3C RDF 1.1 TriG §2 (graph blocks, directives).
public enum DatasetWriter {
    /// The dataset as text in `syntax` (`.nquads` or `.trig`).
    public static func string(from dataset: Dataset, syntax: RDFSyntax, namespaces: [Namespace] = []) throws(RaptorError) -> String {
        switch syntax {
        case .nquads:
            let writer = try RDFWriter(syntax: .nquads, destination: .memory)
            for quad in dataset.quads { try writer.write(quad) }
            return try writer.finish() ?? ""
        case .trig:
            return try trig(dataset, namespaces: namespaces)
        default:
            throw RaptorError(kind: .unsupportedSyntax, message: "\(syntax.rawValue) has no named graphs; write N-Quads or TriG")
        }
    }

    /// Writes the dataset in `syntax` (`.nquads` or `.trig`) to `destination`
    /// (`.memory` writes nothing useful here; use `string(from:…)`).
    public static func write(_ dataset: Dataset, syntax: RDFSyntax, namespaces: [Namespace] = [], to destination: RDFWriter.Destination) throws(RaptorError) {
        if syntax == .nquads {
            let writer = try RDFWriter(syntax: .nquads, destination: destination)
            for quad in dataset.quads { try writer.write(quad) }
            try writer.finish()
            return
        }
        let text = try string(from: dataset, syntax: syntax, namespaces: namespaces)
        let sink: OutputSink
        var fileName: String?
        switch destination {
        case .memory: return
        case .standardOutput: sink = OutputSink(descriptor: 1, owns: false)
        case .file(let path):
            fileName = path
            guard let fileSink = OutputSink.file(path) else {
                throw RaptorError(kind: .io, message: "cannot open \(path) for writing: \(ErrorText.errno())", file: path)
            }
            sink = fileSink
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { if let start = $0.baseAddress { OutputSink.append(sink.state, start, $0.count) } }
        if let code = sink.close() {
            throw RaptorError(kind: .io, message: "write failed: \(ErrorText.errno(code))", file: fileName)
        }
    }

    private static func trig(_ dataset: Dataset, namespaces: [Namespace]) throws(RaptorError) -> String {
        var out = ""
        var declared: [String: String] = [:]
        var used: [Namespace] = []
        for ns in [Namespace.rdf] + namespaces {
            try TermCheck.namespace(ns)
            if let earlier = declared[ns.prefix] {
                if earlier == ns.iri { continue }
                throw RaptorError(kind: .invalidTerm, message: "prefix '\(ns.prefix)' declared twice (<\(earlier)> and <\(ns.iri)>)", term: ns.prefix)
            }
            declared[ns.prefix] = ns.iri
            used.append(ns)
            out += "@prefix \(ns.prefix): <\(ns.iri)> .\n"
        }
        if !dataset.defaultGraph.isEmpty {
            out += "\n{\n" + (try block(dataset.defaultGraph, namespaces: used)) + "}\n"
        }
        for name in dataset.graphNames {
            let label: String
            switch name {
            case .iri(let iri):
                try TermCheck.iri(iri, syntax: .trig, role: "graph name")
                label = "<\(iri.value)>"
            case .blankNode(let b):
                try TermCheck.blankNode(b)
                label = "_:\(b.id)"
            case .literal:
                throw RaptorError(kind: .invalidTerm, message: "a literal cannot name a graph: \(name)", term: name.description)
            }
            out += "\n\(label) {\n" + (try block(dataset.namedGraph(name), namespaces: used)) + "}\n"
        }
        return out
    }

    /// The content of one graph block: Raptor's Turtle of the triples
    /// without blank nodes (prefix lines dropped), then N-Triples lines for
    /// the others.
    private static func block(_ graph: Graph, namespaces: [Namespace]) throws(RaptorError) -> String {
        var plain: [Triple] = []
        var blank: [Triple] = []
        for t in graph {
            if t.subject.isBlankNode || t.object.isBlankNode { blank.append(t) } else { plain.append(t) }
        }
        var text = ""
        if !plain.isEmpty {
            let turtle = try RDFSerialization.string(from: Graph(plain), syntax: .turtle, namespaces: namespaces)
            text += withoutDirectives(turtle)
        }
        if !blank.isEmpty {
            text += try RDFSerialization.string(from: Graph(blank), syntax: .ntriples)
        }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    /// Turtle text without its leading `@prefix`/`@base` lines and the blank
    /// lines after them (TriG allows directives only outside graph blocks).
    static func withoutDirectives(_ turtle: String) -> String {
        var rest = Substring(turtle)
        while let end = rest.firstIndex(of: "\n") {
            let line = rest[..<end]
            guard line.hasPrefix("@prefix ") || line.hasPrefix("@base ") || line.allSatisfy({ $0 == " " }) else { break }
            rest = rest[rest.index(after: end)...]
        }
        return String(rest)
    }
}
