import RDF

extension SPARQLParser {
    static let aggregateNames: Set<String> = ["COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"]

    var isBuiltInCallStart: Bool {
        guard case .word(let w) = token.kind else { return false }
        let u = w.uppercased()
        if BuiltinFunction(keyword: u) != nil || SPARQLParser.aggregateNames.contains(u) || u == "BOUND" || u == "EXISTS" {
            return true
        }
        if u == "NOT", peekToken().isKeyword("EXISTS") { return true }
        return false
    }

    /// Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall.
    mutating func parseConstraint() throws(SPARQLSyntaxError) -> Expression {
        if token.isPunct("(") { return try parseBrackettedExpression() }
        if isBuiltInCallStart { return try parseBuiltInCall() }
        if atIRI {
            let iri = try acceptIRI()!
            guard token.isPunct("(") || token.kind == .nilToken else { throw unexpected("'(' after a function IRI") }
            return .function(iri, try parseArgList())
        }
        throw unexpected("'(', a built-in call or a function call")
    }

    mutating func parseBrackettedExpression() throws(SPARQLSyntaxError) -> Expression {
        try expectPunct("(")
        let e = try parseExpression()
        try expectPunct(")")
        return e
    }

    /// Expression ::= ConditionalOrExpression (§17, §19.8 [110]-[120]).
    mutating func parseExpression() throws(SPARQLSyntaxError) -> Expression {
        try enter()
        defer { leave() }
        var e = try parseAnd()
        while acceptPunct("||") { e = .or(e, try parseAnd()) }
        return e
    }

    mutating func parseAnd() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseRelational()
        while acceptPunct("&&") { e = .and(e, try parseRelational()) }
        return e
    }

    mutating func parseRelational() throws(SPARQLSyntaxError) -> Expression {
        let lhs = try parseAdditive()
        if case .punct(let p) = token.kind {
            switch p {
            case "=": advance(); return .equal(lhs, try parseAdditive())
            case "!=": advance(); return .notEqual(lhs, try parseAdditive())
            case "<": advance(); return .less(lhs, try parseAdditive())
            case ">": advance(); return .greater(lhs, try parseAdditive())
            case "<=": advance(); return .lessOrEqual(lhs, try parseAdditive())
            case ">=": advance(); return .greaterOrEqual(lhs, try parseAdditive())
            default: break
            }
        }
        if acceptKeyword("IN") { return .in(lhs, try parseExpressionList(), negated: false) }
        if token.isKeyword("NOT"), peekToken().isKeyword("IN") {
            advance(); advance()
            return .in(lhs, try parseExpressionList(), negated: true)
        }
        return lhs
    }

    /// ExpressionList ::= NIL | '(' Expression ( ',' Expression )* ')'.
    mutating func parseExpressionList() throws(SPARQLSyntaxError) -> [Expression] {
        if token.kind == .nilToken { advance(); return [] }
        try expectPunct("(")
        var list = [try parseExpression()]
        while acceptPunct(",") { list.append(try parseExpression()) }
        try expectPunct(")")
        return list
    }

    /// AdditiveExpression, including the signed-number forms of §19.8 [116]
    /// (`?x -1` is a subtraction).
    mutating func parseAdditive() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseMultiplicative()
        while true {
            if acceptPunct("+") {
                e = .add(e, try parseMultiplicative())
            } else if acceptPunct("-") {
                e = .subtract(e, try parseMultiplicative())
            } else if let (negative, literal) = signedNumber() {
                advance()
                var rhs = Expression.term(.literal(literal))
                while true {
                    if acceptPunct("*") { rhs = .multiply(rhs, try parseUnary()) }
                    else if acceptPunct("/") { rhs = .divide(rhs, try parseUnary()) }
                    else { break }
                }
                e = negative ? .subtract(e, rhs) : .add(e, rhs)
            } else {
                return e
            }
        }
    }

    /// The current token as a signed numeric literal: its sign and the literal without the sign.
    func signedNumber() -> (Bool, Literal)? {
        let text: String
        let datatype: IRI
        switch token.kind {
        case .integer(let t): text = t; datatype = XSD.integer
        case .decimal(let t): text = t; datatype = XSD.decimal
        case .double(let t): text = t; datatype = XSD.double
        default: return nil
        }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        return (sign == "-", Literal(String(text.dropFirst()), datatype: datatype))
    }

    mutating func parseMultiplicative() throws(SPARQLSyntaxError) -> Expression {
        var e = try parseUnary()
        while true {
            if acceptPunct("*") { e = .multiply(e, try parseUnary()) }
            else if acceptPunct("/") { e = .divide(e, try parseUnary()) }
            else { return e }
        }
    }

    mutating func parseUnary() throws(SPARQLSyntaxError) -> Expression {
        if acceptPunct("!") { return .not(try parsePrimary()) }
        if acceptPunct("+") { return .unaryPlus(try parsePrimary()) }
        if acceptPunct("-") { return .unaryMinus(try parsePrimary()) }
        return try parsePrimary()
    }

    /// PrimaryExpression ::= BrackettedExpression | BuiltInCall | iriOrFunction
    ///   | RDFLiteral | NumericLiteral | BooleanLiteral | Var.
    mutating func parsePrimary() throws(SPARQLSyntaxError) -> Expression {
        if token.isPunct("(") { return try parseBrackettedExpression() }
        if case .variable(let name) = token.kind {
            advance()
            return .variable(Variable(name))
        }
        if isBuiltInCallStart { return try parseBuiltInCall() }
        if let iri = try acceptIRI() {
            if token.isPunct("(") || token.kind == .nilToken {
                return .function(iri, try parseArgList())
            }
            return .term(.iri(iri))
        }
        if let literal = try acceptLiteral() { return .term(.literal(literal)) }
        throw unexpected("an expression")
    }

    /// ArgList ::= NIL | '(' 'DISTINCT'? Expression ( ',' Expression )* ')'.
    mutating func parseArgList() throws(SPARQLSyntaxError) -> [Expression] {
        if token.kind == .nilToken { advance(); return [] }
        try expectPunct("(")
        _ = acceptKeyword("DISTINCT")
        var list = [try parseExpression()]
        while acceptPunct(",") { list.append(try parseExpression()) }
        try expectPunct(")")
        return list
    }

    /// BuiltInCall (§19.8 [121]) including aggregates ([127]) and EXISTS / NOT EXISTS.
    mutating func parseBuiltInCall() throws(SPARQLSyntaxError) -> Expression {
        guard case .word(let w) = token.kind else { throw unexpected("a built-in call") }
        let name = w.uppercased()
        let namePosition = token.position
        advance()
        if name == "EXISTS" || name == "NOT" {
            if name == "NOT" { try expectKeyword("EXISTS") }
            guard token.isPunct("{") else { throw unexpected("'{'") }
            let saved = aggregatesAllowed
            aggregatesAllowed = false
            defer { aggregatesAllowed = saved }
            return .exists(try parseGroupGraphPattern(), negated: name == "NOT")
        }
        if name == "BOUND" {
            try expectPunct("(")
            let v = try parseVar()
            try expectPunct(")")
            return .bound(v)
        }
        if SPARQLParser.aggregateNames.contains(name) {
            guard aggregatesAllowed else {
                throw error(.aggregateNotAllowed, "aggregate \(name) is not allowed here", at: namePosition)
            }
            return .aggregate(try parseAggregate(name))
        }
        guard let function = BuiltinFunction(keyword: name) else { throw unexpected("a built-in call") }
        let args = try parseExpressionList()
        if let r = function.arity, !r.contains(args.count) {
            if r.count == 1 {
                let n = r.lowerBound
                throw error(.wrongArgumentCount(function: name, expected: "\(n)", found: args.count),
                            "\(name) takes \(n) argument\(n == 1 ? "" : "s"), not \(args.count)", at: namePosition)
            }
            throw error(.wrongArgumentCount(function: name, expected: "\(r.lowerBound) to \(r.upperBound)", found: args.count),
                        "\(name) takes \(r.lowerBound) to \(r.upperBound) arguments, not \(args.count)", at: namePosition)
        }
        return .builtin(function, args)
    }

    /// Aggregate (§19.8 [127]); the arguments may not contain aggregates.
    mutating func parseAggregate(_ name: String) throws(SPARQLSyntaxError) -> Aggregate {
        try expectPunct("(")
        aggregatesAllowed = false
        defer { aggregatesAllowed = true }
        let distinct = acceptKeyword("DISTINCT")
        if name == "COUNT", acceptPunct("*") {
            try expectPunct(")")
            return .count(distinct: distinct, nil)
        }
        let e = try parseExpression()
        var separator = " "
        if name == "GROUP_CONCAT", acceptPunct(";") {
            try expectKeyword("SEPARATOR")
            try expectPunct("=")
            guard case .string(let s) = token.kind else { throw unexpected("a string after SEPARATOR=") }
            advance()
            separator = s
        }
        try expectPunct(")")
        switch name {
        case "COUNT": return .count(distinct: distinct, e)
        case "SUM": return .sum(distinct: distinct, e)
        case "MIN": return .min(distinct: distinct, e)
        case "MAX": return .max(distinct: distinct, e)
        case "AVG": return .avg(distinct: distinct, e)
        case "SAMPLE": return .sample(distinct: distinct, e)
        default: return .groupConcat(distinct: distinct, e, separator: separator)
        }
    }
}
