import Foundation
import RDF
import RDFJSONLD
import RaptorIO

/// A syntax the command line writes a graph in: one of Raptor's serializers,
/// or JSON-LD (written by `RDFJSONLD`; Raptor writes no JSON-LD).
///
/// This file is the one place that decides which syntax `export` and
/// `query --results` write: names, the extension of `--output`, the syntaxes
/// offered, and the ones that are not offered with the reason.
///
///     try GraphFormat.choose(format: nil, output: "osce.nt")          // .raptor(.ntriples)
///     try GraphFormat.choose(format: "turtle", output: "osce.nt")     // throws: contradicts .nt
///     try GraphFormat.choose(format: nil, output: "osce.jsonld")      // .jsonld
enum GraphFormat: Hashable, CustomStringConvertible {
    case raptor(RDFSyntax)
    case jsonld

    /// The format called `name` (`jsonld`, `json-ld`, or any name `RDFSyntax(name:)` knows).
    init?(name: String) {
        switch name.lowercased() {
        case "jsonld", "json-ld", JSONLDWriter.mediaType: self = .jsonld
        default:
            guard let syntax = RDFSyntax(name: name) else { return nil }
            self = .raptor(syntax)
        }
    }

    /// The name used on the command line.
    var description: String {
        switch self {
        case .raptor(let syntax): return syntax.rawValue
        case .jsonld: return "jsonld"
        }
    }

    /// The media type of a file in this format (`RDFSyntax.mediaType`, or `application/ld+json`).
    var mediaType: String {
        switch self {
        case .raptor(let syntax): return syntax.mediaType
        case .jsonld: return JSONLDWriter.mediaType
        }
    }

    /// True for the syntaxes that write named graphs (N-Quads, TriG: `DatasetWriter`).
    var supportsNamedGraphs: Bool {
        if case .raptor(let syntax) = self { return syntax.supportsNamedGraphs }
        return false
    }

    /// The file extensions that name this format (`RDFSyntax.fileExtensions`, or `jsonld`).
    var fileExtensions: [String] {
        switch self {
        case .raptor(let syntax): return syntax.fileExtensions
        case .jsonld: return [JSONLDWriter.fileExtension]
        }
    }

    /// Every format the tool writes a graph in, in the order `--help` lists them:
    /// Raptor 2.0.15's serializers except those in `notOffered`, then JSON-LD.
    static let offered: [GraphFormat] =
        RDFSyntax.allCases.filter { ($0.canWrite || $0.supportsNamedGraphs) && reasonNotOffered($0.rawValue) == nil }.map { .raptor($0) } + [.jsonld]

    /// The names of `offered`, comma-separated, for help texts.
    static var offeredNames: String { offered.map(\.description).joined(separator: ", ") }

    /// The syntaxes Raptor 2.0.15 writes (or that one might expect) that
    /// are not offered, and why.
    static let notOffered: [(name: String, reason: String)] = [
        ("atom", "Raptor's Atom writer writes an RSS 1.0 channel and its items as a feed, and the graph has none; Raptor fails with 'No RSS channel found'"),
        ("rss-1.0", "Raptor's RSS 1.0 writer needs an rss:channel with rss:items in the graph, and the graph has none; Raptor fails with 'No RSS channel found'"),
        ("rdfxml-xmp", "Raptor 2.0.15's XMP serializer crashes on ordinary graphs and writes every subject as rdf:about=\"\""),
        ("mkr", "Raptor 2.0.15 has no mKR serializer"),
    ]

    static func reasonNotOffered(_ name: String) -> String? {
        notOffered.first { $0.name == name }?.reason
    }

    /// The `--help` paragraph: the formats offered with the extension that
    /// chooses each, and the ones not offered with the reason.
    static var helpText: String {
        let listed = offered.map { format -> String in
            let ext = format.fileExtensions.first.map { ext in candidates(forFileExtension: ext).first(where: offered.contains) == format ? " (.\(ext))" : "" }
            return format.description + (ext ?? "")
        }
        return "Formats: \(listed.joined(separator: ", ")). Without --format, the extension of --output chooses"
            + " (.owl and .xml too give rdfxml); with neither, turtle. json is Raptor's RDF/JSON, not JSON-LD."
            + " Not offered: " + notOffered.map { "\($0.name), because \($0.reason)" }.joined(separator: ". ") + "."
    }

    /// The format to write: `--format` when given, else the one the
    /// extension of `output` names (the first offered one: `.rdf` is
    /// `rdfxml`, `.json` RDF/JSON), else `fallback`.
    ///
    /// - Throws: `ValidationError`-ready `FormatChoiceError` naming the format
    ///   and the file when the name is unknown or not offered, when
    ///   `--format` contradicts the extension (`-o out.nt --format turtle`),
    ///   or when the extension names a syntax that is not offered.
    static func choose(format: String?, output: String?, fallback: GraphFormat = .raptor(.turtle)) throws(FormatChoiceError) -> GraphFormat {
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        let named = ext.isEmpty ? [] : candidates(forFileExtension: ext)
        guard let format else {
            guard !ext.isEmpty, let output else { return fallback }
            if let first = named.first(where: offered.contains) { return first }
            if let first = named.first {
                throw FormatChoiceError("--output \(output): .\(ext) is \(first), which is not offered: \(reasonNotOffered(first.description) ?? "Raptor cannot write it"); give --format and another extension")
            }
            return fallback  // an extension that names no RDF syntax: the default
        }
        guard let chosen = GraphFormat(name: format) else {
            throw FormatChoiceError("unknown --format '\(format)'; use one of: \(offered.map(\.description).joined(separator: ", "))")
        }
        guard offered.contains(chosen) else {
            let reason = reasonNotOffered(chosen.description) ?? "Raptor cannot write it"
            throw FormatChoiceError("--format \(chosen) is not offered: \(reason); use one of: \(offered.map(\.description).joined(separator: ", "))")
        }
        if let output, !named.isEmpty, !named.contains(chosen) {
            let fits = named.filter(offered.contains).map(\.description)
            throw FormatChoiceError("--format \(chosen) contradicts the extension of --output \(output) (.\(ext) is \(named[0]))"
                + (fits.isEmpty ? "" : "; drop --format, or give --format \(fits.joined(separator: " or "))")
                + "; or name the file .\(chosen.fileExtensions.first ?? chosen.description)")
        }
        return chosen
    }

    /// The formats a file extension names: JSON-LD for `jsonld`, else `RDFSyntax.syntaxes(forFileExtension:)`.
    static func candidates(forFileExtension ext: String) -> [GraphFormat] {
        if GraphFormat.jsonld.fileExtensions.contains(ext) { return [.jsonld] }
        return RDFSyntax.syntaxes(forFileExtension: ext).map { .raptor($0) }
    }

    /// Writes `triples` to `destination` in this format, declaring
    /// `namespaces` (as prefixes, or as the JSON-LD context with
    /// `vocabulary` as `@vocab`). N-Quads and TriG write the triples as the
    /// dataset's default graph; JSON-LD leaves out of its context a prefix
    /// that is the scheme of an IRI in the triples
    /// (`JSONLDContext.prefixes(_:clearOfSchemesIn:)`).
    ///
    /// - Throws: `RaptorError` or `JSONLDError` (a term the syntax cannot
    ///   hold), or `Failure` (the file cannot be written).
    func write(_ triples: some Sequence<Triple>, to destination: RDFWriter.Destination, namespaces: [Namespace],
               vocabulary: IRI? = nil) throws {
        switch self {
        case .raptor(let syntax) where syntax.supportsNamedGraphs:
            // N-Quads, TriG: the triples are the dataset's default graph (`DatasetWriter`).
            var dataset = Dataset()
            for triple in triples { dataset.insert(Quad(triple)) }
            try DatasetWriter.write(dataset, syntax: syntax, namespaces: namespaces, to: destination)
        case .raptor(let syntax):
            let writer = try RDFWriter(syntax: syntax, destination: destination, namespaces: namespaces)
            try writer.write(contentsOf: triples)
            _ = try writer.finish()
        case .jsonld:
            var seen = Set<String>()
            let usable = namespaces.filter { JSONLDContext.isUsable($0) && seen.insert($0.prefix).inserted }
            // Decided before writing: a prefix that is the scheme of an IRI in the graph is left out.
            let all = Array(triples)
            let context = try JSONLDContext(vocabulary: vocabulary, prefixes: JSONLDContext.prefixes(usable, clearOfSchemesIn: all))
            var out: StandardOutputStream
            switch destination {
            case .standardOutput: out = StandardOutputStream()
            case .file(let path):
                guard let opened = StandardOutputStream(creatingFile: path) else {
                    throw Failure("cannot open \(path) for writing: \(String(cString: strerror(errno)))")
                }
                out = opened
            case .memory: throw Failure("JSON-LD is written to standard output or a file")
            }
            do {
                try JSONLDWriter.write(all, context: context, to: &out)
            } catch {
                out.close()
                throw error
            }
            try out.finish()
            out.close()
        }
    }
}

/// A `--format`/`--output` choice that cannot be made, as one line.
struct FormatChoiceError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
