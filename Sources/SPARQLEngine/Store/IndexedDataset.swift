import RDF
import SPARQLOptimizer

/// An in-memory RDF dataset indexed for SPARQL evaluation.
///
/// Design: terms are dictionary-encoded to `TermID` (UInt32, dense from 1)
/// in a `TermTable`; each graph (the default graph and every named graph)
/// has three sorted permutation indexes, SPO, POS and OSP, of 12-byte
/// entries, built in bulk by `finishLoading()`; per-predicate statistics
/// feed the join-order planner. About 36 bytes per triple plus the terms.
///
/// Loading: `init(graph:)`, `init(dataset:)`, or `add(...)` repeatedly then
/// `finishLoading()`. Triples added after `finishLoading()` are visible to
/// queries only after the next `finishLoading()`. Duplicate triples are
/// stored once. Not safe for concurrent mutation; concurrent queries on a
/// finished dataset are safe.
///
/// Bulk loads use two cores: the terms given to `add` are encoded on a
/// worker thread, in batches, while the caller (a parser) goes on
/// (`LoadPipeline`); ids and results are those of encoding in call order.
/// The other methods wait for the pending terms first.
///
/// - Complexity: `add` amortised O(1); `finishLoading()` O(n log n);
///   a pattern lookup O(log n).
public final class IndexedDataset: QueryableDataset, BatchConsumer, @unchecked Sendable {
    /// A triple given to `add` as terms, waiting to be encoded.
    struct PendingTriple {
        var subject: Term, predicate: Term, object: Term, graph: Term?
    }

    let table: TermTable
    private let pipeline = LoadPipeline<PendingTriple>()
    private var defaultIndex = GraphIndex()
    private var namedIndexes: [TermID: GraphIndex] = [:]
    private var graphOrder: [TermID] = []
    private var lastSubject: (Term, TermID)?

    /// An empty dataset; `capacity` pre-sizes the term table.
    public init(capacity: Int = 1024) {
        table = TermTable(capacity: capacity)
    }

    /// A dataset whose default graph is `graph`; ready for queries.
    public convenience init(graph: Graph) {
        self.init(capacity: graph.count)
        for t in graph { add(t) }
        finishLoading()
    }

    /// A dataset with the default graph and named graphs of `dataset`;
    /// ready for queries.
    public convenience init(dataset: Dataset) {
        self.init(capacity: dataset.defaultGraph.count)
        for t in dataset.defaultGraph { add(t) }
        for name in dataset.graphNames {
            declareNamedGraph(name)
            for t in dataset.namedGraph(name) { add(t, graph: name) }
        }
        finishLoading()
    }

    /// The number of distinct terms.
    public var termCount: Int { pipeline.drain(self); return table.count }

    /// The number of triples in the default graph (after `finishLoading()`).
    public var defaultGraphCount: Int { defaultIndex.count }

    /// The number of quads in all graphs (after `finishLoading()`).
    public var quadCount: Int { namedIndexes.values.reduce(defaultIndex.count) { $0 + $1.count } }

    /// Interns `term` and returns its id (for loaders that encode terms themselves).
    public func encode(_ term: Term) -> TermID {
        pipeline.drain(self)
        return table.intern(term)
    }

    /// Makes `name` a named graph even if it stays empty.
    public func declareNamedGraph(_ name: Term) {
        pipeline.drain(self)
        let g = table.intern(name)
        if namedIndexes[g] == nil {
            namedIndexes[g] = GraphIndex()
            graphOrder.append(g)
        }
    }

    /// Adds a triple to the default graph, or to the named graph `graph`.
    public func add(_ triple: Triple, graph: Term? = nil) {
        add(subject: triple.subject, predicate: .iri(triple.predicate), object: triple.object, graph: graph)
    }

    /// Adds a quad.
    public func add(_ quad: Quad) { add(quad.triple, graph: quad.graph) }

    /// Adds a triple given as three terms (the fast path for parsers): it is
    /// encoded on the load worker, in call order.
    public func add(subject: Term, predicate: Term, object: Term, graph: Term? = nil) {
        pipeline.append(PendingTriple(subject: subject, predicate: predicate, object: object, graph: graph), for: self)
    }

    /// Encodes a batch of triples given to `add` (on the load worker, or on
    /// the caller's thread for the last partial batch).
    func consume(_ batch: [PendingTriple]) {
        // The triples are read in place (no copy, no reference counting per term).
        batch.withUnsafeBufferPointer { b in
            for i in b.indices { encode(b[i].subject, b[i].predicate, b[i].object, graph: b[i].graph) }
        }
    }

    private func encode(_ subject: Term, _ predicate: Term, _ object: Term, graph: Term?) {
        let s: TermID
        if let (t, id) = lastSubject, TermHashing.equal(t, subject) { s = id } else {
            s = table.intern(subject)
            lastSubject = (subject, s)
        }
        let p = table.intern(predicate)
        let o = table.intern(object)
        append(EncodedTriple(s, p, o), graph: graph.map { table.intern($0) })
    }

    /// Adds a triple of ids obtained from `encode(_:)`; `graph` is the id of
    /// a graph name, nil for the default graph.
    public func add(encoded t: EncodedTriple, graph: TermID? = nil) {
        pipeline.drain(self)
        append(t, graph: graph)
    }

    private func append(_ t: EncodedTriple, graph: TermID?) {
        let key = IndexKey(t.subject, t.predicate, t.object)
        if let g = graph {
            if let idx = namedIndexes[g] { idx.pending.append(key) } else {
                let idx = GraphIndex()
                idx.pending.append(key)
                namedIndexes[g] = idx
                graphOrder.append(g)
            }
        } else {
            defaultIndex.pending.append(key)
        }
    }

    /// Sorts the triples added so far into the indexes. Call once after
    /// loading (the initialisers that take a graph do).
    public func finishLoading() {
        pipeline.drain(self)
        defaultIndex.build()
        for g in graphOrder { namedIndexes[g]!.build() }
        lastSubject = nil
    }

    // MARK: QueryableDataset

    public func id(of term: Term) -> TermID? {
        pipeline.drain(self)
        return table.id(of: term)
    }

    public func term(of id: TermID) -> Term { table.term(id) }

    public var namedGraphs: [TermID] { graphOrder }

    @inline(__always)
    private func index(_ graph: GraphSelector) -> GraphIndex? {
        switch graph {
        case .defaultGraph: return defaultIndex
        case .named(let g): return namedIndexes[g]
        }
    }

    public func match(subject: TermID?, predicate: TermID?, object: TermID?, in graph: GraphSelector) -> TripleCursor {
        guard let idx = index(graph) else { return .empty }
        return idx.cursor(subject ?? 0, predicate ?? 0, object ?? 0)
    }

    public func count(subject: TermID?, predicate: TermID?, object: TermID?, in graph: GraphSelector) -> Int {
        guard let idx = index(graph) else { return 0 }
        return idx.count(subject ?? 0, predicate ?? 0, object ?? 0)
    }

    public func statistics(predicate: TermID, in graph: GraphSelector) -> PredicateStatistics? {
        index(graph)?.statistics[predicate]
    }

    public func nodes(in graph: GraphSelector) -> [TermID] { index(graph)?.nodes() ?? [] }

    /// `fn`, followed by as many `x` as it takes for no blank-node label of
    /// the dataset to start with it (tracked as terms are interned: O(1)).
    public var freshBlankNodePrefix: String { "fn" + String(repeating: "x", count: table.blankPrefixPadding) }

    /// The triples of the default graph (or of a named graph), decoded, in
    /// SPO id order.
    public func triples(in graph: GraphSelector = .defaultGraph) -> [Triple] {
        var out = [Triple]()
        var c = match(subject: nil, predicate: nil, object: nil, in: graph)
        while let t = c.next() {
            guard case .iri(let p) = term(of: t.predicate) else { continue }
            out.append(Triple(term(of: t.subject), p, term(of: t.object)))
        }
        return out
    }
}
