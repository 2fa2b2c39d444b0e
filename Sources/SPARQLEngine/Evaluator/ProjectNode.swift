/// Project(P, vars) (§18.5 Project): rows restricted to `vars`. Only the
/// projected variables are visible outside (a subquery's other variables
/// are different variables, §12), so only they are pushed in.
final class ProjectNode: PlanNode {
    let pattern: PlanNode
    let projected: Set<Int>
    init(context: QueryContext, _ pattern: PlanNode, slots: Set<Int>) {
        self.pattern = pattern
        self.projected = slots
        super.init(context: context)
        variables = slots
        blocked = .allExcept(slots)
        substituteBlocked = .allExcept(slots)
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let projected = self.projected
        return MapRowIterator(try pattern.open(input, graph, substitute: substitute)) { row in
            var out = row
            for i in 0..<out.count where out[i] != 0 && !projected.contains(i) { out[i] = 0 }
            return out
        }
    }
}
