/// Graph(name, P) (§18.5 Graph; §13.3): P evaluated with a named graph as
/// the active graph. With a variable, the union over every named graph
/// (or the one the variable is bound to) of P joined with {var → name}.
final class GraphNode: PlanNode {
    let name: PatternPosition
    let pattern: PlanNode
    init(context: QueryContext, name: PatternPosition, _ pattern: PlanNode) {
        self.name = name
        self.pattern = pattern
        super.init(context: context)
        variables = pattern.variables
        if case .variable(let v) = name { variables.insert(v) }
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let graphs: [TermID]
        let named = context.dataset.namedGraphs
        var slot: Int?
        switch name {
        case .constant(let id): graphs = named.contains(id) ? [id] : []
        case .variable(let v):
            slot = v
            graphs = input[v] != 0 ? (named.contains(input[v]) ? [input[v]] : []) : named
        }
        let pattern = self.pattern
        return ConcatRowIterator(graphs.map { g in
            var row = input
            if let slot { row[slot] = g }
            return PendingOpen(node: pattern, input: row, graph: .named(g), substitute: substitute)
        })
    }
}
