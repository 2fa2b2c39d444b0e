import RDF

extension Post {
    /// Emits the post, its holder and its organisation.
    ///
    /// Shape:
    /// - subject `{base}post/{slug}` (`IRIPolicy.postSlug`); `rdf:type org:Post`
    /// - `skos:prefLabel` xsd:string, 1 (the standing post's name, or the role
    ///   phrase first seen; other phrases `skos:altLabel`, 0..n)
    /// - `org:postIn` → organisation IRI, 0..1 (the given organisation; else
    ///   the standing post's; else the one the role phrase names,
    ///   `OSCEReference.organisation(inRole:)`)
    /// - `org:heldBy` → `{base}person/{slug}`, 0..n
    ///
    /// Returns `nil` (and emits nothing) for an empty role phrase.
    ///
    /// Source: W3C ORG §5.3.
    func emit(into b: inout KnowledgeGraphBuilder) -> IRI? {
        let role = KnowledgeGraphBuilder.clean(self.role)
        guard !role.isEmpty else { return nil }
        var orgIRI: IRI?
        var orgID: String?
        var organisation = self.organisation
        if organisation == nil { organisation = b.organisation(inRole: role) }
        if let organisation {
            orgIRI = b.organisationIRI(organisation)
            orgID = orgIRI.map { KnowledgeGraphBuilder.lastSegment(of: $0) }
        }
        let slug = IRIPolicy.postSlug(role: role, organisationID: orgID)
        let reference = OSCEReference.posts.first { $0.id == slug }
        if orgIRI == nil, let reference { orgIRI = b.policy.organisation(id: reference.organisation) }
        let iri = b.policy.post(id: slug)
        b.insert(iri, V.type, V.org["Post"])
        b.insertFunctional(iri, V.prefLabel, Literal(reference?.name ?? role).term, alternate: V.altLabel)
        if reference != nil, reference?.name != role { b.insert(iri, V.altLabel, Literal(role)) }
        if let orgIRI { b.insertFunctional(iri, V.org["postIn"], orgIRI.term) }
        if let holder, let person = holder.emit(into: &b) {
            b.insert(iri, V.org["heldBy"], person)
        }
        return iri
    }
}

extension PostRecord {
    /// Emits a standing post of the reference data.
    ///
    /// Shape: subject `{base}post/{id}`; `rdf:type org:Post`; `skos:prefLabel`
    /// xsd:string, 1; `skos:altLabel` xsd:string, 0..n; `org:postIn` →
    /// `{base}organisation/{organisation}`, 1.
    func emit(into b: inout KnowledgeGraphBuilder) {
        let iri = b.policy.post(id: id)
        b.insert(iri, V.type, V.org["Post"])
        b.insertFunctional(iri, V.prefLabel, Literal(name).term, alternate: V.altLabel)
        for alt in alternativeNames where alt != name { b.insert(iri, V.altLabel, Literal(alt)) }
        b.insertFunctional(iri, V.org["postIn"], b.policy.organisation(id: organisation).term)
    }
}
