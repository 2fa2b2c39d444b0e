/// LeftJoin(P1, P2, expr) (§18.5 LeftJoin): for each row μ1 of P1, the
/// rows μ1 ∪ μ2 of P2 compatible with μ1 for which `expr` (seeing both
/// sides) is true; μ1 alone when there is none. Errors in `expr` are false.
final class LeftJoinNode: PlanNode {
    let left: PlanNode, right: PlanNode
    let expression: CompiledExpression?
    init(context: QueryContext, _ left: PlanNode, _ right: PlanNode, _ expression: CompiledExpression?) {
        self.left = left
        self.right = right
        self.expression = expression
        super.init(context: context)
        var rightSide = right.variables
        expression?.collectVariables(into: &rightSide)
        variables = left.variables.union(rightSide)
        // A binding of a variable the optional side reads but the left side
        // may leave unbound changes the answer if pushed in.
        blocked = .some(rightSide.subtracting(left.certain))
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let right = self.right, expression = self.expression, context = self.context
        return FlatMapRowIterator(try left.open(input, graph, substitute: substitute)) { row throws(QueryEvaluationError) in
            let it = try right.open(row, graph, substitute: substitute)
            var matches = [Row]()
            while let r = try it.next() {
                if let expression, !(try context.test(expression, r, graph)) { continue }
                matches.append(r)
            }
            return matches.isEmpty ? SingleRowIterator(row) : ArrayRowIterator(matches)
        }
    }
}
