/// Union(P1, P2) (§18.5 Union): the rows of P1, then those of P2 (bag union).
final class UnionNode: PlanNode {
    let left: PlanNode, right: PlanNode
    init(context: QueryContext, _ left: PlanNode, _ right: PlanNode) {
        self.left = left
        self.right = right
        super.init(context: context)
        variables = left.variables.union(right.variables)
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let left = self.left, right = self.right
        return ConcatRowIterator([
            PendingOpen(node: left, input: input, graph: graph, substitute: substitute),
            PendingOpen(node: right, input: input, graph: graph, substitute: substitute),
        ])
    }
}
