#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// The native fast path for N-Triples and N-Quads: reads the lines it fully
/// understands straight into `RawStatements` (the bytes Raptor's statement
/// callback would have recorded), and hands everything from the first line
/// it does not accept on to Raptor, which stays the parser of record.
///
/// Accepted, per line (N-Triples 1.1 / N-Quads 1.1 grammar, a strict subset):
/// blank lines and comment lines; `subject predicate object [graph] .` with
/// optional spaces and tabs between terms and a trailing comment, where
/// - an IRI is `<…>` with a scheme (`ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") ":"`),
///   no escape, no byte ≤ 0x20, no 0x7F, none of `<>"{}|^`\``, and
///   well-formed UTF-8 (so `IRI.problem(in:)` never finds one invalid);
/// - a blank node is `_:` then `[A-Za-z0-9_]` then `[A-Za-z0-9_-]*`;
/// - a literal is `"…"` with the escapes `\t \b \n \r \f \" \' \\` and
///   `\uXXXX` / `\UXXXXXXXX` (neither U+0000 nor a surrogate, ≤ U+10FFFF),
///   no raw byte below 0x20 nor 0x7F, well-formed UTF-8, then an optional
///   `@tag` (`[a-zA-Z]+ ("-" [a-zA-Z0-9]+)*`, subtags of at most 8, lowercased as Raptor's
///   N-Triples reader does) or `^^<IRI>`;
/// - a graph (N-Quads only) is an IRI or a blank node.
///
/// Anything else (a relative IRI, an escaped IRI, a `.` or a non-ASCII
/// character in a blank-node label, a syntax error, …) stops the reader at
/// the start of that line: `read` returns the rest of the input, which goes
/// to Raptor, with `line` and `offset` giving where it starts, so Raptor's
/// messages and statement positions can be moved to the document's. The
/// statements are those Raptor reports for the same lines (checked by
/// `NativeNTriplesTests` against Raptor on the W3C suites and the bench
/// graphs), so results do not depend on which reader read a line.
///
/// - Complexity: O(n) in the input; memory O(longest line).
struct NTriplesReader {
    /// Whether a fourth term (the graph) is allowed (N-Quads).
    let allowsGraph: Bool
    /// The 1-based line, counted as Raptor counts (LF, CR, CR LF), of the next byte not yet consumed.
    private(set) var line = 1
    /// The byte offset in the input of the next byte not yet consumed.
    private(set) var offset = 0
    /// The unfinished last line of the previous chunk.
    private var pending: [UInt8] = []
    /// Whether the last line end consumed was a CR (a following LF then ends no new line).
    private var afterCR = false
    /// Scratch for a literal's text with its escapes decoded.
    private var text: [UInt8] = []

    init(allowsGraph: Bool) { self.allowsGraph = allowsGraph }

    /// Reads the whole lines of `bytes` (all of it when `isEnd`), appending
    /// their statements to `raw`; the bytes after the last line end wait
    /// for the next call. Returns nil when every line was accepted, or the
    /// input from the start of the first line not accepted to the end of
    /// `bytes` (the reader must not be called again then).
    mutating func read(_ bytes: UnsafeRawBufferPointer, isEnd: Bool, into raw: inout RawStatements) -> [UInt8]? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            if isEnd && !pending.isEmpty {
                let last = pending
                pending = []
                return read(block: last, isEnd: true, into: &raw)
            }
            return nil
        }
        let n = bytes.count
        var start = 0
        if afterCR && base[0] == 0x0A && pending.isEmpty {
            // The LF of a CR LF cut by the chunk boundary.
            afterCR = false
            start = 1
            offset += 1
        }
        // The end of the last line end in `bytes` (everything at the end of input).
        var cut = n
        if !isEnd {
            cut = start
            var k = n - 1
            while k >= start {
                if base[k] == 0x0A || base[k] == 0x0D { cut = k + 1; break }
                k -= 1
            }
        }
        if !pending.isEmpty {
            // Finish the pending line with the bytes up to its end.
            var end = start
            while end < cut && base[end] != 0x0A && base[end] != 0x0D { end += 1 }
            if end == cut && !isEnd {
                pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: n - start))
                return nil
            }
            var lineEnd = end
            if lineEnd < n { lineEnd += 1 }
            if lineEnd < n && base[lineEnd - 1] == 0x0D && base[lineEnd] == 0x0A { lineEnd += 1 }
            var first = pending
            pending = []
            first.append(contentsOf: UnsafeBufferPointer(start: base + start, count: lineEnd - start))
            if let rest = read(block: first, isEnd: isEnd && lineEnd == n, into: &raw) {
                var all = rest
                all.append(contentsOf: UnsafeBufferPointer(start: base + lineEnd, count: n - lineEnd))
                return all
            }
            start = lineEnd
            if start > cut { cut = start }
        }
        if let stop = readLines(base + start, cut - start, isEnd: isEnd, into: &raw) {
            return Array(UnsafeBufferPointer(start: base + start + stop, count: n - start - stop))
        }
        if cut < n { pending.append(contentsOf: UnsafeBufferPointer(start: base + cut, count: n - cut)) }
        return nil
    }

    private mutating func read(block: [UInt8], isEnd: Bool, into raw: inout RawStatements) -> [UInt8]? {
        block.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress else { return nil }
            if let stop = readLines(p, b.count, isEnd: isEnd, into: &raw) { return Array(b[stop...]) }
            return nil
        }
    }

    /// Reads the lines of `p[0..<n]`; returns nil when all were accepted,
    /// or the index of the first line's start that was not.
    private mutating func readLines(_ p: UnsafePointer<UInt8>, _ n: Int, isEnd: Bool, into raw: inout RawStatements) -> Int? {
        var i = 0
        while i < n {
            let end = NTriplesReader.lineEnd(p, i, n)
            let mark = raw.mark
            if !readLine(p, i, end, into: &raw) {
                raw.rollBack(to: mark)
                return i
            }
            // The line end: LF, CR, or CR LF (one line).
            var next = end
            if next < n {
                afterCR = p[next] == 0x0D
                next += 1
                if afterCR && next < n && p[next] == 0x0A {
                    next += 1
                    afterCR = false
                }
                line += 1
            }
            offset += next - i
            i = next
        }
        return nil
    }

    @inline(__always)
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// The index of the first LF or CR in `p[i..<n]`, or `n` (two `memchr`
    /// scans: CR is rare, and a line is scanned once more by the parse).
    @inline(__always)
    private static func lineEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        guard i < n else { return n }
        let base = UnsafeRawPointer(p)
        var end = n
        if let lf = memchr(p + i, 0x0A, n - i) { end = UnsafeRawPointer(lf) - base }
        if end > i, let cr = memchr(p + i, 0x0D, end - i) { end = UnsafeRawPointer(cr) - base }
        return end
    }

    /// Reads one line `p[start..<end]` (without its line end); false when not accepted.
    private mutating func readLine(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, into raw: inout RawStatements) -> Bool {
        var i = start
        while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        if i == end || p[i] == UInt8(ascii: "#") { return true }
        // subject
        if p[i] == UInt8(ascii: "<") {
            guard let next = iri(p, i, end, into: &raw) else { return false }
            i = next
        } else if p[i] == UInt8(ascii: "_") {
            guard let next = blank(p, i, end, into: &raw) else { return false }
            i = next
        } else {
            return false
        }
        while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        // predicate
        guard i < end, p[i] == UInt8(ascii: "<"), let afterPredicate = iri(p, i, end, into: &raw) else { return false }
        i = afterPredicate
        while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        // object
        guard i < end else { return false }
        switch p[i] {
        case UInt8(ascii: "<"):
            guard let next = iri(p, i, end, into: &raw) else { return false }
            i = next
        case UInt8(ascii: "_"):
            guard let next = blank(p, i, end, into: &raw) else { return false }
            i = next
        case UInt8(ascii: "\""):
            guard let next = literal(p, i, end, into: &raw) else { return false }
            i = next
        default:
            return false
        }
        while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        // graph
        guard i < end else { return false }
        if allowsGraph && p[i] == UInt8(ascii: "<") {
            guard let next = iri(p, i, end, into: &raw) else { return false }
            i = next
            while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        } else if allowsGraph && p[i] == UInt8(ascii: "_") {
            guard let next = blank(p, i, end, into: &raw) else { return false }
            i = next
            while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        } else {
            raw.appendNoTerm()
        }
        guard i < end, p[i] == UInt8(ascii: ".") else { return false }
        i += 1
        while i < end && NTriplesReader.isSpace(p[i]) { i += 1 }
        guard i == end || p[i] == UInt8(ascii: "#") else { return false }
        raw.endStatement(line: line)
        return true
    }

    /// The IRI at `p[i] == "<"`: appended as an IRI term; returns the index after `>`.
    @inline(__always)
    private func iri(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, into raw: inout RawStatements) -> Int? {
        guard let close = NTriplesReader.iriEnd(p, i, end) else { return nil }
        raw.appendTerm(.iri, p + i + 1, close - i - 1)
        return close + 1
    }

    /// The index of the `>` closing the IRI opened at `p[i]`, when the IRI
    /// is accepted (see the type's documentation).
    @inline(__always)
    private static func iriEnd(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        // scheme
        guard j < end, NTriplesReader.isAlpha(p[j]) else { return nil }
        j += 1
        while j < end, NTriplesReader.isSchemeCharacter(p[j]) { j += 1 }
        guard j < end, p[j] == UInt8(ascii: ":") else { return nil }
        j += 1
        var high: UInt8 = 0
        while j < end {
            let b = p[j]
            if b == UInt8(ascii: ">") {
                if high & 0x80 != 0 && !NTriplesReader.isValidUTF8(p + i + 1, j - i - 1) { return nil }
                return j
            }
            if NTriplesReader.isExcludedFromIRI(b) { return nil }
            high |= b
            j += 1
        }
        return nil
    }

    /// The blank node at `p[i] == "_"`: appended; returns the index after its label.
    private func blank(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, into raw: inout RawStatements) -> Int? {
        guard i + 2 < end, p[i + 1] == UInt8(ascii: ":"), NTriplesReader.isLabelStart(p[i + 2]) else { return nil }
        var j = i + 3
        while j < end && (NTriplesReader.isLabelStart(p[j]) || p[j] == UInt8(ascii: "-")) { j += 1 }
        if j < end {
            // The label must end here: before a space, the next term, or the final `.`
            // followed by the line's end (anything else might continue the label for Raptor).
            let b = p[j]
            if b == UInt8(ascii: ".") {
                guard j + 1 == end || NTriplesReader.isSpace(p[j + 1]) || p[j + 1] == UInt8(ascii: "#") else { return nil }
            } else if !(NTriplesReader.isSpace(b) || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"")) {
                return nil
            }
        }
        raw.appendTerm(.blank, p + i + 2, j - i - 2)
        return j
    }

    /// The literal at `p[i] == "\""`, with its language tag or datatype: appended; returns the index after it.
    private mutating func literal(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int, into raw: inout RawStatements) -> Int? {
        var j = i + 1
        var high: UInt8 = 0
        var escaped = false
        // Fast scan to the closing quote or the first backslash.
        while j < end {
            let b = p[j]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { break }
            if b < 0x20 || b == 0x7F { return nil }
            high |= b
            j += 1
        }
        guard j < end else { return nil }
        var valueStart = p + i + 1
        var valueCount = j - i - 1
        if p[j] == UInt8(ascii: "\\") {
            escaped = true
            text.removeAll(keepingCapacity: true)
            text.append(contentsOf: UnsafeBufferPointer(start: p + i + 1, count: j - i - 1))
            while j < end {
                let b = p[j]
                if b == UInt8(ascii: "\"") { break }
                if b == UInt8(ascii: "\\") {
                    guard j + 1 < end else { return nil }
                    let e = p[j + 1]
                    switch e {
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "b"): text.append(0x08)
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "r"): text.append(0x0D)
                    case UInt8(ascii: "f"): text.append(0x0C)
                    case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): text.append(e)
                    case UInt8(ascii: "u"), UInt8(ascii: "U"):
                        let digits = e == UInt8(ascii: "u") ? 4 : 8
                        guard j + 2 + digits <= end, let v = InputScanner.hex(p + j + 2, digits, limit: digits),
                              v != 0, v < 0xD800 || v > 0xDFFF, v <= 0x10FFFF else { return nil }
                        NTriplesReader.appendUTF8(v, to: &text)
                        j += 2 + digits
                        continue
                    default:
                        return nil
                    }
                    j += 2
                    continue
                }
                if b < 0x20 || b == 0x7F { return nil }
                high |= b
                text.append(b)
                j += 1
            }
            guard j < end else { return nil }
        }
        // p[j] is the closing quote.
        if high & 0x80 != 0 {
            let ok = escaped ? text.withUnsafeBufferPointer { NTriplesReader.isValidUTF8($0.baseAddress!, $0.count) }
                             : NTriplesReader.isValidUTF8(valueStart, valueCount)
            if !ok { return nil }
        }
        j += 1
        if j < end && p[j] == UInt8(ascii: "@") {
            let tagStart = j + 1
            var k = tagStart
            while k < end && NTriplesReader.isAlpha(p[k]) { k += 1 }
            // Subtags of 1 to 8 characters (BCP 47, `Literal.isValidLanguageTag`): a longer one is
            // left to `NTriplesGrammar`, which refuses it at its column.
            guard k > tagStart, k - tagStart <= 8 else { return nil }
            while k < end && p[k] == UInt8(ascii: "-") {
                let subtag = k + 1
                k = subtag
                while k < end && (NTriplesReader.isAlpha(p[k]) || NTriplesReader.isDigit(p[k])) { k += 1 }
                guard k > subtag, k - subtag <= 8 else { return nil }
            }
            appendLiteralText(escaped, &valueStart, &valueCount, tag: .languageLiteral, into: &raw)
            raw.appendLowercased(p + tagStart, k - tagStart)
            return k
        }
        if j + 1 < end && p[j] == UInt8(ascii: "^") && p[j + 1] == UInt8(ascii: "^") {
            guard j + 2 < end, p[j + 2] == UInt8(ascii: "<"), let close = NTriplesReader.iriEnd(p, j + 2, end) else { return nil }
            appendLiteralText(escaped, &valueStart, &valueCount, tag: .typedLiteral, into: &raw)
            raw.appendString(p + j + 3, close - j - 3)
            return close + 1
        }
        appendLiteralText(escaped, &valueStart, &valueCount, tag: .plainLiteral, into: &raw)
        return j
    }

    @inline(__always)
    private func appendLiteralText(_ escaped: Bool, _ start: inout UnsafePointer<UInt8>, _ count: inout Int,
                                   tag: RawStatements.Tag, into raw: inout RawStatements) {
        if escaped {
            text.withUnsafeBufferPointer { raw.appendTerm(tag, $0.baseAddress ?? start, $0.count) }
        } else {
            raw.appendTerm(tag, start, count)
        }
    }

    // MARK: Characters

    @inline(__always) private static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) private static func isSchemeCharacter(_ b: UInt8) -> Bool {
        isAlpha(b) || isDigit(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
    /// `[A-Za-z0-9_]`: a blank-node label's first character (and, with `-`, the others).
    @inline(__always) private static func isLabelStart(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) || b == UInt8(ascii: "_") }

    /// Whether an accepted IRI may not hold `b`: ≤ 0x20, 0x7F, `<>"{}|^`\`
    /// (a bit set of the 128 ASCII bytes; bytes above are checked as UTF-8).
    @inline(__always)
    private static func isExcludedFromIRI(_ b: UInt8) -> Bool {
        if b < 64 { return (0x5000_0005_FFFF_FFFF as UInt64) >> b & 1 != 0 }
        if b < 128 { return (0xB800_0001_5000_0000 as UInt64) >> (b - 64) & 1 != 0 }
        return false
    }

    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Whether `p[0..<n]` is well-formed UTF-8 (Unicode §3.9, table 3-7:
    /// no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            guard let lead = UTF8Lead(b) else { return false }
            let need = lead.continuationCount
            guard i + need < n else { return false }
            guard lead.secondByte.contains(p[i + 1]) else { return false }
            for k in 2...max(2, need) where k <= need {
                guard p[i + k] & 0xC0 == 0x80 else { return false }
            }
            i += need + 1
        }
        return true
    }
}
