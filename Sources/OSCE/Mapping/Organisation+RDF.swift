import RDF

extension Organisation {
    /// Emits an organisation that is not in the reference data.
    ///
    /// Shape:
    /// - subject `{base}organisation/{slug(name)}`; `rdf:type` the classes of
    ///   `kind` (`org:Organization` for `.other`)
    /// - `skos:prefLabel` xsd:string, 1 (first form seen; others `skos:altLabel`)
    /// - `org:subOrganizationOf` → organisation IRI, 0..1
    /// - `osce:delegationOf` → `{base}state/{iso2}`, 0..1 (permanent delegations)
    func emit(_ iri: IRI, name: String, into b: inout KnowledgeGraphBuilder) {
        for c in kind.classes { b.insert(iri, V.type, c) }
        if !name.isEmpty { b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel) }
        if let parent, !parent.isEmpty {
            let parentOrg = OSCEReference.organisation(id: parent).map(Organisation.init) ?? Organisation(name: parent)
            if let p = b.organisationIRI(parentOrg), p != iri {
                b.insertFunctional(iri, V.org["subOrganizationOf"], p.term)
            }
        }
        if let code = representedState {
            let state = OSCEReference.state(iso: code) ?? OSCEReference.state(named: code)
            if let state { b.insertFunctional(iri, OSCEVocabulary.delegationOf, b.policy.state(state).term) }
        }
    }
}

extension OrganisationRecord {
    /// Emits a reference organisation.
    ///
    /// Shape:
    /// - subject `{base}organisation/{id}`; `rdf:type` the classes of `kind`
    /// - `skos:prefLabel` xsd:string, 1; `skos:altLabel` xsd:string, 0..n
    /// - `org:subOrganizationOf` → `{base}organisation/{parent}`, 0..1
    /// - `osce:seat` → `{base}place/{city}`, 0..1
    /// - `schema:areaServed` → `{base}state/{iso2}` or `{base}place/{slug}`, 0..1
    /// - `osce:closed` xsd:boolean, 0..1 (`true` for closed field activities)
    /// - `skos:exactMatch` → `wd:Q…`, 0..1 (verified only); the OSCE also
    ///   `owl:sameAs wd:Q81299` (wikidata.md §5)
    func emit(into b: inout KnowledgeGraphBuilder) {
        let iri = b.policy.organisation(id: id)
        for c in kind.classes { b.insert(iri, V.type, c) }
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        if let parent { b.insertFunctional(iri, V.org["subOrganizationOf"], b.policy.organisation(id: parent).term) }
        if let seat { b.insertFunctional(iri, OSCEVocabulary.seat, b.policy.place(id: seat).term) }
        if let hostState { b.insertFunctional(iri, V.schema["areaServed"], b.policy.state(iso: hostState).term) }
        if let area { b.insertFunctional(iri, V.schema["areaServed"], b.policy.place(id: IRIPolicy.slug(area)).term) }
        if closed { b.insertFunctional(iri, OSCEVocabulary.closed, Literal(true).term) }
        if let wikidata {
            b.insert(iri, V.exactMatch, OSCEVocabulary.wikidata(wikidata))
            if kind == .organisation { b.insert(iri, V.sameAs, OSCEVocabulary.wikidata(wikidata)) }
        }
    }
}
