import RDF
import SPARQLSyntax

/// Per-query state: the dataset, the query-local term table (terms made
/// by expressions or written in the query but absent from the data), the
/// variable slots, the function context and the deadline.
final class QueryContext {
    let dataset: any QueryableDataset
    private var localTerms: [Term] = []
    private var localIDs: [ExactTerm: TermID] = [:]
    var functions: FunctionContext
    let deadline: ContinuousClock.Instant?
    private var ticks = 0
    /// Variable → slot index.
    var slots: [Variable: Int] = [:]
    var variableNames: [Variable] = []
    /// A query-ending error raised inside an expression (timeout in EXISTS).
    var pendingError: QueryEvaluationError?
    /// Rows produced per plan operator (pre-order index), when analysing
    /// (EXPLAIN ANALYZE); nil otherwise.
    var rowCounts: [Int]?
    /// Whether the query calls RAND, UUID, STRUUID or BNODE (values that
    /// differ per call): operators then never reuse one row's results for
    /// another (see `LeftJoinNode`). Set while compiling.
    var usesVaryingFunctions = false

    init(dataset: any QueryableDataset, functions: FunctionContext, deadline: ContinuousClock.Instant?) {
        self.dataset = dataset
        self.functions = functions
        self.deadline = deadline
    }

    var width: Int { variableNames.count }
    var emptyRow: Row { Row(repeating: 0, count: width) }

    func slot(_ v: Variable) -> Int {
        if let s = slots[v] { return s }
        let s = variableNames.count
        slots[v] = s
        variableNames.append(v)
        return s
    }

    @inline(__always)
    func term(_ id: TermID) -> Term {
        if id & TermID.queryLocalFlag != 0 { return localTerms[Int(id & ~TermID.queryLocalFlag)] }
        return dataset.term(of: id)
    }

    /// The id of `term`: the dataset's, or a query-local one.
    func id(_ term: Term) -> TermID {
        if let id = dataset.id(of: term) { return id }
        if let id = localIDs[ExactTerm(term)] { return id }
        let id = TermID(localTerms.count) | TermID.queryLocalFlag
        localTerms.append(term)
        localIDs[ExactTerm(term)] = id
        return id
    }

    /// Counts one step; every 4096 steps checks the deadline.
    @inline(__always)
    func tick() throws(QueryEvaluationError) {
        ticks &+= 1
        if ticks & 0xFFF == 0 { try checkDeadline() }
    }

    func checkDeadline() throws(QueryEvaluationError) {
        if let deadline, ContinuousClock.now >= deadline {
            throw QueryEvaluationError(.timeout, "query timed out")
        }
    }
}
