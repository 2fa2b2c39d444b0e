import RDF
import SPARQLSyntax

/// The solutions of a SELECT query, produced lazily (streaming evaluation).
///
/// Pull with `next()`; each call may throw `QueryEvaluationError` (e.g.
/// `.timeout`). `rows()` and `solutions()` drain the stream.
public final class SolutionStream {
    /// The projected variables; `Solution.values` and rows align with it.
    public let variables: [Variable]
    private let iterator: RowIterator
    private let slots: [Int]
    private let context: QueryContext

    init(variables: [Variable], slots: [Int], iterator: RowIterator, context: QueryContext) {
        self.variables = variables
        self.slots = slots
        self.iterator = iterator
        self.context = context
    }

    /// The next row: the value of each of `variables`, nil when unbound.
    public func nextRow() throws(QueryEvaluationError) -> [Term?]? {
        guard let row = try iterator.next() else { return nil }
        return slots.map { row[$0] == 0 ? nil : context.term(row[$0]) }
    }

    /// The next solution, or nil at the end.
    public func next() throws(QueryEvaluationError) -> Solution? {
        guard let values = try nextRow() else { return nil }
        return Solution(variables: variables, values: values)
    }

    /// Every remaining row.
    public func rows() throws(QueryEvaluationError) -> [[Term?]] {
        var out = [[Term?]]()
        while let r = try nextRow() { out.append(r) }
        return out
    }

    /// Every remaining solution.
    public func solutions() throws(QueryEvaluationError) -> [Solution] {
        var out = [Solution]()
        while let s = try next() { out.append(s) }
        return out
    }
}
