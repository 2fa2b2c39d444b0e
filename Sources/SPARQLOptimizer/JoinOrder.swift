import SPARQLSyntax

/// Orders the triple patterns of each BGP from the store's statistics.
///
/// Greedy: at each step the cheapest pattern (estimated matches given the
/// variables bound so far, `CardinalityEstimator`) among those connected
/// to the bound variables; a pattern with no match goes first (the BGP is
/// empty). The variables bound from outside a BGP are those certainly
/// bound where it is evaluated: for the right side of a Join or LeftJoin,
/// the certainly bound variables of the left side (each left row is
/// passed in).
///
/// Same results: a BGP's solutions do not depend on the order of its
/// triple patterns (§18.5, BGP matching is a set of conditions); only the
/// order of the solutions changes, which no operator but OrderBy fixes.
/// - Complexity: O(size of the plan + Σ patterns² per BGP × log n).
struct JoinOrder {
    let estimator: CardinalityEstimator

    func rewrite(_ plan: QueryPlan, bound: Set<Variable>, graph: PlanGraph) -> QueryPlan {
        func same(_ p: QueryPlan) -> QueryPlan { rewrite(p, bound: bound, graph: graph) }
        switch plan {
        case .bgp(let patterns): return .bgp(order(patterns, bound: bound, graph: graph))
        case .join(let a, let b):
            return .join(same(a), rewrite(b, bound: bound.union(a.certainlyBound), graph: graph))
        case .leftJoin(let a, let b, let e):
            return .leftJoin(same(a), rewrite(b, bound: bound.union(a.certainlyBound), graph: graph), e)
        case .minus(let a, let b): return .minus(same(a), rewrite(b, bound: [], graph: graph))
        case .graph(let name, let a):
            if let t = name.term { return .graph(name: name, rewrite(a, bound: bound, graph: .named(t))) }
            return .graph(name: name, rewrite(a, bound: bound.union([name.variable!]), graph: .anyNamed))
        case .project(let a, let vars): return .project(rewrite(a, bound: bound.intersection(vars), graph: graph), vars)
        case .group(let a, let k, let ag): return .group(rewrite(a, bound: [], graph: graph), keys: k, aggregates: ag)
        default: return plan.mapChildren(same)
        }
    }

    func order(_ patterns: [TriplePattern], bound initial: Set<Variable>, graph: PlanGraph) -> [TriplePattern] {
        var bound = initial
        var remaining = patterns
        var ordered = [TriplePattern]()
        while !remaining.isEmpty {
            var best = -1
            var bestCost = Double.infinity
            var bestConnected = false
            for (k, t) in remaining.enumerated() {
                let vars = t.variables
                let connected = vars.isEmpty || vars.contains { bound.contains($0) } || bound.isEmpty && ordered.isEmpty
                let cost = estimator.estimate(t, bound: bound, graph: graph)
                if cost == 0 { best = k; break }
                if (connected && !bestConnected) || (connected == bestConnected && cost < bestCost) {
                    best = k
                    bestCost = cost
                    bestConnected = connected
                }
            }
            let t = remaining.remove(at: best)
            ordered.append(t)
            bound.formUnion(t.variables)
        }
        return ordered
    }
}
