/// An RDF concrete syntax that Raptor 2 reads, writes, or both.
///
/// The raw value is the name used on the command line (and, except for
/// `rss10`, Raptor's own parser/serializer name):
///
///     RDFSyntax(name: "turtle")          // .turtle
///     RDFSyntax(fileExtension: "nq")     // .nquads
///     RDFSyntax.rdfxmlAbbrev.raptorName  // "rdfxml-abbrev"
///
/// Which syntaxes round-trip (write, then read back to an isomorphic graph):
/// `turtle`, `ntriples`, `nquads`, `rdfxml`, `rdfxmlAbbrev`, `json` and
/// `jsonTriples` (`roundTrips`). `dot`, `html`, `atom` and `rss10` are
/// presentations: Raptor has no parser for the first three, and the Atom
/// and RSS 1.0 writers keep only the triples that fit their feed shape (and
/// throw `.serialize` for graphs without a feed). `rdfxmlXMP` is read only
/// (see the case).
///
/// Source: Raptor 2.0.15 `raptor_world_get_parser_description` and
/// `raptor_world_get_serializer_description` (names and media types).
public enum RDFSyntax: String, CaseIterable, Sendable {
    /// Turtle (W3C RDF 1.1 Turtle). Read and write.
    case turtle
    /// N-Triples (W3C RDF 1.1 N-Triples). Read and write.
    case ntriples
    /// N-Quads (W3C RDF 1.1 N-Quads). Read and write.
    case nquads
    /// TriG (W3C RDF 1.1 TriG). Raptor 2.0.15 has only a TriG parser, so
    /// `RDFWriter` refuses it (`canWrite` is false); `DatasetWriter` writes
    /// TriG from Raptor's Turtle, graph by graph.
    case trig
    /// RDF/XML, one `rdf:Description` per triple. Read and write.
    case rdfxml
    /// RDF/XML with typed nodes and nesting. Written by Raptor, read by the RDF/XML parser.
    case rdfxmlAbbrev = "rdfxml-abbrev"
    /// RDF/XML in Adobe's XMP profile. Read only here (by the RDF/XML parser in
    /// scanning mode): Raptor 2.0.15's XMP serializer dereferences NULL on
    /// ordinary graphs (an IRI with two blank-node objects, one of them a
    /// list node, crashes `rapper -o rdfxml-xmp` too) and writes every subject
    /// as `rdf:about=""`, so `RDFWriter` refuses it (`.unsupportedSyntax`).
    case rdfxmlXMP = "rdfxml-xmp"
    /// RDF/JSON, resource-centric (W3C RDF 1.1 JSON Alternate Serialization). Read and write.
    case json
    /// Raptor's "RDF/JSON Triples" (a JSON array of triples). Written by Raptor, read by the JSON parser.
    case jsonTriples = "json-triples"
    /// GraphViz DOT. Write only.
    case dot
    /// An HTML table of triples. Write only.
    case html
    /// Atom 1.0 (only feed-shaped triples survive). Write only.
    case atom
    /// RSS 1.0 (only feed-shaped triples survive). Write only.
    case rss10 = "rss-1.0"
    /// RDFa in (X)HTML. Read only.
    case rdfa
    /// GRDDL (XSLT transforms of XML/XHTML). Read only; this package forbids network access.
    case grddl
    /// Lax RSS/Atom reading. Read only.
    case rssTagSoup = "rss-tag-soup"
    /// Let Raptor guess from the content and name. Read only.
    case guess

    /// The name Raptor gives this syntax (its serializer name for the
    /// written syntaxes, its parser name for the read-only ones). Reading
    /// uses `rdfxml` for the RDF/XML variants and `json` for both JSON shapes.
    public var raptorName: String { rawValue }

    /// The parser that reads this syntax (RDF/XML variants are read by `rdfxml`, the JSON ones by `json`).
    var parserName: String? {
        guard canRead else { return nil }
        switch self {
        case .rdfxmlAbbrev, .rdfxmlXMP: return "rdfxml"
        case .jsonTriples: return "json"
        default: return rawValue
        }
    }

    /// Whether Raptor (through `RDFParser`) reads this syntax.
    public var canRead: Bool {
        switch self {
        case .dot, .html, .atom, .rss10: return false
        default: return true
        }
    }

    /// The syntaxes Raptor's parsers read, each under its parser's name, in declaration order:
    /// `turtle`, `ntriples`, `nquads`, `trig`, `rdfxml`, `json`, `rdfa`, `grddl`, `rss-tag-soup`,
    /// `guess` (what `rapper -i` lists). `rdfxml-abbrev`, `rdfxml-xmp` and `json-triples` are
    /// serializer names, whose documents the `rdfxml` and `json` parsers read, and the write-only
    /// syntaxes (`canRead` false) are left out.
    public static let readable: [RDFSyntax] = allCases.filter { $0.canRead && $0.parserName == $0.rawValue }

    /// Whether Raptor (through `RDFWriter`) writes this syntax.
    public var canWrite: Bool {
        switch self {
        case .trig, .rdfa, .grddl, .rssTagSoup, .guess, .rdfxmlXMP: return false
        default: return true
        }
    }

    /// Whether the syntax carries named graphs (N-Quads, TriG).
    public var supportsNamedGraphs: Bool { self == .nquads || self == .trig }

    /// Whether a written graph reads back, through `RDFParser`, to an isomorphic graph.
    public var roundTrips: Bool {
        switch self {
        case .turtle, .ntriples, .nquads, .rdfxml, .rdfxmlAbbrev, .json, .jsonTriples: return true
        default: return false
        }
    }

    /// The IANA media type (or the one Raptor announces).
    public var mediaType: String {
        switch self {
        case .turtle: return "text/turtle"
        case .ntriples: return "application/n-triples"
        case .nquads: return "application/n-quads"
        case .trig: return "application/trig"
        case .rdfxml, .rdfxmlAbbrev, .rdfxmlXMP: return "application/rdf+xml"
        case .json, .jsonTriples: return "application/json"
        case .dot: return "text/x-graphviz"
        case .html: return "application/xhtml+xml"
        case .atom: return "application/atom+xml"
        case .rss10: return "application/rss+xml"
        case .rdfa: return "application/xhtml+xml"
        case .grddl: return "application/xhtml+xml"
        case .rssTagSoup: return "application/rss+xml"
        case .guess: return "application/octet-stream"
        }
    }

    /// The usual file extension, without the dot (`""` for `guess`).
    public var fileExtension: String { fileExtensions.first ?? "" }

    /// Every file extension that names this syntax, lower case, without the
    /// dot, the usual one first. This is the package's one table of
    /// extensions: reading (`init(fileExtension:)`) and the command line's
    /// choice of an output syntax (`syntaxes(forFileExtension:)`) both use it.
    ///
    /// | syntax | extensions |
    /// |---|---|
    /// | turtle | ttl, turtle |
    /// | ntriples | nt, ntriples, n-triples |
    /// | nquads | nq, nquads, n-quads |
    /// | trig | trig |
    /// | rdfxml, rdfxml-abbrev | rdf, owl, xml, rdfxml |
    /// | rdfxml-xmp | xmp |
    /// | json (RDF/JSON) | json, rj, rdfjson |
    /// | json-triples | json |
    /// | dot | dot, gv |
    /// | html, rdfa, grddl | html, htm, xhtml |
    /// | atom | atom |
    /// | rss-1.0, rss-tag-soup | rss |
    public var fileExtensions: [String] {
        switch self {
        case .turtle: return ["ttl", "turtle"]
        case .ntriples: return ["nt", "ntriples", "n-triples"]
        case .nquads: return ["nq", "nquads", "n-quads"]
        case .trig: return ["trig"]
        case .rdfxml, .rdfxmlAbbrev: return ["rdf", "owl", "xml", "rdfxml"]
        case .rdfxmlXMP: return ["xmp"]
        case .json: return ["json", "rj", "rdfjson"]
        case .jsonTriples: return ["json"]
        case .dot: return ["dot", "gv"]
        case .html, .rdfa, .grddl: return ["html", "htm", "xhtml"]
        case .atom: return ["atom"]
        case .rss10, .rssTagSoup: return ["rss"]
        case .guess: return []
        }
    }

    /// The syntaxes a file extension names (case-insensitive, with or
    /// without the leading dot), in declaration order; empty for an unknown
    /// extension.
    public static func syntaxes(forFileExtension fileExtension: String) -> [RDFSyntax] {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        return allCases.filter { $0.fileExtensions.contains(ext) }
    }

    /// The syntax to read a file with this extension as (case-insensitive,
    /// with or without the leading dot): the first syntax of
    /// `syntaxes(forFileExtension:)` that Raptor reads, or else the first one
    /// (`atom`, which `canRead` refuses). So `ttl`, `nt`, `nq`, `trig`,
    /// `rdf`/`owl`/`xml` (RDF/XML), `xmp`, `json`/`rj` (RDF/JSON),
    /// `html`/`htm`/`xhtml` (RDFa), `rss` (RSS tag soup); `dot`/`gv` give
    /// `dot`, which cannot be read. Returns `nil` for anything else.
    public init?(fileExtension: String) {
        let candidates = RDFSyntax.syntaxes(forFileExtension: fileExtension)
        guard let chosen = candidates.first(where: \.canRead) ?? candidates.first else { return nil }
        self = chosen
    }

    /// The syntax called `name`: the raw values above, Raptor's names, and
    /// common aliases (`ttl`, `nt`, `n-triples`, `nq`, `n-quads`, `xml`,
    /// `rdf/xml`, `rdfxml-abbrev`, `rdfxml-xmp`, `rdf/json`, `rss-1.0`,
    /// `rss10`, `rss`). Case-insensitive.
    public init?(name: String) {
        let n = name.lowercased()
        if let s = RDFSyntax(rawValue: n) { self = s; return }
        switch n {
        case "ttl", "text/turtle": self = .turtle
        case "nt", "n-triples", "application/n-triples": self = .ntriples
        case "nq", "n-quads", "application/n-quads": self = .nquads
        case "xml", "rdf/xml", "rdf", "application/rdf+xml": self = .rdfxml
        case "rdf/json", "rdfjson", "json-rc": self = .json
        case "jsontriples", "rdf/json-triples": self = .jsonTriples
        case "rdfxmlabbrev", "rdfxml_abbrev": self = .rdfxmlAbbrev
        case "xmp", "rdfxmlxmp": self = .rdfxmlXMP
        case "rss10", "rss": self = .rss10
        case "rsstagsoup", "tagsoup": self = .rssTagSoup
        case "graphviz", "gv": self = .dot
        default: return nil
        }
    }
}
