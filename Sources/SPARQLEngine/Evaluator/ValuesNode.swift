/// ToMultiSet(VALUES …) (§18.5, §10.2): the inline rows compatible with the input.
final class ValuesNode: PlanNode {
    /// Each row as its bound (slot, id) cells (UNDEF cells omitted).
    let cells: [[(Int, TermID)]]
    init(context: QueryContext, cells: [[(Int, TermID)]], slots: [Int]) {
        self.cells = cells
        super.init(context: context)
        variables = Set(slots)
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        var out = [Row]()
        rows: for row in cells {
            var r = input
            for (s, id) in row {
                if r[s] != 0 && r[s] != id { continue rows }
                r[s] = id
            }
            out.append(r)
        }
        return ArrayRowIterator(out)
    }
}
