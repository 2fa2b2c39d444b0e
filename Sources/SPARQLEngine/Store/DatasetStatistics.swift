import RDF
import SPARQLOptimizer

/// The statistics of a `QueryableDataset` as the optimiser reads them
/// (`PlanStatistics`): terms looked up in the dataset's dictionary, counts
/// and per-predicate figures from its indexes.
///
/// `.anyNamed` averages over the named graphs (the first 64 of them, in
/// the dataset's order, when there are more).
struct DatasetStatistics: PlanStatistics {
    let dataset: any QueryableDataset

    init(_ dataset: any QueryableDataset) { self.dataset = dataset }

    private static let sampledGraphs = 64

    /// The graphs to read for `graph`, or nil when it names no graph of the dataset.
    private func selectors(_ graph: PlanGraph) -> [GraphSelector]? {
        switch graph {
        case .defaultGraph: return [.defaultGraph]
        case .named(let t):
            guard let id = dataset.id(of: t), dataset.namedGraphs.contains(id) else { return nil }
            return [.named(id)]
        case .anyNamed:
            return dataset.namedGraphs.prefix(Self.sampledGraphs).map { .named($0) }
        }
    }

    func count(subject: Term?, predicate: Term?, object: Term?, in graph: PlanGraph) -> Int {
        func id(_ t: Term?) -> TermID?? {
            guard let t else { return .some(nil) }
            guard let id = dataset.id(of: t) else { return nil }
            return .some(id)
        }
        guard let s = id(subject), let p = id(predicate), let o = id(object),
              let graphs = selectors(graph), !graphs.isEmpty else { return 0 }
        let total = graphs.reduce(0) { $0 + dataset.count(subject: s, predicate: p, object: o, in: $1) }
        return graphs.count == 1 ? total : (total + graphs.count - 1) / graphs.count
    }

    func statistics(predicate: Term, in graph: PlanGraph) -> PredicateStatistics? {
        guard let p = dataset.id(of: predicate), let graphs = selectors(graph), let first = graphs.first else { return nil }
        if graphs.count == 1 { return dataset.statistics(predicate: p, in: first) }
        var sum = PredicateStatistics(triples: 0, distinctSubjects: 0, distinctObjects: 0)
        var n = 0
        for g in graphs {
            guard let s = dataset.statistics(predicate: p, in: g) else { continue }
            sum.triples += s.triples
            sum.distinctSubjects += s.distinctSubjects
            sum.distinctObjects += s.distinctObjects
            n += 1
        }
        guard n > 0 else { return nil }
        return PredicateStatistics(triples: sum.triples / n, distinctSubjects: max(1, sum.distinctSubjects / n), distinctObjects: max(1, sum.distinctObjects / n))
    }
}
