import Foundation
import RDF

/// The value of a numeric literal, in the numeric type hierarchy of
/// SPARQL 1.1 §17.3 ("Operand data types"): xsd:integer (and all its derived
/// types) < xsd:decimal < xsd:float < xsd:double.
///
/// Integers and decimals are held as Foundation `Decimal` (38 significant
/// decimal digits, exact within that precision); floats and doubles as IEEE
/// `Float`/`Double`.
enum NumericValue: Sendable {
    case integer(Decimal)
    case decimal(Decimal)
    case float(Float)
    case double(Double)

    /// Rank in the promotion order integer < decimal < float < double.
    var rank: Int {
        switch self {
        case .integer: return 0
        case .decimal: return 1
        case .float: return 2
        case .double: return 3
        }
    }

    // MARK: Parsing (XSD 1.1 Part 2 lexical spaces)

    /// The numeric value of `literal`, or nil when it is not numeric or its
    /// lexical form is not in the datatype's lexical space (ill-typed).
    init?(_ literal: Literal) {
        let dt = literal.datatype.value
        guard dt.hasPrefix(XSDTypes.ns) else { return nil }
        let lex = literal.lexicalForm
        switch dt {
        case XSD.double.value:
            guard let d = NumericValue.parseDouble(lex) else { return nil }
            self = .double(d)
        case XSD.float.value:
            guard let d = NumericValue.parseDouble(lex) else { return nil }
            self = .float(Float(d))
        case XSD.decimal.value:
            guard let d = NumericValue.parseDecimal(lex) else { return nil }
            self = .decimal(d)
        case XSD.integer.value:
            guard let i = NumericValue.parseInteger(lex) else { return nil }
            self = .integer(i)
        default:
            guard let range = XSDTypes.integerRanges[dt], let i = NumericValue.parseInteger(lex) else { return nil }
            if let lo = range.min, i < lo { return nil }
            if let hi = range.max, i > hi { return nil }
            self = .integer(i)
        }
    }

    /// Whether `datatype` is one of the numeric datatypes.
    static func isNumericDatatype(_ datatype: IRI) -> Bool {
        let dt = datatype.value
        return dt == XSD.double.value || dt == XSD.float.value || dt == XSD.decimal.value || XSDTypes.integerRanges[dt] != nil
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// The decimal `digits` × 10^-`scale` when `digits` (ASCII, optional
    /// sign, no point) fits in 18 digits; nil otherwise.
    static func smallDecimal(_ digits: Substring, scale: Int) -> Decimal? {
        guard digits.utf8.count <= 19, let v = Int(digits) else { return nil }
        if scale == 0 { return Decimal(v) }
        return Decimal(sign: v < 0 ? .minus : .plus, exponent: -scale, significand: Decimal(v.magnitude))
    }

    /// `[+-]?[0-9]+` (XSD §3.4.13.1).
    static func parseInteger(_ s: String) -> Decimal? {
        let u = Array(s.utf8)
        var i = 0
        if i < u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") { i += 1 }
        guard i < u.count else { return nil }
        for j in i..<u.count where !(u[j] >= 48 && u[j] <= 57) { return nil }
        if u.count - i <= 18, let v = Int(s.hasPrefix("+") ? String(s.dropFirst()) : s) { return Decimal(v) }
        return Decimal(string: s.hasPrefix("+") ? String(s.dropFirst()) : s, locale: NumericValue.posix)
    }

    /// `[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)` (XSD §3.3.3.1).
    static func parseDecimal(_ s: String) -> Decimal? {
        guard isDecimalLexical(s) else { return nil }
        var t = s.hasPrefix("+") ? String(s.dropFirst()) : s
        if t.hasSuffix(".") { t.removeLast() }
        if t.hasPrefix(".") { t = "0" + t } else if t.hasPrefix("-.") { t = "-0" + t.dropFirst() }
        if let dot = t.firstIndex(of: ".") {
            let frac = t[t.index(after: dot)...]
            if let d = smallDecimal(Substring(String(t[..<dot]) + frac), scale: frac.utf8.count) {
                // Keep the sign of "-0.5" (Int("-05") is -5; "-0" alone is 0 either way).
                return d
            }
        } else if let v = Int(t) {
            return Decimal(v)
        }
        return Decimal(string: t, locale: NumericValue.posix)
    }

    static func isDecimalLexical(_ s: String) -> Bool {
        let u = Array(s.utf8)
        var i = 0
        if i < u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0, dots = 0
        while i < u.count {
            let c = u[i]
            if c >= 48 && c <= 57 { digits += 1 } else if c == UInt8(ascii: ".") { dots += 1; if dots > 1 { return false } } else { return false }
            i += 1
        }
        return digits > 0
    }

    /// The lexical space of xsd:double/xsd:float (XSD 1.1 §3.3.5.1):
    /// `(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|(\+|-)?INF|NaN`.
    static func parseDouble(_ s: String) -> Double? {
        switch s {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        case "NaN": return .nan
        default: break
        }
        let u = Array(s.utf8)
        var i = 0
        if i < u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") { i += 1 }
        var mantissaDigits = 0
        while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; mantissaDigits += 1 }
        if i < u.count, u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return nil }
        if i < u.count, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            i += 1
            if i < u.count, u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") { i += 1 }
            var expDigits = 0
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return nil }
        }
        guard i == u.count else { return nil }
        var t = s.hasPrefix("+") ? String(s.dropFirst()) : s
        if t.hasPrefix(".") { t = "0" + t } else if t.hasPrefix("-.") { t = "-0" + t.dropFirst() }
        return Double(t)
    }

    // MARK: Conversions

    var asDouble: Double {
        switch self {
        case .integer(let d), .decimal(let d): return NumericValue.double(of: d)
        case .float(let f): return Double(f)
        case .double(let d): return d
        }
    }

    var asFloat: Float {
        switch self {
        case .float(let f): return f
        case .double(let d): return Float(d)
        case .integer(let d), .decimal(let d): return Float(NumericValue.double(of: d))
        }
    }

    /// The exact decimal value (nil for NaN and infinities).
    var asDecimal: Decimal? {
        switch self {
        case .integer(let d), .decimal(let d): return d
        case .float(let f): return NumericValue.decimal(ofFloating: f.isFinite ? NumericValue.shortest(f) : nil)
        case .double(let d): return NumericValue.decimal(ofFloating: d.isFinite ? NumericValue.shortest(d) : nil)
        }
    }

    static func double(of d: Decimal) -> Double {
        Double(NumericValue.plainString(d)) ?? NSDecimalNumber(decimal: d).doubleValue
    }

    static func decimal(ofFloating text: String?) -> Decimal? {
        guard let text else { return nil }
        return Decimal(string: text, locale: NumericValue.posix)
    }

    static func shortest(_ d: Double) -> String { "\(d)" }
    static func shortest(_ f: Float) -> String { "\(f)" }

    /// Converts to the type of rank `rank` (only upward; SPARQL §17.3 promotion).
    func promoted(to rank: Int) -> NumericValue {
        switch (rank, self) {
        case (0, _): return self
        case (1, .integer(let d)): return .decimal(d)
        case (2, .integer), (2, .decimal): return .float(asFloat)
        case (3, .integer), (3, .decimal), (3, .float): return .double(asDouble)
        default: return self
        }
    }

    var isNaN: Bool {
        switch self {
        case .float(let f): return f.isNaN
        case .double(let d): return d.isNaN
        default: return false
        }
    }

    var isZero: Bool {
        switch self {
        case .integer(let d), .decimal(let d): return d.isZero
        case .float(let f): return f == 0
        case .double(let d): return d == 0
        }
    }

    // MARK: Operations (XPath op:numeric-*)

    /// Arithmetic after promotion to the common type; integer ÷ integer is a
    /// decimal division (XPath op:numeric-divide).
    /// - Throws: `.divisionByZero` for integer or decimal division by zero.
    static func arithmetic(_ op: ArithmeticOperator, _ a: NumericValue, _ b: NumericValue) throws(ExpressionError) -> NumericValue {
        let rank = max(a.rank, b.rank)
        switch (a.promoted(to: rank), b.promoted(to: rank)) {
        case (.integer(let x), .integer(let y)):
            switch op {
            case .add: return .integer(x + y)
            case .subtract: return .integer(x - y)
            case .multiply: return .integer(x * y)
            case .divide:
                if y.isZero { throw ExpressionError(.divisionByZero, "integer division by zero") }
                return .decimal(x / y)
            }
        case (.decimal(let x), .decimal(let y)):
            switch op {
            case .add: return .decimal(x + y)
            case .subtract: return .decimal(x - y)
            case .multiply: return .decimal(x * y)
            case .divide:
                if y.isZero { throw ExpressionError(.divisionByZero, "decimal division by zero") }
                return .decimal(x / y)
            }
        case (.float(let x), .float(let y)):
            switch op {
            case .add: return .float(x + y)
            case .subtract: return .float(x - y)
            case .multiply: return .float(x * y)
            case .divide: return .float(x / y)
            }
        default:
            let x = a.asDouble, y = b.asDouble
            switch op {
            case .add: return .double(x + y)
            case .subtract: return .double(x - y)
            case .multiply: return .double(x * y)
            case .divide: return .double(x / y)
            }
        }
    }

    var negated: NumericValue {
        switch self {
        case .integer(let d): return .integer(-d)
        case .decimal(let d): return .decimal(-d)
        case .float(let f): return .float(-f)
        case .double(let d): return .double(-d)
        }
    }

    /// Numeric comparison after promotion: -1, 0, 1, or nil when either is NaN.
    static func compare(_ a: NumericValue, _ b: NumericValue) -> Int? {
        let rank = max(a.rank, b.rank)
        switch (a.promoted(to: rank), b.promoted(to: rank)) {
        case (.integer(let x), .integer(let y)), (.decimal(let x), .decimal(let y)):
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        default:
            let x = a.asDouble, y = b.asDouble
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }

    // MARK: Canonical forms

    /// The literal of this value in canonical lexical form: integers without
    /// leading zeros or `+`; decimals with at least one fractional digit and
    /// no trailing zeros beyond it (`"0.5"`, `"2.0"`); floats and doubles as
    /// `mantissa E exponent` with one non-zero leading digit (`"3.0E0"`,
    /// `"1.25E-1"`), `"INF"`, `"-INF"`, `"NaN"` (XSD 1.0 canonical
    /// representations, as written by Jena and Oxigraph).
    var literal: Literal {
        switch self {
        case .integer(let d): return Literal(NumericValue.integerString(d), datatype: XSD.integer)
        case .decimal(let d): return Literal(NumericValue.decimalString(d), datatype: XSD.decimal)
        case .float(let f): return Literal(NumericValue.floatingString(f.isNaN ? .nan : Double(f), shortest: f.isFinite ? "\(f)" : ""), datatype: XSD.float)
        case .double(let d): return Literal(NumericValue.floatingString(d, shortest: d.isFinite ? "\(d)" : ""), datatype: XSD.double)
        }
    }

    var term: Term { .literal(literal) }

    /// The digits of `d` without exponent notation, e.g. "-12.5", "100".
    static func plainString(_ d: Decimal) -> String {
        var s = d.description
        if s.contains("e") || s.contains("E") {
            // Defensive: expand exponent notation.
            s = NSDecimalNumber(decimal: d).stringValue
        }
        return s
    }

    static func integerString(_ d: Decimal) -> String {
        var value = d
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .down)
        var s = plainString(rounded)
        if s == "-0" { s = "0" }
        return s
    }

    static func decimalString(_ d: Decimal) -> String {
        var s = plainString(d)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s += "0" }
        } else {
            s += ".0"
        }
        if s == "-0.0" { s = "0.0" }
        return s
    }

    /// Formats a finite double from its shortest round-trip text as
    /// `d.dddEn`; NaN and infinities as "NaN", "INF", "-INF".
    static func floatingString(_ d: Double, shortest: String) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-INF" : "INF" }
        if d == 0 { return d.sign == .minus ? "-0.0E0" : "0.0E0" }
        var text = Substring(shortest)
        var negative = false
        if text.hasPrefix("-") { negative = true; text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array(intPart + fracPart)
        var pointPos = intPart.count + exponent // digits before the decimal point
        while let f = digits.first, f == "0" { digits.removeFirst(); pointPos -= 1 }
        while let l = digits.last, l == "0" { digits.removeLast() }
        guard !digits.isEmpty else { return negative ? "-0.0E0" : "0.0E0" }
        let exp10 = pointPos - 1
        let rest = digits.count > 1 ? String(digits[1...]) : "0"
        return (negative ? "-" : "") + String(digits[0]) + "." + rest + "E" + String(exp10)
    }

    /// The XPath 2.0 cast to xs:string (F&O §17.1.2): integers canonical;
    /// decimals without a fractional part when integral; floats/doubles in
    /// [1e-6, 1e6) written as decimals, others in E notation.
    var xpathString: String {
        switch self {
        case .integer(let d): return NumericValue.integerString(d)
        case .decimal(let d):
            let s = NumericValue.decimalString(d)
            return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
        case .float, .double:
            let d = asDouble
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-INF" : "INF" }
            if d == 0 { return d.sign == .minus ? "-0" : "0" }
            let mag = abs(d)
            if mag >= 1e-6 && mag < 1e6, let dec = asDecimal {
                let s = NumericValue.decimalString(dec)
                return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
            }
            if case .float(let f) = self { return NumericValue.floatingString(d, shortest: "\(f)") }
            return NumericValue.floatingString(d, shortest: "\(d)")
        }
    }
}
