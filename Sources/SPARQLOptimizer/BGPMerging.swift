import SPARQLSyntax

/// Merges joined BGPs: Join(BGP(a), BGP(b)) → BGP(a + b), and drops the
/// empty BGP (the one solution with no bindings, Z) from a join:
/// Join(Z, P) → P, Join(P, Z) → P.
///
/// Same results: BGP(a + b) is by definition (§18.5, the solutions of a
/// BGP are the compatible merges of those of its triple patterns) the join
/// of BGP(a) and BGP(b); Z is the identity of Join. Blank nodes of the
/// query are variables by then (§18.2.1), so merging cannot make two
/// blank-node scopes one.
/// - Complexity: O(size of the plan).
enum BGPMerging {
    static func rewrite(_ plan: QueryPlan) -> QueryPlan {
        plan.mapChildren(rewrite).mergedJoin()
    }
}

extension QueryPlan {
    fileprivate func mergedJoin() -> QueryPlan {
        guard case .join(let a, let b) = self else { return self }
        switch (a, b) {
        case (.bgp(let x), .bgp(let y)): return .bgp(x + y)
        case (.bgp(let x), _) where x.isEmpty: return b
        case (_, .bgp(let y)) where y.isEmpty: return a
        // Join(Join(P, BGP(x)), BGP(y)) → Join(P, BGP(x + y)): the BGP of
        // a group after an OPTIONAL-free sub-pattern
        case (.join(let p, .bgp(let x)), .bgp(let y)): return .join(p, .bgp(x + y))
        default: return self
        }
    }

    /// The plan with each direct child replaced by `transform(child)`.
    func mapChildren(_ transform: (QueryPlan) -> QueryPlan) -> QueryPlan {
        switch self {
        case .bgp, .path, .values: return self
        case .join(let a, let b): return .join(transform(a), transform(b))
        case .leftJoin(let a, let b, let e): return .leftJoin(transform(a), transform(b), e)
        case .filter(let e, let a): return .filter(e, transform(a))
        case .union(let a, let b): return .union(transform(a), transform(b))
        case .minus(let a, let b): return .minus(transform(a), transform(b))
        case .graph(let n, let a): return .graph(name: n, transform(a))
        case .extend(let a, let v, let e): return .extend(transform(a), v, e)
        case .group(let a, let k, let ag): return .group(transform(a), keys: k, aggregates: ag)
        case .orderBy(let a, let c): return .orderBy(transform(a), c)
        case .topK(let a, let c, let k): return .topK(transform(a), c, count: k)
        case .project(let a, let v): return .project(transform(a), v)
        case .distinct(let a): return .distinct(transform(a))
        case .reduced(let a): return .reduced(transform(a))
        case .slice(let a, let o, let l): return .slice(transform(a), offset: o, limit: l)
        case .service(let n, let a, let s): return .service(name: n, transform(a), silent: s)
        }
    }
}
