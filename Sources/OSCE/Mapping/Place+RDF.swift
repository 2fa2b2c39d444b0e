import RDF

extension Place {
    /// Emits a place that is neither a State nor a known city.
    ///
    /// Shape: subject `{base}place/{slug(name)}`; `rdf:type schema:Place`;
    /// `schema:name` xsd:string, 1 (first form seen; others `skos:altLabel`, 0..n).
    func emit(_ iri: IRI, name: String, into b: inout KnowledgeGraphBuilder) {
        b.insert(iri, V.type, V.schema["Place"])
        b.insertFunctional(iri, V.schema["name"], Literal(name).term, alternate: V.altLabel)
    }
}

extension CityRecord {
    /// Emits a reference city.
    ///
    /// Shape:
    /// - subject `{base}place/{id}`; `rdf:type schema:Place`
    /// - `schema:name` xsd:string, 1; `skos:altLabel` xsd:string, 0..n
    /// - `owl:sameAs` and `skos:exactMatch` → `wd:Q…`, 0..1 each (verified QIDs
    ///   only; wikidata.md §5 allows `owl:sameAs` for cities)
    func emit(into b: inout KnowledgeGraphBuilder) {
        let iri = b.policy.place(id: id)
        b.insert(iri, V.type, V.schema["Place"])
        b.insertFunctional(iri, V.schema["name"], Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        if let wikidata {
            b.insert(iri, V.sameAs, OSCEVocabulary.wikidata(wikidata))
            b.insert(iri, V.exactMatch, OSCEVocabulary.wikidata(wikidata))
        }
    }
}
