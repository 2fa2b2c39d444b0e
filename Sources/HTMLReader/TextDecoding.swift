internal import RDF

/// How a page file's bytes become text when nothing inside the text declares an encoding: the
/// one home of that decision for text pages (`PageIngester`) and HTML pages (`HTMLEncoding`,
/// which adds the `<meta charset>` prescan between steps 1 and 3).
///
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
/// 3. else bytes that are valid UTF-8 are UTF-8 (an incomplete character at the very end is a
///    cut capture: dropped, `droppedTail`);
/// 4. else the bytes are not UTF-8: Windows-1252 (the WHATWG fallback for undeclared text, a
///    superset of ISO-8859-1's printable characters), with `problem` naming the first byte that
///    is not UTF-8. Bytes whose non-ASCII part is mostly well-formed UTF-8 sequences (more of
///    them than bad ones) are UTF-8 with a few damaged bytes, not Windows-1252 text: they are
///    read as UTF-8, each bad sequence a U+FFFD, with the same `problem`.
///
///     TextDecoding(undeclared: [0x63, 0x61, 0x66, 0xE9]).encoding   // "windows-1252" ("café")
///     TextDecoding(undeclared: Array("café".utf8)).encoding         // "UTF-8"
///
/// Source: WHATWG Encoding Standard §4.2 (labels), §6 (BOM sniffing), §9.1 (UTF-8 decoder: one
/// U+FFFD per maximal bad subpart), index-windows-1252; HTML Living Standard §13.2.3.2.
/// - Complexity: O(n) in the bytes.
public struct TextDecoding: Sendable {
    /// The encoding read: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `windows-1252`.
    public var encoding: String
    /// The text as UTF-8 bytes, without the byte-order mark.
    public var utf8: [UInt8]
    /// The number of bytes of a byte-order mark at the start of the file (0, 2 or 3).
    public var byteOrderMark = 0
    /// The first byte that was not UTF-8 (read as Windows-1252, or as UTF-8 with U+FFFD); nil
    /// when every byte decoded.
    public var problem: TextEncodingProblem?
    /// Bytes of an incomplete UTF-8 character at the very end, dropped (a capture cut there).
    public var droppedTail = 0

    /// Decides and decodes bytes that declare no encoding (steps 1, 3 and 4 of the type).
    public init(_ raw: [UInt8]) {
        self = TextDecoding(byteOrderMarkOf: raw) ?? TextDecoding(undeclared: raw)
    }

    /// Step 1: the text after a byte-order mark; nil when `raw` has none.
    init?(byteOrderMarkOf raw: [UInt8]) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.init(utf8: Array(raw.dropFirst(3)), skipped: 3)
            byteOrderMark = 3
            return
        }
        guard raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) else { return nil }
        let little = raw[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        var i = 2
        while i + 1 < raw.count {
            units.append(little ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
            i += 2
        }
        self.init(encoding: little ? "UTF-16LE" : "UTF-16BE", utf8: Array(String(decoding: units, as: UTF16.self).utf8), byteOrderMark: 2)
    }

    private init(encoding: String, utf8: [UInt8], byteOrderMark: Int) {
        self.encoding = encoding
        self.utf8 = utf8
        self.byteOrderMark = byteOrderMark
    }

    /// Steps 3 and 4: valid UTF-8, mostly UTF-8 (U+FFFD for the bad bytes), else Windows-1252.
    init(undeclared raw: [UInt8]) {
        let scan = UTF8Scan(raw)
        guard let bad = scan.firstInvalid else {
            self.init(utf8: raw, skipped: 0)
            return
        }
        if scan.wellFormedSequences > scan.invalidSequences {
            self.init(utf8: raw, skipped: 0)
            return
        }
        self.init(windows1252: raw, problem: TextEncodingProblem(position: Self.windows1252Position(of: bad, in: raw), byte: raw[bad],
                                                                  count: scan.invalidSequences))
    }

    /// UTF-8 bytes (a byte-order mark already dropped: `skipped` bytes), each bad sequence a U+FFFD.
    init(utf8 raw: [UInt8], skipped: Int) {
        encoding = "UTF-8"
        let scan = UTF8Scan(raw)
        if let bad = scan.firstInvalid {
            utf8 = Array(String(decoding: raw, as: UTF8.self).utf8)
            var at = scan.position(of: bad)
            at.offset += skipped
            problem = TextEncodingProblem(position: at, byte: raw[bad], count: scan.invalidSequences)
        } else {
            utf8 = scan.droppedTail > 0 ? Array(raw.dropLast(scan.droppedTail)) : raw
            droppedTail = scan.droppedTail
        }
    }

    /// Windows-1252 bytes, each one character.
    init(windows1252 raw: [UInt8], problem: TextEncodingProblem?) {
        encoding = "windows-1252"
        self.problem = problem
        var out: [UInt8] = []
        out.reserveCapacity(raw.count + raw.count / 8)
        for byte in raw {
            if byte < 0x80 {
                out.append(byte)
            } else {
                let scalar = Unicode.Scalar(byte >= 0xA0 ? UInt32(byte) : Self.windows1252High[Int(byte - 0x80)])!
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        utf8 = out
    }

    /// The position of byte `index` of a file read as Windows-1252 (one character a byte).
    private static func windows1252Position(of index: Int, in raw: [UInt8]) -> SourcePosition {
        var line = 1, lineStart = 0
        for i in 0..<index where raw[i] == 0x0A { line += 1; lineStart = i + 1 }
        return SourcePosition(line: line, column: index - lineStart + 1, offset: index)
    }

    /// `utf8` with each C1 control (U+0080–U+009F) replaced by the character Windows-1252 gives
    /// its byte (`windows1252High`: U+0093 → “, U+0092 → ’, U+0096 → –; the five bytes
    /// Windows-1252 leaves unassigned stay). HTML maps the numeric character references
    /// `&#128;`–`&#159;` so (HTML Living Standard §13.2.5.80, the table of the numeric character
    /// reference end state, which is this index), but libxml2's HTML parser gives the C1 control
    /// itself; a raw C1 control in a page is a parse error that old pages make for the same
    /// reason. Returns nil when `utf8` holds none (nothing to copy).
    /// - Complexity: O(n) in the bytes.
    static func replacingC1Controls(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var i = 0
        let n = utf8.count
        // A C1 control is 0xC2 then 0x80–0x9F in UTF-8.
        while i + 1 < n, !(utf8[i] == 0xC2 && utf8[i + 1] >= 0x80 && utf8[i + 1] <= 0x9F) { i += 1 }
        guard i + 1 < n else { return nil }
        var out = Array(utf8[..<i])
        out.reserveCapacity(n + 8)
        while i < n {
            if i + 1 < n, utf8[i] == 0xC2, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F {
                out.append(contentsOf: String(Unicode.Scalar(windows1252High[Int(utf8[i + 1] - 0x80)])!).utf8)
                i += 2
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    /// Windows-1252's 0x80–0x9F (the WHATWG index; the five unassigned bytes map to the C1
    /// control of the same value, as the standard's decoder does).
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// A file's first byte that is not UTF-8: its line and column (1-based, in the characters of the
/// decoding used; see `SourcePosition`), 0-based byte offset in the file, the byte, and how many
/// bad sequences the file holds.
public struct TextEncodingProblem: Hashable, Sendable {
    var position: SourcePosition
    public var byte: UInt8
    public var count: Int
    /// 1-based line and column, 0-based byte offset (`SourcePosition`'s units).
    public var line: Int { position.line }
    public var column: Int { position.column }
    public var offset: Int { position.offset }

    /// One line saying what was read and why, for a text page (an HTML page's says how to
    /// declare its charset: `RenderedHTML.EncodingProblem.message`).
    public func message(encoding: String) -> String {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        let more = count == 1 ? "" : " (\(count) bad sequences in the file)"
        if encoding == "windows-1252" {
            return "not UTF-8: byte \(hex) at byte offset \(offset) is not UTF-8\(more); read as Windows-1252 (save the page as UTF-8 if it is in another encoding)"
        }
        let each = count == 1 ? "it became U+FFFD" : "each became U+FFFD"
        return "not valid UTF-8: byte \(hex) at byte offset \(offset)\(more); the rest of the file is UTF-8, so it was read as UTF-8 and \(each)"
    }
}

/// One pass over bytes as UTF-8: the first bad sequence, the count of bad sequences (each
/// maximal bad subpart once, as a decoder replaces them) and of well-formed multi-byte sequences,
/// and an incomplete character at the very end (a cut capture, not a bad byte).
struct UTF8Scan {
    private let bytes: [UInt8]
    var firstInvalid: Int?
    var invalidSequences = 0
    var wellFormedSequences = 0
    var droppedTail = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard let lead = UTF8Lead(b) else { fail(i); i += 1; continue }
            var k = 1
            while k <= lead.continuationCount, i + k < n, (k == 1 ? lead.secondByte : 0x80...0xBF).contains(bytes[i + k]) { k += 1 }
            if k > lead.continuationCount {
                wellFormedSequences += 1
            } else if i + k == n {
                droppedTail = k   // well formed up to the end of the file: a character cut there
            } else {
                fail(i)
            }
            i += k
        }
        if firstInvalid != nil { droppedTail = 0 }
    }

    private mutating func fail(_ i: Int) {
        if firstInvalid == nil { firstInvalid = i }
        invalidSequences += 1
    }

    /// The position of byte `index`: line (LF ends a line) and column in Unicode scalars of the
    /// UTF-8 before it (valid up to `firstInvalid`).
    func position(of index: Int) -> SourcePosition {
        var line = 1, column = 1
        for i in 0..<index {
            let b = bytes[i]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourcePosition(line: line, column: column, offset: index)
    }
}
