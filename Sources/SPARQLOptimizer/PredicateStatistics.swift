/// Statistics of one predicate in one graph, used to estimate the
/// cardinality of triple patterns when choosing a join order.
public struct PredicateStatistics: Hashable, Sendable {
    /// Triples with this predicate.
    public var triples: Int
    /// Distinct subjects of those triples.
    public var distinctSubjects: Int
    /// Distinct objects of those triples.
    public var distinctObjects: Int

    public init(triples: Int, distinctSubjects: Int, distinctObjects: Int) {
        self.triples = triples
        self.distinctSubjects = distinctSubjects
        self.distinctObjects = distinctObjects
    }
}
