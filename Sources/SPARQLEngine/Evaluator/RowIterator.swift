/// A pull-based stream of rows (the evaluator's streaming unit). Subclasses
/// implement one algebra operator each.
class RowIterator {
    func next() throws(QueryEvaluationError) -> Row? { nil }
}

/// No rows.
final class EmptyRowIterator: RowIterator {}

/// The rows of an array.
final class ArrayRowIterator: RowIterator {
    private let rows: [Row]
    private var i = 0
    init(_ rows: [Row]) { self.rows = rows }
    override func next() throws(QueryEvaluationError) -> Row? {
        guard i < rows.count else { return nil }
        defer { i += 1 }
        return rows[i]
    }
}

/// One row.
final class SingleRowIterator: RowIterator {
    private var row: Row?
    init(_ row: Row) { self.row = row }
    override func next() throws(QueryEvaluationError) -> Row? {
        defer { row = nil }
        return row
    }
}

/// Rows of `base` compatible with `input`, merged with it (Join({input}, base)).
final class MergeRowIterator: RowIterator {
    private let base: RowIterator
    private let input: Row
    init(_ base: RowIterator, _ input: Row) { self.base = base; self.input = input }
    override func next() throws(QueryEvaluationError) -> Row? {
        while let r = try base.next() {
            if r.isCompatible(with: input) { return r.merged(with: input) }
        }
        return nil
    }
}

/// A deferred `PlanNode.open` call.
struct PendingOpen {
    let node: PlanNode
    let input: Row
    let graph: GraphSelector
    let substitute: Bool
}

/// The rows of each opened node in turn (bag union), opening lazily.
final class ConcatRowIterator: RowIterator {
    private var current: RowIterator?
    private var rest: [PendingOpen]
    init(_ parts: [PendingOpen]) { self.rest = parts.reversed() }
    override func next() throws(QueryEvaluationError) -> Row? {
        while true {
            if let c = current, let r = try c.next() { return r }
            guard let p = rest.popLast() else { current = nil; return nil }
            current = try p.node.open(p.input, p.graph, substitute: p.substitute)
        }
    }
}

/// For each row of `outer`, the rows of `inner(row)` (nested loop).
final class FlatMapRowIterator: RowIterator {
    private let outer: RowIterator
    private let inner: (Row) throws(QueryEvaluationError) -> RowIterator
    private var current: RowIterator?
    init(_ outer: RowIterator, _ inner: @escaping (Row) throws(QueryEvaluationError) -> RowIterator) {
        self.outer = outer
        self.inner = inner
    }
    override func next() throws(QueryEvaluationError) -> Row? {
        while true {
            if let c = current, let r = try c.next() { return r }
            guard let o = try outer.next() else { current = nil; return nil }
            current = try inner(o)
        }
    }
}

/// The rows of `base` that pass `keep`, possibly rewritten (nil drops the row).
final class MapRowIterator: RowIterator {
    private let base: RowIterator
    private let transform: (Row) throws(QueryEvaluationError) -> Row?
    init(_ base: RowIterator, _ transform: @escaping (Row) throws(QueryEvaluationError) -> Row?) {
        self.base = base
        self.transform = transform
    }
    override func next() throws(QueryEvaluationError) -> Row? {
        while let r = try base.next() {
            if let out = try transform(r) { return out }
        }
        return nil
    }
}
