import RDF

/// Value semantics of RDF terms in SPARQL expressions: effective boolean
/// value (§17.2.2), the operator mapping of §17.3 (`=`, `<`, arithmetic with
/// numeric type promotion), sameTerm (§17.4.1.8) and the ORDER BY order (§15.1).
///
/// Literals are read by value: numerics of all XSD numeric types (including
/// every xsd:integer-derived type, range-checked), xsd:boolean,
/// xsd:dateTime / xsd:date / xsd:time (compared as instants, XSD 1.1 Part 2
/// §3.3.7.4), simple literals and xsd:string (the same thing in RDF 1.1),
/// and language-tagged strings. A literal whose lexical form is not in its
/// datatype's lexical space ("abc"^^xsd:integer) is ill-typed: not a number.
public enum TermValues {
    /// Effective boolean value (§17.2.2).
    ///
    /// - xsd:boolean: its value (false when ill-typed);
    /// - numerics: false when zero or NaN, or when ill-typed;
    /// - simple literals, xsd:string and language-tagged strings: false when empty;
    /// - Throws: `.typeError` for IRIs, blank nodes and literals of other datatypes.
    public static func effectiveBooleanValue(_ t: Term) throws(ExpressionError) -> Bool {
        guard case .literal(let l) = t else { throw .type("no effective boolean value for \(t)") }
        if l.datatype == XSD.boolean {
            if case .boolean(let b) = LiteralValue(l) { return b }
            return false
        }
        if l.datatype == XSD.string || l.language != nil { return !l.lexicalForm.isEmpty }
        if NumericValue.isNumericDatatype(l.datatype) {
            guard let n = NumericValue(l) else { return false }
            return !(n.isZero || n.isNaN)
        }
        throw .type("no effective boolean value for \(t)")
    }

    /// The `=` operator (§17.3): op:numeric-equal for numerics, string
    /// equality for simple literals / xsd:string, op:boolean-equal,
    /// op:dateTime-equal (by instant; also xsd:date and xsd:time), and
    /// RDFterm-equal otherwise (§17.4.1.7).
    ///
    /// Language-tagged strings are equal when their lexical forms are equal
    /// and their tags equal ignoring case; a language-tagged string is never
    /// equal to another kind of literal. Literals of known datatypes with
    /// disjoint value spaces (a string and a number, an xsd:date and an
    /// xsd:dateTime) are unequal.
    /// - Throws: `.typeError` when two distinct literals cannot be compared
    ///   (an unknown datatype or an ill-typed literal is involved), or when a
    ///   dateTime comparison is indeterminate (one with, one without timezone,
    ///   less than 14 hours apart).
    public static func equals(_ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        guard case .literal(let la) = a, case .literal(let lb) = b else { return sameTerm(a, b) }
        if let c = fastCompare(la, lb) { return c == 0 }
        if sameLiteral(la, lb) {
            // Same term; only NaN is not equal to itself.
            if let n = NumericValue(la), n.isNaN { return false }
            return true
        }
        switch (LiteralValue(la), LiteralValue(lb)) {
        case (.numeric(let x), .numeric(let y)): return NumericValue.compare(x, y) == 0
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.langString(let x, let xl), .langString(let y, let yl)): return x.utf8.elementsEqual(y.utf8) && xl.lowercased() == yl.lowercased()
        case (.langString, _), (_, .langString): return false
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.dateTime(let x), .dateTime(let y)):
            guard x.kind == y.kind else { return false }
            guard let c = XSDDateTime.compare(x, y) else { throw .type("indeterminate comparison of \(a) and \(b)") }
            return c == 0
        case (.other, _), (_, .other): throw .type("cannot compare \(a) and \(b)")
        default: return false
        }
    }

    /// The `<` family (§17.3): numerics by value after promotion, simple
    /// literals / xsd:string by Unicode code points (fn:compare with the
    /// codepoint collation), booleans (false < true), dateTime/date/time by
    /// instant. Returns -1, 0 or 1.
    /// - Throws: `.typeError` for any other pair (IRIs, blank nodes,
    ///   language-tagged strings, mixed kinds, ill-typed literals), for NaN
    ///   (which is unordered), and for indeterminate dateTime comparisons.
    public static func compare(_ a: Term, _ b: Term) throws(ExpressionError) -> Int {
        guard case .literal(let la) = a, case .literal(let lb) = b else { throw .type("cannot order \(a) and \(b)") }
        if let c = fastCompare(la, lb) { return c }
        switch (LiteralValue(la), LiteralValue(lb)) {
        case (.numeric(let x), .numeric(let y)):
            guard let c = NumericValue.compare(x, y) else { throw .type("NaN is unordered") }
            return c
        case (.string(let x), .string(let y)): return codepointCompare(x, y)
        case (.boolean(let x), .boolean(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.dateTime(let x), .dateTime(let y)) where x.kind == y.kind:
            guard let c = XSDDateTime.compare(x, y) else { throw .type("indeterminate comparison of \(a) and \(b)") }
            return c
        default:
            throw .type("cannot order \(a) and \(b)")
        }
    }

    /// A cheap comparison for the commonest same-datatype pairs, or nil when
    /// the full value comparison is needed: two xsd:string literals (code
    /// points), two xsd:integer literals that fit in `Int`, and two
    /// xsd:dateTime (or xsd:date) literals without fractional seconds that
    /// share the same timezone spelling, year 0001–9999 (there the lexical
    /// order is the chronological order).
    @inline(__always)
    static func fastCompare(_ x: Literal, _ y: Literal) -> Int? {
        guard x.language == nil, y.language == nil else { return nil }
        if x.datatype != y.datatype {
            // integer vs decimal, by value
            guard let a = SmallDecimal(x), let b = SmallDecimal(y) else { return nil }
            return SmallDecimal.compare(a, b)
        }
        let dt = x.datatype
        if dt == XSD.string { return codepointCompare(x.lexicalForm, y.lexicalForm) }
        if dt == XSD.integer || dt == XSD.decimal {
            guard let a = SmallDecimal(x), let b = SmallDecimal(y) else { return nil }
            return SmallDecimal.compare(a, b)
        }
        if dt == XSD.dateTime || dt == XSD.date {
            let a = x.lexicalForm.utf8, b = y.lexicalForm.utf8
            let plain = dt == XSD.dateTime ? 19 : 10
            guard a.count == b.count, a.first != UInt8(ascii: "-"), b.first != UInt8(ascii: "-") else { return nil }
            if a.count == plain {
                // no timezone on either side
            } else if a.count == plain + 1, a.last == UInt8(ascii: "Z"), b.last == UInt8(ascii: "Z") {
                // both UTC
            } else if a.count == plain + 6, a.suffix(6).elementsEqual(b.suffix(6)) {
                // the same ±hh:mm offset
            } else {
                return nil
            }
            // Valid values only (ill-typed ones and 24:00:00 take the slow path).
            guard isPlainDateTime(a, plain), isPlainDateTime(b, plain) else { return nil }
            if a.elementsEqual(b) { return 0 }
            return a.lexicographicallyPrecedes(b) ? -1 : 1
        }
        return nil
    }

    /// Whether the first `length` bytes are `YYYY-MM-DD` (and, for 19,
    /// `Thh:mm:ss`) with a valid date, hour 00–23, minute and second 00–59.
    private static func isPlainDateTime(_ u: String.UTF8View, _ length: Int) -> Bool {
        let ok = u.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= length else { return false }
            func d(_ i: Int) -> Int? { let c = b[i]; return c >= 48 && c <= 57 ? Int(c - 48) : nil }
            func two(_ i: Int) -> Int? { guard let x = d(i), let y = d(i + 1) else { return nil }; return x * 10 + y }
            guard let y1 = two(0), let y2 = two(2), b[4] == UInt8(ascii: "-"), let month = two(5), b[7] == UInt8(ascii: "-"),
                  let day = two(8) else { return false }
            let year = y1 * 100 + y2
            guard year >= 1, (1...12).contains(month), day >= 1, day <= XSDDateTime.daysIn(month: month, year: year) else { return false }
            if length == 19 {
                guard b[10] == UInt8(ascii: "T"), let h = two(11), b[13] == UInt8(ascii: ":"), let m = two(14),
                      b[16] == UInt8(ascii: ":"), let sec = two(17) else { return false }
                return h <= 23 && m <= 59 && sec <= 59
            }
            return true
        }
        return ok ?? false
    }

    /// Evaluates `a op b` for `<`, `<=`, `>`, `>=` (§17.3). Unlike
    /// `compare(_:_:)`, NaN is handled as XPath does: every ordering with NaN
    /// is false (not an error), so `!(NaN < 1)` is true.
    /// - Throws: `.typeError` as `compare(_:_:)` does for incomparable terms.
    public static func compare(_ op: ComparisonOperator, _ a: Term, _ b: Term) throws(ExpressionError) -> Bool {
        if case .literal(let la) = a, case .literal(let lb) = b,
           case .numeric(let x) = LiteralValue(la), case .numeric(let y) = LiteralValue(lb), x.isNaN || y.isNaN {
            return false
        }
        let c = try compare(a, b)
        switch op {
        case .less: return c < 0
        case .lessOrEqual: return c <= 0
        case .greater: return c > 0
        case .greaterOrEqual: return c >= 0
        }
    }

    /// Compares two strings by Unicode code points (-1/0/1).
    static func codepointCompare(_ x: String, _ y: String) -> Int {
        // UTF-8 byte order equals code point order. (Not String <, which
        // orders canonically equivalent NFC and NFD spellings as equal.)
        String.codePointCompare(x, y)
    }

    /// Numeric `+ - * /` (§17.3, XPath op:numeric-add etc.) with type
    /// promotion integer < decimal < float < double; integer ÷ integer gives
    /// an xsd:decimal. Results are in canonical form (`"0.5"`, `"3.0E0"`);
    /// derived integer types give xsd:integer.
    /// - Throws: `.typeError` when an operand is not a valid numeric literal;
    ///   `.divisionByZero` for integer/decimal division by zero (float and
    ///   double give ±INF or NaN).
    public static func arithmetic(_ op: ArithmeticOperator, _ a: Term, _ b: Term) throws(ExpressionError) -> Term {
        // Fast path: xsd:integer / xsd:decimal within 18 digits, machine arithmetic.
        if op != .divide, case .literal(let la) = a, case .literal(let lb) = b,
           let x = SmallDecimal(la), let y = SmallDecimal(lb), let r = SmallDecimal.arithmetic(op, x, y) {
            if la.datatype == XSD.integer && lb.datatype == XSD.integer {
                return .literal(Literal(r.integerString, datatype: XSD.integer))
            }
            return .literal(Literal(r.decimalString, datatype: XSD.decimal))
        }
        let x = try numeric(a), y = try numeric(b)
        return try NumericValue.arithmetic(op, x, y).term
    }

    /// Unary minus (XPath op:numeric-unary-minus).
    /// - Throws: `.typeError` when the operand is not numeric.
    public static func unaryMinus(_ a: Term) throws(ExpressionError) -> Term {
        try numeric(a).negated.term
    }

    /// Unary plus (XPath op:numeric-unary-plus): the same value, in canonical form.
    /// - Throws: `.typeError` when the operand is not numeric.
    public static func unaryPlus(_ a: Term) throws(ExpressionError) -> Term {
        try numeric(a).term
    }

    /// The numeric value of a term.
    /// - Throws: `.typeError` when it is not a valid numeric literal.
    static func numeric(_ t: Term) throws(ExpressionError) -> NumericValue {
        guard case .literal(let l) = t, let n = NumericValue(l) else { throw .type("not a number: \(t)") }
        return n
    }

    /// sameTerm (§17.4.1.8): the same RDF term — lexical forms, IRIs and
    /// labels equal code point by code point (NFC and NFD spellings of a
    /// string are different terms, RDF 1.1 Concepts §3.2–3.3), and the same
    /// datatype and language tag.
    public static func sameTerm(_ a: Term, _ b: Term) -> Bool {
        switch (a, b) {
        case (.iri(let x), .iri(let y)): return x.value.utf8.elementsEqual(y.value.utf8)
        case (.blankNode(let x), .blankNode(let y)): return x.id.utf8.elementsEqual(y.id.utf8)
        case (.literal(let x), .literal(let y)): return sameLiteral(x, y)
        default: return false
        }
    }

    /// Literal term equality by code points.
    static func sameLiteral(_ x: Literal, _ y: Literal) -> Bool {
        x.lexicalForm.utf8.elementsEqual(y.lexicalForm.utf8) && x.datatype.value.utf8.elementsEqual(y.datatype.value.utf8)
            && (x.language ?? "").utf8.elementsEqual((y.language ?? "").utf8)
    }

    /// The total order used by ORDER BY (§15.1): unbound < blank nodes <
    /// IRIs < literals. Blank nodes by label, IRIs by code points. Literals:
    /// numerics (by value; NaN first) < booleans < xsd:dateTime < xsd:date <
    /// xsd:time (by instant) < strings (simple literals and language-tagged,
    /// by lexical form code points, then simple before tagged, then by tag)
    /// < other literals (by datatype IRI, then lexical form). Ties in value
    /// (`1` and `1.0`) are broken by the term's text when `breakingTies`
    /// (the default), so the order is total and deterministic; without it
    /// they compare equal, as ORDER BY needs (§15.1: values the `<` and `=`
    /// operators call equal leave the order to the next condition).
    /// Returns -1, 0 or 1.
    public static func orderCompare(_ a: Term?, _ b: Term?, breakingTies: Bool = true) -> Int {
        guard let a else { return b == nil ? 0 : -1 }
        guard let b else { return 1 }
        switch (a, b) {
        case (.blankNode(let x), .blankNode(let y)): return codepointCompare(x.id, y.id)
        case (.iri(let x), .iri(let y)): return codepointCompare(x.value, y.value)
        case (.literal(let x), .literal(let y)): return literalOrder(x, y, breakingTies: breakingTies)
        default: return kindRank(a) < kindRank(b) ? -1 : 1
        }
    }

    private static func kindRank(_ t: Term) -> Int {
        switch t {
        case .blankNode: return 0
        case .iri: return 1
        case .literal: return 2
        }
    }

    private static func literalOrder(_ x: Literal, _ y: Literal, breakingTies: Bool) -> Int {
        if let c = fastCompare(x, y), c != 0 { return c }
        if sameLiteral(x, y) { return 0 }
        let vx = LiteralValue(x), vy = LiteralValue(y)
        let rx = categoryRank(vx), ry = categoryRank(vy)
        if rx != ry { return rx < ry ? -1 : 1 }
        var c = 0
        switch (vx, vy) {
        case (.numeric(let p), .numeric(let q)):
            if p.isNaN || q.isNaN { c = p.isNaN == q.isNaN ? 0 : (p.isNaN ? -1 : 1) } else { c = NumericValue.compare(p, q) ?? 0 }
        case (.boolean(let p), .boolean(let q)): c = p == q ? 0 : (p ? 1 : -1)
        case (.dateTime(let p), .dateTime(let q)):
            c = XSDDateTime.compare(p, q) ?? XSDDateTime.order(p.instant, q.instant)
        case (.string(let p), .string(let q)): c = codepointCompare(p, q)
        case (.string(let p), .langString(let q, _)): c = codepointCompare(p, q); if c == 0 { c = -1 }
        case (.langString(let p, _), .string(let q)): c = codepointCompare(p, q); if c == 0 { c = 1 }
        case (.langString(let p, let pl), .langString(let q, let ql)):
            c = codepointCompare(p, q)
            if c == 0 { c = codepointCompare(pl, ql) }
        default:
            c = codepointCompare(x.datatype.value, y.datatype.value)
        }
        if c != 0 || !breakingTies { return c }
        // Tie-break on the term itself for a deterministic total order.
        c = codepointCompare(x.lexicalForm, y.lexicalForm)
        if c != 0 { return c }
        c = codepointCompare(x.datatype.value, y.datatype.value)
        if c != 0 { return c }
        return codepointCompare(x.language ?? "", y.language ?? "")
    }

    private static func categoryRank(_ v: LiteralValue) -> Int {
        switch v {
        case .numeric: return 0
        case .boolean: return 1
        case .dateTime(let d):
            switch d.kind {
            case .dateTime: return 2
            case .date: return 3
            case .time: return 4
            }
        case .string, .langString: return 5
        case .other: return 6
        }
    }
}
