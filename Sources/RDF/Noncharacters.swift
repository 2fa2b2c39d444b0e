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

extension Noncharacters {
    /// Whether `v` is one of the 66 Unicode noncharacters: U+FDD0…U+FDEF, and the last two code
    /// points of every plane (U+FFFE, U+FFFF, U+1FFFE, …, U+10FFFF). Source: Unicode §23.7.
    public static func isNoncharacter(_ v: UInt32) -> Bool {
        (v >= 0xFDD0 && v <= 0xFDEF) || (v & 0xFFFE == 0xFFFE && v <= 0x10FFFF)
    }

    /// The rule of page reading (text and HTML pages alike): every noncharacter in the UTF-8
    /// `bytes` is replaced by U+FFFD. They are for a program's internal use, not text; U+FFFE and
    /// U+FFFF no RDF syntax here can carry, and an HTML parser drops them silently.
    ///
    /// A noncharacter of the Basic Multilingual Plane is three bytes, as U+FFFD is, so offsets do
    /// not move; one of the supplementary planes is four, so bytes after it move one place back
    /// (lines and columns, counted in scalars, never move).
    /// - Returns: the position of the first (1-based line and column in scalars, LF ending a line;
    ///   0-based byte offset in the input), its code point, and how many there were; `nil`, 0 and
    ///   0 when none (and `bytes` is untouched).
    /// - Complexity: O(n) in the bytes.
    public static func replace(in bytes: inout [UInt8]) -> (first: SourcePosition?, value: UInt32, count: Int) {
        guard let first = bytes.withUnsafeBufferPointer({ firstNoncharacter(in: $0) }) else { return (nil, 0, 0) }
        let value = String(decoding: bytes[first..<min(bytes.count, first + 4)], as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
        var line = 1, lineStart = 0
        for k in 0..<first where bytes[k] == 0x0A { line += 1; lineStart = k + 1 }
        var column = 1
        for b in bytes[lineStart..<first] where b & 0xC0 != 0x80 { column += 1 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: bytes[..<first])
        var count = 0
        var i = first
        while i < bytes.count {
            if let n = noncharacterLength(bytes, at: i) {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                count += 1
                i += n
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes = out
        return (SourcePosition(line: line, column: column, offset: first), value, count)
    }

    /// The byte offset of the first noncharacter (any of the 66) in UTF-8 `bytes`, or `nil`.
    public static func firstNoncharacter(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] >= 0xEF, noncharacterLength(bytes, at: i) != nil { return i }
            i += 1
        }
        return nil
    }

    /// The length of the noncharacter whose UTF-8 sequence starts at `i`, or `nil`.
    @inline(__always)
    static func noncharacterLength<C: RandomAccessCollection<UInt8>>(_ b: C, at i: C.Index) -> Int? where C.Index == Int {
        let lead = b[i]
        if lead == 0xEF, i + 2 < b.endIndex {
            // U+FDD0…U+FDEF: EF B7 90…AF; U+FFFE/U+FFFF: EF BF BE/BF.
            if b[i + 1] == 0xB7, b[i + 2] >= 0x90, b[i + 2] <= 0xAF { return 3 }
            if b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return 3 }
        } else if lead >= 0xF0, lead <= 0xF4, i + 3 < b.endIndex {
            // U+nFFFE/U+nFFFF: F0…F4, then a continuation byte ending in 1111, BF, BE/BF.
            if b[i + 1] & 0xCF == 0x8F, b[i + 2] == 0xBF, b[i + 3] >= 0xBE { return 4 }
        }
        return nil
    }
}
