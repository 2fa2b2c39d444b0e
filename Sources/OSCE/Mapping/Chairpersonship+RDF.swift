import RDF

extension Chairpersonship {
    /// Emits the Chairpersonship of one year as an `org:Membership` of the
    /// State in the Chairpersonship structure.
    ///
    /// Shape:
    /// - subject `{base}chairpersonship/{year}`; `rdf:type osce:Chairpersonship`, `org:Membership`
    /// - `org:member` → `{base}state/{iso2}`, 1
    /// - `org:organization` → `{base}organisation/chairpersonship`, 1
    /// - `osce:chairpersonshipYear` xsd:gYear, 1
    /// - `skos:prefLabel` xsd:string, 1 ("OSCE Chairpersonship 2025: Finland")
    ///
    /// Unit: the year is a Gregorian calendar year (`xsd:gYear`, no time zone).
    func emit(into b: inout KnowledgeGraphBuilder) {
        guard let state = OSCEReference.state(iso: stateCode) else { return }
        let iri = b.policy.chairpersonship(year: year)
        b.insert(iri, V.type, OSCEVocabulary.Chairpersonship)
        b.insert(iri, V.type, V.org["Membership"])
        b.insertFunctional(iri, V.org["member"], b.policy.state(state).term)
        b.insertFunctional(iri, V.org["organization"], b.policy.organisation(id: "chairpersonship").term)
        b.insertFunctional(iri, OSCEVocabulary.chairpersonshipYear, Literal(String(year), datatype: XSD.gYear).term)
        b.insertFunctional(iri, V.prefLabel, Literal("OSCE Chairpersonship \(year): \(state.name)").term)
    }
}
