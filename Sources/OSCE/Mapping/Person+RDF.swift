import RDF

extension Person {
    /// Emits the person.
    ///
    /// Shape:
    /// - subject `{base}person/{IRIPolicy.personSlug(name)}` (diacritics of Latin letters folded); `rdf:type foaf:Person`, `schema:Person`
    /// - `foaf:name` xsd:string, 1 (first form seen; later forms `schema:alternateName`, 0..n)
    /// - `schema:name` xsd:string, 1 (same value)
    /// - `schema:honorificPrefix` xsd:string, 0..n
    /// - `owl:sameAs` and `skos:exactMatch` → `wd:Q…`, 0..1 each: not here, but
    ///   by `KnowledgeGraphBuilder.build()`, only when a post holding ties the
    ///   person to an office of a verified row (`PersonRecord`); a name alone
    ///   is never linked
    ///
    /// Returns `nil` (and emits nothing) for an empty name.
    func emit(into b: inout KnowledgeGraphBuilder) -> IRI? {
        // A name and honorific already emitted only emit their triples again (no new ones):
        // quotes and mentions name the same people over and over.
        let key = KnowledgeGraphBuilder.PersonKey(name: name, honorific: honorific)
        if let cached = b.personCache[key] { return cached }
        let iri = emitTriples(into: &b)
        b.personCache[key] = iri
        return iri
    }

    private func emitTriples(into b: inout KnowledgeGraphBuilder) -> IRI? {
        let name = KnowledgeGraphBuilder.clean(self.name)
        guard !name.isEmpty else { return nil }
        let iri = b.policy.person(named: name)
        b.insert(iri, V.type, V.foaf["Person"])
        b.insert(iri, V.type, V.schema["Person"])
        let label = Literal(name).term
        b.insertFunctional(iri, V.foaf["name"], label, alternate: V.schema["alternateName"])
        b.insertFunctional(iri, V.schema["name"], label)
        if let h = honorific.map(KnowledgeGraphBuilder.clean), !h.isEmpty {
            b.insert(iri, V.schema["honorificPrefix"], Literal(h))
        }
        return iri
    }
}
