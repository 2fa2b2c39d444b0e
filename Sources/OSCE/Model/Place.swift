/// A place named by a release's dateline or `Place:` field ("Vienna",
/// "Belgrad", "Киев").
///
/// A place that names a participating State or Partner ("Georgia") maps to the
/// State's IRI; a known city ("VIENNA", "Wien") to `{base}place/{city id}`;
/// any other name to `{base}place/{slug(name)}`.
///
/// Shape in RDF (`Place+RDF.swift`):
/// - subject `{base}place/{id}`, `rdf:type schema:Place`
/// - `schema:name` xsd:string, 1 (first form seen; `skos:altLabel` for others)
/// - `owl:sameAs`, `skos:exactMatch` → `wd:Q…`, 0..1 (verified cities only)
///
/// Source: expected-facts `dateline_places`, `where`.
public struct Place: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The name in normal case, as written (not translated).
    public var name: String

    public init(name: String) { self.name = name }
    public init(stringLiteral value: String) { self.init(name: value) }
}
