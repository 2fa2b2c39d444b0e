import RDF
import SPARQLSyntax

/// An aggregate compiled against the query's slots (§18.5.1 Set Functions).
struct CompiledAggregate {
    enum Function { case count, sum, avg, min, max, sample, groupConcat(String) }
    let function: Function
    let distinct: Bool
    /// nil for COUNT(*).
    let expression: CompiledExpression?

    /// The aggregate's value over `rows` as an id, or unbound on error.
    func evaluate(_ rows: [Row], context: QueryContext, graph: GraphSelector) throws(QueryEvaluationError) -> TermID {
        guard let expression else {
            // COUNT(*) / COUNT(DISTINCT *)
            let n = distinct ? Set(rows).count : rows.count
            return context.id(.literal(Literal(n)))
        }
        // ListEval: values of the expression; errors are skipped for COUNT,
        // SAMPLE, MIN and MAX, and make SUM, AVG and GROUP_CONCAT an error.
        var values = [Term]()
        var sawError = false
        var seen = Set<TermID>()
        for r in rows {
            try context.tick()
            if case .slot(let s) = expression {
                let id = r[s]
                if id == 0 { sawError = true; continue }
                if distinct && !seen.insert(id).inserted { continue }
                values.append(context.term(id))
                continue
            }
            do {
                let t = try context.evaluate(expression, r, graph)
                if distinct && !seen.insert(context.id(t)).inserted { continue }
                values.append(t)
            } catch {
                if let p = context.pendingError { context.pendingError = nil; throw p }
                sawError = true
            }
        }
        func result(_ t: Term?) -> TermID { t.map { context.id($0) } ?? 0 }
        switch function {
        case .count:
            return context.id(.literal(Literal(values.count)))
        case .sample:
            return result(values.first)
        case .min, .max:
            guard var best = values.first else { return 0 }
            for v in values.dropFirst() {
                let c = TermValues.orderCompare(v, best)
                if case .min = function, c < 0 { best = v }
                if case .max = function, c > 0 { best = v }
            }
            return context.id(best)
        case .sum, .avg:
            if sawError { return 0 }
            var total: Term = .literal(Literal(0))
            do {
                for v in values { total = try TermValues.arithmetic(.add, total, v) }
                if case .avg = function {
                    if values.isEmpty { return context.id(.literal(Literal(0))) }
                    total = try TermValues.arithmetic(.divide, total, .literal(Literal(values.count)))
                }
            } catch { return 0 }
            return context.id(total)
        case .groupConcat(let separator):
            if sawError { return 0 }
            // §18.5.1 GroupConcat: the string values joined; a simple literal.
            var parts = [String]()
            for v in values {
                guard case .literal(let l) = v else { return 0 }
                parts.append(l.lexicalForm)
            }
            let text = parts.joined(separator: separator)
            return context.id(.literal(Literal(text)))
        }
    }
}
