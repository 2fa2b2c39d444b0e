/// A person named in a release, with the honorific written before the name.
///
/// People are identified by their full name: `{base}person/{IRIPolicy.personSlug(name)}` (diacritics of Latin letters folded),
/// so the same name on two pages is one person.
///
/// Shape in RDF (`KnowledgeGraphBuilder`):
/// - subject `{base}person/{IRIPolicy.personSlug(name)}` (diacritics of Latin letters folded), `rdf:type foaf:Person, schema:Person`
/// - `foaf:name` xsd:string, 1 (the first form seen)
/// - `schema:name` xsd:string, 1 (same value)
/// - `schema:honorificPrefix` xsd:string, 0..n ("Ambassador", "Dr.", "Botschafterin")
/// - `owl:sameAs`, `skos:exactMatch` → `wd:Q…`, 0..1 (only when a release ties
///   the person to the office of a verified reference row; see `PersonRecord`)
///
/// Each release that names the person also gets a mention node
/// (`PersonMention+RDF.swift`) holding the position and the role phrases that
/// name no organisation.
///
/// Source: expected-facts `people[].name`, `people[].honorific`.
public struct Person: Sendable, Hashable {
    /// The full name, without honorific or "(MP, Country)" suffix.
    public var name: String
    /// "Ambassador", "Dr.", "Botschafter"/"Botschafterin" as written, or `nil`.
    public var honorific: String?
    /// Where the page first names the person in this release (`TextSpan`
    /// units), or `nil` when unknown. Provenance only: the person's IRI
    /// depends on the name alone.
    public var position: TextSpan?

    public init(name: String, honorific: String? = nil, position: TextSpan? = nil) {
        self.name = name
        self.honorific = honorific
        self.position = position
    }
}
