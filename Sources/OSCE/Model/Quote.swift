/// A passage of direct speech in a release, with its speaker.
///
/// Quotes are numbered from 1 in page order within their release:
/// `{base}quote/{release slug}-{n}`.
///
/// Shape in RDF (`Quote+RDF.swift`):
/// - subject `{base}quote/{release slug}-{n}`, `rdf:type schema:Quotation`
/// - `schema:text` rdf:langString (the release's language), 1
/// - `schema:spokenByCharacter` → person IRI, 0..1
/// - `schema:isPartOf` → release IRI, 1
/// - `schema:position` xsd:integer, 1 (n)
/// - `prov:wasDerivedFrom` → the excerpt of the page it was read from
///   (`TextSpan`), else the page, 1
///
/// Source: expected-facts `quotes[]` (speaker always the full name).
public struct Quote: Sendable, Hashable {
    /// The quoted text, without the quotation marks.
    public var text: String
    /// The speaker's full name, if known.
    public var speaker: String?
    /// Where the passage is on the page (`TextSpan` units), or `nil` when unknown.
    public var position: TextSpan?

    public init(text: String, speaker: String? = nil, position: TextSpan? = nil) {
        self.text = text
        self.speaker = speaker
        self.position = position
    }
}
