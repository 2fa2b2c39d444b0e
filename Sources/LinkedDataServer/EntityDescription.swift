import RDF

/// The concise bounded description of an entity, as the server sends it at
/// the entity's IRI: every triple with the entity as subject, the same for
/// each blank node those triples reach (recursively: the blank-node
/// closure), and the triples that point at the entity, at most `maxIncoming`
/// of them (the first in sorted order).
///
///     let d = EntityDescription(of: .iri(person), in: data, maxIncoming: 500)
///     d?.triples        // sorted, each once, from every graph of the store
///
/// nil when the store holds no triple about the entity (the server's 404).
///
/// Source: the Concise Bounded Description (W3C Member Submission, Stickler
/// 2005), with the inbound arcs of the "symmetric" variant, bounded.
struct EntityDescription {
    /// The triples, sorted and without duplicates.
    let triples: [Triple]
    /// The triples with the entity as subject (and their blank-node closure), sorted.
    let outgoing: [Triple]
    /// The triples with the entity as object, sorted (at most `maxIncoming`).
    let incoming: [Triple]
    /// True when more than `maxIncoming` triples point at the entity.
    let incomingTruncated: Bool

    init?(of entity: Term, in data: ServedDataset, maxIncoming: Int) {
        guard data.contains(entity) else { return nil }
        var outgoing: [Triple] = []
        var visited: Set<Term> = [entity]
        var pending: [Term] = [entity]
        while let node = pending.popLast() {
            for t in data.triples(subject: node).triples {
                outgoing.append(t)
                if case .blankNode = t.object, visited.insert(t.object).inserted { pending.append(t.object) }
            }
        }
        let inbound = data.triples(object: entity, limit: maxIncoming)
        guard !outgoing.isEmpty || !inbound.triples.isEmpty else { return nil }
        self.outgoing = outgoing.sorted()
        self.incoming = inbound.triples
        self.incomingTruncated = inbound.truncated
        self.triples = Array(Set(outgoing + inbound.triples)).sorted()
    }
}
