/// A stretch of a page's text that a fact was read from.
///
/// Unit: offsets count Unicode scalars (code points) from the start of the
/// page file's decoded text, 0-based; `end` is exclusive. A byte-order mark at
/// the start counts as one scalar. These are the units of the W3C Web
/// Annotation `oa:TextPositionSelector` (`oa:start`, `oa:end`), so a reader
/// can check the fact against the page. (`SourcePosition`, line:column, is
/// the unit of diagnostics; this is the unit of provenance.)
///
/// Shape in RDF (`TextSpan+RDF.swift`): an `oa:SpecificResource`
/// `{base}excerpt/{page slug}-{start}-{end}` with `oa:hasSource` → the page and
/// `oa:hasSelector` → `{base}selector/{page slug}-{start}-{end}`, an
/// `oa:TextPositionSelector` with `oa:start` and `oa:end` (xsd:nonNegativeInteger).
///
/// Source: W3C Web Annotation Data Model §4.2.4 (Text Position Selector).
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// The first scalar's offset (0-based).
    public var start: Int
    /// The offset just after the last scalar (exclusive); `end >= start`.
    public var end: Int

    /// A span; `end` below `start` is raised to `start`.
    public init(start: Int, end: Int) {
        self.start = max(0, start)
        self.end = max(self.start, end)
    }

    public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
