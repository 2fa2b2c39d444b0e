/// Decimal text of a `Double` from its shortest round-tripping digits: the one home of that
/// conversion (durations in messages, JSON-LD's canonical `xsd:double`).
///
///     DecimalText.plain(0.000001)    // "0.000001"   (Swift's description: "1e-06")
///     DecimalText.plain(30)          // "30"
///     DecimalText.plain(1.5e21)      // "1500000000000000000000"
///     DecimalText.scientific(1.5)    // "1.5E0"
///
/// Source: XML Schema 1.1 Part 2 §3.3.3.2 and §3.3.5.2 (canonical decimal and double forms).
public enum DecimalText {
    /// The shortest digits that read back to `value` (finite, non-zero) and the power of ten of
    /// the first: `value` = ±d₁.d₂…dₙ × 10^`exponent`; no leading or trailing zero digit.
    public static func digits(of value: Double) -> (digits: [UInt8], exponent: Int) {
        // Swift prints the shortest digits that read back: "1.5", "1e-06", "1.5e+21", "1234.5".
        var text = Substring(String(describing: value.magnitude))
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let whole = text[..<point]
        let fraction = point < text.endIndex ? text[text.index(after: point)...] : ""
        var digits = Array((whole + fraction).utf8).map { $0 - UInt8(ascii: "0") }
        exponent += whole.count - 1
        while digits.count > 1, digits.first == 0 { digits.removeFirst(); exponent -= 1 }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (digits, exponent)
    }

    /// `value` in plain decimal notation, never with an exponent: `"0.000001"`, `"2.5"`,
    /// `"30"`, `"-0.25"`; `"0"` for zero, `"NaN"`, `"INF"`, `"-INF"` for the rest.
    public static func plain(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == 0 { return "0" }
        let (digits, exponent) = digits(of: value)
        let text = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        var out = value < 0 ? "-" : ""
        if exponent < 0 {
            out += "0." + String(repeating: "0", count: -exponent - 1) + String(text)
        } else if exponent + 1 >= text.count {
            out += String(text) + String(repeating: "0", count: exponent + 1 - text.count)
        } else {
            out += String(text[...exponent]) + "." + String(text[(exponent + 1)...])
        }
        return out
    }

    /// `value` in the canonical `xsd:double` form: one digit before the point, at least one
    /// after, an exponent (`1.5E0`, `1.0E21`, `-2.5E-7`, `0.0E0`, `NaN`, `INF`, `-INF`).
    public static func scientific(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == 0 { return value.sign == .minus ? "-0.0E0" : "0.0E0" }
        let (digits, exponent) = digits(of: value)
        let text = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        let mantissa = String(text[0]) + "." + (text.count > 1 ? String(text.dropFirst()) : "0")
        return (value < 0 ? "-" : "") + mantissa + "E" + String(exponent)
    }
}
