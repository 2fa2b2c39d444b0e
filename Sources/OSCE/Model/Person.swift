/// A person named in a release, with the honorific written before the name.
///
/// People are identified by their full name: `{base}person/{slug(name)}`,
/// so the same name on two pages is one person.
///
/// Shape in RDF (`KnowledgeGraphBuilder`):
/// - subject `{base}person/{slug(name)}`, `rdf:type foaf:Person, schema:Person`
/// - `foaf:name` xsd:string, 1 (the first form seen)
/// - `schema:name` xsd:string, 1 (same value)
/// - `schema:honorificPrefix` xsd:string, 0..n ("Ambassador", "Dr.", "Botschafterin")
///
/// Source: expected-facts `people[].name`, `people[].honorific`.
public struct Person: Sendable, Hashable {
    /// The full name, without honorific or "(MP, Country)" suffix.
    public var name: String
    /// "Ambassador", "Dr.", "Botschafter"/"Botschafterin" as written, or `nil`.
    public var honorific: String?

    public init(name: String, honorific: String? = nil) {
        self.name = name
        self.honorific = honorific
    }
}
