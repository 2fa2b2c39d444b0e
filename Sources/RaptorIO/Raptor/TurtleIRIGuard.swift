import RDF

/// Keeps absolute IRIs of Turtle and TriG documents as written.
///
/// Raptor 2.0.15 builds every IRIREF with `raptor_new_uri_relative_to_base`,
/// which runs RFC 3986 §5.2 resolution on absolute references too and so
/// removes their `.` and `..` path segments (`<http://a/./b/../c>` became
/// `<http://a/c>`). RDF compares IRIs as strings, so a query for the IRI as
/// written found nothing (W3C i18n/normalization-2). Raptor has no option
/// or URI hook for this, so the guard works on the text before Raptor: in an
/// IRIREF with a scheme (an absolute IRI), each `.` of a dot segment is
/// written as the escape `\u0001`, which Raptor decodes into a byte that no
/// IRI can hold and does not treat as a dot; `StatementCollector` turns that
/// byte back into `.`. Relative references are left to Raptor, whose
/// resolution removes dot segments as RFC 3986 §5.2 requires; so is the IRI
/// of a `@base`/`BASE` directive, which is only used to resolve against.
/// An IRIREF that itself holds `\u0001` (or `\U00000001`) is refused: it
/// could not be told apart, and a control character is no IRI character.
///
/// A small Turtle lexer finds the IRIREFs: it follows comments, the four
/// string forms with their escapes, and `<…>`, across chunk boundaries. An
/// IRIREF cut by the end of a chunk is held back and written with the next.
/// Lines are never added or removed, so Raptor's line numbers (it reports
/// no columns for Turtle) stay those of the input.
///
/// Language tags. Raptor accepts a tag without BCP 47's shape (`"x"@en-`), which no writer can
/// write back; the lexer checks each tag after a string (`Literal.isValidLanguageTag`) and
/// refuses a bad one at its line and column (Raptor's statement positions for Turtle are the line
/// its lexer had reached, often the next one).
///
/// - Complexity: O(n) time; memory O(chunk + longest IRIREF).
struct TurtleIRIGuard {
    private enum State {
        case between, iri, comment
        /// `count` quote bytes seen between terms (1 or 2): a string starts.
        case opening(quote: UInt8, count: Int)
        case string(quote: UInt8, long: Bool)
    }
    private var state = State.between
    /// After a backslash (the next byte is escaped: in a string, or a prefixed name's `\.`).
    private var escaped = false
    /// Closing quotes seen in a row inside a long string.
    private var quotes = 0
    /// The IRIREF being read (without `<`), held until its `>`.
    private var iri: [UInt8] = []
    /// The current and the last word between terms (for `@base` and `BASE`), lowercased.
    private var word: [UInt8] = []
    private var lastWord: [UInt8] = []
    /// The marker Raptor decodes to 0x01.
    static let marker = Array("\\u0001".utf8)

    struct Problem: Error {
        var message: String
        var position: SourcePosition? = nil
    }

    /// Where the chunk being rewritten starts: 1-based line, scalars before it on that line, byte offset.
    private var start = (line: 1, column: 0, offset: 0)
    /// Whether the byte before the chunk was a CR (a following LF ends no new line).
    private var startAfterCR = false
    /// Right after a string's closing quote (where a language tag may start).
    private var afterString = false
    /// The language tag being read (after its `@`), the index of the `@` in the current chunk, and
    /// the `@`'s position when it was in an earlier chunk.
    private var tag: [UInt8]?
    private var tagAt = 0
    private var tagPosition: SourcePosition?

    /// The bytes to hand to Raptor for `bytes` (an IRIREF still open at the
    /// end is held back unless `isEnd`).
    mutating func rewrite(_ bytes: UnsafeRawBufferPointer, isEnd: Bool) throws(Problem) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for (i, b) in bytes.enumerated() {
            switch state {
            case .iri:
                if b == UInt8(ascii: ">") {
                    try closeIRI(into: &out)
                    out.append(b)
                    state = .between
                } else {
                    iri.append(b)
                }
                continue
            case .comment:
                out.append(b)
                if b == 0x0A || b == 0x0D { state = .between }
                continue
            case .opening(let q, let count):
                if b == q {
                    out.append(b)
                    if count == 1 { state = .opening(quote: q, count: 2) } else { state = .string(quote: q, long: true); quotes = 0 }
                    continue
                }
                if count == 1 {
                    state = .string(quote: q, long: false)
                    // b is the string's first byte: handled below.
                } else {
                    state = .between // the empty string "" or ''
                    afterString = true
                }
            default:
                break
            }
            switch state {
            case .string(let quote, let long):
                out.append(b)
                if escaped { escaped = false; quotes = 0; continue }
                if b == 0x5C { escaped = true; quotes = 0; continue }
                if b == quote {
                    if !long { state = .between; afterString = true; continue }
                    quotes += 1
                    if quotes == 3 { state = .between; quotes = 0; afterString = true }
                } else {
                    quotes = 0
                    if !long && (b == 0x0A || b == 0x0D) { state = .between }
                }
            case .between:
                if tag != nil || afterString, try languageTag(b, at: i, in: bytes, into: &out) { continue }
                between(b, into: &out)
            default:
                break
            }
        }
        if tag != nil {
            if isEnd { try finishTag(in: bytes) } else if tagPosition == nil { tagPosition = position(at: tagAt, in: bytes) }
        }
        start = Self.advance(start, afterCR: &startAfterCR, over: UnsafeRawBufferPointer(rebasing: bytes[...]))
        tagAt = 0
        if isEnd, case .iri = state {
            out.append(UInt8(ascii: "<"))
            out += iri
            iri.removeAll()
            state = .between
        }
        return out
    }

    /// Reads a language tag after a string: returns true when `b` (at index `i` of the chunk) was
    /// its `@` or one of its bytes (written to `out`).
    /// - Throws: `Problem` at the `@` when the tag just ended is not `Literal.isValidLanguageTag`.
    private mutating func languageTag(_ b: UInt8, at i: Int, in bytes: UnsafeRawBufferPointer, into out: inout [UInt8]) throws(Problem) -> Bool {
        if tag != nil {
            let isTagByte = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
            if isTagByte {
                tag!.append(b)
                out.append(b)
                return true
            }
            try finishTag(in: bytes)
            return false
        }
        afterString = false
        guard b == UInt8(ascii: "@") else { return false }
        tag = []
        tagAt = i
        tagPosition = nil
        out.append(b)
        return true
    }

    /// Checks the language tag just read, and forgets it.
    private mutating func finishTag(in bytes: UnsafeRawBufferPointer) throws(Problem) {
        guard let text = tag.map({ String(decoding: $0, as: UTF8.self) }) else { return }
        tag = nil
        if !Literal.isValidLanguageTag(text) {
            throw Problem(message: Literal.languageTagProblem(text), position: tagPosition ?? position(at: tagAt, in: bytes))
        }
    }

    /// The position of byte `index` of the chunk `bytes` (its line and column counted from `start`).
    private func position(at index: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
        var afterCR = startAfterCR
        let p = Self.advance(start, afterCR: &afterCR, over: UnsafeRawBufferPointer(rebasing: bytes[..<index]))
        return SourcePosition(line: p.line, column: p.column + 1, offset: p.offset)
    }

    /// `from` moved past `bytes`: LF, CR and CR LF each end a line; the column counts scalars.
    private static func advance(_ from: (line: Int, column: Int, offset: Int), afterCR: inout Bool,
                                over bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int, offset: Int) {
        var (line, column) = (from.line, from.column)
        for b in bytes {
            if b == 0x0A {
                if !afterCR { line += 1 }
                column = 0
                afterCR = false
            } else if b == 0x0D {
                line += 1
                column = 0
                afterCR = true
            } else {
                if b & 0xC0 != 0x80 { column += 1 }
                afterCR = false
            }
        }
        return (line, column, from.offset + bytes.count)
    }

    /// Handles byte `b` between terms.
    private mutating func between(_ b: UInt8, into out: inout [UInt8]) {
        if escaped {
            escaped = false
            out.append(b)
            return
        }
        switch b {
        case UInt8(ascii: "<"):
            if !word.isEmpty { lastWord = word; word.removeAll() }
            state = .iri
            iri.removeAll(keepingCapacity: true)
        case UInt8(ascii: "#"):
            word.removeAll()
            lastWord.removeAll()
            state = .comment
            out.append(b)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            word.removeAll()
            lastWord.removeAll()
            state = .opening(quote: b, count: 1)
            out.append(b)
        case 0x5C:
            escaped = true
            word.removeAll()
            lastWord.removeAll()
            out.append(b)
        case 0x20, 0x09, 0x0A, 0x0D:
            if !word.isEmpty { lastWord = word; word.removeAll() }
            out.append(b)
        default:
            if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "@") {
                if word != [0xFF] { word.append(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0)) }
            } else {
                // A token that is no directive keyword.
                word = [0xFF]
            }
            lastWord.removeAll()
            out.append(b)
        }
    }

    /// Writes the IRIREF just closed (`<` + content; the caller adds `>`).
    private mutating func closeIRI(into out: inout [UInt8]) throws(Problem) {
        defer {
            iri.removeAll(keepingCapacity: true)
            lastWord.removeAll()
        }
        out.append(UInt8(ascii: "<"))
        if TurtleIRIGuard.holdsMarker(iri) {
            throw Problem(message: "the IRI <\(String(decoding: iri, as: UTF8.self))> holds the escape of U+0001, a control character no IRI can hold")
        }
        let isBase = lastWord == Array("@base".utf8) || lastWord == Array("base".utf8)
        guard !isBase, TurtleIRIGuard.hasScheme(iri), let segments = TurtleIRIGuard.dotSegmentDots(iri) else {
            out += iri
            return
        }
        var k = 0
        for (i, b) in iri.enumerated() {
            if k < segments.count && segments[k] == i {
                out += TurtleIRIGuard.marker
                k += 1
            } else {
                out.append(b)
            }
        }
    }

    /// Whether the raw IRIREF content holds `\u0001` or `\U00000001`.
    static func holdsMarker(_ iri: [UInt8]) -> Bool {
        guard iri.contains(0x5C) || iri.contains(0x01) else { return false }
        if iri.contains(0x01) { return true }
        let text = String(decoding: iri, as: UTF8.self).lowercased()
        return text.contains("\\u0001") || text.contains("\\u00000001")
    }

    /// Whether the reference starts with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`, RFC 3986 §3.1).
    static func hasScheme(_ iri: [UInt8]) -> Bool {
        guard let first = iri.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A else { return false }
        for b in iri.dropFirst() {
            if b == UInt8(ascii: ":") { return true }
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            let digit = b >= 0x30 && b <= 0x39
            if !(letter || digit || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) { return false }
        }
        return false
    }

    /// The indexes of the `.` bytes of the path's `.` and `..` segments, or
    /// `nil` when the path has none (RFC 3986 §3.3; the path ends at `?` or `#`).
    static func dotSegmentDots(_ iri: [UInt8]) -> [Int]? {
        let n = iri.count
        var i = 0
        while i < n && iri[i] != UInt8(ascii: ":") { i += 1 }
        i += 1
        if i + 1 < n && iri[i] == UInt8(ascii: "/") && iri[i + 1] == UInt8(ascii: "/") {
            i += 2
            while i < n && iri[i] != UInt8(ascii: "/") && iri[i] != UInt8(ascii: "?") && iri[i] != UInt8(ascii: "#") { i += 1 }
        }
        var dots: [Int] = []
        var segmentStart = i
        while i <= n {
            let end = i == n || iri[i] == UInt8(ascii: "/") || iri[i] == UInt8(ascii: "?") || iri[i] == UInt8(ascii: "#")
            if end {
                let length = i - segmentStart
                if (length == 1 || length == 2) && iri[segmentStart..<i].allSatisfy({ $0 == UInt8(ascii: ".") }) {
                    dots += segmentStart..<i
                }
                if i == n || iri[i] != UInt8(ascii: "/") { break }
                segmentStart = i + 1
            }
            i += 1
        }
        return dots.isEmpty ? nil : dots
    }
}
