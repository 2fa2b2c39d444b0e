/// A post (position) held by a person in an organisation, named by a role
/// phrase ("Head of the Permanent Delegation of Sweden to the OSCE").
///
/// A post's IRI comes from its organisation and its role, so "Head of the
/// OSCE Mission to Serbia" is one post with holders over time. A role phrase
/// naming no organisation ("President", "television reporter", "MP, Italy")
/// makes no post; a release keeps it on the person's mention.
///
/// Shape in RDF (`Post+RDF.swift`):
/// - subject `{base}post/{slug}` (`IRIPolicy.postSlug`), `rdf:type org:Post`
/// - `skos:prefLabel` xsd:string, 1 (the standing post's name or the role phrase, first form seen)
/// - `org:heldBy` → `foaf:Person` IRI, 0..n
/// - `org:postIn` → organisation IRI, 1
/// - `org:role` → `{base}role/{slug}` (`org:Role`), 1
/// - and, per holder, an `osce:PostHolding` (`PostHolding+RDF.swift`)
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
    /// Whether the holder holds the post at the release date; `false` for a past post
    /// ("former ODIHR Director"), which makes no `org:Post` and stays a role name on the mention.
    public var isHeld: Bool

    public init(role: String, holder: Person? = nil, organisation: Organisation? = nil, isHeld: Bool = true) {
        self.role = role
        self.holder = holder
        self.organisation = organisation
        self.isHeld = isHeld
    }
}
