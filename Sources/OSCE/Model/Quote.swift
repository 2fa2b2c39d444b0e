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
///
/// Source: expected-facts `quotes[]` (speaker always the full name).
public struct Quote: Sendable, Hashable {
    /// The quoted text, without the quotation marks.
    public var text: String
    /// The speaker's full name, if known.
    public var speaker: String?

    public init(text: String, speaker: String? = nil) {
        self.text = text
        self.speaker = speaker
    }
}
