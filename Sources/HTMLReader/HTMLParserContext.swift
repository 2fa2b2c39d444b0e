internal import CLibXML2

/// The owner of one libxml2 HTML parser context (`htmlParserCtxtPtr`), freed in `deinit` (the only
/// call of `htmlFreeParserCtxt`). It parses one buffer and reports whether libxml2 stopped early.
///
/// Options: `HTML_PARSE_NONET` (no network access, ever), `HTML_PARSE_NOERROR` and
/// `HTML_PARSE_NOWARNING` (libxml2 prints nothing; malformed markup is normal on the web),
/// `HTML_PARSE_RECOVER` (keep what was parsed). `HTML_PARSE_NOBLANKS` is not used: it drops
/// white-space-only text between elements, which is the space between inline words
/// (`<b>a</b> <i>b</i>`). `HTML_PARSE_HUGE` is not used either: libxml2 keeps its depth limit
/// (`xmlParserMaxDepth`, 256 elements), and a deeper document is an error, not a deep stack.
final class HTMLParserContext {
    private let pointer: htmlParserCtxtPtr

    static let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)

    /// Whether libxml2 (with iconv) decodes the encoding called `name`. The handler it finds is
    /// closed at once (the only call of `xmlCharEncCloseFunc`).
    static func supportsEncoding(_ name: String) -> Bool {
        _ = initialiseLibrary
        guard let handler = name.withCString({ xmlFindCharEncodingHandler($0) }) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// libxml2 must be initialised once, before any thread parses (`xmlInitParser` is not
    /// thread-safe in 2.9); Swift runs this initialiser exactly once.
    private static let initialiseLibrary: Void = { xmlInitParser() }()

    init(file: String) throws(HTMLReadError) {
        _ = Self.initialiseLibrary
        guard let made = htmlNewParserCtxt() else {
            throw HTMLReadError(.library, file: file, message: "libxml2 could not create an HTML parser (out of memory)")
        }
        pointer = made
    }

    deinit { htmlFreeParserCtxt(pointer) }

    /// Parses `bytes` as HTML.
    /// - Parameter encoding: the encoding to read the bytes in (`UTF-8`, or a declared charset
    ///   that libxml2 decodes), as `HTMLEncoding` decided.
    /// - Throws: `HTMLReadError` `.parserStopped` when libxml2 halted before the end (the line and its
    ///   reason), `.library` when it built no document.
    func parse(_ bytes: [UInt8], file: String, encoding: String) throws(HTMLReadError) -> HTMLDocument {
        let made: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                encoding.withCString {
                    htmlCtxtReadMemory(pointer, chars.baseAddress, Int32(chars.count), nil, $0, Self.options)
                }
            }
        }
        guard let made else {
            throw HTMLReadError(.library, file: file, message: "libxml2 built no document from the HTML")
        }
        let document = HTMLDocument(adopting: made)
        // xmlHaltParser (depth limit, fatal errors) leaves the parser at end-of-input with SAX disabled.
        if pointer.pointee.instate == XML_PARSER_EOF, pointer.pointee.disableSAX != 0 {
            let error = pointer.pointee.lastError
            let line = error.line > 0 ? Int(error.line) : nil
            var reason = error.message.map {
                $0.withMemoryRebound(to: xmlChar.self, capacity: 1) { HTMLDocument.string($0) }
            } ?? ""
            reason = reason.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if reason.hasPrefix("Excessive depth") {
                reason = "markup nested deeper than libxml2 allows (256 elements without HTML_PARSE_HUGE)"
            }
            throw HTMLReadError(.parserStopped, file: file, line: line,
                                message: "the HTML parser stopped early: \(reason.isEmpty ? "libxml2 error \(error.code)" : reason)")
        }
        return document
    }
}
