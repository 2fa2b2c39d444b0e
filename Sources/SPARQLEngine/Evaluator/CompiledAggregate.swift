import RDF
import SPARQLSyntax

/// An aggregate compiled against the query's slots (§18.5.1 Set Functions).
struct CompiledAggregate {
    enum Function { case count, sum, avg, min, max, sample, groupConcat(String) }
    let function: Function
    let distinct: Bool
    /// nil for COUNT(*).
    let expression: CompiledExpression?

    func makeAccumulator() -> AggregateAccumulator { AggregateAccumulator(self) }
}

/// The running state of one aggregate over one group, fed row by row
/// (no rows are kept). ListEval errors (§18.5.1) are skipped by COUNT,
/// SAMPLE, MIN and MAX, and make SUM, AVG and GROUP_CONCAT unbound.
final class AggregateAccumulator {
    let aggregate: CompiledAggregate
    private var count = 0
    private var seen = Set<TermID>()
    private var seenRows = Set<Row>()
    private var failed = false
    private var total: Term = .literal(Literal(0))
    private var best: Term?
    private var sample: TermID = 0
    private var parts = [String]()

    init(_ aggregate: CompiledAggregate) { self.aggregate = aggregate }

    func add(_ row: Row, context: QueryContext, graph: GraphSelector) throws(QueryEvaluationError) {
        guard let expression = aggregate.expression else {
            // COUNT(*) / COUNT(DISTINCT *)
            if !aggregate.distinct || seenRows.insert(row).inserted { count += 1 }
            return
        }
        if failed { return }
        var id: TermID
        var term: Term?
        if case .slot(let s) = expression {
            id = row[s]
            if id == 0 { error(); return }
        } else {
            do {
                let t = try context.evaluate(expression, row, graph)
                term = t
                id = context.id(t)
            } catch {
                if let p = context.pendingError { context.pendingError = nil; throw p }
                self.error()
                return
            }
        }
        if aggregate.distinct && !seen.insert(id).inserted { return }
        count += 1
        switch aggregate.function {
        case .count: break
        case .sample: if sample == 0 { sample = id }
        case .min, .max:
            let t = term ?? context.term(id)
            if let b = best {
                let c = TermValues.orderCompare(t, b)
                if case .min = aggregate.function, c < 0 { best = t }
                if case .max = aggregate.function, c > 0 { best = t }
            } else { best = t }
        case .sum, .avg:
            do { total = try TermValues.arithmetic(.add, total, term ?? context.term(id)) } catch { failed = true }
        case .groupConcat:
            guard case .literal(let l) = term ?? context.term(id) else { failed = true; return }
            parts.append(l.lexicalForm)
        }
    }

    private func error() {
        switch aggregate.function {
        case .sum, .avg, .groupConcat: failed = true
        default: break
        }
    }

    /// The aggregate's value as an id, or unbound.
    func result(_ context: QueryContext) -> TermID {
        switch aggregate.function {
        case .count: return context.id(.literal(Literal(count)))
        case .sample: return sample
        case .min, .max: return best.map { context.id($0) } ?? 0
        case .sum:
            return failed ? 0 : context.id(total)
        case .avg:
            if failed { return 0 }
            if count == 0 { return context.id(.literal(Literal(0))) }
            guard let avg = try? TermValues.arithmetic(.divide, total, .literal(Literal(count))) else { return 0 }
            return context.id(avg)
        case .groupConcat(let separator):
            // §18.5.1 GroupConcat: the string values joined; a simple literal.
            return failed ? 0 : context.id(.literal(Literal(parts.joined(separator: separator))))
        }
    }
}
