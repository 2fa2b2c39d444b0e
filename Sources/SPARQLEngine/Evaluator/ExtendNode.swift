/// Extend(P, var, expr) (§18.5 Extend; BIND and SELECT expressions): each
/// row of P with `var` bound to the value of `expr`, or left unbound when
/// the expression raises an error.
final class ExtendNode: PlanNode {
    let pattern: PlanNode
    let slot: Int
    let expression: CompiledExpression
    /// Whether this Extend starts a new solution for BNODE(str) scoping
    /// (the innermost of a chain of Extends over the same rows).
    let startsSolution: Bool
    init(context: QueryContext, _ pattern: PlanNode, slot: Int, _ expression: CompiledExpression) {
        self.pattern = pattern
        self.slot = slot
        self.expression = expression
        self.startsSolution = !(pattern is ExtendNode)
        super.init(context: context)
        var used = Set<Int>()
        expression.collectVariables(into: &used)
        variables = pattern.variables.union([slot])
        var b = used.subtracting(pattern.certain)
        b.insert(slot)
        blocked = .some(b)
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let expression = self.expression, context = self.context, slot = self.slot, starts = startsSolution
        return MapRowIterator(try pattern.open(input, graph, substitute: substitute)) { row throws(QueryEvaluationError) in
            if starts { context.functions.nextSolution() }
            var out = row
            let v = try context.value(expression, row, graph)
            if out[slot] != 0 {
                // already bound (only possible through substitution): keep if equal
                return v == out[slot] || v == 0 ? out : nil
            }
            out[slot] = v
            return out
        }
    }
}
