/// Join(P1, P2) (§18.5 Join): each row of P1 is passed into P2 (index
/// nested loop; P2 independent of P1 is evaluated once and hash-joined,
/// see `PlanNode.open`).
final class JoinNode: PlanNode {
    let left: PlanNode, right: PlanNode
    init(context: QueryContext, _ left: PlanNode, _ right: PlanNode) {
        self.left = left
        self.right = right
        super.init(context: context)
        variables = left.variables.union(right.variables)
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let right = self.right
        return FlatMapRowIterator(try left.open(input, graph, substitute: substitute)) { row throws(QueryEvaluationError) in
            try right.open(row, graph, substitute: substitute)
        }
    }
}
