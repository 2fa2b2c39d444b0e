import RDF

/// What the releases say about one person's offices, for Wikidata links:
/// whether a release ties them to an office of their reference row, decided
/// as each release comes (so nothing grows with the releases).
struct OfficeEvidence: Sendable {
    /// The reference row of the person's name as first given; `nil`: never linked.
    let record: PersonRecord?
    /// Whether some release tied the person to an office of `record` (see `wikidataLink`).
    private(set) var linked = false

    init(name: String) {
        record = OSCEReference.person(named: name)
    }

    /// Notes that a release dated `date` (an `xsd:date`, or anything else for none)
    /// ties the person to the standing post `post` (a `PostRecord.id`).
    mutating func attest(post: String, date: String?) {
        guard !linked, let record else { return }
        let date = date.flatMap { IRIPolicy.isXSDDate($0) ? $0 : nil }
        for office in record.offices where office.post == post {
            if office.from == nil && office.to == nil { linked = true; return }
            if let date, office.contains(date: date) { linked = true; return }
        }
    }

    /// The verified Wikidata item of the person, when the evidence ties them
    /// to an office of their reference row: the same standing post, and, when
    /// the row gives dates, a release date inside them. `nil` otherwise (no
    /// link is better than a wrong one; a name alone never links).
    var wikidataLink: String? { linked ? record?.wikidata : nil }
}

extension KnowledgeGraphBuilder {
    /// Records that a release ties `person` to the standing post `post`
    /// (a `PostRecord.id`) on `date`, for Wikidata links only.
    mutating func recordOffice(person: IRI, personName: String, post: String, date: String?) {
        officeEvidence[person, default: OfficeEvidence(name: personName)].attest(post: post, date: date)
    }

    /// The Wikidata links the office evidence justifies, sorted by person:
    /// `owl:sameAs` and `skos:exactMatch` → `wd:Q…` for each linked person.
    ///
    /// Source: `Ontology/reference/wikidata-people.tsv` via `OSCEReference.people`;
    /// wikidata.md, "People".
    func wikidataLinkTriples() -> [Triple] {
        var out: [Triple] = []
        for person in officeEvidence.keys.sorted(by: { $0.value < $1.value }) {
            guard let qid = officeEvidence[person]!.wikidataLink else { continue }
            let item = OSCEVocabulary.wikidata(qid)
            out.append(Triple(person, V.sameAs, item))
            out.append(Triple(person, V.exactMatch, item))
        }
        return out
    }
}
