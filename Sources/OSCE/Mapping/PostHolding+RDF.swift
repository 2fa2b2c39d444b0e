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
    let personName: String
    let organisation: IRI?
    let role: IRI?
    /// The `xsd:date`s of the attesting releases.
    var dates: Set<String> = []
    var releases: Set<IRI> = []

    /// The holding's key: `{post slug}--{person slug}`.
    var key: String { postSlug + "--" + KnowledgeGraphBuilder.lastSegment(of: person) }

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

/// What the releases say about one person's offices, for Wikidata links:
/// the standing posts (by `PostRecord.id`) a release ties them to, each with
/// the release dates.
struct OfficeEvidence: Sendable {
    let name: String
    var dates: [String: Set<String>] = [:]

    /// The verified Wikidata item of the person, when the evidence ties them
    /// to an office of their reference row: the same standing post, and, when
    /// the row gives dates, a release date inside them. `nil` otherwise (no
    /// link is better than a wrong one; a name alone never links).
    var wikidataLink: String? {
        guard let record = OSCEReference.person(named: name) else { return nil }
        for office in record.offices {
            guard let attested = dates[office.post] else { continue }
            if office.from == nil && office.to == nil { return record.wikidata }
            if attested.contains(where: { office.contains(date: $0) }) { return record.wikidata }
        }
        return nil
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
            post: post, postSlug: postSlug, person: person, personName: personName, organisation: organisation, role: role)
        if let date, IRIPolicy.isXSDDate(date) { holding.dates.insert(date) }
        if let release { holding.releases.insert(release) }
        holdings[key] = holding
        recordOffice(person: person, personName: personName, post: postSlug, date: date)
    }

    /// Records that a release ties `person` to the standing post `post`
    /// (a `PostRecord.id`) on `date`, for Wikidata links only.
    mutating func recordOffice(person: IRI, personName: String, post: String, date: String?) {
        var evidence = officeEvidence[person] ?? OfficeEvidence(name: personName)
        var dates = evidence.dates[post] ?? []
        if let date, IRIPolicy.isXSDDate(date) { dates.insert(date) }
        evidence.dates[post] = dates
        officeEvidence[person] = evidence
    }

    /// The triples of every holding (sorted by key), then the Wikidata links
    /// the office evidence justifies (sorted by person).
    func holdingTriples() -> [Triple] {
        var out: [Triple] = []
        for key in holdings.keys.sorted() { out += holdings[key]!.triples(policy: policy) }
        for person in officeEvidence.keys.sorted(by: { $0.value < $1.value }) {
            guard let qid = officeEvidence[person]!.wikidataLink else { continue }
            let item = OSCEVocabulary.wikidata(qid)
            out.append(Triple(person, V.sameAs, item))
            out.append(Triple(person, V.exactMatch, item))
        }
        return out
    }
}
