import RDF
import SPARQLSyntax

// The one "certainly bound" analysis of the project: the optimiser's
// rewrites (filter push-down, join order) and the evaluator (which
// bindings it may push into a sub-plan) both read it.

extension QueryPlan {
    /// The variables bound in every solution of the plan: a safe
    /// under-approximation (a variable listed is never unbound; some
    /// variables always bound may be missing, e.g. those of a BIND whose
    /// expression cannot fail).
    ///
    /// Source: SPARQL 1.1 §18.5 (the domain of each operator's solutions).
    /// - Complexity: O(size of the plan).
    public var certainlyBound: Set<Variable> {
        switch self {
        case .bgp(let patterns): return Set(patterns.flatMap(\.variables))
        case .path(let s, _, let o): return Set([s.variable, o.variable].compactMap { $0 })
        case .join(let a, let b): return a.certainlyBound.union(b.certainlyBound)
        case .leftJoin(let a, _, _), .minus(let a, _), .filter(_, let a), .extend(let a, _, _),
             .orderBy(let a, _), .topK(let a, _, _), .distinct(let a), .reduced(let a), .slice(let a, _, _):
            return a.certainlyBound
        case .union(let a, let b): return a.certainlyBound.intersection(b.certainlyBound)
        case .graph(let name, let inner):
            var vars = inner.certainlyBound
            if let v = name.variable { vars.insert(v) }
            return vars
        case .values(let vars, let rows):
            guard !rows.isEmpty else { return [] }
            return Set(vars.enumerated().filter { i, _ in rows.allSatisfy { i < $0.count && $0[i] != nil } }.map(\.element))
        case .project(let inner, let vars): return inner.certainlyBound.intersection(vars)
        case .group, .service: return []
        }
    }

    /// Every variable a solution of the plan may bind (in-scope variables,
    /// §18.2.1), including those only some solutions bind.
    /// - Complexity: O(size of the plan).
    public var possiblyBound: Set<Variable> {
        switch self {
        case .bgp(let patterns): return Set(patterns.flatMap(\.variables))
        case .path(let s, _, let o): return Set([s.variable, o.variable].compactMap { $0 })
        case .join(let a, let b), .leftJoin(let a, let b, _), .union(let a, let b): return a.possiblyBound.union(b.possiblyBound)
        case .minus(let a, _), .filter(_, let a), .orderBy(let a, _), .topK(let a, _, _), .distinct(let a),
             .reduced(let a), .slice(let a, _, _), .service(_, let a, _):
            return a.possiblyBound
        case .extend(let a, let v, _): return a.possiblyBound.union([v])
        case .graph(let name, let inner):
            var vars = inner.possiblyBound
            if let v = name.variable { vars.insert(v) }
            return vars
        case .values(let vars, _): return Set(vars)
        case .group(_, let keys, let aggregates):
            return Set(keys.compactMap { k in k.variable ?? { if case .variable(let v) = k.expression { return v } else { return nil } }() })
                .union(aggregates.map(\.variable))
        case .project(let inner, let vars): return inner.possiblyBound.intersection(vars)
        }
    }
}

/// Facts about expressions the rewrites need.
public enum ExpressionAnalysis {
    /// The variables `e` reads, or nil when `e` must stay where it is
    /// written: it contains EXISTS / NOT EXISTS (whose pattern sees the
    /// solution it is evaluated on, §18.6), an aggregate, or a function
    /// whose value differs per call (RAND, BNODE, UUID, STRUUID, NOW).
    /// - Complexity: O(size of `e`).
    public static func movableVariables(_ e: Expression) -> Set<Variable>? {
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
            case .builtin(let function, let args):
                if !function.isDeterministic { return false }
                return args.allSatisfy(walk)
            case .function(_, let args): return args.allSatisfy(walk)
            case .exists, .aggregate: return false
            }
        }
        return walk(e) ? out : nil
    }

    /// The conjuncts of `e` (`a && b && c` → `[a, b, c]`), in written order.
    public static func conjuncts(_ e: Expression) -> [Expression] {
        if case .and(let a, let b) = e { return conjuncts(a) + conjuncts(b) }
        return [e]
    }
}
