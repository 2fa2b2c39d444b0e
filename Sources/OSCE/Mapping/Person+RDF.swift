import RDF

extension Person {
    /// Emits the person.
    ///
    /// Shape:
    /// - subject `{base}person/{slug(name)}`; `rdf:type foaf:Person`, `schema:Person`
    /// - `foaf:name` xsd:string, 1 (first form seen; later forms `schema:alternateName`, 0..n)
    /// - `schema:name` xsd:string, 1 (same value)
    /// - `schema:honorificPrefix` xsd:string, 0..n
    /// - `owl:sameAs` and `skos:exactMatch` → `wd:Q…`, 0..1 each (only people
    ///   with a verified QID, `OSCEReference.people`; wikidata.md §5)
    ///
    /// Returns `nil` (and emits nothing) for an empty name.
    func emit(into b: inout KnowledgeGraphBuilder) -> IRI? {
        let name = KnowledgeGraphBuilder.clean(self.name)
        guard !name.isEmpty else { return nil }
        let iri = b.policy.person(named: name)
        b.insert(iri, V.type, V.foaf["Person"])
        b.insert(iri, V.type, V.schema["Person"])
        let label = Literal(name).term
        b.insertFunctional(iri, V.foaf["name"], label, alternate: V.schema["alternateName"])
        b.insertFunctional(iri, V.schema["name"], label)
        if let record = OSCEReference.person(named: name) {
            b.insertFunctional(iri, V.sameAs, OSCEVocabulary.wikidata(record.wikidata).term)
            b.insertFunctional(iri, V.exactMatch, OSCEVocabulary.wikidata(record.wikidata).term)
        }
        if let h = honorific.map(KnowledgeGraphBuilder.clean), !h.isEmpty {
            b.insert(iri, V.schema["honorificPrefix"], Literal(h))
        }
        return iri
    }
}
