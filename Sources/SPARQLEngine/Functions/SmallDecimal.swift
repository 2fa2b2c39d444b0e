import RDF

/// An xsd:integer or xsd:decimal value small enough for machine integers:
/// `mantissa × 10^-scale` with at most 18 significant digits. The fast path
/// of comparison and `+ - *` (SPARQL 1.1 §17.3) for the common case; any
/// overflow falls back to `NumericValue` (Foundation `Decimal`).
struct SmallDecimal: Sendable {
    var mantissa: Int
    var scale: Int

    /// Reads an xsd:integer (`[+-]?[0-9]+`) or xsd:decimal
    /// (`[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)`) lexical form of at most 18
    /// digits; nil otherwise (including ill-typed forms).
    init?(_ literal: Literal) {
        let isDecimal: Bool
        if literal.datatype == XSD.integer { isDecimal = false }
        else if literal.datatype == XSD.decimal { isDecimal = true }
        else { return nil }
        var m = 0, scale = 0, digits = 0, negative = false, sawPoint = false, sawDigit = false
        var first = true
        for c in literal.lexicalForm.utf8 {
            defer { first = false }
            switch c {
            case UInt8(ascii: "+") where first: continue
            case UInt8(ascii: "-") where first: negative = true
            case UInt8(ascii: ".") where isDecimal && !sawPoint: sawPoint = true
            case 48...57:
                sawDigit = true
                if m == 0 && c == 48 && !sawPoint { continue } // leading zeros
                digits += 1
                if digits > 18 { return nil }
                m = m * 10 + Int(c - 48)
                if sawPoint { scale += 1 }
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        mantissa = negative ? -m : m
        self.scale = scale
    }

    init(mantissa: Int, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// Both mantissas at the larger scale, or nil on overflow.
    static func aligned(_ a: SmallDecimal, _ b: SmallDecimal) -> (Int, Int, Int)? {
        var x = a.mantissa, y = b.mantissa
        let scale = max(a.scale, b.scale)
        for _ in a.scale..<scale {
            let (r, o) = x.multipliedReportingOverflow(by: 10)
            if o { return nil }
            x = r
        }
        for _ in b.scale..<scale {
            let (r, o) = y.multipliedReportingOverflow(by: 10)
            if o { return nil }
            y = r
        }
        return (x, y, scale)
    }

    /// -1/0/1, or nil on overflow.
    static func compare(_ a: SmallDecimal, _ b: SmallDecimal) -> Int? {
        guard let (x, y, _) = aligned(a, b) else { return nil }
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    /// `a op b` for add, subtract, multiply; nil on overflow or for divide.
    static func arithmetic(_ op: ArithmeticOperator, _ a: SmallDecimal, _ b: SmallDecimal) -> SmallDecimal? {
        switch op {
        case .add, .subtract:
            guard let (x, y, scale) = aligned(a, b) else { return nil }
            let (r, o) = op == .add ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            return o ? nil : SmallDecimal(mantissa: r, scale: scale)
        case .multiply:
            let (r, o) = a.mantissa.multipliedReportingOverflow(by: b.mantissa)
            return o || a.scale + b.scale > 36 ? nil : SmallDecimal(mantissa: r, scale: a.scale + b.scale)
        case .divide:
            return nil
        }
    }

    /// The canonical xsd:integer form (scale must be 0).
    var integerString: String { String(mantissa) }

    /// The canonical xsd:decimal form of `NumericValue.decimalString`
    /// ("2.0", "-0.5", "33.33").
    var decimalString: String {
        var digits = String(mantissa.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            var intPart = String(digits.dropLast(scale))
            var frac = String(digits.suffix(scale))
            while frac.hasSuffix("0") { frac.removeLast() }
            if frac.isEmpty { frac = "0" }
            if intPart.isEmpty { intPart = "0" }
            digits = intPart + "." + frac
        } else {
            digits += ".0"
        }
        return (mantissa < 0 ? "-" : "") + digits
    }
}
