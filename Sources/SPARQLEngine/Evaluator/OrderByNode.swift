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
            let c = TermValues.orderCompare(a[i], b[i], breakingTies: false)
            if c != 0 { return ascending ? c < 0 : c > 0 }
        }
        return false
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let it = try pattern.open(input, graph, substitute: substitute)
        if let k = topK { return try bounded(it, k, graph) }
        // Full sort: each condition's values are ranked once (distinct values
        // sorted by `orderCompare`, equal values — `25` and `25.0` too — sharing
        // a rank, so the next condition decides between them), then rows sort
        // by their integer ranks, ties broken by position (stable).
        var rows = [Row]()
        var values: [[Term?]] = Array(repeating: [], count: conditions.count)
        while let r = try it.next() {
            try context.tick()
            rows.append(r)
            for (c, (e, _)) in conditions.enumerated() {
                if case .slot = e { continue }
                values[c].append(try? context.evaluate(e, r, graph))
            }
        }
        let n = rows.count, width = conditions.count
        var ranks = [Int](repeating: 0, count: n * width)
        for (c, (e, _)) in conditions.enumerated() {
            if case .slot(let s) = e {
                let ids = Array(Set(rows.map { $0[s] }))
                let terms = ids.map { $0 == 0 ? nil : context.term($0) }
                let order = ids.indices.sorted { TermValues.orderCompare(terms[$0], terms[$1]) < 0 }
                var rankOf: [TermID: Int] = [:]
                rankOf.reserveCapacity(ids.count)
                var rank = 0
                for (j, i) in order.enumerated() {
                    if j > 0, TermValues.orderCompare(terms[order[j - 1]], terms[i], breakingTies: false) != 0 { rank += 1 }
                    rankOf[ids[i]] = rank
                }
                for i in 0..<n { ranks[i * width + c] = rankOf[rows[i][s]]! }
            } else {
                let column = values[c]
                let order = column.indices.sorted { TermValues.orderCompare(column[$0], column[$1]) < 0 }
                var rank = 0
                for (j, i) in order.enumerated() {
                    if j > 0, TermValues.orderCompare(column[order[j - 1]], column[i], breakingTies: false) != 0 { rank += 1 }
                    ranks[i * width + c] = rank
                }
            }
        }
        let ascending = conditions.map(\.1)
        let sorted = (0..<n).sorted { a, b in
            for c in 0..<width {
                let x = ranks[a * width + c], y = ranks[b * width + c]
                if x != y { return ascending[c] ? x < y : x > y }
            }
            return a < b
        }
        return ArrayRowIterator(sorted.map { rows[$0] })
    }

    /// The first `k` rows in order, kept in a sorted buffer of at most `k`.
    private func bounded(_ it: RowIterator, _ k: Int, _ graph: GraphSelector) throws(QueryEvaluationError) -> RowIterator {
        var items = [Keyed]()
        while let r = try it.next() {
            try context.tick()
            var keys = [Term?]()
            keys.reserveCapacity(conditions.count)
            for (e, _) in conditions {
                if case .slot(let s) = e { keys.append(r[s] == 0 ? nil : context.term(r[s])); continue }
                keys.append(try? context.evaluate(e, r, graph))
            }
            if items.count >= k, let last = items.last, !less(keys, last.keys) { continue }
            // insert after every element not greater (stable)
            var lo = 0, hi = items.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if less(keys, items[mid].keys) { hi = mid } else { lo = mid + 1 }
            }
            items.insert(Keyed(keys: keys, row: r), at: lo)
            if items.count > k { items.removeLast() }
        }
        return ArrayRowIterator(items.map(\.row))
    }
}
