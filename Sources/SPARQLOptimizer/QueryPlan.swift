import RDF
import SPARQLSyntax

/// A query plan: the SPARQL 1.1 algebra (§18) as the evaluator runs it.
///
/// Each case means what the `GraphPattern` case of the same name means
/// (§18.5), with these differences, which are what `QueryOptimizer` decides:
/// - `.bgp` lists its triple patterns **in evaluation order** (the
///   evaluator runs them as an index nested loop in this order);
/// - `.topK(P, conditions, count)` is the first `count` rows of
///   OrderBy(P, conditions): Slice(OrderBy(P, c), 0, count) computed with a
///   bounded buffer instead of a full sort;
/// - the other operators appear where the optimiser put them (filters
///   pushed down, BGPs merged).
///
/// A plan translated with `QueryPlan(unoptimized:)` is the algebra as
/// written, node for node.
///
/// Source: SPARQL 1.1 Query §18.2 (algebra), §18.5 (evaluation semantics).
public indirect enum QueryPlan: Hashable, Sendable {
    /// BGP(triples) with the patterns in evaluation order.
    case bgp([TriplePattern])
    /// Path(subject, path, object) (§18.2.2.4).
    case path(subject: TermPattern, path: PropertyPath, object: TermPattern)
    /// Join(P1, P2): each row of P1 is passed into P2.
    case join(QueryPlan, QueryPlan)
    /// LeftJoin(P1, P2, expr); nil is `true`.
    case leftJoin(QueryPlan, QueryPlan, Expression?)
    /// Filter(expr, P).
    case filter(Expression, QueryPlan)
    /// Union(P1, P2).
    case union(QueryPlan, QueryPlan)
    /// Minus(P1, P2).
    case minus(QueryPlan, QueryPlan)
    /// Graph(name, P).
    case graph(name: TermPattern, QueryPlan)
    /// Extend(P, var, expr).
    case extend(QueryPlan, Variable, Expression)
    /// ToMultiSet(VALUES); nil cells are UNDEF.
    case values(variables: [Variable], rows: [[Term?]])
    /// Group + Aggregation (§18.5.1).
    case group(QueryPlan, keys: [GroupKey], aggregates: [AggregateBinding])
    /// OrderBy(P, conditions): a stable sort.
    case orderBy(QueryPlan, [OrderCondition])
    /// The first `count` rows of OrderBy(P, conditions), kept in a bounded
    /// buffer (ORDER BY … LIMIT).
    case topK(QueryPlan, [OrderCondition], count: Int)
    /// Project(P, vars).
    case project(QueryPlan, [Variable])
    /// Distinct(P).
    case distinct(QueryPlan)
    /// Reduced(P).
    case reduced(QueryPlan)
    /// Slice(P, offset, limit); nil limit is no limit.
    case slice(QueryPlan, offset: Int, limit: Int?)
    /// SERVICE (not evaluated; SILENT gives one empty solution).
    case service(name: TermPattern, QueryPlan, silent: Bool)

    /// The plan of `pattern` as written: one plan node per algebra node,
    /// BGPs in written order, no rewrite.
    /// - Complexity: O(size of `pattern`).
    public init(unoptimized pattern: GraphPattern) {
        switch pattern {
        case .bgp(let t): self = .bgp(t)
        case .path(let s, let p, let o): self = .path(subject: s, path: p, object: o)
        case .join(let a, let b): self = .join(QueryPlan(unoptimized: a), QueryPlan(unoptimized: b))
        case .leftJoin(let a, let b, let e): self = .leftJoin(QueryPlan(unoptimized: a), QueryPlan(unoptimized: b), e)
        case .filter(let e, let a): self = .filter(e, QueryPlan(unoptimized: a))
        case .union(let a, let b): self = .union(QueryPlan(unoptimized: a), QueryPlan(unoptimized: b))
        case .minus(let a, let b): self = .minus(QueryPlan(unoptimized: a), QueryPlan(unoptimized: b))
        case .graph(let n, let a): self = .graph(name: n, QueryPlan(unoptimized: a))
        case .extend(let a, let v, let e): self = .extend(QueryPlan(unoptimized: a), v, e)
        case .values(let vars, let rows): self = .values(variables: vars, rows: rows)
        case .group(let a, let k, let ag): self = .group(QueryPlan(unoptimized: a), keys: k, aggregates: ag)
        case .orderBy(let a, let c): self = .orderBy(QueryPlan(unoptimized: a), c)
        case .project(let a, let v): self = .project(QueryPlan(unoptimized: a), v)
        case .distinct(let a): self = .distinct(QueryPlan(unoptimized: a))
        case .reduced(let a): self = .reduced(QueryPlan(unoptimized: a))
        case .slice(let a, let o, let l): self = .slice(QueryPlan(unoptimized: a), offset: o, limit: l)
        case .service(let n, let a, let s): self = .service(name: n, QueryPlan(unoptimized: a), silent: s)
        }
    }

    /// The direct sub-plans, in evaluation (and printing) order.
    public var children: [QueryPlan] {
        switch self {
        case .bgp, .path, .values: return []
        case .join(let a, let b), .leftJoin(let a, let b, _), .union(let a, let b), .minus(let a, let b): return [a, b]
        case .filter(_, let a), .graph(_, let a), .extend(let a, _, _), .group(let a, _, _), .orderBy(let a, _),
             .topK(let a, _, _), .project(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _),
             .service(_, let a, _):
            return [a]
        }
    }
}
