import RDF

extension SPARQLParser {
    // MARK: - Variable scope (§18.2.1)

    /// The in-scope variables of an algebra expression, in order of first
    /// appearance (§18.2.1's table: MINUS keeps only its left side's,
    /// projection only the projected ones, GRAPH adds its variable, BIND and
    /// VALUES add theirs, a group its keys and aggregate variables).
    static func inScopeVariables(_ p: GraphPattern) -> [Variable] {
        var seen = Set<Variable>()
        var out: [Variable] = []
        func add(_ v: Variable) { if seen.insert(v).inserted { out.append(v) } }
        func visit(_ p: GraphPattern) {
            switch p {
            case .bgp(let ts): for t in ts { t.variables.forEach(add) }
            case .path(let s, _, let o):
                if let v = s.variable { add(v) }
                if let v = o.variable { add(v) }
            case .join(let a, let b), .union(let a, let b), .leftJoin(let a, let b, _):
                visit(a); visit(b)
            case .minus(let a, _): visit(a)
            case .filter(_, let a): visit(a)
            case .graph(let name, let a), .service(let name, let a, _):
                if let v = name.variable { add(v) }
                visit(a)
            case .extend(let a, let v, _): visit(a); add(v)
            case .values(let vars, _): vars.forEach(add)
            case .group(_, let keys, let aggs):
                for k in keys { if let v = k.variable { add(v) } }
                for a in aggs { add(a.variable) }
            case .orderBy(let a, _), .distinct(let a), .reduced(let a), .slice(let a, _, _): visit(a)
            case .project(_, let vars): vars.forEach(add)
            }
        }
        visit(p)
        return out
    }

    /// The variables an expression mentions outside aggregates and EXISTS.
    static func freeVariables(_ e: Expression) -> [Variable] {
        var out: [Variable] = []
        func visit(_ e: Expression) {
            switch e {
            case .term, .aggregate, .exists: break
            case .variable(let v), .bound(let v): out.append(v)
            case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
                 .less(let a, let b), .lessOrEqual(let a, let b), .greater(let a, let b), .greaterOrEqual(let a, let b),
                 .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
                visit(a); visit(b)
            case .not(let a), .unaryPlus(let a), .unaryMinus(let a): visit(a)
            case .in(let a, let list, _): visit(a); list.forEach(visit)
            case .builtin(_, let args), .function(_, let args): args.forEach(visit)
            }
        }
        visit(e)
        return out
    }

    static func containsAggregate(_ e: Expression) -> Bool {
        switch e {
        case .aggregate: return true
        case .term, .variable, .bound, .exists: return false
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b), .notEqual(let a, let b),
             .less(let a, let b), .lessOrEqual(let a, let b), .greater(let a, let b), .greaterOrEqual(let a, let b),
             .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b), .divide(let a, let b):
            return containsAggregate(a) || containsAggregate(b)
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): return containsAggregate(a)
        case .in(let a, let list, _): return containsAggregate(a) || list.contains(where: containsAggregate)
        case .builtin(_, let args), .function(_, let args): return args.contains(where: containsAggregate)
        }
    }

    /// Replaces each aggregate in `e` by a fresh variable, reusing the
    /// variable of an identical aggregate already bound (§18.2.4.1).
    mutating func replaceAggregates(_ e: Expression, _ bindings: inout [AggregateBinding]) -> Expression {
        func r(_ e: Expression, _ p: inout SPARQLParser, _ b: inout [AggregateBinding]) -> Expression {
            switch e {
            case .aggregate(let a):
                if let existing = b.first(where: { $0.aggregate == a }) { return .variable(existing.variable) }
                let v = p.freshVariable("agg")
                b.append(AggregateBinding(v, a))
                return .variable(v)
            case .term, .variable, .bound, .exists: return e
            case .or(let x, let y): return .or(r(x, &p, &b), r(y, &p, &b))
            case .and(let x, let y): return .and(r(x, &p, &b), r(y, &p, &b))
            case .equal(let x, let y): return .equal(r(x, &p, &b), r(y, &p, &b))
            case .notEqual(let x, let y): return .notEqual(r(x, &p, &b), r(y, &p, &b))
            case .less(let x, let y): return .less(r(x, &p, &b), r(y, &p, &b))
            case .lessOrEqual(let x, let y): return .lessOrEqual(r(x, &p, &b), r(y, &p, &b))
            case .greater(let x, let y): return .greater(r(x, &p, &b), r(y, &p, &b))
            case .greaterOrEqual(let x, let y): return .greaterOrEqual(r(x, &p, &b), r(y, &p, &b))
            case .add(let x, let y): return .add(r(x, &p, &b), r(y, &p, &b))
            case .subtract(let x, let y): return .subtract(r(x, &p, &b), r(y, &p, &b))
            case .multiply(let x, let y): return .multiply(r(x, &p, &b), r(y, &p, &b))
            case .divide(let x, let y): return .divide(r(x, &p, &b), r(y, &p, &b))
            case .not(let x): return .not(r(x, &p, &b))
            case .unaryPlus(let x): return .unaryPlus(r(x, &p, &b))
            case .unaryMinus(let x): return .unaryMinus(r(x, &p, &b))
            case .in(let x, let list, let negated):
                let rx = r(x, &p, &b)
                var rl: [Expression] = []
                for item in list { rl.append(r(item, &p, &b)) }
                return .in(rx, rl, negated: negated)
            case .builtin(let name, let args):
                var ra: [Expression] = []
                for a in args { ra.append(r(a, &p, &b)) }
                return .builtin(name, ra)
            case .function(let iri, let args):
                var ra: [Expression] = []
                for a in args { ra.append(r(a, &p, &b)) }
                return .function(iri, ra)
            }
        }
        return r(e, &self, &bindings)
    }

    // MARK: - Grouping, aggregates and modifiers (§18.2.4, §18.2.5)

    /// Applies grouping and aggregation, HAVING, trailing VALUES, SELECT
    /// expressions, ORDER BY, projection, DISTINCT/REDUCED and the slice to
    /// the WHERE pattern, checking the static rules on the way. Returns the
    /// algebra and the projected variables (for `SELECT *`, the in-scope
    /// variables in order of first appearance).
    mutating func finish(_ wherePattern: GraphPattern, select: SelectClause?, modifiers m: Modifiers,
                         values: GraphPattern?) throws(SPARQLSyntaxError) -> (GraphPattern, [Variable]) {
        var p = wherePattern
        let items = select?.items
        var selectExpressions: [Expression] = []
        if let items {
            for case .expression(let e, _, _) in items { selectExpressions.append(e) }
        }
        let isAggregateQuery = m.groupKeys != nil || selectExpressions.contains(where: SPARQLParser.containsAggregate)
            || m.having.contains(where: SPARQLParser.containsAggregate)
            || m.order.contains { SPARQLParser.containsAggregate($0.expression) }

        // SELECT expression variables must be new (§18.2.4.4).
        if let items {
            let whereScope = Set(SPARQLParser.inScopeVariables(wherePattern))
            var projected = Set<Variable>()
            for item in items {
                switch item {
                case .variable(let v, _): projected.insert(v)
                case .expression(_, let v, let position):
                    if whereScope.contains(v) || projected.contains(v) {
                        throw error(.variableAlreadyInScope(v.name),
                                    "SELECT expression assigns \(v), which is already in scope", at: position)
                    }
                    projected.insert(v)
                }
            }
        }

        var having = m.having
        var order = m.order
        if isAggregateQuery {
            if let select, select.items == nil {
                throw error(.selectAllWithGroupBy, "SELECT * is not allowed in a query with GROUP BY or aggregates",
                            at: select.position)
            }
            let keys = m.groupKeys ?? []
            var grouped = Set(keys.compactMap(\.variable))
            var bindings: [AggregateBinding] = []
            var newItems: [SelectItem] = []
            for item in items ?? [] {
                switch item {
                case .variable(let v, let position):
                    if !grouped.contains(v) {
                        throw error(.ungroupedVariable(v.name), "\(v) is projected but is not a GROUP BY key", at: position)
                    }
                    newItems.append(item)
                case .expression(let e, let v, let position):
                    for fv in SPARQLParser.freeVariables(e) where !grouped.contains(fv) {
                        throw error(.ungroupedVariable(fv.name),
                                    "\(fv) is used outside an aggregate but is not a GROUP BY key", at: position)
                    }
                    newItems.append(.expression(replaceAggregates(e, &bindings), v, position))
                    grouped.insert(v)
                }
            }
            having = having.map { replaceAggregates($0, &bindings) }
            order = order.map { OrderCondition(replaceAggregates($0.expression, &bindings), ascending: $0.ascending) }
            p = .group(p, keys: keys, aggregates: bindings)
            if !having.isEmpty { p = .filter(SPARQLParser.conjunction(having), p) }
            if let values { p = SPARQLParser.join(p, values) }
            for case .expression(let e, let v, _) in newItems { p = .extend(p, v, e) }
        } else {
            if !having.isEmpty { p = .filter(SPARQLParser.conjunction(having), p) }
            if let values { p = SPARQLParser.join(p, values) }
            for case .expression(let e, let v, _) in items ?? [] { p = .extend(p, v, e) }
        }
        if !order.isEmpty { p = .orderBy(p, order) }
        var variables: [Variable] = []
        if let select {
            if let items {
                variables = items.map { item in
                    switch item {
                    case .variable(let v, _): return v
                    case .expression(_, let v, _): return v
                    }
                }
            } else {
                variables = SPARQLParser.inScopeVariables(p).filter { !$0.isGenerated }
            }
            p = .project(p, variables)
            if select.distinct { p = .distinct(p) } else if select.reduced { p = .reduced(p) }
        }
        if m.limit != nil || m.offset != nil {
            p = .slice(p, offset: m.offset ?? 0, limit: m.limit)
        }
        return (p, variables)
    }
}
