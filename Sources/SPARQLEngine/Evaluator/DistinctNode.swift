/// Distinct(P) (§18.5 Distinct), also used for Reduced(P) (which permits
/// removing any duplicates): the first occurrence of each row, streaming.
final class DistinctNode: PlanNode {
    let pattern: PlanNode
    init(context: QueryContext, _ pattern: PlanNode) {
        self.pattern = pattern
        super.init(context: context)
        variables = pattern.variables
        blocked = .all
        substituteBlocked = .all
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        var seen = Set<Row>()
        return MapRowIterator(try pattern.open(input, graph, substitute: substitute)) { row in
            seen.insert(row).inserted ? row : nil
        }
    }
}
