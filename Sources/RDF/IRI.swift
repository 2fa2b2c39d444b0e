/// An absolute IRI (RDF 1.1 Concepts §3.2; RFC 3987).
///
/// The validating initialiser rejects the characters that IRIREF excludes in
/// Turtle and N-Triples (Turtle §6.5 [18]): controls U+0000–U+0020, `<`, `>`,
/// `"`, `{`, `}`, `|`, `^`, `` ` `` and `\`, and requires a scheme
/// (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`).
///
///     let osce = try IRI("https://www.osce.org/")
///     print(osce)            // <https://www.osce.org/>
///
/// Source: RDF 1.1 Concepts §3.2.
public struct IRI: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The IRI string, without angle brackets.
    public let value: String

    /// Creates an IRI, checking that it is absolute and holds only characters
    /// allowed in an IRIREF.
    ///
    /// - Throws: `RDFError` of kind `.invalidIRI` naming the offending character.
    /// - Complexity: O(n) in the length of `value`.
    public init(_ value: String) throws(RDFError) {
        if let problem = IRI.problem(in: value) {
            throw RDFError(.invalidIRI, "\(problem) in IRI <\(value)>")
        }
        self.value = value
    }

    /// Creates an IRI without validation. The caller guarantees that `value`
    /// is an absolute IRI with no excluded characters (use it for constants
    /// and for strings already validated, e.g. by a parser).
    public init(unchecked value: String) {
        self.value = value
    }

    /// Returns a description of why `value` is not a valid absolute IRI, or
    /// `nil` when it is one.
    /// - Complexity: O(n) in the UTF-8 bytes of `value` (a byte scan: every
    ///   character it checks is ASCII).
    public static func problem(in value: String) -> String? {
        var value = value
        return value.withUTF8 { bytes -> String? in
            var sawColon = false
            for (index, b) in bytes.enumerated() {
                if !sawColon {
                    if b == UInt8(ascii: ":") {
                        if index == 0 { return "empty scheme" }
                        sawColon = true
                    } else {
                        let isAlpha = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                        let isOther = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
                        if !(isAlpha || (index > 0 && isOther)) { return "no scheme" }
                    }
                }
                if b <= 0x20 || b == 0x7F { return "control or space character U+\(String(b, radix: 16, uppercase: true))" }
                switch b {
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
                    return "character '\(Character(Unicode.Scalar(b)))' not allowed"
                default: break
                }
            }
            return sawColon ? nil : "no scheme"
        }
    }

    /// The IRI in N-Triples form, e.g. `<http://example.org/a>`.
    public var description: String { "<\(value)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8) }
}
