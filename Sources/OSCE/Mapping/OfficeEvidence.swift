import RDF

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
    /// Records that a release ties `person` to the standing post `post`
    /// (a `PostRecord.id`) on `date`, for Wikidata links only.
    mutating func recordOffice(person: IRI, personName: String, post: String, date: String?) {
        var evidence = officeEvidence[person] ?? OfficeEvidence(name: personName)
        var dates = evidence.dates[post] ?? []
        if let date, IRIPolicy.isXSDDate(date) { dates.insert(date) }
        evidence.dates[post] = dates
        officeEvidence[person] = evidence
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
