/// A stretch of a page's text that a fact was read from.
///
/// Unit: offsets count Unicode scalars (code points), 0-based; `end` is
/// exclusive. For a text capture (`basis == .file`) they count into the page
/// file's decoded text (a byte-order mark at the start counts as one scalar):
/// the units of the W3C Web Annotation `oa:TextPositionSelector`. For an HTML
/// page (`basis == .rendered`) they count into the text rendered from its
/// markup, which is not the file's text: such a span is published as an
/// `oa:TextQuoteSelector` (`exact`, with `prefix` and `suffix` to tell
/// repeated passages apart), which survives markup. (`SourcePosition`,
/// line:column, is the unit of diagnostics; this is the unit of provenance.)
///
/// Shape in RDF (`TextSpan+RDF.swift`): an `oa:SpecificResource`
/// `{base}excerpt/{page slug}-{start}-{end}` (`…-r{start}-{end}` for rendered
/// text) with `oa:hasSource` → the page and `oa:hasSelector` →
/// `{base}selector/…` (same name).
///
/// Source: W3C Web Annotation Data Model §4.2.4 (Text Position Selector),
/// §4.2.4 (Text Quote Selector).
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// What the offsets count in.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// The page file's decoded text (text captures).
        case file
        /// The text rendered from an HTML page.
        case rendered
    }

    /// The first scalar's offset (0-based).
    public var start: Int
    /// The offset just after the last scalar (exclusive); `end >= start`.
    public var end: Int
    public var basis: Basis
    /// The text of the span, and up to `contextLength` scalars before and
    /// after it (for `.rendered` spans; `nil` otherwise).
    public var exact: String?
    public var prefix: String?
    public var suffix: String?

    /// The longest `prefix` and `suffix` kept, in scalars.
    public static let contextLength = 32

    /// A span; `end` below `start` is raised to `start`.
    public init(start: Int, end: Int, basis: Basis = .file, exact: String? = nil, prefix: String? = nil, suffix: String? = nil) {
        self.start = max(0, start)
        self.end = max(self.start, end)
        self.basis = basis
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }

    enum CodingKeys: String, CodingKey { case start, end, basis, exact, prefix, suffix }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
            basis: try c.decodeIfPresent(Basis.self, forKey: .basis) ?? .file, exact: try c.decodeIfPresent(String.self, forKey: .exact),
            prefix: try c.decodeIfPresent(String.self, forKey: .prefix), suffix: try c.decodeIfPresent(String.self, forKey: .suffix))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        if basis != .file { try c.encode(basis, forKey: .basis) }
        try c.encodeIfPresent(exact, forKey: .exact)
        try c.encodeIfPresent(prefix, forKey: .prefix)
        try c.encodeIfPresent(suffix, forKey: .suffix)
    }
}
