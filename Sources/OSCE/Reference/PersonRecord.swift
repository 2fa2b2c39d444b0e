/// A person with a verified Wikidata item, as reference data.
///
/// Source: `Ontology/reference/wikidata.tsv`, "Person:" rows marked verified.
public struct PersonRecord: Sendable, Hashable {
    /// The full name as the source gives it ("Frank-Walter Steinmeier").
    public let name: String
    /// The verified QID ("Q76658").
    public let wikidata: String

    public init(name: String, wikidata: String) {
        self.name = name
        self.wikidata = wikidata
    }
}
