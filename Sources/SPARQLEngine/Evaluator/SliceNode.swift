/// Slice(P, offset, limit) (§18.5 Slice): skips `offset` rows, then yields
/// at most `limit`; stops pulling from P once the limit is reached.
final class SliceNode: PlanNode {
    let pattern: PlanNode
    let offset: Int
    let limit: Int?
    init(context: QueryContext, _ pattern: PlanNode, offset: Int, limit: Int?) {
        self.pattern = pattern
        self.offset = offset
        self.limit = limit
        super.init(context: context)
        variables = pattern.variables
        blocked = .all
        substituteBlocked = .all
    }
    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        SliceRowIterator(try pattern.open(input, graph, substitute: substitute), offset: offset, limit: limit)
    }
}

final class SliceRowIterator: RowIterator {
    private let base: RowIterator
    private var toSkip: Int
    private var left: Int?
    init(_ base: RowIterator, offset: Int, limit: Int?) {
        self.base = base
        self.toSkip = offset
        self.left = limit
    }
    override func next() throws(QueryEvaluationError) -> Row? {
        if let l = left, l <= 0 { return nil }
        while toSkip > 0 {
            guard try base.next() != nil else { return nil }
            toSkip -= 1
        }
        guard let r = try base.next() else { return nil }
        if let l = left { left = l - 1 }
        return r
    }
}
