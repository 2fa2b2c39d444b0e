import RDF

extension OSCEReference {
    /// Emits the reference graph: the OSCE and its structures
    /// (`OrganisationRecord+RDF`), the 68 States (`StateRecord+RDF`), the
    /// Chairpersonships (`Chairpersonship+RDF`), the standing posts
    /// (`PostRecord`), the host cities (`CityRecord+RDF`), Kosovo as a place,
    /// and the two concept schemes:
    ///
    /// - `{base}concept-scheme/fields-of-work`, `rdf:type skos:ConceptScheme`,
    ///   `skos:prefLabel` "OSCE fields of work", `skos:hasTopConcept` → 23 concepts
    /// - `{base}concept-scheme/meeting-kinds`, `rdf:type skos:ConceptScheme`,
    ///   `skos:prefLabel` "OSCE meetings and conferences", `skos:hasTopConcept` → 16 concepts
    ///
    /// Kosovo: `{base}place/kosovo`, `rdf:type schema:Place`, `schema:name`
    /// "Kosovo", `skos:exactMatch wd:Q1246` (verified row "Related: Kosovo";
    /// not a participating State, no ISO code).
    static func emit(into b: inout KnowledgeGraphBuilder) {
        for o in organisations { o.emit(into: &b) }
        for s in states { s.emit(into: &b) }
        for c in chairpersonships { c.emit(into: &b) }
        for c in cities { c.emit(into: &b) }
        let kosovo = b.policy.place(id: "kosovo")
        b.insert(kosovo, V.type, V.schema["Place"])
        b.insertFunctional(kosovo, V.schema["name"], Literal("Kosovo").term)
        b.insert(kosovo, V.exactMatch, OSCEVocabulary.wikidata("Q1246"))

        let fields = b.policy.fieldsOfWorkScheme
        b.insert(fields, V.type, V.skos["ConceptScheme"])
        b.insertFunctional(fields, V.prefLabel, Literal("OSCE fields of work").term)
        for f in fieldsOfWork { f.emit(into: &b, topConcept: true) }
        let kinds = b.policy.meetingKindsScheme
        b.insert(kinds, V.type, V.skos["ConceptScheme"])
        b.insertFunctional(kinds, V.prefLabel, Literal("OSCE meetings and conferences").term)
        for k in meetingKinds { k.emit(into: &b, topConcept: true) }
        for p in posts { p.emit(into: &b) }
    }

    /// The reference graph alone, sorted.
    public static func graph(policy: IRIPolicy = IRIPolicy()) -> Graph {
        KnowledgeGraphBuilder(policy: policy, includeReferenceData: true).build()
    }
}
