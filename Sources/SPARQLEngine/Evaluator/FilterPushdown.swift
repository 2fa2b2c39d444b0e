import RDF
import SPARQLSyntax

/// Moves FILTERs down the algebra tree, next to the patterns that bind their
/// variables, so that rows are discarded before an OPTIONAL or a join
/// multiplies them.
///
/// Contract (as Oxigraph's sparopt states for its rewrites): the rewritten
/// pattern has exactly the same solutions as the input. A filter `e` moves
/// from above `P` into a child `A` of `P` only when
/// - every variable of `e` is *certainly bound* by `A` (bound in every
///   solution of `A`, see `certainlyBound`), so that each solution of `P`
///   gives `e`'s variables the same values as the solution of `A` it
///   extends (SPARQL 1.1 §18.5: Join and LeftJoin merge compatible
///   solutions, which never rebinds a variable);
/// - `e` contains no EXISTS / NOT EXISTS (whose inner pattern can see the
///   other side's variables, §18.6), no aggregate, and none of the
///   functions whose value differs per evaluation (RAND, BNODE, UUID,
///   STRUUID).
///
/// Rewrites applied, recursively:
/// - `Filter(e, Join(A, B))` → `Join(Filter(e, A), B)` (or into `B`);
/// - `Filter(e, LeftJoin(A, B, c))` → `LeftJoin(Filter(e, A), B, c)`;
/// - `Filter(e1 && e2, P)` is split first, so each conjunct moves on its own.
///
/// - Complexity: O(size of the pattern × depth).
enum FilterPushdown {
    static func rewrite(_ pattern: GraphPattern) -> GraphPattern {
        switch pattern {
        case .filter(let e, let inner):
            var result = rewrite(inner)
            // Apply conjuncts one at a time (innermost first, as written).
            for conjunct in conjuncts(e) { result = push(conjunct, into: result) }
            return result
        case .join(let a, let b): return .join(rewrite(a), rewrite(b))
        case .leftJoin(let a, let b, let c): return .leftJoin(rewrite(a), rewrite(b), c)
        case .union(let a, let b): return .union(rewrite(a), rewrite(b))
        case .minus(let a, let b): return .minus(rewrite(a), rewrite(b))
        case .graph(let name, let p): return .graph(name: name, rewrite(p))
        case .extend(let p, let v, let e): return .extend(rewrite(p), v, e)
        case .group(let p, let keys, let aggregates): return .group(rewrite(p), keys: keys, aggregates: aggregates)
        case .orderBy(let p, let conditions): return .orderBy(rewrite(p), conditions)
        case .project(let p, let vars): return .project(rewrite(p), vars)
        case .distinct(let p): return .distinct(rewrite(p))
        case .reduced(let p): return .reduced(rewrite(p))
        case .slice(let p, let offset, let limit): return .slice(rewrite(p), offset: offset, limit: limit)
        case .bgp, .path, .values, .service: return pattern
        }
    }

    /// Places filter `e` as deep as allowed in `pattern` (already rewritten).
    private static func push(_ e: Expression, into pattern: GraphPattern) -> GraphPattern {
        guard let vars = variables(of: e) else { return .filter(e, pattern) }
        switch pattern {
        case .join(let a, let b):
            if vars.isSubset(of: certainlyBound(a)) { return .join(push(e, into: a), b) }
            if vars.isSubset(of: certainlyBound(b)) { return .join(a, push(e, into: b)) }
        case .leftJoin(let a, let b, let c):
            if vars.isSubset(of: certainlyBound(a)) { return .leftJoin(push(e, into: a), b, c) }
        default:
            break
        }
        return .filter(e, pattern)
    }

    private static func conjuncts(_ e: Expression) -> [Expression] {
        if case .and(let a, let b) = e { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    /// The variables `e` reads, or nil when `e` must not move (EXISTS,
    /// aggregates, functions with a fresh value per call).
    static func variables(of e: Expression) -> Set<Variable>? {
        var out = Set<Variable>()
        func walk(_ e: Expression) -> Bool {
            switch e {
            case .term: return true
            case .variable(let v), .bound(let v): out.insert(v); return true
            case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
                 .less(let a, let b), .lessOrEqual(let a, let b), .greater(let a, let b),
                 .greaterOrEqual(let a, let b), .add(let a, let b), .subtract(let a, let b),
                 .multiply(let a, let b), .divide(let a, let b):
                return walk(a) && walk(b)
            case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return walk(a)
            case .in(let a, let list, _): return walk(a) && list.allSatisfy(walk)
            case .builtin(let name, let args):
                if ["RAND", "BNODE", "UUID", "STRUUID", "NOW"].contains(name.uppercased()) { return false }
                return args.allSatisfy(walk)
            case .function(_, let args): return args.allSatisfy(walk)
            case .exists, .aggregate: return false
            }
        }
        return walk(e) ? out : nil
    }

    /// Variables bound in every solution of `p` (a safe under-approximation).
    static func certainlyBound(_ p: GraphPattern) -> Set<Variable> {
        switch p {
        case .bgp(let patterns): return Set(patterns.flatMap(\.variables))
        case .path(let s, _, let o): return Set([s.variable, o.variable].compactMap { $0 })
        case .join(let a, let b): return certainlyBound(a).union(certainlyBound(b))
        case .leftJoin(let a, _, _), .minus(let a, _), .filter(_, let a), .extend(let a, _, _),
             .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return certainlyBound(a)
        case .union(let a, let b): return certainlyBound(a).intersection(certainlyBound(b))
        case .graph(let name, let inner):
            var vars = certainlyBound(inner)
            if let v = name.variable { vars.insert(v) }
            return vars
        case .values(let vars, let rows):
            guard !rows.isEmpty else { return [] }
            return Set(vars.enumerated().filter { i, _ in rows.allSatisfy { i < $0.count && $0[i] != nil } }.map(\.element))
        case .project(let inner, let vars): return certainlyBound(inner).intersection(vars)
        case .group, .service: return []
        }
    }
}
