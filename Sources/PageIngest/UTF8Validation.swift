import HTMLReader
import RDF

/// The outcome of checking a byte buffer as UTF-8 text.
enum UTF8Validation {
    /// Valid text; `droppedTail` is the number of bytes of an incomplete sequence removed at the very end.
    case valid(String, droppedTail: Int)
    /// First bad byte (0-based offset) and its position, plus a description.
    case invalid(SourcePosition, String)
    /// A control byte that does not occur in text.
    case binary(SourcePosition, String)

    /// Validates `bytes` (RFC 3629 UTF-8, no overlongs, no surrogates, ≤ U+10FFFF).
    ///
    /// An incomplete but well-formed sequence prefix at the very end is treated as a cut
    /// capture: it is dropped and reported through `droppedTail`.
    /// - Complexity: O(n) in the number of bytes.
    static func check(_ bytes: [UInt8]) -> UTF8Validation {
        var i = 0
        var line = 1
        var column = 1
        let n = bytes.count
        var start = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3; start = 3 }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isBinaryControl(b) {
                    return .binary(SourcePosition(line: line, column: column, offset: i), binaryMessage(b, offset: i))
                }
                if b == 0x0A { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            guard let lead = UTF8Lead(b) else {
                return .invalid(SourcePosition(line: line, column: column, offset: i),
                                "not UTF-8: invalid byte 0x\(hex(b)) at byte offset \(i)")
            }
            let need = lead.continuationCount
            var k = 1
            while k <= need {
                if i + k >= n {
                    // Incomplete sequence at the very end: a capture cut inside a character.
                    let text = String(decoding: bytes[start..<i], as: UTF8.self)
                    return .valid(text, droppedTail: n - i)
                }
                let c = bytes[i + k]
                if !(k == 1 ? lead.secondByte : 0x80...0xBF).contains(c) {
                    return .invalid(SourcePosition(line: line, column: column, offset: i),
                                    "not UTF-8: invalid sequence starting with byte 0x\(hex(b)) at byte offset \(i)")
                }
                k += 1
            }
            i += need + 1
            column += 1
        }
        return .valid(String(decoding: bytes[start..<n], as: UTF8.self), droppedTail: 0)
    }

    /// Whether the ASCII byte `b` is a control character that never occurs in text: NUL, DEL and
    /// the C0 controls but the white space ones, tab, line feed, vertical tab (a word processor's
    /// manual line break, saved as text), form feed (a page break) and carriage return. The one
    /// home of that rule for bytes (`check`) and for decoded text (`PageIngester`'s check of a `String` page).
    @inline(__always)
    static func isBinaryControl(_ b: UInt8) -> Bool {
        b == 0x7F || (b < 0x20 && (b < 0x09 || b > 0x0D))
    }

    /// The one wording of a binary-data refusal of a text page (`BinaryByte` names the byte).
    static func binaryMessage(_ b: UInt8, offset: Int) -> String {
        "binary data: \(BinaryByte.name(b)) at byte offset \(offset)"
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0x0F)]])
    }
}
