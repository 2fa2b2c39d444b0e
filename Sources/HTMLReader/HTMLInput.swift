internal import RDF

/// Checks on an HTML file's bytes before parsing: empty, too large, binary, its encoding, and how
/// it ends. Decoding itself is libxml2's.
struct HTMLInput {
    /// The bytes to parse (an incomplete UTF-8 character at the very end removed).
    var bytes: [UInt8]
    /// `UTF-8` when the bytes are valid UTF-8; nil to let libxml2 decide (byte-order mark,
    /// `<meta charset>`, else ISO-8859-1).
    var encoding: String?
    var ending: RenderedHTML.Ending
    /// The noncharacters replaced in `bytes` (UTF-8 input only).
    var noncharacters: RenderedHTML.NoncharacterReplacement?

    /// Bytes at the start of a file where a control byte means a binary file signature
    /// (PNG, GIF, ZIP, gzip, PDF streams, …) rather than a stray character in text.
    static let signatureWindow = 1024

    init(_ raw: [UInt8], file: String, maximumBytes: Int) throws(HTMLReadError) {
        if raw.isEmpty {
            throw HTMLReadError(.empty, file: file, message: "empty file (0 bytes)")
        }
        // libxml2 takes the length as a C int.
        let limit = min(maximumBytes, Int(Int32.max))
        if raw.count > limit {
            throw HTMLReadError(.tooLarge, file: file,
                                message: "file too large for the HTML reader: \(raw.count) bytes, the limit is \(limit) bytes")
        }
        if raw.allSatisfy({ HTMLWhiteSpace.contains(Unicode.Scalar($0)) }) {
            throw HTMLReadError(.empty, file: file, message: "empty page: the file holds only white space")
        }
        let utf16 = raw.count >= 2 && ((raw[0] == 0xFE && raw[1] == 0xFF) || (raw[0] == 0xFF && raw[1] == 0xFE))
        if !utf16 {
            var line = 1
            for (offset, byte) in raw.enumerated() {
                if byte == 0x0A { line += 1; continue }
                // White space (tab, LF, vertical tab, form feed, CR, as in text pages) and ESC are no signature.
                let control = byte < 0x20 && (byte < 0x09 || byte > 0x0D) && byte != 0x1B
                if byte == 0 || (control && offset < Self.signatureWindow) {
                    let what = byte == 0 ? "NUL byte" : "control byte 0x\(String(byte, radix: 16, uppercase: true))"
                    throw HTMLReadError(.binary, file: file, line: line,
                                        message: "binary data, not HTML: \(what) at byte offset \(offset)")
                }
            }
        }
        bytes = raw
        encoding = nil
        ending = Self.ending(of: raw)
        guard !utf16 else { return }
        // A vertical tab is white space in a text page; HTML's parser would drop it, gluing two
        // words: it becomes a space (the same byte length, so lines and offsets do not move).
        if bytes.contains(0x0B) {
            for i in bytes.indices where bytes[i] == 0x0B { bytes[i] = 0x20 }
        }
        if String(validating: raw, as: UTF8.self) != nil {
            encoding = "UTF-8"
        } else if let dropped = Self.incompleteTail(raw) {
            bytes = Array(raw.dropLast(dropped))
            encoding = "UTF-8"
            ending = .insideCharacter(droppedBytes: dropped)
        }
        // One rule for noncharacters in text and HTML pages: U+FFFD, named in a warning.
        if encoding == "UTF-8" {
            let (first, value, count) = Noncharacters.replace(in: &bytes)
            if let first {
                noncharacters = RenderedHTML.NoncharacterReplacement(line: first.line, column: first.column, offset: first.offset,
                                                                     value: value, count: count)
            }
        }
    }

    /// The length of an incomplete UTF-8 character ending otherwise valid UTF-8; nil when there is none.
    static func incompleteTail(_ bytes: [UInt8]) -> Int? {
        for k in 1...3 where bytes.count > k {
            let lead = bytes[bytes.count - k]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > k {
                return String(validating: bytes.dropLast(k), as: UTF8.self) != nil ? k : nil
            }
            if lead < 0x80 || lead >= 0xC0 { return nil }
        }
        return nil
    }

    /// How the bytes end: after `>`, inside `<…` with no `>`, or in text.
    static func ending(of bytes: [UInt8]) -> RenderedHTML.Ending {
        var i = bytes.count - 1
        while i >= 0, HTMLWhiteSpace.contains(Unicode.Scalar(bytes[i])) { i -= 1 }
        guard i >= 0 else { return .afterMarkup }
        if bytes[i] == UInt8(ascii: ">") { return .afterMarkup }
        while i >= 0, bytes[i] != UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: "<") { return .insideMarkup }
            i -= 1
        }
        return .inText
    }
}
