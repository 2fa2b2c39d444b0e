import RDF

extension KnowledgeGraphBuilder {
    /// Adds what a page names outside its releases (`PageMentions`): each person (`Person+RDF`),
    /// and `page schema:mentions` → the person, the State (when the name is a participating
    /// State's or Partner's) and the organisation.
    ///
    /// Shape: `{base}page/{slug}` `schema:mentions` IRI, 0..n (see `PageMentions`).
    public mutating func add(_ mentions: PageMentions, onPage page: IRI) {
        for person in mentions.people {
            if let p = person.emit(into: &self) { insert(page, V.schema["mentions"], p) }
        }
        for name in mentions.mentionedStates {
            if let s = stateIRI(named: name) { insert(page, V.schema["mentions"], s) }
        }
        for organisation in mentions.mentionedOrganisations {
            if let o = organisationIRI(organisation) { insert(page, V.schema["mentions"], o) }
        }
    }
}
