/// U+FFFE and U+FFFF: the two Unicode noncharacters that no RDF syntax here can carry.
///
/// Raptor 2.0.15's UTF-8 decoder refuses them (a literal or IRI is cut there, silently) and its
/// parsers refuse `\uFFFE`/`\uFFFF`; XML 1.0 and 1.1 exclude them from `Char`, even as character
/// references. Page reading replaces them by U+FFFD (with a warning); the writers refuse a term
/// that still holds one.
/// In UTF-8 they are `EF BF BE` and `EF BF BF`.
public enum Noncharacters {
    /// The byte offset (in `text`'s UTF-8) of the first U+FFFE or U+FFFF, or `nil`.
    /// - Complexity: O(n) in the bytes, one comparison a byte until an `EF` byte.
    public static func firstOffset(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { firstOffset(in: $0) }
    }

    /// `firstOffset(in:)` over UTF-8 bytes (a valid encoding).
    public static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i + 2 < n {
            if bytes[i] == 0xEF, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE { return i }
            i += 1
        }
        return nil
    }

    /// `text` with U+FFFE and U+FFFF written as the escapes `\uFFFE` and `\uFFFF`, so that a
    /// message naming a term shows them (a terminal shows nothing for them).
    public static func escaped(_ text: String) -> String {
        guard occur(in: text) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            if u.value == 0xFFFE || u.value == 0xFFFF { out += "\\u" + String(u.value, radix: 16, uppercase: true) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Whether `text` holds U+FFFE or U+FFFF.
    public static func occur(in text: String) -> Bool { firstOffset(in: text) != nil }
}
