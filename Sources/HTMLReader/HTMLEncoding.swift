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
    var invalid: TextEncodingProblem?
    /// Bytes of an incomplete UTF-8 character at the very end, dropped (a capture cut there).
    var droppedTail = 0

    /// Decides and decodes (see the type): steps 1, 3 and 4 are `TextDecoding`'s, the one home
    /// of that decision for text and HTML pages; step 2 is the `<meta>` prescan.
    /// - Parameter supports: whether libxml2 can decode an encoding of this name.
    /// - Complexity: O(n) in the bytes.
    init(_ raw: [UInt8], supports: (String) -> Bool) {
        if let marked = TextDecoding(byteOrderMarkOf: raw) {
            self.init(marked, basis: .byteOrderMark)
            return
        }
        if let label = Self.prescan(raw), let declared = Self.encoding(label: label) {
            switch declared {
            case "UTF-8":
                self.init(TextDecoding(utf8: raw, skipped: 0), basis: .declared)
                return
            case "windows-1252":
                self.init(TextDecoding(windows1252: raw, problem: nil), basis: .declared)
                return
            default:
                if supports(declared) {
                    self.init(name: declared, basis: .declared, bytes: raw, decodedHere: false)
                    return
                }
            }
        }
        let undeclared = TextDecoding(undeclared: raw)
        self.init(undeclared, basis: undeclared.problem == nil ? .validUTF8 : .undeclaredFallback)
    }

    private init(name: String, basis: Basis, bytes: [UInt8], decodedHere: Bool) {
        self.name = name
        self.basis = basis
        self.bytes = bytes
        self.decodedHere = decodedHere
    }

    private init(_ decoded: TextDecoding, basis: Basis) {
        name = decoded.encoding
        self.basis = basis
        bytes = decoded.utf8
        decodedHere = true
        invalid = decoded.problem
        droppedTail = decoded.droppedTail
    }

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
