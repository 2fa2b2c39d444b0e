import RDF

extension Person {
    /// Emits the mention of the person in one release: where the release
    /// names them, and the role phrases it gives them that name no
    /// organisation (so make no shared post: "President", "television
    /// reporter", "MP, Italy").
    ///
    /// Shape:
    /// - subject `{base}mention/{release slug}--{person slug}`;
    ///   `rdf:type osce:PersonMention, prov:Entity`
    /// - `osce:mentionedPerson` → `{base}person/{slug}`, 1
    /// - `schema:isPartOf` → `{base}release/{slug}`, 1
    /// - `osce:roleName` xsd:string, 0..n (role phrases as written)
    /// - `prov:wasDerivedFrom` → the page excerpt of `position`
    ///   (`TextSpan+RDF.swift`), else the page, 1
    ///
    /// Source: `Ontology/osce-kg.ttl` (osce:PersonMention).
    func emitMention(
        into b: inout KnowledgeGraphBuilder, person: IRI, release: IRI, releaseSlug: String, roles: [String], page: IRI,
        pageSlug: String
    ) {
        let iri = b.policy.mention(releaseSlug: releaseSlug, personSlug: KnowledgeGraphBuilder.lastSegment(of: person))
        b.insert(iri, V.type, OSCEVocabulary.PersonMention)
        b.insert(iri, V.type, V.prov["Entity"])
        b.insertFunctional(iri, OSCEVocabulary.mentionedPerson, person.term)
        b.insertFunctional(iri, V.schema["isPartOf"], release.term)
        for role in roles {
            let r = KnowledgeGraphBuilder.clean(role)
            if !r.isEmpty { b.insert(iri, OSCEVocabulary.roleName, Literal(r)) }
        }
        let source = position.map { b.excerptIRI(page: page, pageSlug: pageSlug, span: $0) } ?? page
        b.insertFunctional(iri, V.prov["wasDerivedFrom"], source.term)
    }
}
