import RDF

/// Subject/predicate lookup over a parsed manifest graph.
struct GraphIndex {
    private var bySubject: [Term: [(String, Term)]] = [:]

    init(_ graph: Graph) {
        for t in graph { bySubject[t.subject, default: []].append((t.predicate.value, t.object)) }
    }

    func objects(_ subject: Term, _ predicate: String) -> [Term] {
        (bySubject[subject] ?? []).filter { $0.0 == predicate }.map(\.1)
    }

    /// The members of the RDF collection starting at `head`.
    func list(_ head: Term) -> [Term] {
        var out: [Term] = []
        var node = head
        var seen = Set<Term>()
        while node != .iri(RDFVocabulary.nil), seen.insert(node).inserted {
            guard let first = objects(node, RDFVocabulary.first.value).first else { break }
            out.append(first)
            guard let rest = objects(node, RDFVocabulary.rest.value).first else { break }
            node = rest
        }
        return out
    }
}
