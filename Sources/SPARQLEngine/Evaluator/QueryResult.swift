import RDF
import SPARQLSyntax

/// The result of a query (SPARQL 1.1 §16): solutions for SELECT, a boolean
/// for ASK, a graph for CONSTRUCT and DESCRIBE.
public enum QueryResult {
    /// SELECT: the projected variables and a stream of solutions, pulled
    /// lazily (evaluation happens as you pull; timeouts are thrown then).
    case solutions(variables: [Variable], SolutionStream)
    /// ASK.
    case boolean(Bool)
    /// CONSTRUCT / DESCRIBE: the triples, without duplicates, in the order
    /// first produced.
    case graph([Triple])
}
