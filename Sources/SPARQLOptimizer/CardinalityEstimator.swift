import RDF
import SPARQLSyntax

/// Estimates of the number of rows plans produce, from `PlanStatistics`.
///
/// Every figure is "rows per evaluation when the variables in `bound`
/// already have (unknown) values", the situation of a sub-plan on the
/// right of a join, into which each left row is passed. The model is the
/// usual independence assumption: a bound subject (object) of predicate
/// `p` divides its triples by the distinct subjects (objects) of `p`.
/// Unit: rows, as a non-negative `Double` (fractions mean "less than one
/// row per evaluation, on average").
public struct CardinalityEstimator {
    public let statistics: any PlanStatistics

    public init(statistics: any PlanStatistics) { self.statistics = statistics }

    /// Estimated matches of one triple pattern.
    /// - Complexity: O(log n) (one index count).
    public func estimate(_ t: TriplePattern, bound: Set<Variable>, graph: PlanGraph) -> Double {
        func isBound(_ p: TermPattern) -> Bool { p.variable.map { bound.contains($0) } ?? false }
        var est = Double(statistics.count(subject: t.subject.term, predicate: t.predicate.term, object: t.object.term, in: graph))
        if est == 0 { return 0 }
        let stats = t.predicate.term.flatMap { statistics.statistics(predicate: $0, in: graph) }
        if isBound(t.subject) {
            if let stats { est /= Double(max(1, stats.distinctSubjects)) } else { est = min(est, 20) }
        }
        if isBound(t.object) {
            if let stats { est /= Double(max(1, stats.distinctObjects)) } else { est = min(est, 20) }
        }
        if isBound(t.predicate) { est = min(est, 1000) }
        // a repeated variable (?x :p ?x) is selective
        if let a = t.subject.variable, a == t.object.variable { est /= 10 }
        return max(est, isBound(t.subject) || isBound(t.object) || isBound(t.predicate) ? 0.5 : est)
    }

    /// Estimated rows of a BGP whose patterns run in the given order.
    public func estimate(orderedBGP patterns: [TriplePattern], bound: Set<Variable>, graph: PlanGraph) -> Double {
        var rows = 1.0
        var b = bound
        for t in patterns {
            rows *= estimate(t, bound: b, graph: graph)
            b.formUnion(t.variables)
        }
        return rows
    }

    /// Estimated rows of `plan` (see the type's documentation).
    /// - Complexity: O(size of the plan × log n).
    public func estimate(_ plan: QueryPlan, bound: Set<Variable> = [], graph: PlanGraph = .defaultGraph) -> Double {
        switch plan {
        case .bgp(let patterns): return estimate(orderedBGP: patterns, bound: bound, graph: graph)
        case .path(let s, let path, let o):
            let perNode: Double
            if case .iri(let p) = path {
                return estimate(TriplePattern(s, .term(.iri(p)), o), bound: bound, graph: graph)
            } else {
                perNode = 10
            }
            let sBound = s.term != nil || s.variable.map { bound.contains($0) } ?? false
            let oBound = o.term != nil || o.variable.map { bound.contains($0) } ?? false
            if sBound && oBound { return 1 }
            if sBound || oBound { return perNode }
            return perNode * max(1, Double(statistics.count(subject: nil, predicate: nil, object: nil, in: graph)) / 10)
        case .join(let a, let b):
            return estimate(a, bound: bound, graph: graph) * estimate(b, bound: bound.union(a.certainlyBound), graph: graph)
        case .leftJoin(let a, let b, _):
            let left = estimate(a, bound: bound, graph: graph)
            return left * max(1, estimate(b, bound: bound.union(a.certainlyBound), graph: graph))
        case .filter(_, let a): return estimate(a, bound: bound, graph: graph) / 2
        case .union(let a, let b): return estimate(a, bound: bound, graph: graph) + estimate(b, bound: bound, graph: graph)
        case .minus(let a, _): return estimate(a, bound: bound, graph: graph)
        case .graph(let name, let a):
            if let t = name.term { return estimate(a, bound: bound, graph: .named(t)) }
            return estimate(a, bound: bound.union([name.variable!]), graph: .anyNamed)
        case .extend(let a, _, _), .orderBy(let a, _), .distinct(let a), .reduced(let a):
            return estimate(a, bound: bound, graph: graph)
        case .project(let a, let vars): return estimate(a, bound: bound.intersection(vars), graph: graph)
        case .topK(let a, _, let k): return min(Double(k), estimate(a, bound: bound, graph: graph))
        case .slice(let a, let offset, let limit):
            let rows = max(0, estimate(a, bound: bound, graph: graph) - Double(offset))
            return limit.map { min(Double($0), rows) } ?? rows
        case .values(_, let rows): return Double(rows.count)
        case .group(let a, let keys, _):
            if keys.isEmpty { return 1 }
            return max(1, estimate(a, bound: [], graph: graph))
        case .service(_, _, let silent): return silent ? 1 : 0
        }
    }
}
