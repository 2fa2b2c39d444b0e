import RDF
import SPARQLEngine

/// The data a server answers from: the loaded store (shared read-only by
/// every request), the dataset's description for `/.well-known/void`, and
/// the prefixes its documents declare.
///
/// The store must be finished (`IndexedDataset.finishLoading()`) and not
/// changed afterwards: concurrent queries on a finished store are safe.
public struct ServedDataset: Sendable {
    /// The default graph and named graphs queries and descriptions read.
    public let store: IndexedDataset
    /// The dataset's DCAT/VoID description (`DatasetDescriber`), sent at `/.well-known/void`.
    public let description: Graph
    /// Prefixes declared in Turtle, RDF/XML and JSON-LD documents and used
    /// to shorten IRIs on HTML pages.
    public let namespaces: [Namespace]
    /// Whether the default graph is the union of the named graphs (`--union-default-graph`), for the service description.
    public let unionDefaultGraph: Bool

    public init(store: IndexedDataset, description: Graph, namespaces: [Namespace], unionDefaultGraph: Bool = false) {
        self.store = store
        self.description = description
        self.namespaces = namespaces
        self.unionDefaultGraph = unionDefaultGraph
    }

    /// Every graph of the store: the default graph, then the named graphs in the store's order.
    var graphs: [GraphSelector] { [.defaultGraph] + store.namedGraphs.map { .named($0) } }

    /// The distinct triples matching the pattern in any graph of the store, sorted.
    ///
    /// - Parameter limit: keep at most this many of the sorted triples.
    /// - Returns: the triples and whether more matched than `limit`.
    /// - Complexity: O(m log m) for the m matches (each graph's lookup O(log n)).
    func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil, limit: Int = .max) -> (triples: [Triple], truncated: Bool) {
        func id(_ term: Term?) -> TermID?? {
            guard let term else { return .some(nil) }
            guard let id = store.id(of: term) else { return nil }  // a term not in the store matches nothing
            return .some(id)
        }
        guard let s = id(subject), let p = id(predicate.map(Term.iri)), let o = id(object) else { return ([], false) }
        var seen = Set<EncodedTriple>()
        for graph in graphs {
            var cursor = store.match(subject: s, predicate: p, object: o, in: graph)
            while let t = cursor.next() { seen.insert(t) }
        }
        var out: [Triple] = []
        out.reserveCapacity(seen.count)
        for t in seen {
            guard case .iri(let predicate) = store.term(of: t.predicate) else { continue }
            out.append(Triple(store.term(of: t.subject), predicate, store.term(of: t.object)))
        }
        out.sort()
        if out.count > limit { return (Array(out.prefix(limit)), true) }
        return (out, false)
    }

    /// The objects of `subject`'s `predicate` triples in any graph, sorted.
    func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        triples(subject: subject, predicate: predicate).triples.map(\.object)
    }

    /// The subjects of the triples `? predicate object` in any graph, sorted.
    func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        triples(predicate: predicate, object: object).triples.map(\.subject)
    }

    /// True when `term` occurs in the store (as any part of any triple).
    func contains(_ term: Term) -> Bool { store.id(of: term) != nil }
}
