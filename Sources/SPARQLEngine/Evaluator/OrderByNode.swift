import RDF

/// OrderBy(P, conditions) (§18.5 OrderBy, §15.1): a stable sort of the rows
/// of P by the conditions, in the SPARQL ordering of
/// `TermValues.orderCompare` (unbound first, then blank nodes, IRIs,
/// literals). When only the first `topK` rows are needed (ORDER BY with
/// LIMIT, the plan's `topK`), keeps a bounded sorted buffer instead of
/// sorting everything.
final class OrderByNode: PlanNode {
    let pattern: PlanNode
    let conditions: [(CompiledExpression, Bool)]
    let topK: Int?
    init(context: QueryContext, _ pattern: PlanNode, _ conditions: [(CompiledExpression, Bool)], topK: Int? = nil) {
        self.pattern = pattern
        self.conditions = conditions
        self.topK = topK
        super.init(context: context)
        variables = pattern.variables
    }

    private struct Keyed {
        var keys: [Term?]
        var row: Row
    }

    private func less(_ a: [Term?], _ b: [Term?]) -> Bool {
        for (i, (_, ascending)) in conditions.enumerated() {
            let c = TermValues.orderCompare(a[i], b[i])
            if c != 0 { return ascending ? c < 0 : c > 0 }
        }
        return false
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let it = try pattern.open(input, graph, substitute: substitute)
        var items = [Keyed]()
        while let r = try it.next() {
            try context.tick()
            var keys = [Term?]()
            keys.reserveCapacity(conditions.count)
            for (e, _) in conditions {
                if case .slot(let s) = e { keys.append(r[s] == 0 ? nil : context.term(r[s])); continue }
                keys.append(try? context.evaluate(e, r, graph))
            }
            if let k = topK {
                if items.count >= k, let last = items.last, !less(keys, last.keys) { continue }
                // insert after every element not greater (stable)
                var lo = 0, hi = items.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if less(keys, items[mid].keys) { hi = mid } else { lo = mid + 1 }
                }
                items.insert(Keyed(keys: keys, row: r), at: lo)
                if items.count > k { items.removeLast() }
            } else {
                items.append(Keyed(keys: keys, row: r))
            }
        }
        if topK == nil {
            // stable: Swift's sort is not guaranteed stable, so break ties by position
            let indexed = items.enumerated().map { ($0.offset, $0.element) }
            let sorted = indexed.sorted { a, b in
                if less(a.1.keys, b.1.keys) { return true }
                if less(b.1.keys, a.1.keys) { return false }
                return a.0 < b.0
            }
            return ArrayRowIterator(sorted.map(\.1.row))
        }
        return ArrayRowIterator(items.map(\.row))
    }
}
