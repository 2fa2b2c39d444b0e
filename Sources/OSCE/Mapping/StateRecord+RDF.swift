import RDF

extension StateRecord {
    /// Emits a participating State or Partner for Co-operation.
    ///
    /// Shape:
    /// - subject `{base}state/{iso2 lower}`; `rdf:type schema:Country` and
    ///   `osce:ParticipatingState`, or `osce:PartnerForCooperation` plus
    ///   `osce:AsianPartnerForCooperation` / `osce:MediterraneanPartnerForCooperation`
    /// - `skos:prefLabel` xsd:string, 1 (the navigation's name); `schema:name`, 1 (same)
    /// - `skos:altLabel` xsd:string, 0..n (alternative names)
    /// - `osce:iso3166Alpha2` xsd:string, 1
    /// - `org:memberOf` → `{base}organisation/osce` (participating States) or the
    ///   Partners group (`{base}organisation/asian-partners-for-co-operation`, …), 1
    /// - `skos:exactMatch` → `wd:Q…`, 0..1 (verified QID of the sovereign State)
    /// - `skos:closeMatch` → `wd:Q…`, 0..n (Q55, Q237, Q756617)
    ///
    /// `owl:sameAs` is not used for States: wikidata.md §5 reserves it for the
    /// OSCE, cities and persons, and forbids it where State and country differ.
    func emit(into b: inout KnowledgeGraphBuilder) {
        let iri = b.policy.state(self)
        b.insert(iri, V.type, V.schema["Country"])
        switch group {
        case .participatingState:
            b.insert(iri, V.type, OSCEVocabulary.ParticipatingState)
            b.insert(iri, V.org["memberOf"], b.policy.organisation(id: "osce"))
        case .asianPartner, .mediterraneanPartner:
            b.insert(iri, V.type, OSCEVocabulary.PartnerForCooperation)
            b.insert(
                iri, V.type,
                group == .asianPartner ? OSCEVocabulary.AsianPartnerForCooperation : OSCEVocabulary.MediterraneanPartnerForCooperation)
            if let g = group.partnerGroupID { b.insert(iri, V.org["memberOf"], b.policy.organisation(id: g)) }
        }
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        b.insertFunctional(iri, V.schema["name"], Literal(name).term)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        b.insertFunctional(iri, OSCEVocabulary.iso3166Alpha2, Literal(iso3166Alpha2).term)
        if let wikidata { b.insert(iri, V.exactMatch, OSCEVocabulary.wikidata(wikidata)) }
        for q in closeMatches { b.insert(iri, V.closeMatch, OSCEVocabulary.wikidata(q)) }
    }
}
