import RDF

/// Terms as HTML for people: an IRI as a link with its label (to the
/// server's page for an IRI under the base, else to the IRI itself when it
/// is http(s)), a literal as its escaped text with its language or datatype.
///
/// Labels come from the data: the first of `skos:prefLabel`, `foaf:name`,
/// `schema:name`, `rdfs:label`, `schema:headline`, `dcterms:title` that the
/// term has, preferring English or untagged values, then the smallest by
/// code point (so the page is the same on every request). An IRI without a
/// label shows as a prefixed name (`state:se`) or in full.
struct TermRenderer {
    let data: ServedDataset
    let paths: EntityPath

    static let labelPredicates: [IRI] = [
        Namespace.skos["prefLabel"], Namespace.foaf["name"], Namespace.schema["name"], Namespace.rdfs["label"],
        Namespace.schema["headline"], Namespace.dcterms["title"],
    ]

    /// The label of `term`, or nil.
    func label(_ term: Term) -> String? {
        for predicate in Self.labelPredicates {
            let literals = data.objects(term, predicate).compactMap(\.literal)
            guard !literals.isEmpty else { continue }
            let preferred = literals.filter { $0.language == nil || $0.language!.lowercased().hasPrefix("en") }
            let pool = preferred.isEmpty ? literals : preferred
            return pool.map(\.lexicalForm).min { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
        return nil
    }

    /// `iri` as a prefixed name when a namespace covers it, else in full.
    func compact(_ iri: IRI) -> String {
        var best: Namespace?
        for ns in data.namespaces where !ns.prefix.isEmpty && iri.value.hasPrefix(ns.iri) && iri.value.count > ns.iri.count {
            if best == nil || ns.iri.count > best!.iri.count { best = ns }
        }
        guard let best else { return iri.value }
        return best.prefix + ":" + iri.value.dropFirst(best.iri.count)
    }

    /// The href of `iri`: its server path, or the IRI when it is http(s); nil otherwise.
    func href(_ iri: IRI) -> String? {
        if let path = paths.path(for: iri) { return path }
        return iri.value.hasPrefix("http://") || iri.value.hasPrefix("https://") ? iri.value : nil
    }

    /// A link to `iri` showing `text` (escaped here), or the text alone when it has no href.
    func link(_ iri: IRI, text: String, rel: String? = nil) -> String {
        guard let href = href(iri) else { return HTMLText.escape(text) }
        let relAttribute = rel.map { " rel=\"\(HTMLText.escape($0))\"" } ?? ""
        return "<a href=\"\(HTMLText.escape(href))\"\(relAttribute) title=\"\(HTMLText.escape(iri.value))\">\(HTMLText.escape(text))</a>"
    }

    /// `term` as HTML: IRIs linked with their label (or compact form), literals
    /// with their language tag or datatype, blank nodes as `_:id`.
    func html(_ term: Term, labelled: Bool = true) -> String {
        switch term {
        case .iri(let iri):
            return link(iri, text: (labelled ? label(term) : nil) ?? compact(iri))
        case .blankNode(let b):
            return "<code>_:\(HTMLText.escape(b.id))</code>"
        case .literal(let l):
            var out = HTMLText.escape(l.lexicalForm)
            if let lang = l.language {
                out += " <span class=\"lang\">@\(HTMLText.escape(lang))</span>"
            } else if l.datatype != XSD.string {
                out += " <span class=\"datatype\">\(HTMLText.escape(compact(l.datatype)))</span>"
            }
            return out
        }
    }
}
