import Foundation
import RDF

extension FunctionLibrary {
    /// The cast targets of `cast(_:_:)`: xsd:string, boolean, integer (and
    /// every integer-derived type), decimal, float, double, dateTime, date.
    public static func isCast(_ datatype: IRI) -> Bool {
        switch datatype.value {
        case XSD.string.value, XSD.boolean.value, XSD.decimal.value, XSD.float.value, XSD.double.value,
             XSD.dateTime.value, XSD.date.value:
            return true
        default:
            return XSDTypes.integerRanges[datatype.value] != nil
        }
    }

    /// Casts `arg` to `datatype` (an XSD constructor function, SPARQL 1.1
    /// §17.5, following XPath F&O §17.1 casting rules).
    ///
    /// - IRIs cast only to xsd:string; blank nodes and language-tagged
    ///   strings never cast.
    /// - From a simple literal/xsd:string, the (whitespace-trimmed) text must
    ///   be in the target's lexical space (`"1.5"` is not an xsd:integer,
    ///   `"1e3"` not an xsd:decimal).
    /// - Numerics to xsd:integer truncate toward zero; NaN and ±INF do not
    ///   cast to integer or decimal; numerics to xsd:boolean are false for
    ///   0 and NaN; booleans to numerics are 1/0.
    /// - To xsd:string: the XPath string form (`xsd:string(1.0)` is `"1"`,
    ///   `xsd:string(1E0)` is `"1"`, `1.0E7` stays in E notation).
    /// - Results are in canonical form (`xsd:integer("+01")` is `"1"`).
    /// - Throws: `.typeError` when the cast is not allowed or the value is
    ///   not valid for the target (including ill-typed source literals and
    ///   out-of-range values for derived integer types); `.unknownFunction`
    ///   when `datatype` is not a cast target.
    public static func cast(_ datatype: IRI, _ arg: Term) throws(ExpressionError) -> Term {
        guard isCast(datatype) else { throw ExpressionError(.unknownFunction, "unknown function \(datatype)") }
        let literal: Literal
        switch arg {
        case .blankNode: throw .type("cannot cast a blank node")
        case .iri(let i):
            guard datatype == XSD.string else { throw .type("cannot cast an IRI to \(datatype)") }
            return plain(i.value)
        case .literal(let l): literal = l
        }
        if literal.language != nil { throw .type("cannot cast a language-tagged string") }
        let value = LiteralValue(literal)
        if case .other = value { throw .type("cannot cast \(arg)") }
        let target = datatype.value
        if case .string(let s) = value, target != XSD.string.value {
            return try castFromString(s.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r")), to: datatype)
        }
        switch target {
        case XSD.string.value:
            switch value {
            case .string(let s): return plain(s)
            case .numeric(let n): return plain(n.xpathString)
            case .boolean(let b): return plain(b ? "true" : "false")
            case .dateTime(let d): return plain(d.canonical)
            default: throw .type("cannot cast \(arg) to xsd:string")
            }
        case XSD.boolean.value:
            switch value {
            case .boolean(let b): return bool(b)
            case .numeric(let n): return bool(!(n.isZero || n.isNaN))
            default: throw .type("cannot cast \(arg) to xsd:boolean")
            }
        case XSD.decimal.value:
            switch value {
            case .boolean(let b): return NumericValue.decimal(b ? 1 : 0).term
            case .numeric(let n):
                guard let d = n.asDecimal else { throw .type("cannot cast \(arg) to xsd:decimal") }
                return NumericValue.decimal(d).term
            default: throw .type("cannot cast \(arg) to xsd:decimal")
            }
        case XSD.float.value:
            switch value {
            case .boolean(let b): return NumericValue.float(b ? 1 : 0).term
            case .numeric(let n): return NumericValue.float(n.asFloat).term
            default: throw .type("cannot cast \(arg) to xsd:float")
            }
        case XSD.double.value:
            switch value {
            case .boolean(let b): return NumericValue.double(b ? 1 : 0).term
            case .numeric(let n):
                if case .float(let f) = n { return NumericValue.double(Double(f)).term }
                return NumericValue.double(n.asDouble).term
            default: throw .type("cannot cast \(arg) to xsd:double")
            }
        case XSD.dateTime.value:
            guard case .dateTime(var d) = value, d.kind != .time else { throw .type("cannot cast \(arg) to xsd:dateTime") }
            d.kind = .dateTime
            return .literal(Literal(d.canonical, datatype: XSD.dateTime))
        case XSD.date.value:
            guard case .dateTime(var d) = value, d.kind != .time else { throw .type("cannot cast \(arg) to xsd:date") }
            if d.kind == .dateTime && d.hour == 24 {
                (d.year, d.month, d.day) = XSDDateTime.civil(fromDays: XSDDateTime.daysFromCivil(d.year, d.month, d.day) + 1)
            }
            d.kind = .date
            return .literal(Literal(d.canonical, datatype: XSD.date))
        default:
            // xsd:integer and derived types.
            let i: Decimal
            switch value {
            case .boolean(let b): i = b ? 1 : 0
            case .numeric(let n):
                guard let d = n.asDecimal else { throw .type("cannot cast \(arg) to \(datatype)") }
                var v = d, r = Decimal()
                NSDecimalRound(&r, &v, 0, d < 0 ? .up : .down)
                i = r
            default: throw .type("cannot cast \(arg) to \(datatype)")
            }
            return try integerLiteral(i, datatype)
        }
    }

    private static func integerLiteral(_ i: Decimal, _ datatype: IRI) throws(ExpressionError) -> Term {
        if let range = XSDTypes.integerRanges[datatype.value] {
            if let lo = range.min, i < lo { throw .type("value out of range of \(datatype)") }
            if let hi = range.max, i > hi { throw .type("value out of range of \(datatype)") }
        }
        return .literal(Literal(NumericValue.integerString(i), datatype: datatype))
    }

    private static func castFromString(_ s: String, to datatype: IRI) throws(ExpressionError) -> Term {
        let fail = ExpressionError.type("\"\(s)\" is not a valid \(datatype)")
        switch datatype.value {
        case XSD.boolean.value:
            switch s {
            case "true", "1": return bool(true)
            case "false", "0": return bool(false)
            default: throw fail
            }
        case XSD.decimal.value:
            guard let d = NumericValue.parseDecimal(s) else { throw fail }
            return NumericValue.decimal(d).term
        case XSD.float.value:
            guard let d = NumericValue.parseDouble(s) else { throw fail }
            return NumericValue.float(Float(s.hasPrefix("+") ? String(s.dropFirst()) : s) ?? Float(d)).term
        case XSD.double.value:
            guard let d = NumericValue.parseDouble(s) else { throw fail }
            return NumericValue.double(d).term
        case XSD.dateTime.value:
            guard let d = XSDDateTime(lexical: s, kind: .dateTime) else { throw fail }
            return .literal(Literal(d.canonical, datatype: XSD.dateTime))
        case XSD.date.value:
            guard let d = XSDDateTime(lexical: s, kind: .date) else { throw fail }
            return .literal(Literal(d.canonical, datatype: XSD.date))
        default:
            guard let i = NumericValue.parseInteger(s) else { throw fail }
            return try integerLiteral(i, datatype)
        }
    }
}
