internal import RDF

/// Checks on an HTML file's bytes before parsing: empty, too large, binary, its encoding (decided,
/// and for UTF-8, UTF-16 and Windows-1252 decoded, by `HTMLEncoding`), and how it ends.
struct HTMLInput {
    /// The bytes to parse: UTF-8 (an incomplete character at the very end removed), or the file's
    /// bytes in a declared legacy charset that libxml2 decodes.
    var bytes: [UInt8]
    /// The encoding libxml2 is told (`UTF-8` for bytes decoded here, else a declared charset it
    /// decodes itself): see `HTMLEncoding`.
    var encoding: String
    /// The first byte that was not UTF-8, when the file was read as UTF-8 with U+FFFD or as
    /// Windows-1252 for want of a declaration.
    var undecodable: RenderedHTML.EncodingProblem?
    var ending: RenderedHTML.Ending
    /// The noncharacters replaced in `bytes` (bytes decoded here only).
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
                    throw HTMLReadError(.binary, file: file, line: line,
                                        message: "binary data, not HTML: \(BinaryByte.name(byte)) at byte offset \(offset)")
                }
            }
        }
        // The encoding is decided here, not by libxml2 (see `HTMLEncoding`).
        let decided = HTMLEncoding(raw, supports: HTMLParserContext.supportsEncoding)
        bytes = decided.bytes
        encoding = decided.decodedHere ? "UTF-8" : decided.name
        ending = decided.droppedTail > 0 ? .insideCharacter(droppedBytes: decided.droppedTail)
            : Self.ending(of: decided.decodedHere ? decided.bytes : raw)
        undecodable = decided.invalid.map {
            RenderedHTML.EncodingProblem(encoding: decided.name, declared: decided.basis != .undeclaredFallback, $0)
        }
        guard decided.decodedHere else { return }
        // A vertical tab is white space in a text page; HTML's parser would drop it, gluing two
        // words: it becomes a space (the same byte length, so lines and offsets do not move).
        if bytes.contains(0x0B) {
            for i in bytes.indices where bytes[i] == 0x0B { bytes[i] = 0x20 }
        }
        // One rule for noncharacters in text and HTML pages: U+FFFD, named in a warning.
        let (first, value, count) = Noncharacters.replace(in: &bytes)
        if let first {
            noncharacters = RenderedHTML.NoncharacterReplacement(line: first.line, column: first.column, offset: first.offset,
                                                                 value: value, count: count)
        }
    }

    /// How the bytes end: after `>`, inside `<…` with no `>`, or in text. Text followed by a final
    /// line break ends the file as a complete text capture does (`…website</span>` left unclosed,
    /// which HTML allows): after markup, not cut.
    static func ending(of bytes: [UInt8]) -> RenderedHTML.Ending {
        var i = bytes.count - 1
        while i >= 0, HTMLWhiteSpace.contains(Unicode.Scalar(bytes[i])) { i -= 1 }
        guard i >= 0 else { return .afterMarkup }
        if bytes[i] == UInt8(ascii: ">") { return .afterMarkup }
        let finalLineBreak = bytes[i + 1 ..< bytes.count].contains { $0 == 0x0A || $0 == 0x0D }
        while i >= 0, bytes[i] != UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: "<") { return .insideMarkup }
            i -= 1
        }
        return finalLineBreak ? .afterMarkup : .inText
    }
}
