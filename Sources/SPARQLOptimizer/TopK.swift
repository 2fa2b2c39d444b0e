import SPARQLSyntax

/// Turns ORDER BY … LIMIT into a bounded sort: Slice(OrderBy(P, c), o, l)
/// and Slice(Project(OrderBy(P, c), vs), o, l) become the same with
/// `TopK(P, c, o + l)` in place of the OrderBy.
///
/// Same results: Slice keeps rows o ..< o + l of the stable order, which
/// are the rows o ..< o + l of its first o + l rows; TopK keeps exactly
/// those, in the same (stable) order. Project does not change the order
/// or the number of rows.
/// - Complexity: O(size of the plan).
enum TopK {
    static func rewrite(_ plan: QueryPlan) -> QueryPlan {
        let plan = plan.mapChildren(rewrite)
        guard case .slice(let inner, let offset, let limit?) = plan else { return plan }
        let (k, overflow) = offset.addingReportingOverflow(limit)
        guard !overflow else { return plan }
        switch inner {
        case .orderBy(let p, let c):
            return .slice(.topK(p, c, count: k), offset: offset, limit: limit)
        case .project(.orderBy(let p, let c), let vars):
            return .slice(.project(.topK(p, c, count: k), vars), offset: offset, limit: limit)
        default:
            return plan
        }
    }
}
