import RDF

/// A property path with its IRIs encoded (§18.1.7). An IRI absent from the
/// data gets `nil` (it matches nothing).
indirect enum CompiledPath {
    case link(TermID?)
    case inverse(CompiledPath)
    case sequence(CompiledPath, CompiledPath)
    case alternative(CompiledPath, CompiledPath)
    case zeroOrMore(CompiledPath)
    case oneOrMore(CompiledPath)
    case zeroOrOne(CompiledPath)
    case negated(forward: Set<TermID>, inverse: Set<TermID>, hasForward: Bool, hasInverse: Bool)
}

extension QueryContext {
    /// The nodes reachable from `start` by `path` (forward) or reaching it
    /// (`forward == false`), with the multiplicity of §18.5 path evaluation:
    /// a bag for links, sequences and alternatives, a set for `*`, `+`, `?`
    /// (ALP, §18.4, with a visited set so cycles terminate).
    func pathTargets(_ path: CompiledPath, from start: TermID, forward: Bool, graph: GraphSelector) throws(QueryEvaluationError) -> [TermID] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            var out = [TermID]()
            if forward {
                var c = dataset.match(subject: start, predicate: p, object: nil, in: graph)
                while let t = c.next() { out.append(t.object) }
            } else {
                var c = dataset.match(subject: nil, predicate: p, object: start, in: graph)
                while let t = c.next() { out.append(t.subject) }
            }
            return out
        case .inverse(let inner):
            return try pathTargets(inner, from: start, forward: !forward, graph: graph)
        case .sequence(let a, let b):
            let (first, second) = forward ? (a, b) : (b, a)
            var out = [TermID]()
            for m in try pathTargets(first, from: start, forward: forward, graph: graph) {
                try tick()
                out += try pathTargets(second, from: m, forward: forward, graph: graph)
            }
            return out
        case .alternative(let a, let b):
            return try pathTargets(a, from: start, forward: forward, graph: graph)
                + pathTargets(b, from: start, forward: forward, graph: graph)
        case .zeroOrOne(let inner):
            var seen: Set<TermID> = [start]
            var out = [start]
            for t in try pathTargets(inner, from: start, forward: forward, graph: graph) where seen.insert(t).inserted { out.append(t) }
            return out
        case .zeroOrMore(let inner):
            return try closure(inner, from: start, forward: forward, includeStart: true, graph: graph)
        case .oneOrMore(let inner):
            return try closure(inner, from: start, forward: forward, includeStart: false, graph: graph)
        case .negated(let fwd, let inv, let hasForward, let hasInverse):
            // §9.1: !(a|^b) is !(a) | ^!(b); each part only when written.
            var out = [TermID]()
            if hasForward {
                var c = forward ? dataset.match(subject: start, predicate: nil, object: nil, in: graph)
                    : dataset.match(subject: nil, predicate: nil, object: start, in: graph)
                while let t = c.next() { if !fwd.contains(t.predicate) { out.append(forward ? t.object : t.subject) } }
            }
            if hasInverse {
                var c = forward ? dataset.match(subject: nil, predicate: nil, object: start, in: graph)
                    : dataset.match(subject: start, predicate: nil, object: nil, in: graph)
                while let t = c.next() { if !inv.contains(t.predicate) { out.append(forward ? t.subject : t.object) } }
            }
            return out
        }
    }

    /// ALP (§18.4): breadth-first closure with a visited set.
    private func closure(_ path: CompiledPath, from start: TermID, forward: Bool, includeStart: Bool, graph: GraphSelector) throws(QueryEvaluationError) -> [TermID] {
        var visited = Set<TermID>()
        var out = [TermID]()
        var frontier = [TermID]()
        if includeStart {
            visited.insert(start)
            out.append(start)
            frontier.append(start)
        } else {
            for t in try pathTargets(path, from: start, forward: forward, graph: graph) where visited.insert(t).inserted {
                out.append(t)
                frontier.append(t)
            }
        }
        var i = 0
        while i < frontier.count {
            let n = frontier[i]
            i += 1
            try tick()
            for t in try pathTargets(path, from: n, forward: forward, graph: graph) where visited.insert(t).inserted {
                out.append(t)
                frontier.append(t)
            }
        }
        return out
    }

    /// Every (start, end) pair of `path` in `graph`, both ends free.
    func pathPairs(_ path: CompiledPath, graph: GraphSelector) throws(QueryEvaluationError) -> [(TermID, TermID)] {
        switch path {
        case .link(let p):
            guard let p else { return [] }
            var out = [(TermID, TermID)]()
            var c = dataset.match(subject: nil, predicate: p, object: nil, in: graph)
            while let t = c.next() { out.append((t.subject, t.object)) }
            return out
        case .inverse(let inner):
            return try pathPairs(inner, graph: graph).map { ($0.1, $0.0) }
        case .alternative(let a, let b):
            return try pathPairs(a, graph: graph) + pathPairs(b, graph: graph)
        case .sequence(let a, let b):
            var out = [(TermID, TermID)]()
            var memo: [TermID: [TermID]] = [:]
            for (x, m) in try pathPairs(a, graph: graph) {
                let ends: [TermID]
                if let e = memo[m] { ends = e } else {
                    ends = try pathTargets(b, from: m, forward: true, graph: graph)
                    memo[m] = ends
                }
                for y in ends { out.append((x, y)) }
            }
            return out
        case .negated(let fwd, let inv, let hasForward, let hasInverse):
            var out = [(TermID, TermID)]()
            var c = dataset.match(subject: nil, predicate: nil, object: nil, in: graph)
            while let t = c.next() {
                try tick()
                if hasForward && !fwd.contains(t.predicate) { out.append((t.subject, t.object)) }
                if hasInverse && !inv.contains(t.predicate) { out.append((t.object, t.subject)) }
            }
            return out
        case .zeroOrMore, .oneOrMore, .zeroOrOne:
            // §18.4: for each node of the graph, the closure from it.
            var out = [(TermID, TermID)]()
            var starts = dataset.nodes(in: graph)
            if case .oneOrMore(let inner) = path {
                // only nodes that start some step can start a + path
                starts = Array(Set(try pathPairs(inner, graph: graph).map(\.0))).sorted()
            }
            for n in starts {
                for y in try pathTargets(path, from: n, forward: true, graph: graph) { out.append((n, y)) }
            }
            return out
        }
    }
}
