/// Filter(expr, P) (§18.5 Filter): the rows of P whose expression has
/// effective boolean value true; an error counts as false (§17.2).
final class FilterNode: PlanNode {
    let expression: CompiledExpression
    let pattern: PlanNode
    init(context: QueryContext, _ expression: CompiledExpression, _ pattern: PlanNode) {
        self.expression = expression
        self.pattern = pattern
        super.init(context: context)
        var used = Set<Int>()
        expression.collectVariables(into: &used)
        variables = pattern.variables.union(used)
        blocked = .some(used.subtracting(pattern.certain))
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let expression = self.expression, context = self.context
        return MapRowIterator(try pattern.open(input, graph, substitute: substitute)) { row throws(QueryEvaluationError) in
            try context.test(expression, row, graph) ? row : nil
        }
    }
}
