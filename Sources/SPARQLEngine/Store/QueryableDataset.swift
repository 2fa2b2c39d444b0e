import RDF
import SPARQLOptimizer

/// The data a SPARQL query is evaluated on, seen through dictionary-encoded
/// term ids (SPARQL 1.1 §13: an RDF dataset of one default graph and zero
/// or more named graphs).
///
/// The evaluator (`QueryEvaluator`) works only through this protocol.
/// `IndexedDataset` is the in-memory implementation.
///
/// Contract: ids are in `1..<TermID.queryLocalFlag`; one term has one id
/// (so id equality is RDF term equality, `sameTerm`); `match` returns each
/// distinct triple of the selected graph once.
public protocol QueryableDataset: AnyObject {
    /// The id of `term`, or nil when the term does not occur in the dataset.
    /// - Complexity: expected O(1).
    func id(of term: Term) -> TermID?

    /// The term with id `id` (which must have come from this dataset).
    func term(of id: TermID) -> Term

    /// The names of the named graphs, in a deterministic order.
    var namedGraphs: [TermID] { get }

    /// The triples of `graph` matching the pattern; `nil` is a wildcard.
    func match(subject: TermID?, predicate: TermID?, object: TermID?, in graph: GraphSelector) -> TripleCursor

    /// The number of triples `match` would return (exact or an estimate).
    /// - Complexity: O(log n) for `IndexedDataset`.
    func count(subject: TermID?, predicate: TermID?, object: TermID?, in graph: GraphSelector) -> Int

    /// Per-predicate statistics of `graph`, or nil when unknown.
    func statistics(predicate: TermID, in graph: GraphSelector) -> PredicateStatistics?

    /// Every subject and object of `graph`, without duplicates (the nodes a
    /// zero-length property path ranges over, SPARQL 1.1 §18.4).
    func nodes(in graph: GraphSelector) -> [TermID]

    /// A prefix that no blank-node label in the dataset starts with: the
    /// labels of blank nodes a query makes (BNODE(), §17.4.2.9) start with
    /// it, so they never equal a blank node of the data.
    var freshBlankNodePrefix: String { get }
}
