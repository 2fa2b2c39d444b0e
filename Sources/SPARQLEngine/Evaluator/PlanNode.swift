import RDF

/// A compiled algebra operator (SPARQL 1.1 §18.5).
///
/// `open(input, graph)` evaluates Join({input}, P) over the active graph:
/// the rows of P compatible with `input`, merged with it. Bindings of
/// `input` are pushed into P (index nested loop, sideways information
/// passing) only for the variables in the complement of `blocked`, where substituting the value
/// gives the same answer as joining afterwards; the rest are joined after
/// evaluation. In `substitute` mode (EXISTS, §18.6) bindings are pushed
/// into every variable in scope (except `substituteBlocked`), as the standard's
/// substitution semantics require.
///
/// A node opened again with nothing to push (its answer does not depend on
/// the input) is evaluated once, kept, and joined by hash lookup.
class PlanNode {
    unowned let context: QueryContext
    /// Every variable slot that may be bound by the pattern.
    var variables: Set<Int> = []
    /// Slots bound in every solution of the pattern: the plan's
    /// `QueryPlan.certainlyBound` (the one analysis, set by `PlanCompiler`).
    var certain: Set<Int> = []
    /// The node's position in the plan's pre-order walk (the index of its
    /// row count in `QueryContext.rowCounts`), or -1 (inside EXISTS).
    var planIndex = -1
    /// Slots whose input bindings must not be pushed into evaluation (they
    /// are joined afterwards instead).
    var blocked: SlotSet = .none
    /// Slots not pushed in substitution mode.
    var substituteBlocked: SlotSet = .none

    private var safeMask: [Bool] = []
    private var substituteMask: [Bool] = []
    private var opens = 0
    private var cache: [GraphSelector: RowCache] = [:]

    init(context: QueryContext) { self.context = context }

    /// Evaluates the pattern given `input`; see the type's documentation.
    final func open(_ input: Row, _ graph: GraphSelector, substitute: Bool = false) throws(QueryEvaluationError) -> RowIterator {
        if safeMask.count != input.count {
            safeMask = (0..<input.count).map { !blocked.contains($0) }
            substituteMask = (0..<input.count).map { !substituteBlocked.contains($0) }
        }
        let mask = substitute ? substituteMask : safeMask
        var pushed = input
        var hasRest = false, pushedAny = false
        for i in 0..<input.count where input[i] != 0 {
            if mask[i] { pushedAny = true } else { pushed[i] = 0; hasRest = true }
        }
        if !pushedAny {
            opens += 1
            if opens >= 2 {
                let c: RowCache
                if let existing = cache[graph] { c = existing } else {
                    let it = try openInner(pushed, graph, substitute: substitute)
                    var rows = [Row]()
                    while let r = try it.next() { rows.append(r) }
                    c = RowCache(rows: rows, certain: certain)
                    cache[graph] = c
                }
                return counted(hasRest ? c.join(input) : ArrayRowIterator(c.rows))
            }
        }
        let it = try openInner(pushed, graph, substitute: substitute)
        return counted(hasRest ? MergeRowIterator(it, input) : it)
    }

    /// `it`, counting its rows into `context.rowCounts` when analysing.
    @inline(__always)
    private func counted(_ it: RowIterator) -> RowIterator {
        guard context.rowCounts != nil, planIndex >= 0 else { return it }
        return CountingRowIterator(it, context: context, index: planIndex)
    }

    /// Evaluates the pattern with `input` (only safe bindings) substituted.
    func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        EmptyRowIterator()
    }
}

/// The materialised rows of a node evaluated without input, with hash
/// indexes on its certainly-bound variables built on demand.
final class RowCache {
    let rows: [Row]
    let certain: [Int]
    private var indexes: [[Int]: [Row: [Int]]] = [:]

    init(rows: [Row], certain: Set<Int>) {
        self.rows = rows
        self.certain = certain.sorted()
    }

    func join(_ input: Row) -> RowIterator {
        let keySlots = certain.filter { input[$0] != 0 }
        guard !keySlots.isEmpty else { return MergeRowIterator(ArrayRowIterator(rows), input) }
        let index: [Row: [Int]]
        if let existing = indexes[keySlots] { index = existing } else {
            var built: [Row: [Int]] = [:]
            for (i, r) in rows.enumerated() { built[keySlots.map { r[$0] }, default: []].append(i) }
            indexes[keySlots] = built
            index = built
        }
        guard let hits = index[keySlots.map { input[$0] }] else { return EmptyRowIterator() }
        return MergeRowIterator(ArrayRowIterator(hits.map { rows[$0] }), input)
    }
}

/// The rows of `base`, each counted in `context.rowCounts[index]`
/// (EXPLAIN ANALYZE).
final class CountingRowIterator: RowIterator {
    private let base: RowIterator
    private unowned let context: QueryContext
    private let index: Int
    init(_ base: RowIterator, context: QueryContext, index: Int) {
        self.base = base
        self.context = context
        self.index = index
    }
    override func next() throws(QueryEvaluationError) -> Row? {
        guard let r = try base.next() else { return nil }
        context.rowCounts?[index] += 1
        return r
    }
}
