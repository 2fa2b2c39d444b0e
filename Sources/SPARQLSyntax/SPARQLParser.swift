import RDF

/// The SPARQL 1.1 query parser: a hand-written recursive-descent parser for
/// the grammar of SPARQL 1.1 Query §19 that translates the query to the
/// algebra of §18.2 while it parses.
///
///     let q = try SPARQLParser.parse("SELECT ?s { ?s a <http://ex.org/C> }")
///     q.form       // .select(variables: [?s])
///     q.pattern    // project(bgp(?s rdf:type <http://ex.org/C>), [?s])
///
/// The translation follows §18.2 step by step: group graph patterns
/// (§18.2.2.6: filters scoped to the group, `LeftJoin` carrying the
/// OPTIONAL group's filter, BIND as `Extend`, VALUES joined), property paths
/// (§18.2.2.4: IRIs and inverse IRIs to triple patterns, sequences to BGPs
/// through fresh variables), blank nodes to fresh variables (§18.2.1),
/// grouping and aggregates (§18.2.4.1, aggregates replaced by fresh
/// variables), HAVING (§18.2.4.2), trailing VALUES (§18.2.4.3), SELECT
/// expressions (§18.2.4.4) and the solution modifiers in the order ORDER BY,
/// projection, DISTINCT/REDUCED, slice (§18.2.5).
///
/// Variables the parser makes (blank nodes, path midpoints, aggregates) have
/// names starting with `.` (see `isGeneratedVariable`).
///
/// Built-in calls are `.builtin` with their `BuiltinFunction`; the synonyms
/// `URI` and `isURI` become `.iri` and `.isIRI`.
public struct SPARQLParser {
    var tokens: [Token]
    var index = 0
    /// The base IRI in force (BASE, or the one given), if any.
    var base: String?
    var prefixMap: [String: String] = [:]
    var prefixList: [Namespace] = []
    var freshCounter = 0
    /// Blank-node label → the basic graph pattern (scope number) that first used it (§4.1.4).
    var labelScopes: [String: Int] = [:]
    var currentLabelScope = 0
    var labelScopeCounter = 0
    /// True while parsing a CONSTRUCT template: blank nodes stay blank nodes.
    var inTemplate = false
    var templateLabels: [String: BlankNode] = [:]
    var templateBlankCounter = 0
    /// True where an aggregate may appear (SELECT expressions, HAVING, ORDER BY).
    var aggregatesAllowed = false
    /// The current nesting depth (see `maximumNesting`).
    var depth = 0

    /// How deeply groups `{}`, expressions in brackets or argument lists,
    /// blank-node property lists `[]`, collections `()` and bracketed paths
    /// may nest, together. Deeper input is rejected with
    /// `SPARQLSyntaxError.Kind.nestingTooDeep` rather than risking the stack
    /// of the (recursive-descent) parser.
    public static let maximumNesting = 200

    init(tokens: [Token], base: String?) {
        self.tokens = tokens
        self.base = base
    }

    /// Parses a SPARQL 1.1 query and translates it to the algebra.
    ///
    /// - Parameters:
    ///   - text: the query text (the `Query` production, §19.8 [2]).
    ///   - baseIRI: the base IRI for relative IRIs when the query has no
    ///     BASE (e.g. the query file's `file://` URL); a BASE in the query
    ///     that is itself relative resolves against it (RFC 3986 §5.1).
    /// - Throws: `SPARQLSyntaxError` with the position of the offending token.
    /// - Complexity: linear in the query length, except for the static
    ///   scope checks, which are quadratic in the number of elements of one group.
    public static func parse(_ text: String, baseIRI: IRI? = nil) throws(SPARQLSyntaxError) -> Query {
        let tokens = try SPARQLLexer.tokenize(text)
        var parser = SPARQLParser(tokens: tokens, base: baseIRI?.value)
        return try parser.parseQuery()
    }

    /// Whether `variable` was made by the parser (a blank node of the WHERE
    /// clause, a sequence-path midpoint, an aggregate value, a collection
    /// node) rather than written in the query. Such names start with `.`.
    public static func isGeneratedVariable(_ variable: Variable) -> Bool { variable.isGenerated }

    // MARK: - Tokens

    var token: Token { tokens[index] }
    func peekToken(_ ahead: Int = 1) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    func unexpected(_ expected: String) -> SPARQLSyntaxError {
        let t = token
        let found: String
        if case .end = t.kind { found = "end of input" } else { found = t.text }
        return SPARQLSyntaxError(.unexpectedToken(found: found, expected: expected), at: t.position,
                                 "expected \(expected) but found \(t.display)")
    }

    func error(_ kind: SPARQLSyntaxError.Kind, _ message: String, at position: SourcePosition? = nil) -> SPARQLSyntaxError {
        SPARQLSyntaxError(kind, at: position ?? token.position, message)
    }

    mutating func expectPunct(_ p: String) throws(SPARQLSyntaxError) {
        guard token.isPunct(p) else { throw unexpected("'\(p)'") }
        advance()
    }

    mutating func expectKeyword(_ k: String) throws(SPARQLSyntaxError) {
        guard token.isKeyword(k) else { throw unexpected("'\(k)'") }
        advance()
    }

    mutating func acceptPunct(_ p: String) -> Bool {
        if token.isPunct(p) { advance(); return true }
        return false
    }

    mutating func acceptKeyword(_ k: String) -> Bool {
        if token.isKeyword(k) { advance(); return true }
        return false
    }

    /// Enters one nesting level; pair with `leave()`.
    mutating func enter() throws(SPARQLSyntaxError) {
        depth += 1
        if depth > SPARQLParser.maximumNesting {
            throw error(.nestingTooDeep(limit: SPARQLParser.maximumNesting),
                        "nesting deeper than \(SPARQLParser.maximumNesting) levels")
        }
    }

    mutating func leave() { depth -= 1 }

    mutating func freshVariable(_ kind: String) -> Variable {
        freshCounter += 1
        return Variable(".\(kind)\(freshCounter)")
    }

    // MARK: - Query (§19.8 [1]-[2])

    mutating func parseQuery() throws(SPARQLSyntaxError) -> Query {
        try parsePrologue()
        var query: Query
        if token.isKeyword("SELECT") {
            query = try parseSelectQuery()
        } else if token.isKeyword("CONSTRUCT") {
            query = try parseConstructQuery()
        } else if token.isKeyword("DESCRIBE") {
            query = try parseDescribeQuery()
        } else if token.isKeyword("ASK") {
            query = try parseAskQuery()
        } else {
            throw unexpected("SELECT, CONSTRUCT, DESCRIBE, ASK, BASE or PREFIX")
        }
        guard case .end = token.kind else { throw unexpected("end of query") }
        query.baseIRI = base.map { IRI(unchecked: $0) }
        query.prefixes = prefixList
        return query
    }

    /// Prologue ::= ( BaseDecl | PrefixDecl )* (§4.1.1).
    mutating func parsePrologue() throws(SPARQLSyntaxError) {
        while true {
            if token.isKeyword("BASE") {
                advance()
                guard case .iri(let ref) = token.kind else { throw unexpected("an IRI reference after BASE") }
                base = try resolve(ref).value
                advance()
            } else if token.isKeyword("PREFIX") {
                advance()
                guard case .prefixedName(let prefix, let local) = token.kind, local.isEmpty, !token.text.hasSuffix("\\:") else {
                    throw unexpected("a prefix name ending in ':' after PREFIX")
                }
                advance()
                guard case .iri(let ref) = token.kind else { throw unexpected("an IRI reference after PREFIX \(prefix):") }
                let iri = try resolve(ref).value
                advance()
                prefixMap[prefix] = iri
                prefixList.removeAll { $0.prefix == prefix }
                prefixList.append(Namespace(prefix: prefix, iri: iri))
            } else {
                return
            }
        }
    }

    /// Resolves an IRI reference against the base in force (§4.1.1.1, RFC 3986 §5.2 through
    /// `IRIReference`). An IRI with a scheme is kept exactly as written (no dot-segment
    /// removal), as RDF and SPARQL parsers do; a relative reference with no base is an error.
    func resolve(_ reference: String, at position: SourcePosition? = nil) throws(SPARQLSyntaxError) -> IRI {
        var value = reference
        if !IRIReference.isAbsolute(reference) {
            guard let base else {
                throw error(.invalidIRI(reference), "relative IRI <\(reference)> with no base IRI", at: position)
            }
            value = IRIReference.resolve(reference, against: base)
        }
        if let problem = IRI.problem(in: value) {
            throw error(.invalidIRI(value), "invalid IRI <\(value)>: \(problem)", at: position)
        }
        return IRI(unchecked: value)
    }

    /// The IRI of an `iri` token (IRIREF or prefixed name), or nil.
    mutating func acceptIRI() throws(SPARQLSyntaxError) -> IRI? {
        switch token.kind {
        case .iri(let ref):
            let iri = try resolve(ref)
            advance()
            return iri
        case .prefixedName(let prefix, let local):
            guard let ns = prefixMap[prefix] else {
                throw error(.undefinedPrefix(prefix), "undefined prefix '\(prefix):'")
            }
            let value = ns + local
            if let problem = IRI.problem(in: value) {
                throw error(.invalidIRI(value), "invalid IRI <\(value)>: \(problem)")
            }
            advance()
            return IRI(unchecked: value)
        default:
            return nil
        }
    }

    var atIRI: Bool {
        switch token.kind {
        case .iri, .prefixedName: return true
        default: return false
        }
    }

    // MARK: - Query forms (§16)

    /// A projection item of a SELECT clause.
    enum SelectItem {
        case variable(Variable, SourcePosition)
        case expression(Expression, Variable, SourcePosition)
    }

    struct SelectClause {
        var distinct = false
        var reduced = false
        /// nil for `SELECT *`.
        var items: [SelectItem]?
        var position: SourcePosition
    }

    /// SelectClause (§19.8 [9]).
    mutating func parseSelectClause() throws(SPARQLSyntaxError) -> SelectClause {
        let position = token.position
        try expectKeyword("SELECT")
        var clause = SelectClause(position: position)
        if acceptKeyword("DISTINCT") { clause.distinct = true } else if acceptKeyword("REDUCED") { clause.reduced = true }
        if acceptPunct("*") { return clause }
        var items: [SelectItem] = []
        while true {
            if case .variable(let name) = token.kind {
                items.append(.variable(Variable(name), token.position))
                advance()
            } else if token.isPunct("(") {
                let itemPosition = token.position
                advance()
                aggregatesAllowed = true
                let e = try parseExpression()
                aggregatesAllowed = false
                try expectKeyword("AS")
                let v = try parseVar()
                try expectPunct(")")
                items.append(.expression(e, v, itemPosition))
            } else {
                break
            }
        }
        if items.isEmpty { throw unexpected("a variable, '(' or '*' in the SELECT clause") }
        clause.items = items
        return clause
    }

    mutating func parseVar() throws(SPARQLSyntaxError) -> Variable {
        guard case .variable(let name) = token.kind else { throw unexpected("a variable") }
        advance()
        return Variable(name)
    }

    mutating func parseSelectQuery() throws(SPARQLSyntaxError) -> Query {
        let clause = try parseSelectClause()
        let dataset = try parseDatasetClauses()
        let wherePattern = try parseWhereClause()
        let modifiers = try parseSolutionModifiers()
        let values = try parseValuesClause()
        let (pattern, variables) = try finish(wherePattern, select: clause, modifiers: modifiers, values: values)
        return Query(form: .select(variables: variables), pattern: pattern, dataset: dataset)
    }

    /// SubSelect (§19.8 [8]): a sub-query inside a group, translated with its own modifiers.
    mutating func parseSubSelect() throws(SPARQLSyntaxError) -> GraphPattern {
        let clause = try parseSelectClause()
        let wherePattern = try parseWhereClause()
        let modifiers = try parseSolutionModifiers()
        let values = try parseValuesClause()
        return try finish(wherePattern, select: clause, modifiers: modifiers, values: values).0
    }

    mutating func parseConstructQuery() throws(SPARQLSyntaxError) -> Query {
        try expectKeyword("CONSTRUCT")
        var template: [TriplePattern] = []
        if token.isPunct("{") {
            template = try parseConstructTemplate()
            let dataset = try parseDatasetClauses()
            let wherePattern = try parseWhereClause()
            let modifiers = try parseSolutionModifiers()
            let values = try parseValuesClause()
            let (pattern, _) = try finish(wherePattern, select: nil, modifiers: modifiers, values: values)
            return Query(form: .construct(template: template), pattern: pattern, dataset: dataset)
        }
        // CONSTRUCT WHERE { TriplesTemplate } (§16.2.4)
        let dataset = try parseDatasetClauses()
        try expectKeyword("WHERE")
        try expectPunct("{")
        // The template: the same triples with blank nodes kept.
        let start = index
        inTemplate = true
        var templateTriples: [PathTriple] = []
        try parseTriplesTemplate(into: &templateTriples)
        inTemplate = false
        template = try templateTriples.map { t throws(SPARQLSyntaxError) in try templatePattern(t) }
        // The pattern: parse the same tokens again as a WHERE block.
        index = start
        newLabelScope()
        var whereTriples: [PathTriple] = []
        try parseTriplesTemplate(into: &whereTriples)
        try expectPunct("}")
        let wherePattern = translateTriplesBlock(whereTriples)
        let modifiers = try parseSolutionModifiers()
        let values = try parseValuesClause()
        let (pattern, _) = try finish(wherePattern, select: nil, modifiers: modifiers, values: values)
        return Query(form: .construct(template: template), pattern: pattern, dataset: dataset)
    }

    mutating func parseDescribeQuery() throws(SPARQLSyntaxError) -> Query {
        try expectKeyword("DESCRIBE")
        var resources: [TermPattern] = []
        var all = false
        if acceptPunct("*") {
            all = true
        } else {
            while true {
                if case .variable(let name) = token.kind {
                    resources.append(.variable(Variable(name)))
                    advance()
                } else if let iri = try acceptIRI() {
                    resources.append(.term(.iri(iri)))
                } else {
                    break
                }
            }
            if resources.isEmpty { throw unexpected("a variable, an IRI or '*' after DESCRIBE") }
        }
        let dataset = try parseDatasetClauses()
        var wherePattern = GraphPattern.empty
        if token.isKeyword("WHERE") || token.isPunct("{") { wherePattern = try parseWhereClause() }
        let modifiers = try parseSolutionModifiers()
        let values = try parseValuesClause()
        let (pattern, _) = try finish(wherePattern, select: nil, modifiers: modifiers, values: values)
        if all { resources = Self.inScopeVariables(pattern).filter { !$0.isGenerated }.map { .variable($0) } }
        return Query(form: .describe(resources: resources), pattern: pattern, dataset: dataset)
    }

    mutating func parseAskQuery() throws(SPARQLSyntaxError) -> Query {
        try expectKeyword("ASK")
        let dataset = try parseDatasetClauses()
        let wherePattern = try parseWhereClause()
        let modifiers = try parseSolutionModifiers()
        let values = try parseValuesClause()
        let (pattern, _) = try finish(wherePattern, select: nil, modifiers: modifiers, values: values)
        return Query(form: .ask, pattern: pattern, dataset: dataset)
    }

    /// DatasetClause* (§13.2).
    mutating func parseDatasetClauses() throws(SPARQLSyntaxError) -> DatasetClause {
        var dataset = DatasetClause()
        while acceptKeyword("FROM") {
            let named = acceptKeyword("NAMED")
            guard let iri = try acceptIRI() else { throw unexpected("an IRI after FROM\(named ? " NAMED" : "")") }
            if named { dataset.namedGraphs.append(iri) } else { dataset.defaultGraphs.append(iri) }
        }
        return dataset
    }

    /// WhereClause ::= 'WHERE'? GroupGraphPattern.
    mutating func parseWhereClause() throws(SPARQLSyntaxError) -> GraphPattern {
        _ = acceptKeyword("WHERE")
        guard token.isPunct("{") else { throw unexpected("'{'") }
        return try parseGroupGraphPattern()
    }

    /// ConstructTemplate ::= '{' ConstructTriples? '}'.
    mutating func parseConstructTemplate() throws(SPARQLSyntaxError) -> [TriplePattern] {
        try expectPunct("{")
        inTemplate = true
        var triples: [PathTriple] = []
        try parseTriplesTemplate(into: &triples)
        inTemplate = false
        try expectPunct("}")
        return try triples.map { t throws(SPARQLSyntaxError) in try templatePattern(t) }
    }

    func templatePattern(_ t: PathTriple) throws(SPARQLSyntaxError) -> TriplePattern {
        switch t.verb {
        case .variable(let v): return TriplePattern(t.subject, .variable(v), t.object)
        case .path(.iri(let iri)): return TriplePattern(t.subject, .term(.iri(iri)), t.object)
        case .path: throw error(.unexpectedToken(found: "path", expected: "an IRI or variable"), "property paths are not allowed in a template")
        }
    }

    /// TriplesTemplate / ConstructTriples: triples separated by '.', no paths.
    mutating func parseTriplesTemplate(into triples: inout [PathTriple]) throws(SPARQLSyntaxError) {
        while !token.isPunct("}") {
            try parseTriplesSameSubject(into: &triples, allowPaths: false)
            if !acceptPunct(".") { break }
        }
    }

    // MARK: - Solution modifiers (§15)

    struct Modifiers {
        var groupKeys: [GroupKey]?
        var groupPosition: SourcePosition?
        var having: [Expression] = []
        var order: [OrderCondition] = []
        var limit: Int?
        var offset: Int?
    }

    mutating func parseSolutionModifiers() throws(SPARQLSyntaxError) -> Modifiers {
        var m = Modifiers()
        if token.isKeyword("GROUP") {
            m.groupPosition = token.position
            advance()
            try expectKeyword("BY")
            var keys: [GroupKey] = []
            while true {
                if case .variable(let name) = token.kind {
                    keys.append(GroupKey(.variable(Variable(name)), as: Variable(name)))
                    advance()
                } else if token.isPunct("(") {
                    advance()
                    let e = try parseExpression()
                    if acceptKeyword("AS") {
                        let v = try parseVar()
                        keys.append(GroupKey(e, as: v))
                    } else if case .variable(let v) = e {
                        keys.append(GroupKey(e, as: v))
                    } else {
                        keys.append(GroupKey(e))
                    }
                    try expectPunct(")")
                } else if isBuiltInCallStart || atIRI {
                    keys.append(GroupKey(try parseConstraint()))
                } else {
                    break
                }
            }
            if keys.isEmpty { throw unexpected("a GROUP BY condition") }
            m.groupKeys = keys
        }
        if acceptKeyword("HAVING") {
            aggregatesAllowed = true
            defer { aggregatesAllowed = false }
            repeat {
                m.having.append(try parseConstraint())
            } while token.isPunct("(") || isBuiltInCallStart || atIRI
        }
        if token.isKeyword("ORDER") {
            advance()
            try expectKeyword("BY")
            aggregatesAllowed = true
            defer { aggregatesAllowed = false }
            while true {
                if token.isKeyword("ASC") || token.isKeyword("DESC") {
                    let ascending = token.isKeyword("ASC")
                    advance()
                    guard token.isPunct("(") else { throw unexpected("'(' after \(ascending ? "ASC" : "DESC")") }
                    m.order.append(OrderCondition(try parseBrackettedExpression(), ascending: ascending))
                } else if case .variable(let name) = token.kind {
                    m.order.append(OrderCondition(.variable(Variable(name))))
                    advance()
                } else if token.isPunct("(") || isBuiltInCallStart || atIRI {
                    m.order.append(OrderCondition(try parseConstraint()))
                } else {
                    break
                }
            }
            if m.order.isEmpty { throw unexpected("an ORDER BY condition") }
        }
        // LimitOffsetClauses ::= LimitClause OffsetClause? | OffsetClause LimitClause?
        for _ in 0..<2 {
            if m.limit == nil, acceptKeyword("LIMIT") {
                m.limit = try parseNonNegativeInteger("LIMIT")
            } else if m.offset == nil, acceptKeyword("OFFSET") {
                m.offset = try parseNonNegativeInteger("OFFSET")
            }
        }
        return m
    }

    mutating func parseNonNegativeInteger(_ clause: String) throws(SPARQLSyntaxError) -> Int {
        guard case .integer(let text) = token.kind, !text.hasPrefix("+"), !text.hasPrefix("-") else {
            throw unexpected("an integer after \(clause)")
        }
        guard let value = Int(text) else {
            throw error(.invalidNumber(text), "\(clause) value \(text) is too large")
        }
        advance()
        return value
    }

    /// ValuesClause ::= ( 'VALUES' DataBlock )? (§10.2).
    mutating func parseValuesClause() throws(SPARQLSyntaxError) -> GraphPattern? {
        guard acceptKeyword("VALUES") else { return nil }
        return try parseDataBlock()
    }

    /// DataBlock ::= InlineDataOneVar | InlineDataFull.
    mutating func parseDataBlock() throws(SPARQLSyntaxError) -> GraphPattern {
        if case .variable(let name) = token.kind {
            advance()
            try expectPunct("{")
            var rows: [[Term?]] = []
            while !token.isPunct("}") {
                rows.append([try parseDataBlockValue()])
            }
            advance()
            return .values(variables: [Variable(name)], rows: rows)
        }
        var variables: [Variable] = []
        if case .nilToken = token.kind {
            advance()
        } else {
            try expectPunct("(")
            while case .variable(let name) = token.kind {
                variables.append(Variable(name))
                advance()
            }
            try expectPunct(")")
        }
        try expectPunct("{")
        var rows: [[Term?]] = []
        while !token.isPunct("}") {
            let rowPosition = token.position
            var row: [Term?] = []
            if case .nilToken = token.kind {
                advance()
            } else {
                try expectPunct("(")
                while !token.isPunct(")") {
                    row.append(try parseDataBlockValue())
                }
                advance()
            }
            if row.count != variables.count {
                throw error(.valuesArity(expected: variables.count, found: row.count),
                            "VALUES row has \(row.count) value\(row.count == 1 ? "" : "s") for \(variables.count) variable\(variables.count == 1 ? "" : "s")",
                            at: rowPosition)
            }
            rows.append(row)
        }
        advance()
        return .values(variables: variables, rows: rows)
    }

    /// DataBlockValue ::= iri | RDFLiteral | NumericLiteral | BooleanLiteral | 'UNDEF'.
    mutating func parseDataBlockValue() throws(SPARQLSyntaxError) -> Term? {
        if acceptKeyword("UNDEF") { return nil }
        if let iri = try acceptIRI() { return .iri(iri) }
        if let literal = try acceptLiteral() { return .literal(literal) }
        throw unexpected("an IRI, a literal or UNDEF")
    }
}
