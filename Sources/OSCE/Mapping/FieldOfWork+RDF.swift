import RDF

extension FieldOfWork {
    /// Emits the field of work as a SKOS concept.
    ///
    /// Shape:
    /// - subject `{base}field-of-work/{id}`; `rdf:type skos:Concept`
    /// - `skos:prefLabel` xsd:string, 1; `skos:altLabel` xsd:string, 0..n
    /// - `skos:inScheme` → `{base}concept-scheme/fields-of-work`, 1
    /// - `skos:topConceptOf` → the scheme, 0..1 (the 23 menu topics)
    func emit(into b: inout KnowledgeGraphBuilder, topConcept: Bool) {
        let iri = b.policy.fieldOfWork(id: id)
        let scheme = b.policy.fieldsOfWorkScheme
        b.insert(iri, V.type, V.skos["Concept"])
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        b.insert(iri, V.inScheme, scheme)
        if topConcept {
            b.insert(iri, V.skos["topConceptOf"], scheme)
            b.insert(scheme, V.skos["hasTopConcept"], iri)
        }
    }
}

extension MeetingKindRecord {
    /// Emits the meeting kind as a SKOS concept.
    ///
    /// Shape:
    /// - subject `{base}meeting-kind/{id}`; `rdf:type skos:Concept`, `osce:MeetingKind`
    /// - `skos:prefLabel` xsd:string, 1; `skos:altLabel` xsd:string, 0..n
    /// - `skos:inScheme` → `{base}concept-scheme/meeting-kinds`, 1
    /// - `skos:topConceptOf` → the scheme, 0..1
    /// - `osce:convenedBy` → `{base}organisation/{body}`, 0..1
    func emit(into b: inout KnowledgeGraphBuilder, topConcept: Bool) {
        let iri = b.policy.meetingKind(id: id)
        let scheme = b.policy.meetingKindsScheme
        b.insert(iri, V.type, V.skos["Concept"])
        b.insert(iri, V.type, OSCEVocabulary.MeetingKind)
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        b.insert(iri, V.inScheme, scheme)
        if topConcept {
            b.insert(iri, V.skos["topConceptOf"], scheme)
            b.insert(scheme, V.skos["hasTopConcept"], iri)
        }
        if let body { b.insertFunctional(iri, OSCEVocabulary.convenedBy, b.policy.organisation(id: body).term) }
    }
}
