import RDF
import SPARQLSyntax

/// Group(exprs, P) with Aggregation (§18.5.1, §11): rows of P grouped by
/// the key values (a key that raises an error is unbound), groups in order
/// of first appearance; each output row binds the key variables and the
/// aggregate variables. With no GROUP BY, one group even when P has no
/// rows (so COUNT(*) is 0).
final class GroupNode: PlanNode {
    let pattern: PlanNode
    let keys: [(CompiledExpression, Int?)]
    let aggregates: [(Int, CompiledAggregate)]

    init(context: QueryContext, _ pattern: PlanNode, keys: [(CompiledExpression, Int?)], aggregates: [(Int, CompiledAggregate)]) {
        self.pattern = pattern
        self.keys = keys
        self.aggregates = aggregates
        super.init(context: context)
        variables = Set(keys.compactMap(\.1)).union(aggregates.map(\.0))
        certain = []
        blocked = .all
        substituteBlocked = .all
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let it = try pattern.open(input, graph, substitute: substitute)
        var groupIndex: [[TermID]: Int] = [:]
        var groups: [([TermID], [Row])] = []
        if keys.isEmpty { groups.append(([], [])); groupIndex[[]] = 0 }
        while let r = try it.next() {
            try context.tick()
            var k = [TermID]()
            k.reserveCapacity(keys.count)
            for (e, _) in keys { k.append(try context.value(e, r, graph)) }
            if let g = groupIndex[k] { groups[g].1.append(r) } else {
                groupIndex[k] = groups.count
                groups.append((k, [r]))
            }
        }
        var out = [Row]()
        out.reserveCapacity(groups.count)
        for (k, rows) in groups {
            var row = context.emptyRow
            for (i, (_, slot)) in keys.enumerated() { if let slot { row[slot] = k[i] } }
            for (slot, agg) in aggregates {
                row[slot] = try agg.evaluate(rows, context: context, graph: graph)
            }
            out.append(row)
        }
        return ArrayRowIterator(out)
    }
}
