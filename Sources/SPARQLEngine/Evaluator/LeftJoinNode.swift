/// LeftJoin(P1, P2, expr) (§18.5 LeftJoin): for each row μ1 of P1, the
/// rows μ1 ∪ μ2 of P2 compatible with μ1 for which `expr` (seeing both
/// sides) is true; μ1 alone when there is none. Errors in `expr` are false.
///
/// The optional side's matches depend only on the left row's values of the
/// slots P2 and `expr` read (`keySlots`): they are computed from the row
/// restricted to those slots and merged with each row. Consecutive left
/// rows with the same key values (a BGP yields the rows of one subject
/// together) reuse the previous matches instead of evaluating P2 again: a
/// one-entry memo, so memory stays O(matches of one key) and the output
/// (rows and order) is that of evaluating P2 for every row. Not in EXISTS
/// substitution, nor when the query calls RAND, UUID, STRUUID or BNODE.
final class LeftJoinNode: PlanNode {
    let left: PlanNode, right: PlanNode
    let expression: CompiledExpression?
    /// The slots the optional side and the expression read or bind, ascending.
    private let keySlots: [Int]
    init(context: QueryContext, _ left: PlanNode, _ right: PlanNode, _ expression: CompiledExpression?) {
        self.left = left
        self.right = right
        self.expression = expression
        var rightSide = right.variables
        expression?.collectVariables(into: &rightSide)
        keySlots = rightSide.sorted()
        super.init(context: context)
        variables = left.variables.union(rightSide)
        // A binding of a variable the optional side reads but the left side
        // may leave unbound changes the answer if pushed in.
        blocked = .some(rightSide.subtracting(left.certain))
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let right = self.right, expression = self.expression, context = self.context
        let leftRows = try left.open(input, graph, substitute: substitute)
        if substitute || context.usesVaryingFunctions {
            // EXISTS substitution pushes every binding; RAND, BNODE, … differ per row: no memo.
            return FlatMapRowIterator(leftRows) { row throws(QueryEvaluationError) in
                let it = try right.open(row, graph, substitute: true)
                var matches = [Row]()
                while let r = try it.next() {
                    if let expression, !(try context.test(expression, r, graph)) { continue }
                    matches.append(r)
                }
                return matches.isEmpty ? SingleRowIterator(row) : ArrayRowIterator(matches)
            }
        }
        return LeftJoinIterator(leftRows, keySlots: keySlots) { key throws(QueryEvaluationError) in
            let it = try right.open(key, graph, substitute: false)
            var matches = [Row]()
            while let r = try it.next() {
                if let expression, !(try context.test(expression, r, graph)) { continue }
                matches.append(r)
            }
            return matches
        }
    }
}

/// The rows of a LeftJoin without substitution: each left row merged with
/// the optional side's matches for its key (`matches(key)`, the row
/// restricted to `keySlots`), or alone when there are none; the matches
/// of the previous key are reused while the key stays the same.
final class LeftJoinIterator: RowIterator {
    private let left: RowIterator
    private let keySlots: [Int]
    private let matches: (Row) throws(QueryEvaluationError) -> [Row]
    private var key: Row?
    private var current: [Row] = []
    private var row: Row = []
    private var index = 0

    init(_ left: RowIterator, keySlots: [Int], matches: @escaping (Row) throws(QueryEvaluationError) -> [Row]) {
        self.left = left
        self.keySlots = keySlots
        self.matches = matches
    }

    override func next() throws(QueryEvaluationError) -> Row? {
        if index < current.count {
            index += 1
            return current[index - 1].merged(with: row)
        }
        guard let r = try left.next() else { return nil }
        var same = key != nil
        if let k = key {
            for s in keySlots where k[s] != r[s] { same = false; break }
        }
        if !same {
            var k = Row(repeating: 0, count: r.count)
            for s in keySlots { k[s] = r[s] }
            current = try matches(k)
            key = k
        }
        if current.isEmpty { return r }
        row = r
        index = 1
        return current[0].merged(with: r)
    }
}
