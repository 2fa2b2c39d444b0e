import RDF

/// One person's holding of one post, accumulated over every release that
/// attests it, emitted once by `KnowledgeGraphBuilder.build()`.
///
/// Shape:
/// - subject `{base}membership/{post slug}--{person slug}`;
///   `rdf:type org:Membership, osce:PostHolding`
/// - `org:member` → `{base}person/{slug}`, 1
/// - `org:organization` → the post's organisation, 0..1 (1 for posts from releases)
/// - `org:role` → `{base}role/{slug}` (`org:Role`, `skos:Concept`), 0..1
/// - `osce:post` → `{base}post/{slug}` (`org:Post`), 1
/// - `org:memberDuring` → `{base}interval/{post slug}--{person slug}`, 0..1
///   (only when a release that attests the holding has a date), a
///   `time:Interval` with `time:hasBeginning` / `time:hasEnd` →
///   `{base}instant/{YYYY-MM-DD}` (`time:Instant`, `time:inXSDDate` xsd:date):
///   the earliest and the latest release date that attest the holding
/// - `prov:wasDerivedFrom` → every release that attests it, 0..n
///
/// Unit: the interval is what the releases attest, not the term of office:
/// a holder named once has an interval of one day.
///
/// Source: W3C ORG §5.4 (org:Membership, org:memberDuring); OWL-Time
/// (time:Interval, time:Instant, time:inXSDDate).
struct PostHolding: Sendable {
    let post: IRI
    let postSlug: String
    let person: IRI
    let organisation: IRI?
    let role: IRI?
    /// The `xsd:date`s of the attesting releases.
    var dates: Set<String> = []
    var releases: Set<IRI> = []

    /// The triples of the holding, its interval and its instants, in a fixed order.
    func triples(policy: IRIPolicy) -> [Triple] {
        let iri = policy.membership(postSlug: postSlug, personSlug: KnowledgeGraphBuilder.lastSegment(of: person))
        var out: [Triple] = [
            Triple(iri, V.type, V.org["Membership"]),
            Triple(iri, V.type, OSCEVocabulary.PostHolding),
            Triple(iri, V.org["member"], person),
            Triple(iri, OSCEVocabulary.post, post),
        ]
        if let organisation { out.append(Triple(iri, V.org["organization"], organisation)) }
        if let role { out.append(Triple(iri, V.org["role"], role)) }
        if let first = dates.min(), let last = dates.max() {
            let interval = policy.interval(postSlug: postSlug, personSlug: KnowledgeGraphBuilder.lastSegment(of: person))
            out.append(Triple(iri, V.org["memberDuring"], interval))
            out.append(Triple(interval, V.type, V.time["Interval"]))
            for (p, date) in [("hasBeginning", first), ("hasEnd", last)] {
                let instant = policy.instant(date: date)
                out.append(Triple(interval, V.time[p], instant))
                out.append(Triple(instant, V.type, V.time["Instant"]))
                out.append(Triple(instant, V.time["inXSDDate"], Literal(date, datatype: XSD.date)))
            }
        }
        for release in releases.sorted(by: { $0.value < $1.value }) { out.append(Triple(iri, V.prov["wasDerivedFrom"], release)) }
        return out
    }
}

extension KnowledgeGraphBuilder {
    /// Records that `person` holds `post` as attested by `release` (dated
    /// `date`, an `xsd:date` or `nil`), and the office evidence it gives.
    /// Nothing is emitted until `build()`.
    mutating func recordHolding(
        post: IRI, postSlug: String, person: IRI, personName: String, organisation: IRI?, role: IRI?, release: IRI?, date: String?
    ) {
        let key = postSlug + "--" + KnowledgeGraphBuilder.lastSegment(of: person)
        var holding = holdings[key] ?? PostHolding(
            post: post, postSlug: postSlug, person: person, organisation: organisation, role: role)
        if let date, IRIPolicy.isXSDDate(date) { holding.dates.insert(date) }
        if let release { holding.releases.insert(release) }
        holdings[key] = holding
        recordOffice(person: person, personName: personName, post: postSlug, date: date)
    }

    /// The triples of every holding, sorted by key.
    func holdingTriples() -> [Triple] {
        holdings.keys.sorted().flatMap { holdings[$0]!.triples(policy: policy) }
    }
}
