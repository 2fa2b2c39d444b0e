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
            // The scheme: ASCII letters, then letters, digits, `+`, `-`, `.`, up to the first colon.
            var colon = -1
            for (index, b) in bytes.enumerated() {
                if b == UInt8(ascii: ":") {
                    if index == 0 { return "empty scheme" }
                    colon = index
                    break
                }
                let isAlpha = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                let isOther = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
                if !(isAlpha || (index > 0 && isOther)) { return "no scheme" }
            }
            guard colon > 0 else { return "no scheme" }
            // The rest: no excluded ASCII character (one bit test per byte; bytes of non-ASCII characters pass).
            for b in bytes[(colon + 1)...] where b < 0x80 && (b < 0x40 ? excludedLow >> UInt64(b) : excludedHigh >> UInt64(b - 0x40)) & 1 != 0 {
                if b <= 0x20 || b == 0x7F { return "control or space character U+\(String(b, radix: 16, uppercase: true))" }
                return "character '\(Character(Unicode.Scalar(b)))' not allowed"
            }
            return nil
        }
    }

    /// The ASCII characters an IRIREF excludes, as bit masks over 0x00–0x3F
    /// and 0x40–0x7F: controls and space (U+0000–U+0020, U+007F), `<`, `>`,
    /// `"`, `{`, `}`, `|`, `^`, `` ` `` and `\`.
    private static let excludedLow: UInt64 = {
        var mask: UInt64 = 0
        for b in 0...0x20 { mask |= 1 << UInt64(b) }
        for c in "<>\"" { mask |= 1 << UInt64(c.asciiValue!) }
        return mask
    }()
    private static let excludedHigh: UInt64 = {
        var mask: UInt64 = 1 << (0x7F - 0x40)
        for c in "{}|^`\\" { mask |= 1 << UInt64(c.asciiValue! - 0x40) }
        return mask
    }()

    /// The IRI in N-Triples form, e.g. `<http://example.org/a>`.
    public var description: String { "<\(value)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8) }
}
