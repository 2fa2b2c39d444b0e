/// JSON text for strings (RFC 8259 §7), the one JSON string escaper of the
/// package (SPARQL JSON results and JSON-LD use it).
///
///     JSONText.quoted("a \"b\"\n")   // "\"a \\\"b\\\"\\n\""
///
/// `"` and `\` are escaped; control characters become `\b`, `\f`, `\n`,
/// `\r`, `\t` or `\u00XX`; U+007F and U+2028/U+2029 are escaped too so that
/// the text is also valid JavaScript. Other characters are written as UTF-8;
/// with `asciiOnly`, every non-ASCII character is a `\uXXXX` escape, and one
/// above U+FFFF a UTF-16 surrogate pair (`\uD83D\uDE00`). A Swift `String`
/// holds no lone surrogate, so the result is always well-formed JSON.
///
/// Source: RFC 8259 §7 (Strings).
public enum JSONText {
    /// Writes the JSON string literal for `s` (quotes included) to `out`:
    /// the same text as `quoted(s, asciiOnly:)`, without building it when
    /// nothing needs escaping.
    @inlinable
    public static func write(_ s: String, asciiOnly: Bool = false, to out: inout some TextOutputStream) {
        if isPlain(s) {
            out.write("\"")
            out.write(s)
            out.write("\"")
        } else {
            out.write(quoted(s, asciiOnly: asciiOnly))
        }
    }

    /// Whether `s` has no byte that may need escaping (control, `"`, `\`,
    /// DEL, non-ASCII); scanned over the contiguous bytes of a native string.
    @inlinable
    static func isPlain(_ s: String) -> Bool {
        let special = { (b: UInt8) -> Bool in b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b >= 0x80 }
        return !(s.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? s.utf8.contains(where: special))
    }

    /// The JSON string literal for `s`, quotes included.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `s`.
    public static func quoted(_ s: String, asciiOnly: Bool = false) -> String {
        var out = "\""
        // Fast path: nothing to escape.
        if isPlain(s) {
            out += s
            return out + "\""
        }
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    out += "\\u" + hex4(u.value)
                } else if asciiOnly && u.value >= 0x80 {
                    if u.value > 0xFFFF {
                        let v = u.value - 0x10000
                        out += "\\u" + hex4(0xD800 + (v >> 10)) + "\\u" + hex4(0xDC00 + (v & 0x3FF))
                    } else {
                        out += "\\u" + hex4(u.value)
                    }
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Four upper-case hexadecimal digits (`0x1F` → `001F`).
    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
