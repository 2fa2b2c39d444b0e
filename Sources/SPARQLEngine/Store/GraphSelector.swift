/// Which graph of a dataset a pattern is matched against (SPARQL 1.1 §13.3:
/// the active graph is the default graph, or one named graph inside
/// `GRAPH`).
public enum GraphSelector: Hashable, Sendable {
    /// The default graph.
    case defaultGraph
    /// The named graph whose name has this id.
    case named(TermID)
}
