import RDF

/// The tokenizer for SPARQL 1.1 query text (§19.8 terminals, longest match).
///
/// Works on Unicode scalars and tracks 1-based line/column and the 0-based
/// UTF-8 offset of each token. Codepoint escapes (`\u`, `\U`) are decoded
/// inside strings, IRIs and (as PLX is not an escape) nowhere else; an
/// escape outside a string or IRI is an error, as the W3C 1.1 suite requires.
/// - Complexity: O(n) in the length of the text.
struct SPARQLLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var offset = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Tokenizes the whole text; the last token is `.end`.
    static func tokenize(_ text: String) throws(SPARQLSyntaxError) -> [Token] {
        var lexer = SPARQLLexer(text)
        var tokens: [Token] = []
        while true {
            let t = try lexer.next()
            tokens.append(t)
            if case .end = t.kind { return tokens }
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let i = index + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    private mutating func advance() {
        let s = scalars[index]
        index += 1
        offset += UTF8.width(s)
        if s == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private mutating func advance(_ n: Int) { for _ in 0..<n { advance() } }

    private func text(from start: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[start..<index])
        return String(s)
    }

    private mutating func skipWhitespaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n", d != "\r" { advance() }
            } else {
                return
            }
        }
    }

    private func error(_ kind: SPARQLSyntaxError.Kind, _ message: String, at pos: SourcePosition? = nil) -> SPARQLSyntaxError {
        SPARQLSyntaxError(kind, at: pos ?? position, message)
    }

    mutating func next() throws(SPARQLSyntaxError) -> Token {
        skipWhitespaceAndComments()
        let start = position
        let startIndex = index
        guard let c = peek() else { return Token(kind: .end, position: start, text: "") }

        func make(_ kind: Token.Kind) -> Token { Token(kind: kind, position: start, text: text(from: startIndex)) }

        switch c {
        case "<":
            if let iri = try scanIRIRef() { return make(.iri(iri)) }
            advance()
            if peek() == "=" { advance(); return make(.punct("<=")) }
            return make(.punct("<"))
        case "?", "$":
            if let n = peek(1), SPARQLLexer.isVarNameStart(n) {
                advance()
                let nameStart = index
                while let d = peek(), SPARQLLexer.isVarNameChar(d) { advance() }
                return make(.variable(text(from: nameStart)))
            }
            if c == "$" { throw error(.unexpectedCharacter("$"), "'$' must start a variable name") }
            advance()
            return make(.punct("?"))
        case "\"", "'":
            return make(.string(try scanString()))
        case "@":
            advance()
            let tagStart = index
            while let d = peek(), SPARQLLexer.isASCIILetter(d) { advance() }
            if index == tagStart { throw error(.unexpectedCharacter("@"), "'@' must start a language tag", at: start) }
            while peek() == "-", let d = peek(1), SPARQLLexer.isASCIILetter(d) || SPARQLLexer.isDigit(d) {
                advance()
                while let e = peek(), SPARQLLexer.isASCIILetter(e) || SPARQLLexer.isDigit(e) { advance() }
            }
            return make(.languageTag(text(from: tagStart)))
        case "(":
            advance()
            let save = (index, line, column, offset)
            skipWhitespaceAndComments()
            if peek() == ")" { advance(); return make(.nilToken) }
            (index, line, column, offset) = save
            return make(.punct("("))
        case "[":
            advance()
            let save = (index, line, column, offset)
            skipWhitespaceAndComments()
            if peek() == "]" { advance(); return make(.anon) }
            (index, line, column, offset) = save
            return make(.punct("["))
        case "{", "}", ")", "]", ";", ",", "*", "/", "|", "=":
            advance()
            if c == "|" {
                if peek() == "|" { advance(); return make(.punct("||")) }
            }
            return make(.punct(String(c)))
        case "^":
            advance()
            if peek() == "^" { advance(); return make(.punct("^^")) }
            return make(.punct("^"))
        case "!":
            advance()
            if peek() == "=" { advance(); return make(.punct("!=")) }
            return make(.punct("!"))
        case ">":
            advance()
            if peek() == "=" { advance(); return make(.punct(">=")) }
            return make(.punct(">"))
        case "&":
            advance()
            if peek() == "&" { advance(); return make(.punct("&&")) }
            throw error(.unexpectedCharacter("&"), "unexpected character '&' (did you mean '&&'?)", at: start)
        case "+", "-":
            if let n = peek(1), SPARQLLexer.isDigit(n) || (n == "." && peek(2).map(SPARQLLexer.isDigit) == true) {
                advance()
                return make(try scanNumber(sign: String(c)))
            }
            advance()
            return make(.punct(String(c)))
        case ".":
            if let n = peek(1), SPARQLLexer.isDigit(n) { return make(try scanNumber(sign: "")) }
            advance()
            return make(.punct("."))
        case "_":
            if peek(1) == ":" {
                advance(2)
                guard let f = peek(), SPARQLLexer.isPNCharsU(f) || SPARQLLexer.isDigit(f) else {
                    throw error(.unexpectedCharacter("_:"), "expected a blank node label after '_:'", at: start)
                }
                let labelStart = index
                scanDottedName()
                return make(.blankNodeLabel(text(from: labelStart)))
            }
        default:
            break
        }
        if SPARQLLexer.isDigit(c) { return make(try scanNumber(sign: "")) }
        if c == ":" || SPARQLLexer.isPNCharsBase(c) {
            return make(try scanNameOrPrefixedName())
        }
        if c == "\\" {
            throw error(.unexpectedCharacter("\\"), "unexpected '\\' outside a string or IRI")
        }
        throw error(.unexpectedCharacter(String(c)), "unexpected character '\(c)'")
    }

    // MARK: - IRIs

    /// Scans IRIREF at `<`. Returns nil (without consuming) if the text is
    /// not an IRIREF, so that `<` is the less-than operator.
    private mutating func scanIRIRef() throws(SPARQLSyntaxError) -> String? {
        var i = index + 1
        while i < scalars.count {
            let s = scalars[i]
            if s == ">" { break }
            if s.value <= 0x20 || s == "<" || s == "\"" || s == "{" || s == "}" || s == "|" || s == "^" || s == "`" {
                return nil
            }
            i += 1
        }
        if i >= scalars.count { return nil }
        advance()  // <
        var out = String.UnicodeScalarView()
        while let s = peek(), s != ">" {
            if s == "\\" {
                let escPos = position
                let decoded = try scanCodepointEscape()
                if decoded.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(decoded) {
                    throw error(.invalidIRI("U+\(String(decoded.value, radix: 16, uppercase: true))"),
                                "escape yields a character not allowed in an IRI", at: escPos)
                }
                out.append(decoded)
            } else {
                out.append(s)
                advance()
            }
        }
        advance()  // >
        return String(out)
    }

    /// Decodes `\uXXXX` or `\UXXXXXXXX` at the current `\`.
    private mutating func scanCodepointEscape() throws(SPARQLSyntaxError) -> Unicode.Scalar {
        let escPos = position
        advance()  // backslash
        guard let k = peek(), k == "u" || k == "U" else {
            throw error(.invalidEscape("\\\(peek().map { String($0) } ?? "")"), "invalid escape sequence", at: escPos)
        }
        advance()
        let n = k == "u" ? 4 : 8
        var value: UInt32 = 0
        for _ in 0..<n {
            guard let h = peek(), let d = SPARQLLexer.hexValue(h) else {
                throw error(.invalidEscape("\\\(k)"), "expected \(n) hex digits in '\\\(k)' escape", at: escPos)
            }
            value = value &* 16 &+ d
            advance()
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error(.invalidEscape(text(from: index - n - 2)),
                        "escape names no Unicode scalar (a surrogate or beyond U+10FFFF)", at: escPos)
        }
        return scalar
    }

    // MARK: - Strings

    private mutating func scanString() throws(SPARQLSyntaxError) -> String {
        let start = position
        let q = peek()!
        let long = peek(1) == q && peek(2) == q
        advance(long ? 3 : 1)
        var out = String.UnicodeScalarView()
        while true {
            guard let s = peek() else {
                throw error(.unterminatedString, "unterminated string literal", at: start)
            }
            if s == q {
                if !long { advance(); return String(out) }
                if peek(1) == q && peek(2) == q {
                    // The first three quotes in a row close a long string (§19.8 [158]-[159]: content never ends in a quote).
                    advance(3)
                    return String(out)
                }
                out.append(s)
                advance()
                continue
            }
            if !long && (s == "\n" || s == "\r") {
                throw error(.unterminatedString, "unterminated string literal (line break in a short string)", at: start)
            }
            if s == "\\" {
                let escPos = position
                guard let e = peek(1) else { throw error(.unterminatedString, "unterminated string literal", at: start) }
                switch e {
                case "t": out.append("\t"); advance(2)
                case "b": out.append("\u{08}"); advance(2)
                case "n": out.append("\n"); advance(2)
                case "r": out.append("\r"); advance(2)
                case "f": out.append("\u{0C}"); advance(2)
                case "\"": out.append("\""); advance(2)
                case "'": out.append("'"); advance(2)
                case "\\": out.append("\\"); advance(2)
                case "u", "U": out.append(try scanCodepointEscape())
                default:
                    throw error(.invalidEscape("\\\(e)"), "invalid escape '\\\(e)' in string", at: escPos)
                }
                continue
            }
            out.append(s)
            advance()
        }
    }

    // MARK: - Numbers

    private mutating func scanNumber(sign: String) throws(SPARQLSyntaxError) -> Token.Kind {
        let start = index
        while let d = peek(), SPARQLLexer.isDigit(d) { advance() }
        let intDigits = index - start
        var isDecimal = false
        if peek() == ".", let n = peek(1), SPARQLLexer.isDigit(n) {
            advance()
            while let d = peek(), SPARQLLexer.isDigit(d) { advance() }
            isDecimal = true
        } else if peek() == ".", intDigits > 0, let n = peek(1), n == "e" || n == "E", exponentFollows(at: index + 1) {
            advance()  // "1.e5" is a DOUBLE
            isDecimal = true
        }
        if let e = peek(), e == "e" || e == "E", exponentFollows(at: index) {
            advance()
            if peek() == "+" || peek() == "-" { advance() }
            while let d = peek(), SPARQLLexer.isDigit(d) { advance() }
            return .double(sign + text(from: start))
        }
        return isDecimal ? .decimal(sign + text(from: start)) : .integer(sign + text(from: start))
    }

    private func exponentFollows(at i: Int) -> Bool {
        var j = i + 1
        if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
        return j < scalars.count && SPARQLLexer.isDigit(scalars[j])
    }

    // MARK: - Names

    /// Scans `(PN_CHARS | '.')* PN_CHARS` after a first character already checked;
    /// a trailing `.` is left unconsumed.
    private mutating func scanDottedName() {
        advance()
        var lastGood = index
        while let d = peek(), SPARQLLexer.isPNChars(d) || d == "." {
            advance()
            if d != "." { lastGood = index }
        }
        rewind(to: lastGood)
    }

    private mutating func rewind(to target: Int) {
        while index > target {
            index -= 1
            offset -= UTF8.width(scalars[index])
            column -= 1
        }
    }

    private mutating func scanNameOrPrefixedName() throws(SPARQLSyntaxError) -> Token.Kind {
        let start = index
        let startPos = position
        // PN_PREFIX?
        if peek() != ":" { scanDottedName() }
        let prefix = text(from: start)
        if peek() == ":" {
            advance()
            let local = try scanLocalName()
            return .prefixedName(prefix: prefix, local: local)
        }
        // A bare word: keywords and function names are letters, digits and '_'.
        rewind(to: start)
        while let d = peek(), SPARQLLexer.isASCIILetter(d) || SPARQLLexer.isDigit(d) || d == "_" { advance() }
        let word = text(from: start)
        if word.isEmpty {
            throw error(.unexpectedCharacter(prefix), "unexpected name '\(prefix)' (a prefixed name needs ':')", at: startPos)
        }
        return .word(word)
    }

    /// PN_LOCAL (§19.8 [169]) with PLX: `%hh` kept, `\c` decoded to `c`.
    private mutating func scanLocalName() throws(SPARQLSyntaxError) -> String {
        var out = String.UnicodeScalarView()
        var lastGoodIndex = index
        var lastGoodCount = 0
        var first = true
        while let c = peek() {
            if c == "%" {
                guard let h1 = peek(1), let h2 = peek(2), SPARQLLexer.hexValue(h1) != nil, SPARQLLexer.hexValue(h2) != nil else {
                    throw error(.invalidEscape("%"), "'%' in a local name must be followed by two hex digits")
                }
                out.append(c); out.append(h1); out.append(h2)
                advance(3)
            } else if c == "\\" {
                guard let e = peek(1), "_~.-!$&'()*+,;=/?#@%".unicodeScalars.contains(e) else {
                    throw error(.invalidEscape("\\\(peek(1).map { String($0) } ?? "")"), "invalid escape in local name")
                }
                out.append(e)
                advance(2)
            } else if first ? (SPARQLLexer.isPNCharsU(c) || c == ":" || SPARQLLexer.isDigit(c))
                            : (SPARQLLexer.isPNChars(c) || c == ":" || c == ".") {
                out.append(c)
                advance()
                if c == "." { first = false; continue }
            } else {
                break
            }
            first = false
            lastGoodIndex = index
            lastGoodCount = out.count
        }
        // A local name does not end with '.'.
        rewind(to: lastGoodIndex)
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: out.prefix(lastGoodCount))
        return String(trimmed)
    }

    // MARK: - Character classes (§19.8)

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }

    static func isPNCharsBase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isASCIILetter(c) || (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v)
            || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v) || (0x200C...0x200D).contains(v)
            || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v)
            || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
    }

    static func isPNCharsU(_ c: Unicode.Scalar) -> Bool { isPNCharsBase(c) || c == "_" }

    static func isPNChars(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isPNCharsU(c) || c == "-" || isDigit(c) || v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }

    static func isVarNameStart(_ c: Unicode.Scalar) -> Bool { isPNCharsU(c) || isDigit(c) }

    static func isVarNameChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isPNCharsU(c) || isDigit(c) || v == 0xB7 || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
    }
}
