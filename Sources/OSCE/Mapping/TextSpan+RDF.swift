import RDF

extension KnowledgeGraphBuilder {
    /// The excerpt of a page at `span`, emitted once: what a quote or a person
    /// mention was read from, so that a reader can check it at its source.
    ///
    /// Shape:
    /// - subject `{base}excerpt/{page slug}-{start}-{end}` (file offsets) or
    ///   `{base}excerpt/{page slug}-r{start}-{end}` (rendered HTML text);
    ///   `rdf:type oa:SpecificResource, prov:Entity`
    /// - `oa:hasSource` → `{base}page/{slug}`, 1
    /// - `oa:hasSelector` → `{base}selector/…` (same name), 1:
    ///   - file offsets: `rdf:type oa:TextPositionSelector`; `oa:start`,
    ///     `oa:end` xsd:nonNegativeInteger, 1 each
    ///   - rendered text: `rdf:type oa:TextQuoteSelector`; `oa:exact`
    ///     xsd:string, 1; `oa:prefix`, `oa:suffix` xsd:string, 0..1 each
    ///
    /// Unit: `TextSpan` (Unicode scalars, 0-based, end exclusive).
    ///
    /// Source: W3C Web Annotation Data Model §3.2 (SpecificResource), §4.2.4
    /// (TextQuoteSelector, TextPositionSelector).
    mutating func excerptIRI(page: IRI, pageSlug: String, span: TextSpan) -> IRI {
        let iri = policy.excerpt(pageSlug: pageSlug, span: span)
        let selector = policy.selector(pageSlug: pageSlug, span: span)
        insert(iri, V.type, V.oa["SpecificResource"])
        insert(iri, V.type, V.prov["Entity"])
        insertFunctional(iri, V.oa["hasSource"], page.term)
        insertFunctional(iri, V.oa["hasSelector"], selector.term)
        switch span.basis {
        case .file:
            insert(selector, V.type, V.oa["TextPositionSelector"])
            insertFunctional(selector, V.oa["start"], Literal(String(span.start), datatype: XSD.nonNegativeInteger).term)
            insertFunctional(selector, V.oa["end"], Literal(String(span.end), datatype: XSD.nonNegativeInteger).term)
        case .rendered:
            insert(selector, V.type, V.oa["TextQuoteSelector"])
            insertFunctional(selector, V.oa["exact"], Literal(KnowledgeGraphBuilder.bodyText(span.exact ?? "")).term)
            for (p, value) in [("prefix", span.prefix), ("suffix", span.suffix)] {
                if let value, !value.isEmpty { insertFunctional(selector, V.oa[p], Literal(value).term) }
            }
        }
        return iri
    }
}
