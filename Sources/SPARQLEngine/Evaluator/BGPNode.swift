import RDF

/// A position of a compiled triple pattern.
enum PatternPosition: Hashable {
    case constant(TermID)
    case variable(Int)
}

/// BGP(triples) (SPARQL 1.1 §18.5 "BGP" / §18.3.1): evaluated as an index
/// nested loop over the triple patterns in the order the plan gives
/// (`QueryOptimizer` chooses it from the statistics; unoptimised, as
/// written), each pattern's lookup using the values bound by the patterns
/// before it and by the input row. Streaming, depth-first.
final class BGPNode: PlanNode {
    let patterns: [(PatternPosition, PatternPosition, PatternPosition)]
    private var plans: [PlanKey: BGPPlan] = [:]

    struct PlanKey: Hashable {
        var bound: [Int]
    }

    init(context: QueryContext, patterns: [(PatternPosition, PatternPosition, PatternPosition)]) {
        self.patterns = patterns
        super.init(context: context)
        for p in patterns {
            for pos in [p.0, p.1, p.2] { if case .variable(let s) = pos { variables.insert(s) } }
        }
    }

    /// The pattern's variable slots, ascending, when all are below 64 (then
    /// the plan for a set of bound slots is found by bit mask, with no
    /// allocation per open); nil otherwise.
    private lazy var maskSlots: [Int]? = variables.allSatisfy { $0 < 64 } ? variables.sorted() : nil
    private var plansByMask: [UInt64: BGPPlan] = [:]

    override func openInner(_ input: Row, _ graph: GraphSelector, substitute: Bool) throws(QueryEvaluationError) -> RowIterator {
        if patterns.isEmpty { return SingleRowIterator(input) }
        if let slots = maskSlots {
            var mask: UInt64 = 0
            for s in slots where input[s] != 0 { mask |= 1 << UInt64(s) }
            let plan: BGPPlan
            if let p = plansByMask[mask] { plan = p } else {
                plan = makePlan(bound: Set(slots.filter { input[$0] != 0 }))
                plansByMask[mask] = plan
            }
            return BGPIterator(plan: plan, input: input, graph: graph, context: context)
        }
        let bound = variables.filter { input[$0] != 0 }.sorted()
        let key = PlanKey(bound: bound)
        let plan: BGPPlan
        if let p = plans[key] { plan = p } else {
            plan = makePlan(bound: Set(bound))
            plans[key] = plan
        }
        return BGPIterator(plan: plan, input: input, graph: graph, context: context)
    }

    /// The lookups of the patterns, in order, given the slots bound on input.
    private func makePlan(bound initial: Set<Int>) -> BGPPlan {
        var bound = initial
        var levels = [BGPPlan.Level]()
        for (s, p, o) in patterns {
            var newly = Set<Int>()
            func spec(_ pos: PatternPosition) -> BGPPlan.Spec {
                switch pos {
                case .constant(let id): return .constant(id)
                case .variable(let v):
                    if bound.contains(v) { return .bound(v) }
                    if newly.contains(v) { return .check(v) }
                    newly.insert(v)
                    return .bind(v)
                }
            }
            levels.append(BGPPlan.Level(s: spec(s), p: spec(p), o: spec(o)))
            bound.formUnion(newly)
        }
        return BGPPlan(levels: levels)
    }
}

/// The evaluation order of a BGP for one set of input bindings.
struct BGPPlan {
    enum Spec {
        case constant(TermID)
        /// bound before this pattern: read from the row
        case bound(Int)
        /// first occurrence: bind
        case bind(Int)
        /// second occurrence in the same pattern: compare
        case check(Int)
    }
    struct Level {
        var s: Spec
        var p: Spec
        var o: Spec
    }
    var levels: [Level]
}

/// Depth-first index nested loop over a `BGPPlan`.
final class BGPIterator: RowIterator {
    private let levels: [BGPPlan.Level]
    private var row: Row
    private var cursors: [TripleCursor]
    private var level = 0
    private let graph: GraphSelector
    private let context: QueryContext
    private let dataset: any QueryableDataset

    init(plan: BGPPlan, input: Row, graph: GraphSelector, context: QueryContext) {
        levels = plan.levels
        row = input
        self.graph = graph
        self.context = context
        dataset = context.dataset
        cursors = Array(repeating: .empty, count: plan.levels.count)
        super.init()
        cursors[0] = lookup(0)
    }

    @inline(__always)
    private func value(_ spec: BGPPlan.Spec) -> TermID? {
        switch spec {
        case .constant(let id): return id
        case .bound(let s): return row[s]
        case .bind, .check: return nil
        }
    }

    private func lookup(_ l: Int) -> TripleCursor {
        let lv = levels[l]
        return dataset.match(subject: value(lv.s), predicate: value(lv.p), object: value(lv.o), in: graph)
    }

    @inline(__always)
    private func bind(_ spec: BGPPlan.Spec, _ v: TermID) -> Bool {
        switch spec {
        case .bind(let s): row[s] = v; return true
        case .check(let s): return row[s] == v
        default: return true
        }
    }

    override func next() throws(QueryEvaluationError) -> Row? {
        let last = levels.count - 1
        while level >= 0 {
            try context.tick()
            guard let t = cursors[level].next() else {
                level -= 1
                continue
            }
            let lv = levels[level]
            guard bind(lv.s, t.subject), bind(lv.p, t.predicate), bind(lv.o, t.object) else { continue }
            if level == last { return row }
            level += 1
            cursors[level] = lookup(level)
        }
        return nil
    }
}
