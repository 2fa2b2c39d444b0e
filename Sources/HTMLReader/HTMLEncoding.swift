internal import RDF

/// How an HTML file's bytes become characters, decided before libxml2 sees them.
///
/// libxml2 2.9 left to itself reads a file with no byte-order mark and no `<meta charset>` as
/// ISO-8859-1 as soon as one byte is not UTF-8, so every UTF-8 character of the page becomes
/// mojibake (`cafÃ©`), silently. The decision here, in the order of the HTML standard's encoding
/// sniffing:
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
/// 2. else a declared charset: `<meta charset>` or `<meta http-equiv="Content-Type" content="…;
///    charset=…">` found by the standard's prescan of the first 1,024 bytes (a UTF-16 label there
///    means UTF-8, as the standard says; a label this reader does not know is no declaration);
/// 3. else bytes that are valid UTF-8 are UTF-8;
/// 4. else the file is not UTF-8 and says nothing: Windows-1252 (the standard's fallback for
///    undeclared pages, a superset of ISO-8859-1's printable characters), with a warning naming
///    the first byte that is not UTF-8. A file whose non-ASCII bytes are mostly well-formed UTF-8
///    sequences (more of them than bad bytes) is UTF-8 with a few damaged bytes, not Windows-1252
///    text: it is read as UTF-8, each bad sequence a U+FFFD, with the same warning.
///
/// UTF-8, UTF-16 and Windows-1252 (with its labels `iso-8859-1`, `latin1`, `us-ascii`, …) are
/// decoded here, to UTF-8, and libxml2 is told UTF-8 and to ignore `<meta>`; other declared
/// charsets (`windows-1251`, `koi8-r`, `iso-8859-2`, …) are handed to libxml2 by name (it decodes
/// them through iconv). A declared UTF-8 that is not valid UTF-8 is read as UTF-8 with U+FFFD for
/// each bad sequence, with a warning.
///
/// Source: HTML Living Standard §13.2.3.2 (determining the character encoding, the prescan),
/// §2.6.3 ("extracting a character encoding from a meta element"); WHATWG Encoding Standard §4.2
/// (labels), §9.1 (UTF-8 decoder: one U+FFFD per maximal bad subpart), index-windows-1252.
struct HTMLEncoding {
    /// Where the decision came from.
    enum Basis: Hashable {
        case byteOrderMark
        case declared
        case validUTF8
        case undeclaredFallback
    }

    /// The canonical name of the encoding (`UTF-8`, `windows-1252`, or a declared label).
    var name: String
    var basis: Basis
    /// The bytes libxml2 parses: UTF-8 when `decodedHere`, else the file's bytes as they are.
    var bytes: [UInt8]
    /// Whether the bytes were decoded here (to UTF-8); false when libxml2 decodes `name`.
    var decodedHere: Bool
    /// The first byte that was not UTF-8 (in a file read as UTF-8 or as the fallback), with the
    /// number of bad sequences; nil when there was none.
    var invalid: HTMLEncodingProblem?
    /// Bytes of an incomplete UTF-8 character at the very end, dropped (a capture cut there).
    var droppedTail = 0

    /// Decides and decodes (see the type).
    /// - Parameter supports: whether libxml2 can decode an encoding of this name.
    /// - Complexity: O(n) in the bytes.
    init(_ raw: [UInt8], supports: (String) -> Bool) {
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.init(utf8: Array(raw.dropFirst(3)), basis: .byteOrderMark, skipped: 3)
            return
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) {
            let little = raw[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(raw.count / 2)
            var i = 2
            while i + 1 < raw.count {
                units.append(little ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
                i += 2
            }
            self.init(name: little ? "UTF-16LE" : "UTF-16BE", basis: .byteOrderMark,
                      bytes: Array(String(decoding: units, as: UTF16.self).utf8), decodedHere: true)
            return
        }
        if let label = Self.prescan(raw), let declared = Self.encoding(label: label) {
            switch declared {
            case "UTF-8":
                self.init(utf8: raw, basis: .declared, skipped: 0)
                return
            case "windows-1252":
                self.init(windows1252: raw, basis: .declared, invalid: nil)
                return
            default:
                if supports(declared) {
                    self.init(name: declared, basis: .declared, bytes: raw, decodedHere: false)
                    return
                }
            }
        }
        let scan = UTF8Scan(raw)
        guard let bad = scan.firstInvalid else {
            self.init(utf8: raw, basis: .validUTF8, skipped: 0)
            return
        }
        if scan.wellFormedSequences > scan.invalidSequences {
            self.init(utf8: raw, basis: .undeclaredFallback, skipped: 0)
            return
        }
        self.init(windows1252: raw, basis: .undeclaredFallback,
                  invalid: HTMLEncodingProblem(position: Self.windows1252Position(of: bad, in: raw), byte: raw[bad],
                                               count: scan.invalidSequences))
    }

    private init(name: String, basis: Basis, bytes: [UInt8], decodedHere: Bool) {
        self.name = name
        self.basis = basis
        self.bytes = bytes
        self.decodedHere = decodedHere
    }

    /// UTF-8 bytes (a byte-order mark already dropped: `skipped` bytes), each bad sequence a U+FFFD.
    private init(utf8 raw: [UInt8], basis: Basis, skipped: Int) {
        name = "UTF-8"
        self.basis = basis
        decodedHere = true
        let scan = UTF8Scan(raw)
        if let bad = scan.firstInvalid {
            bytes = Array(String(decoding: raw, as: UTF8.self).utf8)
            var at = scan.position(of: bad)
            at.offset += skipped
            invalid = HTMLEncodingProblem(position: at, byte: raw[bad], count: scan.invalidSequences)
        } else {
            bytes = scan.droppedTail > 0 ? Array(raw.dropLast(scan.droppedTail)) : raw
            droppedTail = scan.droppedTail
        }
    }

    private init(windows1252 raw: [UInt8], basis: Basis, invalid: HTMLEncodingProblem?) {
        name = "windows-1252"
        self.basis = basis
        decodedHere = true
        self.invalid = invalid
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
        bytes = out
    }

    /// The position of byte `index` of a file read as Windows-1252 (one character a byte).
    private static func windows1252Position(of index: Int, in raw: [UInt8]) -> SourcePosition {
        var line = 1, lineStart = 0
        for i in 0..<index where raw[i] == 0x0A { line += 1; lineStart = i + 1 }
        return SourcePosition(line: line, column: index - lineStart + 1, offset: index)
    }

    /// Windows-1252's 0x80–0x9F (the WHATWG index; the five unassigned bytes map to the C1
    /// control of the same value, as the standard's decoder does).
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The encoding a label names (WHATWG Encoding §4.2, ASCII white space trimmed, case
    /// ignored): `UTF-8` (UTF-16 labels too: a `<meta>` cannot declare UTF-16, the standard reads
    /// them as UTF-8), `windows-1252` (its labels and `x-user-defined`), or for any other label
    /// that names an encoding, the label itself for libxml2; nil for an empty label.
    static func encoding(label raw: String) -> String? {
        let label = HTMLWhiteSpace.collapse(raw).lowercased()
        guard !label.isEmpty, !label.contains(" ") else { return nil }
        if utf8Labels.contains(label) || utf16Labels.contains(label) { return "UTF-8" }
        if windows1252Labels.contains(label) || label == "x-user-defined" { return "windows-1252" }
        return label
    }

    static let utf8Labels: Set<String> = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]
    static let utf16Labels: Set<String> = ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le",
                                           "unicodefffe", "utf-16be"]
    static let windows1252Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    ]
}

/// A file's first byte that is not UTF-8: its position (1-based line and column in the
/// characters of the decoding used, 0-based byte offset in the file), the byte, and how many bad
/// sequences the file holds.
struct HTMLEncodingProblem: Hashable, Sendable {
    var position: SourcePosition
    var byte: UInt8
    var count: Int
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

extension HTMLEncoding {
    /// The label a page declares in its first 1,024 bytes: the HTML standard's prescan for
    /// `<meta charset=…>` and `<meta http-equiv="content-type" content="…charset=…">`, skipping
    /// comments, other tags and their attributes; nil when there is none.
    static func prescan(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, 1024)
        var p = 0
        func at(_ i: Int, _ text: String) -> Bool {
            var j = i
            for c in text.utf8 {
                guard j < end else { return false }
                let b = bytes[j]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != c { return false }
                j += 1
            }
            return true
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D || b == 0x20 }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        /// "Get an attribute" (§13.2.3.2): name and value, lower-cased; nil at `>` or the end.
        func attribute() -> (name: String, value: String)? {
            while p < end, isSpace(bytes[p]) || bytes[p] == 0x2F { p += 1 }
            guard p < end, bytes[p] != 0x3E else { return nil }
            var name: [UInt8] = [], value: [UInt8] = []
            func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            while p < end {
                let b = bytes[p]
                if b == 0x3D, !name.isEmpty { break }
                if isSpace(b) { while p < end, isSpace(bytes[p]) { p += 1 }; break }
                if b == 0x2F || b == 0x3E { return (String(decoding: name, as: UTF8.self), "") }
                name.append(lower(b))
                p += 1
            }
            guard p < end, bytes[p] == 0x3D else { return (String(decoding: name, as: UTF8.self), "") }
            p += 1
            while p < end, isSpace(bytes[p]) { p += 1 }
            guard p < end else { return nil }
            if bytes[p] == 0x22 || bytes[p] == 0x27 {
                let quote = bytes[p]
                p += 1
                while p < end, bytes[p] != quote { value.append(lower(bytes[p])); p += 1 }
                guard p < end else { return nil }
                p += 1
            } else {
                while p < end, !isSpace(bytes[p]), bytes[p] != 0x3E { value.append(lower(bytes[p])); p += 1 }
            }
            return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
        }
        while p < end {
            if at(p, "<!--") {
                p += 2
                while p < end, !(bytes[p] == 0x3E && bytes[p - 1] == 0x2D && bytes[p - 2] == 0x2D) { p += 1 }
            } else if at(p, "<meta"), p + 5 < end, isSpace(bytes[p + 5]) || bytes[p + 5] == 0x2F {
                p += 6
                var seen = Set<String>()
                var gotPragma = false
                var needPragma: Bool?
                var charset: String?
                while let (name, value) = attribute() {
                    guard seen.insert(name).inserted else { continue }
                    switch name {
                    case "http-equiv":
                        if value == "content-type" { gotPragma = true }
                    case "content":
                        if charset == nil, let found = charsetInContent(value) { charset = found; needPragma = true }
                    case "charset":
                        charset = value
                        needPragma = false
                    default:
                        break
                    }
                }
                if let needPragma, let charset, !needPragma || gotPragma, encoding(label: charset) != nil { return charset }
            } else if (at(p, "<") && p + 1 < end && isLetter(bytes[p + 1])) || (at(p, "</") && p + 2 < end && isLetter(bytes[p + 2])) {
                while p < end, !isSpace(bytes[p]), bytes[p] != 0x3E { p += 1 }
                while attribute() != nil {}
            } else if at(p, "<!") || at(p, "</") || at(p, "<?") {
                while p < end, bytes[p] != 0x3E { p += 1 }
            }
            p += 1
        }
        return nil
    }

    /// "Extracting a character encoding from a meta element" (HTML §2.6.3): the value after
    /// `charset` and `=` in a `content` attribute (lower-cased already), quoted or up to white
    /// space or `;`; nil when there is none or its quote is not closed.
    static func charsetInContent(_ content: String) -> String? {
        let s = Array(content.utf8)
        var i = 0
        while true {
            guard let found = (i..<max(i, s.count - 6)).first(where: { s[$0..<($0 + 7)].elementsEqual("charset".utf8) }) else { return nil }
            var j = found + 7
            while j < s.count, HTMLWhiteSpace.contains(Unicode.Scalar(s[j])) { j += 1 }
            guard j < s.count, s[j] == UInt8(ascii: "=") else { i = j; continue }
            j += 1
            while j < s.count, HTMLWhiteSpace.contains(Unicode.Scalar(s[j])) { j += 1 }
            guard j < s.count else { return nil }
            if s[j] == 0x22 || s[j] == 0x27 {
                let quote = s[j]
                guard let close = s[(j + 1)...].firstIndex(of: quote) else { return nil }
                return String(decoding: s[(j + 1)..<close], as: UTF8.self)
            }
            var k = j
            while k < s.count, !HTMLWhiteSpace.contains(Unicode.Scalar(s[k])), s[k] != UInt8(ascii: ";") { k += 1 }
            return k > j ? String(decoding: s[j..<k], as: UTF8.self) : nil
        }
    }
}
