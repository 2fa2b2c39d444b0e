import RDF

/// The graph a pattern's statistics are read from.
public enum PlanGraph: Hashable, Sendable {
    /// The default graph.
    case defaultGraph
    /// The named graph with this name (`GRAPH <iri> { … }`).
    case named(Term)
    /// Any one named graph (`GRAPH ?g { … }`): figures are per graph, on
    /// average.
    case anyNamed
}

/// What the optimiser knows of the data: triple counts by pattern and
/// per-predicate statistics, as the store's indexes give them.
///
/// The optimiser never reads triples; with no statistics (nil) it keeps
/// the written order of each BGP.
public protocol PlanStatistics {
    /// The number of triples of `graph` matching the pattern (nil is a
    /// wildcard); 0 when a term does not occur in the data. Exact or an
    /// estimate.
    /// - Complexity: O(log n) expected for the in-memory store.
    func count(subject: Term?, predicate: Term?, object: Term?, in graph: PlanGraph) -> Int

    /// Statistics of `predicate` in `graph`, or nil when unknown.
    func statistics(predicate: Term, in graph: PlanGraph) -> PredicateStatistics?
}
