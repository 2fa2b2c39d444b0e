/// A city that seats an OSCE structure, as reference data.
///
/// `id` is the slug of `{base}place/{id}`; a place named in a page with the
/// same name or an alternative name ("Wien", "BELGRAD") resolves to it.
///
/// Source: `Ontology/reference/wikidata.tsv`, "City:" rows (verified only);
/// field-operation seats from osce.org's field-operation pages.
public struct CityRecord: Sendable, Hashable {
    public let id: String
    /// The English name ("Vienna").
    public let name: String
    /// Other spellings: local, German, Russian.
    public let alternativeNames: [String]
    /// Verified Wikidata QID ("Q1741"), or `nil`.
    public let wikidata: String?

    public init(id: String, name: String, alternativeNames: [String], wikidata: String?) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
        self.wikidata = wikidata
    }
}
