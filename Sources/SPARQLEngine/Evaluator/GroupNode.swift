import RDF
import SPARQLSyntax

/// Group(exprs, P) with Aggregation (§18.5.1, §11): rows of P grouped by
/// the key values (a key that raises an error is unbound), groups in order
/// of first appearance; each output row binds the key variables and the
/// aggregate variables. With no GROUP BY, one group even when P has no
/// rows (so COUNT(*) is 0). Aggregates are accumulated as rows stream by.
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
        blocked = .all
        substituteBlocked = .all
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let it = try pattern.open(input, graph, substitute: substitute)
        var groupIndex: [[TermID]: Int] = [:]
        var singleIndex: [TermID: Int] = [:]
        var groups: [([TermID], [AggregateAccumulator])] = []
        let single: Int? = keys.count == 1 ? { if case .slot(let s) = keys[0].0 { return s } else { return nil } }() : nil
        func newGroup(_ k: [TermID]) -> Int {
            groups.append((k, aggregates.map { $0.1.makeAccumulator() }))
            return groups.count - 1
        }
        if keys.isEmpty { groupIndex[[]] = newGroup([]) }
        // The key slots when every key is a plain variable.
        let keySlots: [Int]? = keys.allSatisfy { if case .slot = $0.0 { true } else { false } }
            ? keys.map { if case .slot(let s) = $0.0 { s } else { 0 } } : nil
        var lastGroup = -1
        while let r = try it.next() {
            try context.tick()
            let g: Int
            if let single {
                let id = r[single]
                if let existing = singleIndex[id] { g = existing } else { g = newGroup([id]); singleIndex[id] = g }
            } else if let slots = keySlots {
                // Consecutive rows of one group (common: a BGP yields the rows
                // of one subject together) reuse the last lookup without
                // building a key.
                var same = lastGroup >= 0
                if same { for (i, s) in slots.enumerated() where groups[lastGroup].0[i] != r[s] { same = false; break } }
                if same { g = lastGroup } else {
                    let k = slots.map { r[$0] }
                    if let existing = groupIndex[k] { g = existing } else { g = newGroup(k); groupIndex[k] = g }
                    lastGroup = g
                }
            } else {
                var k = [TermID]()
                k.reserveCapacity(keys.count)
                for (e, _) in keys { k.append(try context.value(e, r, graph)) }
                if let existing = groupIndex[k] { g = existing } else { g = newGroup(k); groupIndex[k] = g }
            }
            for acc in groups[g].1 { try acc.add(r, context: context, graph: graph) }
        }
        var out = [Row]()
        out.reserveCapacity(groups.count)
        for (k, accumulators) in groups {
            var row = context.emptyRow
            for (i, (_, slot)) in keys.enumerated() { if let slot { row[slot] = k[i] } }
            for (j, (slot, _)) in aggregates.enumerated() { row[slot] = accumulators[j].result(context) }
            out.append(row)
        }
        return ArrayRowIterator(out)
    }
}
