import RDF
import ScratchFile

/// One person's holding of one post, accumulated over every release that
/// attests it, emitted once by `KnowledgeGraphBuilder.build()`. The attesting
/// releases wait in the builder's `holdingReleases` (`SortedPairs`), not here.
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
    /// The earliest and the latest `xsd:date` of the attesting releases (`String`'s order), if any is dated.
    private(set) var firstDate: String?
    private(set) var lastDate: String?

    init(post: IRI, postSlug: String, person: IRI, organisation: IRI?, role: IRI?) {
        self.post = post
        self.postSlug = postSlug
        self.person = person
        self.organisation = organisation
        self.role = role
    }

    /// Widens the dates to `date`.
    mutating func attest(date: String) {
        if firstDate.map({ date < $0 }) ?? true { firstDate = date }
        if lastDate.map({ date > $0 }) ?? true { lastDate = date }
    }

    /// The triples of the holding, its interval and its instants, in a fixed
    /// order, derived from `releases` (the attesting releases, sorted by IRI, each once).
    func triples(policy: IRIPolicy, releases: [IRI]) -> [Triple] {
        let iri = policy.membership(postSlug: postSlug, personSlug: KnowledgeGraphBuilder.lastSegment(of: person))
        var out: [Triple] = [
            Triple(iri, V.type, V.org["Membership"]),
            Triple(iri, V.type, OSCEVocabulary.PostHolding),
            Triple(iri, V.org["member"], person),
            Triple(iri, OSCEVocabulary.post, post),
        ]
        if let organisation { out.append(Triple(iri, V.org["organization"], organisation)) }
        if let role { out.append(Triple(iri, V.org["role"], role)) }
        if let first = firstDate, let last = lastDate {
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
        for release in releases { out.append(Triple(iri, V.prov["wasDerivedFrom"], release)) }
        return out
    }
}

extension KnowledgeGraphBuilder {
    /// Records that `person` holds `post` as attested by `release` (dated
    /// `date`, an `xsd:date` or `nil`), and the office evidence it gives.
    /// Nothing is emitted until `build()`; the release goes to `holdingReleases`
    /// (spilled to a temporary file past a few MiB when streaming).
    mutating func recordHolding(
        post: IRI, postSlug: String, person: IRI, personName: String, organisation: IRI?, role: IRI?, release: IRI?, date: String?
    ) {
        let key = postSlug + "--" + KnowledgeGraphBuilder.lastSegment(of: person)
        if holdings[key] == nil {
            holdings[key] = PostHolding(post: post, postSlug: postSlug, person: person, organisation: organisation, role: role)
        }
        if let date, IRIPolicy.isXSDDate(date) { holdings[key]!.attest(date: date) }
        if let release { holdingReleases.insert(key, release.value) }
        recordOffice(person: person, personName: personName, post: postSlug, date: date)
    }

    /// The triples of every holding, sorted by key (not streaming: the releases are in memory).
    func holdingTriples() -> [Triple] {
        var cursor = HoldingCursor(keys: holdings.keys.sorted(), releases: holdingReleases)
        var out: [Triple] = []
        do {
            while let (holding, releases) = try cursor.next(in: holdings) { out += holding.triples(policy: policy, releases: releases) }
        } catch {
            preconditionFailure("the releases of post holdings held in memory are always there: \(error)")
        }
        return out
    }

    /// The post holdings in key order, each with its attesting releases
    /// (sorted by IRI), read from `holdingReleases` as they are needed.
    struct HoldingCursor: Sendable {
        private var keys: ArraySlice<String>
        private let releases: SortedPairs
        private var merge: SortedPairs.Merge?
        private var pending: (key: String, value: String)?
        private var started = false

        /// The holdings of `keys` (sorted) and their releases in `releases`.
        init(keys: [String], releases: SortedPairs) {
            self.keys = keys[...]
            self.releases = releases
        }

        /// The next holding and its releases; `nil` after the last.
        /// - Throws: `ScratchFileError` when spilled releases cannot be read back.
        mutating func next(in holdings: [String: PostHolding]) throws(ScratchFileError) -> (PostHolding, [IRI])? {
            if !started {
                started = true
                var merge = try releases.merged()
                pending = try merge.next()
                self.merge = merge
            }
            guard let key = keys.popFirst() else { return nil }
            var list: [IRI] = []
            // Every pair's key is a holding's, and both are in `String` order: skip none.
            while let p = pending, p.key == key {
                list.append(IRI(unchecked: p.value))
                pending = try merge!.next()
            }
            return (holdings[key]!, list)
        }
    }
}
