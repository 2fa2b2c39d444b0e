/// The N-Triples 1.1 and N-Quads 1.1 grammar of one line: checked before the line reaches Raptor
/// (`RaptorIO`), and scored by the page reader to name RDF given as a page (`NonPageDetector`).
///
/// Raptor 2.0.15's N-Triples parser accepts lines the grammar forbids: a statement without its
/// final `.`, a raw carriage return inside a string (it takes the CR for a line end and reads on),
/// a colon in a blank-node label (W3C tests `nt-syntax-bad-bnode-01`, `-02`). The lines that
/// `NTriplesReader` does not take go to Raptor through `NTriplesFeeder`, which checks each with
/// `problem(in:allowsGraph:)` first, so such a document is refused at the first bad line, with
/// its line and column, whoever reads it.
///
/// A line (without its line end; CR and LF both end a line, so a raw CR is never inside a string) is
/// `ws* (statement ws*)? comment?`, where
///
///     statement ::= subject ws* predicate ws* object (ws* graphLabel)? ws* '.'   (graphLabel: N-Quads)
///     subject   ::= IRIREF | BLANK_NODE_LABEL          graphLabel ::= IRIREF | BLANK_NODE_LABEL
///     predicate ::= IRIREF                             object ::= IRIREF | BLANK_NODE_LABEL | literal
///     literal   ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
///     LANGTAG   ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
///     IRIREF    ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
///     STRING_LITERAL_QUOTE ::= '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'
///     BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
///
/// with `ws` a space or tab and PN_CHARS_U without the colon (as the W3C tests read it), and a
/// language tag also of BCP 47's shape (`Literal.isValidLanguageTag`: subtags of at most 8).
/// Whether an IRI is absolute is checked later, on the terms (`StatementCollector`).
///
/// Source: RDF 1.1 N-Triples §7 (grammar), RDF 1.1 N-Quads §5.
package enum NTriplesGrammar {
    /// Why `line` is not a line of the grammar, and the 0-based byte index in `line` where it
    /// goes wrong; `nil` when it is one. - Complexity: O(n) in the line's bytes.
    package static func problem(in line: UnsafeBufferPointer<UInt8>, allowsGraph: Bool) -> (index: Int, message: String)? {
        var cursor = Cursor(line)
        cursor.skipSpace()
        if cursor.atEnd || cursor.peek == UInt8(ascii: "#") { return nil }
        do throws(Failure) {
            try cursor.subjectOrGraph("subject")
            cursor.skipSpace()
            guard cursor.peek == UInt8(ascii: "<") else { throw cursor.fail("expected the predicate, an IRI <…>") }
            try cursor.iri()
            cursor.skipSpace()
            try cursor.object()
            cursor.skipSpace()
            if allowsGraph, cursor.peek == UInt8(ascii: "<") || cursor.peek == UInt8(ascii: "_") {
                try cursor.subjectOrGraph("graph label")
                cursor.skipSpace()
            }
            guard cursor.peek == UInt8(ascii: ".") else {
                throw cursor.fail(cursor.atEnd ? missingFinalDot : "expected '.' to end the statement")
            }
            cursor.i += 1
            cursor.skipSpace()
            guard cursor.atEnd || cursor.peek == UInt8(ascii: "#") else { throw cursor.fail("expected the line to end after '.'") }
            return nil
        } catch {
            return (error.index, error.message)
        }
    }

    /// The message of a statement that is whole but for its final `.` (the problem's index is then
    /// the line's end).
    package static let missingFinalDot = "the statement does not end with '.'"

    struct Failure: Error {
        let index: Int
        let message: String
    }

    private struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        var atEnd: Bool { i >= b.count }
        var peek: UInt8? { i < b.count ? b[i] : nil }
        func fail(_ message: String, at index: Int? = nil) -> Failure { Failure(index: index ?? i, message: message) }

        mutating func skipSpace() { while let c = peek, c == 0x20 || c == 0x09 { i += 1 } }

        mutating func subjectOrGraph(_ what: String) throws(Failure) {
            switch peek {
            case UInt8(ascii: "<"): try iri()
            case UInt8(ascii: "_"): try blankNode()
            default: throw fail("expected the \(what), an IRI <…> or a blank node _:…")
            }
        }

        mutating func object() throws(Failure) {
            switch peek {
            case UInt8(ascii: "<"): try iri()
            case UInt8(ascii: "_"): try blankNode()
            case UInt8(ascii: "\""): try literal()
            default: throw fail("expected the object, an IRI <…>, a blank node _:… or a literal \"…\"")
            }
        }

        /// IRIREF, at `<`.
        mutating func iri() throws(Failure) {
            i += 1
            while let c = peek {
                switch c {
                case UInt8(ascii: ">"):
                    i += 1
                    return
                case UInt8(ascii: "\\"):
                    guard let next = i + 1 < b.count ? b[i + 1] : nil, next == UInt8(ascii: "u") || next == UInt8(ascii: "U") else {
                        throw fail("only \\u and \\U escapes are allowed in an IRI")
                    }
                    try uchar()
                case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
                     UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                    throw fail(c <= 0x20 ? "a space or control character inside an IRI" : "'\(Character(UnicodeScalar(c)))' is not allowed inside an IRI")
                default:
                    i += 1
                }
            }
            throw fail("the IRI has no closing '>'")
        }

        /// UCHAR, at `\`.
        mutating func uchar() throws(Failure) {
            let digits = b[i + 1] == UInt8(ascii: "u") ? 4 : 8
            let start = i
            i += 2
            for _ in 0..<digits {
                guard let c = peek, Self.isHex(c) else { throw fail("\\\(digits == 4 ? "u" : "U") needs \(digits) hexadecimal digits", at: start) }
                i += 1
            }
        }

        static func isHex(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
        }

        /// STRING_LITERAL_QUOTE with its tag or datatype, at `"`.
        mutating func literal() throws(Failure) {
            let start = i
            i += 1
            while true {
                guard let c = peek else {
                    throw fail("the string has no closing '\"' on its line (a raw line feed or carriage return ends it: write \\n or \\r)", at: start)
                }
                if c == UInt8(ascii: "\"") { i += 1; break }
                if c == UInt8(ascii: "\\") {
                    guard let e = i + 1 < b.count ? b[i + 1] : nil else { throw fail("a string escape is cut off") }
                    switch e {
                    case UInt8(ascii: "u"), UInt8(ascii: "U"): try uchar()
                    case UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "f"),
                         UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"):
                        i += 2
                    default:
                        throw fail("invalid string escape '\\\(Character(UnicodeScalar(e)))'")
                    }
                    continue
                }
                i += 1
            }
            if peek == UInt8(ascii: "@") {
                let at = i
                i += 1
                var letters = 0
                while let c = peek, Self.isLetter(c) { i += 1; letters += 1 }
                guard letters > 0 else { throw fail("a language tag starts with a letter") }
                while peek == UInt8(ascii: "-") {
                    i += 1
                    var n = 0
                    while let c = peek, Self.isLetter(c) || (c >= 0x30 && c <= 0x39) { i += 1; n += 1 }
                    guard n > 0 else { throw fail("a language subtag after '-' needs letters or digits") }
                }
                let tag = String(decoding: UnsafeBufferPointer(rebasing: b[(at + 1)..<i]), as: UTF8.self)
                guard Literal.isValidLanguageTag(tag) else {
                    throw fail(Literal.languageTagProblem(tag), at: at)
                }
            } else if peek == UInt8(ascii: "^") {
                guard i + 1 < b.count, b[i + 1] == UInt8(ascii: "^") else { throw fail("expected '^^' before the datatype IRI") }
                i += 2
                guard peek == UInt8(ascii: "<") else { throw fail("expected the datatype IRI <…> after '^^'") }
                try iri()
            }
        }

        static func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

        /// BLANK_NODE_LABEL, at `_`.
        mutating func blankNode() throws(Failure) {
            guard i + 1 < b.count, b[i + 1] == UInt8(ascii: ":") else { throw fail("a blank node is written _:label") }
            i += 2
            guard let (first, n) = scalar(), Self.isCharU(first) || (first >= 0x30 && first <= 0x39) else {
                throw fail("a blank-node label starts with a letter, a digit or '_'")
            }
            i += n
            var lastNotDot = i
            while let (s, n) = scalar(), s == 0x2E || Self.isChar(s) {
                i += n
                if s != 0x2E { lastNotDot = i }
            }
            // A label does not end in '.': the dots after its last other character are not part of it.
            i = lastNotDot
            if let (s, _) = scalar(), s == 0x3A { throw fail("':' is not allowed in a blank-node label") }
        }

        /// The scalar at `i` and its length in bytes (nil at the end or at invalid UTF-8).
        func scalar() -> (UInt32, Int)? {
            guard let c = peek else { return nil }
            if c < 0x80 { return (UInt32(c), 1) }
            let n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0
            guard n > 0, i + n <= b.count else { return nil }
            var v = UInt32(c) & (0xFF >> (n + 1))
            for k in 1..<n {
                let d = b[i + k]
                guard d & 0xC0 == 0x80 else { return nil }
                v = v << 6 | UInt32(d & 0x3F)
            }
            return (v, n)
        }

        /// PN_CHARS_BASE or '_' (PN_CHARS_U without ':').
        static func isCharU(_ s: UInt32) -> Bool {
            switch s {
            case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
                 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD,
                 0x10000...0xEFFFF:
                return true
            default:
                return false
            }
        }

        /// PN_CHARS (without ':').
        static func isChar(_ s: UInt32) -> Bool {
            isCharU(s) || s == 0x2D || (0x30...0x39).contains(s) || s == 0xB7 || (0x300...0x36F).contains(s) || (0x203F...0x2040).contains(s)
        }
    }
}
