import RDF

extension Quote {
    /// Emits the quote as the `number`-th quote (from 1) of a release.
    ///
    /// Shape:
    /// - subject `{base}quote/{release slug}-{n}`; `rdf:type schema:Quotation`
    /// - `schema:text` rdf:langString (the release's language) or xsd:string, 1
    /// - `schema:spokenByCharacter` → `{base}person/{slug(speaker)}`, 0..1
    /// - `schema:isPartOf` → `{base}release/{slug}`, 1
    /// - `schema:position` xsd:integer, 1 (n)
    /// - `prov:wasDerivedFrom` → the page excerpt of `position`
    ///   (`TextSpan+RDF.swift`), else the page, 1
    ///
    /// Returns `nil` (and emits nothing) for an empty text.
    func emit(
        into b: inout KnowledgeGraphBuilder, release: IRI, releaseSlug: String, number: Int, language: String, page: IRI, pageSlug: String
    ) -> IRI? {
        let text = KnowledgeGraphBuilder.clean(self.text)
        guard !text.isEmpty else { return nil }
        let iri = b.policy.quote(releaseSlug: releaseSlug, number: number)
        b.insert(iri, V.type, V.schema["Quotation"])
        b.insertFunctional(iri, V.schema["text"], KnowledgeGraphBuilder.text(text, language: language).term)
        b.insertFunctional(iri, V.schema["isPartOf"], release.term)
        b.insertFunctional(iri, V.schema["position"], Literal(number).term)
        let source = position.map { b.excerptIRI(page: page, pageSlug: pageSlug, span: $0) } ?? page
        b.insertFunctional(iri, V.prov["wasDerivedFrom"], source.term)
        if let speaker, let person = Person(name: speaker).emit(into: &b) {
            b.insertFunctional(iri, V.schema["spokenByCharacter"], person.term)
        }
        return iri
    }
}
