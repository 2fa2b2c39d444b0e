import RDF
import SPARQLSyntax

/// Turns the algebra (`GraphPattern`, `Expression`) into plan nodes bound
/// to the query's variable slots and the dataset's term ids.
struct PlanCompiler {
    let context: QueryContext

    func position(_ p: TermPattern) -> PatternPosition {
        switch p {
        case .variable(let v): return .variable(context.slot(v))
        case .term(.blankNode(let b)):
            // §18.2.1: a blank node in a pattern acts as a variable.
            return .variable(context.slot(Variable("_:" + b.id)))
        case .term(let t): return .constant(context.id(t))
        }
    }

    func compile(_ pattern: GraphPattern) throws(QueryEvaluationError) -> PlanNode {
        switch pattern {
        case .bgp(let triples):
            return BGPNode(context: context, patterns: triples.map { (position($0.subject), position($0.predicate), position($0.object)) })
        case .path(let s, let path, let o):
            return PathNode(context: context, subject: position(s), path: compile(path), object: position(o))
        case .join(let a, let b):
            let l = try compile(a), r = try compile(b)
            if let lb = l as? BGPNode, let rb = r as? BGPNode {
                // Join of two BGPs is the BGP of their union (§18.5 BGP), ordered together.
                return BGPNode(context: context, patterns: lb.patterns + rb.patterns)
            }
            if let lb = l as? BGPNode, lb.patterns.isEmpty { return r }
            if let rb = r as? BGPNode, rb.patterns.isEmpty { return l }
            return JoinNode(context: context, l, r)
        case .leftJoin(let a, let b, let e):
            return LeftJoinNode(context: context, try compile(a), try compile(b), try e.map { e throws(QueryEvaluationError) in try compile(e) })
        case .filter(let e, let p):
            return FilterNode(context: context, try compile(e), try compile(p))
        case .union(let a, let b):
            return UnionNode(context: context, try compile(a), try compile(b))
        case .minus(let a, let b):
            return MinusNode(context: context, try compile(a), try compile(b))
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
            var cs = [(CompiledExpression, Bool)]()
            for c in conditions { cs.append((try compile(c.expression), c.ascending)) }
            return OrderByNode(context: context, try compile(p), cs)
        case .project(let p, let vars):
            return ProjectNode(context: context, try compile(p), slots: Set(vars.map { context.slot($0) }))
        case .distinct(let p), .reduced(let p):
            return DistinctNode(context: context, try compile(p))
        case .slice(let p, let offset, let limit):
            let inner = try compile(p)
            if let limit {
                // ORDER BY … LIMIT: only the first offset+limit rows need sorting.
                var n: PlanNode = inner
                if let proj = n as? ProjectNode { n = proj.pattern }
                if let order = n as? OrderByNode { order.topK = offset + limit }
            }
            return SliceNode(context: context, inner, offset: offset, limit: limit)
        case .service(_, _, let silent):
            if silent { return BGPNode(context: context, patterns: []) }
            throw QueryEvaluationError(.unsupported, "SERVICE is not supported")
        }
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
        case .builtin(let name, let args):
            var a = [CompiledExpression]()
            for x in args { a.append(try compile(x)) }
            switch name.uppercased() {
            case "IF" where a.count == 3: return .if(a[0], a[1], a[2])
            case "COALESCE": return .coalesce(a)
            case "SAMETERM" where a.count == 2: return .sameTerm(a[0], a[1])
            case "BOUND" where args.count == 1:
                if case .variable(let v) = args[0] { return .bound(context.slot(v)) }
                return .error("BOUND needs a variable")
            default: return .builtin(name.uppercased(), a)
            }
        case .function(let iri, let args):
            var a = [CompiledExpression]()
            for x in args { a.append(try compile(x)) }
            return .function(iri, a)
        case .exists(let p, let negated):
            return .exists(try compile(p), negated: negated)
        case .aggregate:
            return .error("aggregate outside of a GROUP")
        }
    }
}
