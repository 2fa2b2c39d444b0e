/// A post (position) held by a person in an organisation, named by a role
/// phrase ("Head of the Permanent Delegation of Sweden to the OSCE").
///
/// Shape in RDF (`Post+RDF.swift`):
/// - subject `{base}post/{slug}` (`IRIPolicy.postSlug`), `rdf:type org:Post`
/// - `skos:prefLabel` xsd:string, 1 (the role phrase, first form seen)
/// - `org:heldBy` → `foaf:Person` IRI, 0..n
/// - `org:postIn` → organisation IRI, 0..1
///
/// Source: expected-facts `people[].roles`; W3C ORG §5.3 (org:Post).
public struct Post: Sendable, Hashable {
    /// The role phrase as written, without a leading article or possessive.
    public var role: String
    /// The person holding the post, if named.
    public var holder: Person?
    /// The organisation the post is in; `nil` lets the builder use the
    /// reference post's organisation when the role names a standing post.
    public var organisation: Organisation?

    public init(role: String, holder: Person? = nil, organisation: Organisation? = nil) {
        self.role = role
        self.holder = holder
        self.organisation = organisation
    }
}
