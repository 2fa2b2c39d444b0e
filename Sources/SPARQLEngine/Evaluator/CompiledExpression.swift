import RDF
import SPARQLSyntax

/// An expression compiled against the query's variable slots (§17).
indirect enum CompiledExpression {
    case constant(Term)
    case slot(Int)
    case or(CompiledExpression, CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case not(CompiledExpression)
    case equal(CompiledExpression, CompiledExpression, negated: Bool)
    /// `<` `<=` `>` `>=`: `accept` lists the comparison results (-1, 0, 1) that mean true.
    case compare(CompiledExpression, CompiledExpression, accept: [Int])
    case arithmetic(ArithmeticOperator, CompiledExpression, CompiledExpression)
    case unaryPlus(CompiledExpression)
    case unaryMinus(CompiledExpression)
    case `in`(CompiledExpression, [CompiledExpression], negated: Bool)
    case bound(Int)
    case `if`(CompiledExpression, CompiledExpression, CompiledExpression)
    case coalesce([CompiledExpression])
    case sameTerm(CompiledExpression, CompiledExpression)
    case builtin(BuiltinFunction, [CompiledExpression])
    case function(IRI, [CompiledExpression])
    case exists(PlanNode, negated: Bool)
    case error(String)

    /// The slots the expression reads, including those of EXISTS patterns.
    func collectVariables(into set: inout Set<Int>) {
        switch self {
        case .constant, .error: break
        case .slot(let s), .bound(let s): set.insert(s)
        case .or(let a, let b), .and(let a, let b), .equal(let a, let b, _), .compare(let a, let b, _),
             .arithmetic(_, let a, let b), .sameTerm(let a, let b):
            a.collectVariables(into: &set); b.collectVariables(into: &set)
        case .not(let a), .unaryPlus(let a), .unaryMinus(let a): a.collectVariables(into: &set)
        case .in(let a, let list, _):
            a.collectVariables(into: &set)
            for e in list { e.collectVariables(into: &set) }
        case .if(let a, let b, let c):
            a.collectVariables(into: &set); b.collectVariables(into: &set); c.collectVariables(into: &set)
        case .coalesce(let list), .builtin(_, let list), .function(_, let list):
            for e in list { e.collectVariables(into: &set) }
        case .exists(let node, _): set.formUnion(node.variables)
        }
    }
}

extension QueryContext {
    /// Evaluates `e` on `row` in the active graph `graph` (§17.2): the value,
    /// or an `ExpressionError` (type error, unbound variable, …).
    func evaluate(_ e: CompiledExpression, _ row: Row, _ graph: GraphSelector) throws(ExpressionError) -> Term {
        switch e {
        case .constant(let t): return t
        case .slot(let s):
            let id = row[s]
            if id == 0 { throw ExpressionError(.unboundVariable, "unbound variable \(variableNames[s])") }
            return term(id)
        case .or(let a, let b):
            // §17.2: error || true = true; error || false = error.
            var leftError: ExpressionError?
            do {
                if try ebv(a, row, graph) { return .literal(Literal(true)) }
            } catch { leftError = error }
            if try ebv(b, row, graph) { return .literal(Literal(true)) }
            if let leftError { throw leftError }
            return .literal(Literal(false))
        case .and(let a, let b):
            var leftError: ExpressionError?
            do {
                if !(try ebv(a, row, graph)) { return .literal(Literal(false)) }
            } catch { leftError = error }
            if !(try ebv(b, row, graph)) { return .literal(Literal(false)) }
            if let leftError { throw leftError }
            return .literal(Literal(true))
        case .not(let a):
            return .literal(Literal(!(try ebv(a, row, graph))))
        case .equal(let a, let b, let negated):
            let r = try TermValues.equals(try evaluate(a, row, graph), try evaluate(b, row, graph))
            return .literal(Literal(r != negated))
        case .compare(let a, let b, let accept):
            let c = try TermValues.compare(try evaluate(a, row, graph), try evaluate(b, row, graph))
            return .literal(Literal(accept.contains(c.signum())))
        case .arithmetic(let op, let a, let b):
            return try TermValues.arithmetic(op, try evaluate(a, row, graph), try evaluate(b, row, graph))
        case .unaryPlus(let a): return try TermValues.unaryPlus(try evaluate(a, row, graph))
        case .unaryMinus(let a): return try TermValues.unaryMinus(try evaluate(a, row, graph))
        case .in(let a, let list, let negated):
            // §17.4.1.9: true if equal to a member; error if no match and some comparison errored.
            let v = try evaluate(a, row, graph)
            var sawError: ExpressionError?
            for item in list {
                do {
                    if try TermValues.equals(v, try evaluate(item, row, graph)) { return .literal(Literal(!negated)) }
                } catch { sawError = error }
            }
            if let sawError { throw sawError }
            return .literal(Literal(negated))
        case .bound(let s): return .literal(Literal(row[s] != 0))
        case .if(let c, let a, let b):
            return try ebv(c, row, graph) ? try evaluate(a, row, graph) : try evaluate(b, row, graph)
        case .coalesce(let list):
            for item in list {
                if let v = try? evaluate(item, row, graph) { return v }
            }
            throw ExpressionError(.typeError, "COALESCE: no argument has a value")
        case .sameTerm(let a, let b):
            return .literal(Literal(TermHashing.equal(try evaluate(a, row, graph), try evaluate(b, row, graph))))
        case .builtin(let name, let args):
            var values = [Term]()
            values.reserveCapacity(args.count)
            for a in args { values.append(try evaluate(a, row, graph)) }
            return try FunctionLibrary.call(name, values, &functions)
        case .function(let iri, let args):
            var values = [Term]()
            for a in args { values.append(try evaluate(a, row, graph)) }
            if values.count == 1 { return try FunctionLibrary.cast(iri, values[0]) }
            throw ExpressionError(.unknownFunction, "unknown function \(iri)")
        case .exists(let node, let negated):
            // §18.6: evaluate the pattern with the current solution substituted.
            do {
                let found = try node.open(row, graph, substitute: true).next() != nil
                return .literal(Literal(found != negated))
            } catch {
                pendingError = error
                throw ExpressionError(.invalidArgument, error.message)
            }
        case .error(let message):
            throw ExpressionError(.unknownFunction, message)
        }
    }

    /// The effective boolean value of `e` (§17.2.2).
    /// Operators whose value is a boolean are computed as a `Bool` here,
    /// without making the `xsd:boolean` literal `evaluate` returns (same
    /// values, same errors).
    func ebv(_ e: CompiledExpression, _ row: Row, _ graph: GraphSelector) throws(ExpressionError) -> Bool {
        switch e {
        case .equal(let a, let b, let negated):
            return try TermValues.equals(try evaluate(a, row, graph), try evaluate(b, row, graph)) != negated
        case .compare(let a, let b, let accept):
            return accept.contains(try TermValues.compare(try evaluate(a, row, graph), try evaluate(b, row, graph)).signum())
        case .and(let a, let b):
            var leftError: ExpressionError?
            do {
                if !(try ebv(a, row, graph)) { return false }
            } catch { leftError = error }
            if !(try ebv(b, row, graph)) { return false }
            if let leftError { throw leftError }
            return true
        case .or(let a, let b):
            var leftError: ExpressionError?
            do {
                if try ebv(a, row, graph) { return true }
            } catch { leftError = error }
            if try ebv(b, row, graph) { return true }
            if let leftError { throw leftError }
            return false
        case .not(let a):
            return !(try ebv(a, row, graph))
        case .bound(let s):
            return row[s] != 0
        case .sameTerm(let a, let b):
            return TermHashing.equal(try evaluate(a, row, graph), try evaluate(b, row, graph))
        default:
            break
        }
        let t = try evaluate(e, row, graph)
        // fast path for the canonical booleans the operators produce
        if case .literal(let l) = t, l.datatype == XSD.boolean, l.language == nil {
            if l.lexicalForm == "true" { return true }
            if l.lexicalForm == "false" { return false }
        }
        return try TermValues.effectiveBooleanValue(t)
    }

    /// FILTER semantics: true only when the EBV is true; errors are false
    /// (§17.2). A timeout inside EXISTS is rethrown.
    func test(_ e: CompiledExpression, _ row: Row, _ graph: GraphSelector) throws(QueryEvaluationError) -> Bool {
        do {
            return try ebv(e, row, graph)
        } catch {
            if let p = pendingError { pendingError = nil; throw p }
            return false
        }
    }

    /// BIND semantics: the value's id, or unbound on error (§18.5 Extend).
    func value(_ e: CompiledExpression, _ row: Row, _ graph: GraphSelector) throws(QueryEvaluationError) -> TermID {
        if case .slot(let s) = e { return row[s] }
        do {
            return id(try evaluate(e, row, graph))
        } catch {
            if let p = pendingError { pendingError = nil; throw p }
            return 0
        }
    }
}
