import RDF

/// The HTML page of an entity: its label and IRI, its types, its Wikidata
/// link, for a person the posts and quotes (`PersonSections`), then every
/// triple of its description: what it links to and what links to it.
/// Rows follow the description's sorted order, so the page is the same
/// on every request.
struct EntityPage {
    let data: ServedDataset
    let terms: TermRenderer

    static let wikidataPredicates: [IRI] = [Namespace.owl["sameAs"], Namespace.skos["exactMatch"], Namespace.skos["closeMatch"]]

    func html(_ entity: IRI, description: EntityDescription) -> String {
        let term = Term.iri(entity)
        let title = terms.label(term) ?? terms.compact(entity)
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p class=\"iri\"><code>\(HTMLText.escape(entity.value))</code></p>\n"

        let types = description.outgoing.filter { $0.subject == term && $0.predicate == RDFVocabulary.type }.map(\.object)
        if !types.isEmpty {
            body += "<p id=\"types\">Type: " + types.map { terms.html($0) }.joined(separator: ", ") + "</p>\n"
        }
        let wikidata = description.outgoing.filter { t in
            t.subject == term && Self.wikidataPredicates.contains(t.predicate) && (t.object.iri?.value.hasPrefix(Namespace.wd.iri) ?? false)
        }.compactMap(\.object.iri)
        var seen = Set<IRI>()
        let items = wikidata.filter { seen.insert($0).inserted }
        if !items.isEmpty {
            body += "<p id=\"wikidata\">Wikidata: " + items.map { iri in
                terms.link(iri, text: String(iri.value.dropFirst(Namespace.wd.iri.count)), rel: "external")
            }.joined(separator: ", ") + "</p>\n"
        }

        let person = PersonSections(data: data, terms: terms)
        if person.isPerson(term) { body += person.html(for: term) }

        let statements = description.outgoing
        if !statements.isEmpty {
            body += "<h2 id=\"links-out\">Statements</h2>\n"
            body += PageLayout.table(id: "links-out-table", headers: ["Subject", "Property", "Value"], rows: statements.map { t in
                [t.subject == term ? "" : terms.html(t.subject), terms.link(t.predicate, text: terms.compact(t.predicate)), terms.html(t.object)]
            })
        }
        if !description.incoming.isEmpty {
            body += "<h2 id=\"links-in\">Linked from</h2>\n"
            body += PageLayout.table(id: "links-in-table", headers: ["Entity", "Property"], rows: description.incoming.map { t in
                [terms.html(t.subject), terms.link(t.predicate, text: terms.compact(t.predicate))]
            })
            if description.incomingTruncated {
                body += "<p class=\"note\">Only the first \(description.incoming.count) links are shown; query the endpoint for all.</p>\n"
            }
        }
        return PageLayout.document(title: title, body: body)
    }
}
