/// Minus(P1, P2) (§18.5 Minus): the rows μ of P1 for which no row μ' of P2
/// is compatible with μ while sharing at least one bound variable
/// (disjoint domains never remove anything).
final class MinusNode: PlanNode {
    let left: PlanNode, right: PlanNode
    init(context: QueryContext, _ left: PlanNode, _ right: PlanNode) {
        self.left = left
        self.right = right
        super.init(context: context)
        variables = left.variables.union(right.variables)
        blocked = .some(right.variables.subtracting(left.certain))
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        let leftRows = try left.open(input, graph, substitute: substitute)
        // Substitution (EXISTS, §18.6) also applies inside the right side.
        let rightInput = substitute ? input : context.emptyRow
        let it = try right.open(rightInput, graph, substitute: substitute)
        var rightRows = [Row]()
        let boundOutside = substitute ? (0..<input.count).filter { input[$0] != 0 } : []
        while var r = try it.next() {
            for s in boundOutside { r[s] = 0 }  // substituted values are constants, not bindings
            rightRows.append(r)
        }
        if rightRows.isEmpty { return leftRows }
        // hash on the slots certainly bound on both sides
        let keys = left.certain.intersection(right.certain).sorted()
        var index: [Row: [Int]] = [:]
        if !keys.isEmpty {
            for (i, r) in rightRows.enumerated() { index[keys.map { r[$0] }, default: []].append(i) }
        }
        let context = self.context
        return MapRowIterator(leftRows) { row throws(QueryEvaluationError) in
            try context.tick()
            func removes(_ r: Row) -> Bool {
                var shared = false
                for i in 0..<row.count {
                    let a = row[i], b = r[i]
                    if a != 0 && b != 0 {
                        if a != b { return false }
                        shared = true
                    }
                }
                return shared
            }
            if !keys.isEmpty {
                guard let hits = index[keys.map { row[$0] }] else { return row }
                return hits.contains { removes(rightRows[$0]) } ? nil : row
            }
            return rightRows.contains(where: removes) ? nil : row
        }
    }
}
