import RDF

extension SPARQLParser {
    // MARK: - Group graph patterns (§18.2.2.6)

    mutating func newLabelScope() {
        labelScopeCounter += 1
        currentLabelScope = labelScopeCounter
    }

    /// GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}',
    /// translated as §18.2.2.6 prescribes: the group's FILTERs apply to the
    /// whole group; OPTIONAL becomes LeftJoin with the optional group's
    /// filter; MINUS becomes Minus; BIND extends the pattern so far; every
    /// other element is joined.
    mutating func parseGroupGraphPattern() throws(SPARQLSyntaxError) -> GraphPattern {
        let (g, filters) = try parseGroupGraphPatternParts()
        return filters.isEmpty ? g : .filter(SPARQLParser.conjunction(filters), g)
    }

    /// The group's pattern without its own FILTERs, and those FILTERs. OPTIONAL
    /// needs them apart: only the optional group's own filters become the
    /// LeftJoin condition (§18.2.2.6), not those of a group nested in it.
    mutating func parseGroupGraphPatternParts() throws(SPARQLSyntaxError) -> (GraphPattern, [Expression]) {
        try enter()
        defer { leave() }
        try expectPunct("{")
        let outerScope = currentLabelScope
        newLabelScope()
        defer { currentLabelScope = outerScope }
        if token.isKeyword("SELECT") {
            let sub = try parseSubSelect()
            try expectPunct("}")
            return (sub, [])
        }
        var g = GraphPattern.empty
        var filters: [Expression] = []
        var triples: [PathTriple] = []

        func flush(_ g: inout GraphPattern, _ triples: inout [PathTriple]) {
            guard !triples.isEmpty else { return }
            g = SPARQLParser.join(g, translateTriplesBlock(triples))
            triples = []
        }

        while true {
            if token.isPunct("}") {
                advance()
                break
            }
            if token.isKeyword("FILTER") {
                advance()
                filters.append(try parseConstraint())
                _ = acceptPunct(".")
                if token.isPunct(".") { throw unexpected("a triple pattern, a graph pattern or '}'") }
                continue
            }
            if isGraphPatternNotTriplesStart {
                flush(&g, &triples)
                try parseGraphPatternNotTriples(into: &g)
                newLabelScope()
                _ = acceptPunct(".")
                continue
            }
            if isTriplesStart {
                // Triples after a FILTER continue the same basic graph pattern.
                try parseTriplesSameSubject(into: &triples, allowPaths: true)
                if acceptPunct(".") { continue }
                if token.isPunct("}") || isGraphPatternNotTriplesStart || token.isKeyword("FILTER") { continue }
                throw unexpected("'.', '}' or a graph pattern")
            }
            throw unexpected("a triple pattern, a graph pattern or '}'")
        }
        flush(&g, &triples)
        return (g, filters)
    }

    var isGraphPatternNotTriplesStart: Bool {
        if token.isPunct("{") { return true }
        for k in ["OPTIONAL", "MINUS", "GRAPH", "SERVICE", "BIND", "VALUES"] where token.isKeyword(k) { return true }
        return false
    }

    var isTriplesStart: Bool {
        switch token.kind {
        case .iri, .prefixedName, .blankNodeLabel, .variable, .string, .integer, .decimal, .double, .nilToken, .anon:
            return true
        case .punct(let p): return p == "(" || p == "["
        case .word(let w): return w.uppercased() == "TRUE" || w.uppercased() == "FALSE"
        default: return false
        }
    }

    /// GraphPatternNotTriples other than FILTER, added to `g` per §18.2.2.6.
    mutating func parseGraphPatternNotTriples(into g: inout GraphPattern) throws(SPARQLSyntaxError) {
        let start = token.position
        if token.isPunct("{") {
            // GroupOrUnionGraphPattern
            var p = try parseGroupGraphPattern()
            while acceptKeyword("UNION") {
                guard token.isPunct("{") else { throw unexpected("'{' after UNION") }
                p = .union(p, try parseGroupGraphPattern())
            }
            g = SPARQLParser.join(g, p)
        } else if acceptKeyword("OPTIONAL") {
            guard token.isPunct("{") else { throw unexpected("'{' after OPTIONAL") }
            let (a, filters) = try parseGroupGraphPatternParts()
            g = .leftJoin(g, a, filters.isEmpty ? nil : SPARQLParser.conjunction(filters))
        } else if acceptKeyword("MINUS") {
            guard token.isPunct("{") else { throw unexpected("'{' after MINUS") }
            g = .minus(g, try parseGroupGraphPattern())
        } else if acceptKeyword("GRAPH") {
            let name = try parseVarOrIRI()
            guard token.isPunct("{") else { throw unexpected("'{' after GRAPH \(name)") }
            g = SPARQLParser.join(g, .graph(name: name, try parseGroupGraphPattern()))
        } else if acceptKeyword("SERVICE") {
            let silent = acceptKeyword("SILENT")
            let name = try parseVarOrIRI()
            guard token.isPunct("{") else { throw unexpected("'{' after SERVICE \(name)") }
            g = SPARQLParser.join(g, .service(name: name, try parseGroupGraphPattern(), silent: silent))
        } else if acceptKeyword("BIND") {
            try expectPunct("(")
            let e = try parseExpression()
            try expectKeyword("AS")
            let varPosition = token.position
            let v = try parseVar()
            try expectPunct(")")
            if SPARQLParser.inScopeVariables(g).contains(v) {
                throw error(.variableAlreadyInScope(v.name),
                            "BIND assigns \(v), which is already in scope in this group", at: varPosition)
            }
            g = .extend(g, v, e)
        } else if acceptKeyword("VALUES") {
            g = SPARQLParser.join(g, try parseDataBlock())
        } else {
            throw error(.unexpectedToken(found: token.text, expected: "a graph pattern"), "expected a graph pattern", at: start)
        }
    }

    mutating func parseVarOrIRI() throws(SPARQLSyntaxError) -> TermPattern {
        if case .variable(let name) = token.kind {
            advance()
            return .variable(Variable(name))
        }
        if let iri = try acceptIRI() { return .term(.iri(iri)) }
        throw unexpected("a variable or an IRI")
    }

    /// Join with the simplifications of §18.2.2.8 (Z is the identity) and
    /// adjacent BGPs merged (a BGP is a set of triple patterns, §18.2.1).
    static func join(_ a: GraphPattern, _ b: GraphPattern) -> GraphPattern {
        if a == .empty { return b }
        if b == .empty { return a }
        if case .bgp(let x) = a, case .bgp(let y) = b { return .bgp(x + y) }
        return .join(a, b)
    }

    static func conjunction(_ exprs: [Expression]) -> Expression {
        var e = exprs[0]
        for f in exprs.dropFirst() { e = .and(e, f) }
        return e
    }

    // MARK: - Triples (§19.8 [75]-[104])

    /// TriplesSameSubject(Path): a subject with a property list, or a
    /// collection / blank node property list with an optional property list.
    mutating func parseTriplesSameSubject(into triples: inout [PathTriple], allowPaths: Bool) throws(SPARQLSyntaxError) {
        if token.isPunct("[") || token.isPunct("(") {
            let subject = try parseTriplesNode(into: &triples, allowPaths: allowPaths)
            if isVerbStart { try parsePropertyList(subject: subject, into: &triples, allowPaths: allowPaths) }
            return
        }
        let subject = try parseVarOrTerm()
        try parsePropertyList(subject: subject, into: &triples, allowPaths: allowPaths)
    }

    var isVerbStart: Bool {
        switch token.kind {
        case .variable, .iri, .prefixedName: return true
        case .word(let w): return w == "a"
        case .punct(let p): return p == "^" || p == "!" || p == "("
        default: return false
        }
    }

    /// PropertyList(Path)NotEmpty.
    mutating func parsePropertyList(subject: TermPattern, into triples: inout [PathTriple], allowPaths: Bool) throws(SPARQLSyntaxError) {
        guard isVerbStart else { throw unexpected("a predicate (an IRI, 'a', a variable\(allowPaths ? " or a path" : ""))") }
        while true {
            let verb = try parseVerb(allowPaths: allowPaths)
            // ObjectList(Path)
            while true {
                let object = try parseGraphNode(into: &triples, allowPaths: allowPaths)
                triples.append(PathTriple(subject: subject, verb: verb, object: object))
                if !acceptPunct(",") { break }
            }
            guard acceptPunct(";") else { return }
            while acceptPunct(";") {}
            if !isVerbStart { return }
        }
    }

    mutating func parseVerb(allowPaths: Bool) throws(SPARQLSyntaxError) -> PathTriple.Verb {
        if case .variable(let name) = token.kind {
            advance()
            return .variable(Variable(name))
        }
        if !allowPaths {
            if case .word("a") = token.kind {
                advance()
                return .path(.iri(RDFVocabulary.type))
            }
            guard let iri = try acceptIRI() else { throw unexpected("an IRI, 'a' or a variable") }
            return .path(.iri(iri))
        }
        return .path(try parsePath())
    }

    /// GraphNode(Path) ::= VarOrTerm | TriplesNode(Path).
    mutating func parseGraphNode(into triples: inout [PathTriple], allowPaths: Bool) throws(SPARQLSyntaxError) -> TermPattern {
        if token.isPunct("[") || token.isPunct("(") {
            return try parseTriplesNode(into: &triples, allowPaths: allowPaths)
        }
        return try parseVarOrTerm()
    }

    /// TriplesNode(Path) ::= Collection(Path) | BlankNodePropertyList(Path) (§4.2.2, §4.2.4).
    mutating func parseTriplesNode(into triples: inout [PathTriple], allowPaths: Bool) throws(SPARQLSyntaxError) -> TermPattern {
        try enter()
        defer { leave() }
        if acceptPunct("[") {
            let node = freshBlankNode()
            try parsePropertyList(subject: node, into: &triples, allowPaths: allowPaths)
            try expectPunct("]")
            return node
        }
        try expectPunct("(")
        var items: [TermPattern] = []
        var itemTriples: [[PathTriple]] = []
        while !token.isPunct(")") {
            var inner: [PathTriple] = []
            items.append(try parseGraphNode(into: &inner, allowPaths: allowPaths))
            itemTriples.append(inner)
        }
        advance()
        if items.isEmpty { throw unexpected("a collection member") }
        let nodes = items.map { _ in freshBlankNode() }
        let first = PathTriple.Verb.path(.iri(RDFVocabulary.first))
        let rest = PathTriple.Verb.path(.iri(RDFVocabulary.rest))
        for (i, item) in items.enumerated() {
            triples.append(contentsOf: itemTriples[i])
            triples.append(PathTriple(subject: nodes[i], verb: first, object: item))
            let next: TermPattern = i + 1 < nodes.count ? nodes[i + 1] : .term(.iri(RDFVocabulary.nil))
            triples.append(PathTriple(subject: nodes[i], verb: rest, object: next))
        }
        return nodes[0]
    }

    /// A fresh anonymous blank node: a fresh variable in a pattern (§18.2.1),
    /// a fresh template blank node in a CONSTRUCT template.
    mutating func freshBlankNode() -> TermPattern {
        if inTemplate {
            templateBlankCounter += 1
            return .term(.blankNode(BlankNode(unchecked: "b\(templateBlankCounter)")))
        }
        return .variable(freshVariable("anon"))
    }

    /// VarOrTerm ::= Var | GraphTerm.
    mutating func parseVarOrTerm() throws(SPARQLSyntaxError) -> TermPattern {
        switch token.kind {
        case .variable(let name):
            advance()
            return .variable(Variable(name))
        case .blankNodeLabel(let label):
            let position = token.position
            advance()
            return try blankNode(label: label, at: position)
        case .anon:
            advance()
            return freshBlankNode()
        case .nilToken:
            advance()
            return .term(.iri(RDFVocabulary.nil))
        default:
            if let iri = try acceptIRI() { return .term(.iri(iri)) }
            if let literal = try acceptLiteral() { return .term(.literal(literal)) }
            throw unexpected("a variable, an IRI, a literal or a blank node")
        }
    }

    /// The pattern for `_:label`: in a WHERE clause a variable unique to the
    /// label, which must not be used in another basic graph pattern (§4.1.4).
    mutating func blankNode(label: String, at position: SourcePosition) throws(SPARQLSyntaxError) -> TermPattern {
        if inTemplate {
            if let b = templateLabels[label] { return .term(.blankNode(b)) }
            templateBlankCounter += 1
            let b = BlankNode(unchecked: "b\(templateBlankCounter)")
            templateLabels[label] = b
            return .term(.blankNode(b))
        }
        if let scope = labelScopes[label], scope != currentLabelScope {
            throw error(.blankNodeLabelReused(label),
                        "blank node label _:\(label) is used in more than one basic graph pattern", at: position)
        }
        labelScopes[label] = currentLabelScope
        return .variable(Variable(".bn_" + label))
    }

    // MARK: - Literals

    /// RDFLiteral | NumericLiteral | BooleanLiteral, or nil if the token starts none.
    mutating func acceptLiteral() throws(SPARQLSyntaxError) -> Literal? {
        switch token.kind {
        case .string(let s):
            advance()
            if case .languageTag(let tag) = token.kind {
                advance()
                return Literal(s, uncheckedLanguage: tag)
            }
            if acceptPunct("^^") {
                guard let dt = try acceptIRI() else { throw unexpected("a datatype IRI after '^^'") }
                return Literal(s, datatype: dt)
            }
            return Literal(s)
        case .integer(let n):
            advance()
            return Literal(n, datatype: XSD.integer)
        case .decimal(let n):
            advance()
            return Literal(n, datatype: XSD.decimal)
        case .double(let n):
            advance()
            return Literal(n, datatype: XSD.double)
        case .word(let w) where w.uppercased() == "TRUE" || w.uppercased() == "FALSE":
            advance()
            return Literal(w.uppercased() == "TRUE")
        default:
            return nil
        }
    }

    // MARK: - Property paths (§9, §19.8 [88]-[96])

    /// Path ::= PathAlternative; precedence (loosest first): `|`, `/`, `^`, postfix `* + ?`.
    mutating func parsePath() throws(SPARQLSyntaxError) -> PropertyPath {
        try enter()
        defer { leave() }
        var p = try parsePathSequence()
        while acceptPunct("|") {
            p = .alternative(p, try parsePathSequence())
        }
        return p
    }

    mutating func parsePathSequence() throws(SPARQLSyntaxError) -> PropertyPath {
        var p = try parsePathEltOrInverse()
        while acceptPunct("/") {
            p = .sequence(p, try parsePathEltOrInverse())
        }
        return p
    }

    mutating func parsePathEltOrInverse() throws(SPARQLSyntaxError) -> PropertyPath {
        if acceptPunct("^") { return .inverse(try parsePathElt()) }
        return try parsePathElt()
    }

    mutating func parsePathElt() throws(SPARQLSyntaxError) -> PropertyPath {
        let primary = try parsePathPrimary()
        if acceptPunct("*") { return .zeroOrMore(primary) }
        if acceptPunct("+") { return .oneOrMore(primary) }
        if acceptPunct("?") { return .zeroOrOne(primary) }
        return primary
    }

    mutating func parsePathPrimary() throws(SPARQLSyntaxError) -> PropertyPath {
        if case .word("a") = token.kind {
            advance()
            return .iri(RDFVocabulary.type)
        }
        if let iri = try acceptIRI() { return .iri(iri) }
        if acceptPunct("!") {
            var forward: [IRI] = []
            var inverse: [IRI] = []
            if case .nilToken = token.kind {
                advance()
                return .negated(forward: [], inverse: [])
            }
            if acceptPunct("(") {
                repeat {
                    try parsePathOneInPropertySet(&forward, &inverse)
                } while acceptPunct("|")
                try expectPunct(")")
            } else {
                try parsePathOneInPropertySet(&forward, &inverse)
            }
            return .negated(forward: forward, inverse: inverse)
        }
        if acceptPunct("(") {
            let p = try parsePath()
            try expectPunct(")")
            return p
        }
        throw unexpected("a property path (an IRI, 'a', '^', '!' or '(')")
    }

    mutating func parsePathOneInPropertySet(_ forward: inout [IRI], _ inverse: inout [IRI]) throws(SPARQLSyntaxError) {
        let inv = acceptPunct("^")
        var iri: IRI
        if case .word("a") = token.kind {
            advance()
            iri = RDFVocabulary.type
        } else if let i = try acceptIRI() {
            iri = i
        } else {
            throw unexpected("an IRI or 'a' in a negated property set")
        }
        if inv { inverse.append(iri) } else { forward.append(iri) }
    }

    // MARK: - Translation of triples blocks (§18.2.2.4, §18.2.2.5)

    /// Translates path triples: IRIs and inverse paths to triple patterns,
    /// sequences through fresh variables, other paths to `Path`; consecutive
    /// triple patterns form one BGP, and the parts are joined in order.
    mutating func translateTriplesBlock(_ triples: [PathTriple]) -> GraphPattern {
        var parts: [GraphPattern] = []
        var bgp: [TriplePattern] = []
        func emit(_ s: TermPattern, _ path: PropertyPath, _ o: TermPattern,
                  _ parser: inout SPARQLParser, _ bgp: inout [TriplePattern], _ parts: inout [GraphPattern]) {
            switch path {
            case .iri(let iri):
                bgp.append(TriplePattern(s, .term(.iri(iri)), o))
            case .inverse(let p):
                emit(o, p, s, &parser, &bgp, &parts)
            case .sequence(let a, let b):
                let v = TermPattern.variable(parser.freshVariable("path"))
                emit(s, a, v, &parser, &bgp, &parts)
                emit(v, b, o, &parser, &bgp, &parts)
            default:
                if !bgp.isEmpty { parts.append(.bgp(bgp)); bgp = [] }
                parts.append(.path(subject: s, path: path, object: o))
            }
        }
        for t in triples {
            switch t.verb {
            case .variable(let v): bgp.append(TriplePattern(t.subject, .variable(v), t.object))
            case .path(let p): emit(t.subject, p, t.object, &self, &bgp, &parts)
            }
        }
        if !bgp.isEmpty { parts.append(.bgp(bgp)) }
        var g = GraphPattern.empty
        for p in parts { g = SPARQLParser.join(g, p) }
        return g
    }
}
