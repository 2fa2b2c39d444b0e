import RDF
import SPARQLOptimizer
import SPARQLSyntax

/// Turns a plan (`QueryPlan`, from `SPARQLOptimizer`) into plan nodes
/// bound to the query's variable slots and the dataset's term ids. It
/// decides nothing: operators, their order and each node's certainly bound
/// variables come from the plan. Nodes get their pre-order index (the
/// numbering of `QueryPlan.explain`) unless compiled inside EXISTS.
struct PlanCompiler {
    let context: QueryContext
    /// Makes the plan of an EXISTS pattern, given the variables bound
    /// where it is evaluated.
    let planner: (GraphPattern, Set<Variable>) -> QueryPlan
    /// Whether nodes are numbered (false inside EXISTS).
    var numbered = true
    private final class Counter { var next = 0 }
    private let counter = Counter()

    init(context: QueryContext, planner: @escaping (GraphPattern, Set<Variable>) -> QueryPlan) {
        self.context = context
        self.planner = planner
    }

    func position(_ p: TermPattern) -> PatternPosition {
        switch p {
        case .variable(let v): return .variable(context.slot(v))
        case .term(.blankNode(let b)):
            // §18.2.1: a blank node in a pattern acts as a variable.
            return .variable(context.slot(Variable("_:" + b.id)))
        case .term(let t): return .constant(context.id(t))
        }
    }

    func compile(_ plan: QueryPlan) throws(QueryEvaluationError) -> PlanNode {
        var index = -1
        if numbered { index = counter.next; counter.next += 1 }
        let node = try compileNode(plan)
        node.planIndex = index
        node.certain = Set(plan.certainlyBound.map { context.slot($0) })
        return node
    }

    private func compileNode(_ plan: QueryPlan) throws(QueryEvaluationError) -> PlanNode {
        switch plan {
        case .bgp(let triples):
            return BGPNode(context: context, patterns: triples.map { (position($0.subject), position($0.predicate), position($0.object)) })
        case .path(let s, let path, let o):
            return PathNode(context: context, subject: position(s), path: compile(path), object: position(o))
        case .join(let a, let b):
            let l = try compile(a), r = try compile(b)
            return JoinNode(context: context, l, r)
        case .leftJoin(let a, let b, let e):
            let l = try compile(a), r = try compile(b)
            return LeftJoinNode(context: context, l, r, try e.map { e throws(QueryEvaluationError) in try compile(e) })
        case .filter(let e, let p):
            let inner = try compile(p)
            return FilterNode(context: context, try compile(e), inner)
        case .union(let a, let b):
            let l = try compile(a), r = try compile(b)
            return UnionNode(context: context, l, r)
        case .minus(let a, let b):
            let l = try compile(a), r = try compile(b)
            return MinusNode(context: context, l, r)
        case .graph(let name, let p):
            return GraphNode(context: context, name: position(name), try compile(p))
        case .extend(let p, let v, let e):
            let inner = try compile(p)
            return ExtendNode(context: context, inner, slot: context.slot(v), try compile(e))
        case .values(let vars, let rows):
            let slots = vars.map { context.slot($0) }
            var encoded = [[(Int, TermID)]]()
            for r in rows {
                var cells = [(Int, TermID)]()
                for (i, t) in r.enumerated() where i < slots.count { if let t { cells.append((slots[i], context.id(t))) } }
                encoded.append(cells)
            }
            return ValuesNode(context: context, cells: encoded, slots: slots)
        case .group(let p, let keys, let aggs):
            let inner = try compile(p)
            var ck = [(CompiledExpression, Int?)]()
            for k in keys {
                var slot = k.variable.map { context.slot($0) }
                if slot == nil, case .variable(let v) = k.expression { slot = context.slot(v) }
                ck.append((try compile(k.expression), slot))
            }
            var ca = [(Int, CompiledAggregate)]()
            for a in aggs { ca.append((context.slot(a.variable), try compile(a.aggregate))) }
            return GroupNode(context: context, inner, keys: ck, aggregates: ca)
        case .orderBy(let p, let conditions):
            let inner = try compile(p)
            return OrderByNode(context: context, inner, try compile(conditions))
        case .topK(let p, let conditions, let k):
            let inner = try compile(p)
            return OrderByNode(context: context, inner, try compile(conditions), topK: k)
        case .project(let p, let vars):
            return ProjectNode(context: context, try compile(p), slots: Set(vars.map { context.slot($0) }))
        case .distinct(let p), .reduced(let p):
            return DistinctNode(context: context, try compile(p))
        case .slice(let p, let offset, let limit):
            return SliceNode(context: context, try compile(p), offset: offset, limit: limit)
        case .service(_, let p, let silent):
            // the inner plan is not run: skip its operators' numbers
            if numbered { counter.next += p.operatorCount }
            if silent { return BGPNode(context: context, patterns: []) }
            throw QueryEvaluationError(.unsupported, "SERVICE is not supported")
        }
    }

    private func compile(_ conditions: [OrderCondition]) throws(QueryEvaluationError) -> [(CompiledExpression, Bool)] {
        var cs = [(CompiledExpression, Bool)]()
        for c in conditions { cs.append((try compile(c.expression), c.ascending)) }
        return cs
    }

    func compile(_ path: PropertyPath) -> CompiledPath {
        switch path {
        case .iri(let i): return .link(context.dataset.id(of: .iri(i)))
        case .inverse(let p): return .inverse(compile(p))
        case .sequence(let a, let b): return .sequence(compile(a), compile(b))
        case .alternative(let a, let b): return .alternative(compile(a), compile(b))
        case .zeroOrMore(let p): return .zeroOrMore(compile(p))
        case .oneOrMore(let p): return .oneOrMore(compile(p))
        case .zeroOrOne(let p): return .zeroOrOne(compile(p))
        case .negated(let fwd, let inv):
            let ids = { (list: [IRI]) in Set(list.compactMap { self.context.dataset.id(of: .iri($0)) }) }
            return .negated(forward: ids(fwd), inverse: ids(inv), hasForward: !fwd.isEmpty || inv.isEmpty, hasInverse: !inv.isEmpty)
        }
    }

    func compile(_ aggregate: Aggregate) throws(QueryEvaluationError) -> CompiledAggregate {
        switch aggregate {
        case .count(let d, let e): return CompiledAggregate(function: .count, distinct: d, expression: try e.map { e throws(QueryEvaluationError) in try compile(e) })
        case .sum(let d, let e): return CompiledAggregate(function: .sum, distinct: d, expression: try compile(e))
        case .avg(let d, let e): return CompiledAggregate(function: .avg, distinct: d, expression: try compile(e))
        case .min(let d, let e): return CompiledAggregate(function: .min, distinct: d, expression: try compile(e))
        case .max(let d, let e): return CompiledAggregate(function: .max, distinct: d, expression: try compile(e))
        case .sample(let d, let e): return CompiledAggregate(function: .sample, distinct: d, expression: try compile(e))
        case .groupConcat(let d, let e, let sep): return CompiledAggregate(function: .groupConcat(sep), distinct: d, expression: try compile(e))
        }
    }

    func compile(_ e: Expression) throws(QueryEvaluationError) -> CompiledExpression {
        switch e {
        case .term(let t): return .constant(t)
        case .variable(let v): return .slot(context.slot(v))
        case .or(let a, let b): return .or(try compile(a), try compile(b))
        case .and(let a, let b): return .and(try compile(a), try compile(b))
        case .not(let a): return .not(try compile(a))
        case .equal(let a, let b): return .equal(try compile(a), try compile(b), negated: false)
        case .notEqual(let a, let b): return .equal(try compile(a), try compile(b), negated: true)
        case .less(let a, let b): return .compare(try compile(a), try compile(b), accept: [-1])
        case .lessOrEqual(let a, let b): return .compare(try compile(a), try compile(b), accept: [-1, 0])
        case .greater(let a, let b): return .compare(try compile(a), try compile(b), accept: [1])
        case .greaterOrEqual(let a, let b): return .compare(try compile(a), try compile(b), accept: [0, 1])
        case .add(let a, let b): return .arithmetic(.add, try compile(a), try compile(b))
        case .subtract(let a, let b): return .arithmetic(.subtract, try compile(a), try compile(b))
        case .multiply(let a, let b): return .arithmetic(.multiply, try compile(a), try compile(b))
        case .divide(let a, let b): return .arithmetic(.divide, try compile(a), try compile(b))
        case .unaryPlus(let a): return .unaryPlus(try compile(a))
        case .unaryMinus(let a): return .unaryMinus(try compile(a))
        case .in(let a, let list, let negated):
            var items = [CompiledExpression]()
            for x in list { items.append(try compile(x)) }
            return .in(try compile(a), items, negated: negated)
        case .bound(let v): return .bound(context.slot(v))
        case .builtin(let function, let args):
            var a = [CompiledExpression]()
            for x in args { a.append(try compile(x)) }
            switch function {
            case .rand, .uuid, .struuid, .bnode: context.usesVaryingFunctions = true
            default: break
            }
            switch function {
            case .if where a.count == 3: return .if(a[0], a[1], a[2])
            case .coalesce: return .coalesce(a)
            case .sameTerm where a.count == 2: return .sameTerm(a[0], a[1])
            default: return .builtin(function, a)
            }
        case .function(let iri, let args):
            var a = [CompiledExpression]()
            for x in args { a.append(try compile(x)) }
            return .function(iri, a)
        case .exists(let p, let negated):
            // The EXISTS pattern runs with the outer solution substituted
            // (§18.6): every variable known so far may be bound.
            var inner = self
            inner.numbered = false
            return .exists(try inner.compile(planner(p, Set(context.variableNames))), negated: negated)
        case .aggregate:
            return .error("aggregate outside of a GROUP")
        }
    }
}
