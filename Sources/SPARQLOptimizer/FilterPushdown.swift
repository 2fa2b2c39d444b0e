import SPARQLSyntax

/// Moves FILTERs down the plan, next to the patterns that bind their
/// variables, so that rows are dropped before a join or an OPTIONAL
/// multiplies them.
///
/// Same results: a filter `e` moves from above `P` into a sub-plan `A`
/// only when `e` may move at all (`ExpressionAnalysis.movableVariables`:
/// no EXISTS, aggregate or per-call function) and every variable of `e` is
/// certainly bound by `A` (`QueryPlan.certainlyBound`). Then each solution
/// of `P` gives `e`'s variables the values of the solution of `A` it comes
/// from (Join, LeftJoin and Extend merge compatible solutions or add a new
/// variable, never rebinding one, §18.5), so `e` keeps or drops the same
/// solutions. A conjunction is split first (`Filter(a && b)` =
/// `Filter(a, Filter(b))`: an error in either drops the solution in both).
///
/// Rewrites, recursively:
/// - `Filter(e, Join(A, B))` → `Join(Filter(e, A), B)` (or into `B`);
/// - `Filter(e, LeftJoin(A, B, c))` → `LeftJoin(Filter(e, A), B, c)`;
/// - `Filter(e, Extend(A, v, x))` → `Extend(Filter(e, A), v, x)` (`v` not in `e`);
/// - `Filter(e, Filter(f, A))`, `Filter(e, Graph(n, A))`, `Filter(e, Project(A, vs))`
///   (all of `e`'s variables projected) → the filter moves into `A`;
/// - the OPTIONAL's own filter: `LeftJoin(A, B, c1 && c2)` →
///   `LeftJoin(A, Filter(c1, B), c2)` when `c1`'s variables are certainly
///   bound by `B`. For every μ2 of B, c1(μ1 ∪ μ2) = c1(μ2); both the
///   joined rows and the rows kept alone (Diff, §18.5) are unchanged.
/// - Complexity: O(size of the plan × depth).
enum FilterPushdown {
    static func rewrite(_ plan: QueryPlan) -> QueryPlan {
        switch plan {
        case .filter(let e, let inner):
            var result = rewrite(inner)
            for conjunct in ExpressionAnalysis.conjuncts(e) { result = push(conjunct, into: result) }
            return result
        case .leftJoin(let a, let b, let c?):
            var right = rewrite(b)
            var kept = [Expression]()
            for conjunct in ExpressionAnalysis.conjuncts(c) {
                if let vars = ExpressionAnalysis.movableVariables(conjunct), vars.isSubset(of: right.certainlyBound) {
                    right = push(conjunct, into: right)
                } else {
                    kept.append(conjunct)
                }
            }
            let rest = kept.isEmpty ? nil : kept.dropFirst().reduce(kept[0]) { .and($0, $1) }
            return .leftJoin(rewrite(a), right, rest)
        default:
            return plan.mapChildren(rewrite)
        }
    }

    /// Places filter `e` as deep as allowed in `plan` (already rewritten).
    private static func push(_ e: Expression, into plan: QueryPlan) -> QueryPlan {
        guard let vars = ExpressionAnalysis.movableVariables(e) else { return .filter(e, plan) }
        switch plan {
        case .join(let a, let b):
            if vars.isSubset(of: a.certainlyBound) { return .join(push(e, into: a), b) }
            if vars.isSubset(of: b.certainlyBound) { return .join(a, push(e, into: b)) }
        case .leftJoin(let a, let b, let c):
            if vars.isSubset(of: a.certainlyBound) { return .leftJoin(push(e, into: a), b, c) }
        case .extend(let a, let v, let x):
            if !vars.contains(v), vars.isSubset(of: a.certainlyBound) { return .extend(push(e, into: a), v, x) }
        case .filter(let f, let a):
            if vars.isSubset(of: a.certainlyBound) { return .filter(f, push(e, into: a)) }
        case .graph(let n, let a):
            if vars.isSubset(of: a.certainlyBound) { return .graph(name: n, push(e, into: a)) }
        case .project(let a, let projected):
            if vars.isSubset(of: Set(projected).intersection(a.certainlyBound)) { return .project(push(e, into: a), projected) }
        default:
            break
        }
        return .filter(e, plan)
    }
}
