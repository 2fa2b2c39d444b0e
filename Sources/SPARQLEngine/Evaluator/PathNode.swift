import RDF

/// Path(subject, path, object) (SPARQL 1.1 §18.5 "Evaluation of Property
/// Path Patterns", §18.4 ALP): both ends bound → test, one end bound →
/// walk from it, none → every pair (zero-length paths range over every
/// subject and object of the active graph).
final class PathNode: PlanNode {
    let subject: PatternPosition
    let path: CompiledPath
    let object: PatternPosition

    init(context: QueryContext, subject: PatternPosition, path: CompiledPath, object: PatternPosition) {
        self.subject = subject
        self.path = path
        self.object = object
        super.init(context: context)
        if case .variable(let s) = subject { variables.insert(s) }
        if case .variable(let s) = object { variables.insert(s) }
    }

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        func value(_ p: PatternPosition) -> TermID {
            switch p {
            case .constant(let id): return id
            case .variable(let s): return input[s]
            }
        }
        let s = value(subject), o = value(object)
        // §18.4: with a variable end, a zero-length path ranges over the
        // graph's nodes only; a bound end that is no node matches nothing.
        for (pos, v) in [(subject, s), (object, o)] {
            if case .variable = pos, v != 0, !isNode(v, graph) { return EmptyRowIterator() }
        }
        var rows = [Row]()
        func emit(_ x: TermID, _ y: TermID) {
            var r = input
            if case .variable(let a) = subject {
                if r[a] != 0 && r[a] != x { return }
                r[a] = x
            }
            if case .variable(let b) = object {
                if r[b] != 0 && r[b] != y { return }
                r[b] = y
            }
            rows.append(r)
        }
        if s != 0 {
            for y in try context.pathTargets(path, from: s, forward: true, graph: graph) where o == 0 || y == o { emit(s, y) }
        } else if o != 0 {
            for x in try context.pathTargets(path, from: o, forward: false, graph: graph) { emit(x, o) }
        } else {
            for (x, y) in try context.pathPairs(path, graph: graph) { emit(x, y) }
        }
        return ArrayRowIterator(rows)
    }

    private func isNode(_ id: TermID, _ graph: GraphSelector) -> Bool {
        let ds = context.dataset
        return ds.count(subject: id, predicate: nil, object: nil, in: graph) > 0
            || ds.count(subject: nil, predicate: nil, object: id, in: graph) > 0
    }
}
