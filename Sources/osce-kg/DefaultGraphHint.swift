import SPARQLSyntax

/// The hint `query` prints when a query would read an empty default graph
/// while the data has named graphs (an N-Quads or TriG export puts every
/// triple in a named graph).
enum DefaultGraphHint {
    /// The one-line hint, or nil when it does not apply: the default graph
    /// has triples, there is no named graph, or the query chooses its graphs
    /// itself (FROM / FROM NAMED, or a GRAPH pattern anywhere, EXISTS included).
    static func message(for query: Query, defaultGraphCount: Int, namedGraphCount: Int) -> String? {
        guard defaultGraphCount == 0, namedGraphCount > 0, query.dataset.isEmpty, !usesGraph(query.pattern) else { return nil }
        return "osce-kg: hint: the default graph is empty and the data has \(namedGraphCount) named graph(s); "
            + "use --union-default-graph to query them all, or GRAPH ?g { … }"
    }

    /// Whether `pattern` holds a GRAPH pattern.
    static func usesGraph(_ pattern: GraphPattern) -> Bool {
        switch pattern {
        case .graph: return true
        case .bgp, .path, .values: return false
        case .join(let a, let b), .union(let a, let b), .minus(let a, let b): return usesGraph(a) || usesGraph(b)
        case .leftJoin(let a, let b, let e): return usesGraph(a) || usesGraph(b) || e.map(usesGraph) == true
        case .filter(let e, let p): return usesGraph(e) || usesGraph(p)
        case .extend(let p, _, let e): return usesGraph(p) || usesGraph(e)
        case .group(let p, let keys, _): return usesGraph(p) || keys.contains { usesGraph($0.expression) }
        case .orderBy(let p, let conditions): return usesGraph(p) || conditions.contains { usesGraph($0.expression) }
        case .project(let p, _), .distinct(let p), .reduced(let p), .slice(let p, _, _), .service(_, let p, _): return usesGraph(p)
        }
    }

    /// Whether an EXISTS / NOT EXISTS in `expression` holds a GRAPH pattern.
    static func usesGraph(_ expression: Expression) -> Bool {
        switch expression {
        case .exists(let p, _): return usesGraph(p)
        case .term, .variable, .bound, .aggregate: return false
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return usesGraph(a)
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b), .less(let a, let b),
             .lessOrEqual(let a, let b), .greater(let a, let b), .greaterOrEqual(let a, let b), .add(let a, let b),
             .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            return usesGraph(a) || usesGraph(b)
        case .in(let a, let list, _): return usesGraph(a) || list.contains(where: usesGraph)
        case .builtin(_, let args), .function(_, let args): return args.contains(where: usesGraph)
        }
    }
}
