/// Splits a paragraph into tokens and finds its quotations: the one tokeniser of page reading.
///
/// It works on the paragraph's UTF-8 bytes, decoding a scalar only where a byte is not ASCII (no
/// `Character`, whose grapheme breaking is the costly part of walking text, and no copy of the
/// text as scalars): token and quotation offsets are UTF-8 byte offsets in the paragraph. A
/// combining mark (general category Mn) belongs to the word it follows.
///
/// Quotation marks: `“…”`, `„…“`, `„…”`, `"…"`, `«…»`, `»…«`, single `‘…’`, `‚…‘`, `‹…›`, and mixed straight/curly pairs
/// (`"…”`, `“…"`). A mark that opens a passage is paired with the first closing mark after
/// it. A passage without a closing mark (`Quotation.unclosed`) ends before its attribution when
/// the writer left the mark out there (`attributionBound`: `“We will act, said X.`), else at
/// the end of the paragraph.
/// - Complexity: O(n) in the paragraph's bytes (a search for a closing mark that finds none is
///   not repeated for the same mark).
struct Tokenizer {
    struct Quotation: Hashable {
        /// UTF-8 byte offsets of the marks in the paragraph (close == nil when unclosed).
        var open: Int
        var close: Int?
        /// The passage, white space collapsed.
        var text: String
        /// True when no closing mark closes the passage: `close` is then the comma before its
        /// attribution (`attributionBound`), or nil when it runs to the paragraph's end.
        var unclosed = false
    }

    struct Result {
        var tokens: TokenList
        var quotes: [Quotation]
    }

    /// Words whose full stop is part of them (`Dr.`, `prof.`, `habil.`), as written without the
    /// stop: the `abbreviations` list of `Resources/people-lexicon.tsv`, every language's entries
    /// (the tokenizer runs before a page's language is known). A single capital letter followed
    /// by a stop (`J.`) is an abbreviation too, without being listed. Listed abbreviations joined by
    /// a hyphen are one word (`Univ.-Prof.`, the Austrian academic title).
    static let abbreviations: Set<String> = Set(LexiconFile.table.entries("abbreviations"))

    /// The verbs that show an attribution after a comma inside an unclosed passage: the
    /// `speech-verbs` of every language less the weak ones (`welcomed`, `opened` also head
    /// clauses that go on the passage).
    static let boundingVerbs: Set<String> = Set(LexiconFile.table.entries("speech-verbs"))
        .subtracting(LexiconFile.table.entries("weak-speech-verbs"))
    /// Lower-case words that may open the speaker before such a verb (`, she said`, `, the
    /// Ambassador said`): the `pronouns` and `articles` of every language.
    static let boundingSubjects: Set<String> = Set((LexiconFile.table.entries("pronouns") + LexiconFile.table.entries("articles")).map { $0.lowercased() })

    static func tokenize(_ paragraph: String) -> Result {
        let storage = ParagraphBytes(paragraph)
        let (spans, quotes) = tokenize(bytes: storage.bytes)
        return Result(tokens: TokenList(storage: storage, spans: spans), quotes: quotes)
    }

    /// The token spans and quotations of a paragraph's UTF-8 bytes (valid UTF-8, as a `String`'s are).
    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> (spans: ContiguousArray<Token.Span>, quotes: [Quotation]) {
        let text = UTF8Text(bytes)
        let n = bytes.count
        let quotes = findQuotes(text)
        // The quotation marks in text order (each passage's open, then its close): the walk only
        // moves forward, so a cursor finds the mark at an offset, and the passage an offset lies in.
        var marks: [(offset: Int, kind: Token.Kind, quote: Int)] = []
        marks.reserveCapacity(quotes.count * 2)
        for (qi, q) in quotes.enumerated() {
            marks.append((q.open, .quoteOpen, qi))
            if let c = q.close { marks.append((c, .quoteClose, qi)) }
        }
        var markCursor = 0
        /// The mark at byte `b` (`b` never decreases between calls).
        func mark(at b: Int) -> (kind: Token.Kind, quote: Int)? {
            while markCursor < marks.count && marks[markCursor].offset < b { markCursor += 1 }
            guard markCursor < marks.count, marks[markCursor].offset == b else { return nil }
            return (marks[markCursor].kind, marks[markCursor].quote)
        }
        var quoteCursor = 0
        /// The passage whose marks enclose byte `b` (`b` never decreases between calls).
        func quote(at b: Int) -> Int? {
            while quoteCursor < quotes.count && (quotes[quoteCursor].close ?? n) <= b { quoteCursor += 1 }
            guard quoteCursor < quotes.count, quotes[quoteCursor].open < b else { return nil }
            return quoteCursor
        }
        func string(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self) }
        var tokens: ContiguousArray<Token.Span> = []
        tokens.reserveCapacity(n / 5)
        var i = 0
        var space = true
        while i < n {
            let (c, w) = text.scalar(at: i)
            if isSpace(c) { space = true; i += w; continue }
            if let m = mark(at: i) {
                // A passage's marks belong to it (its text is never empty, so the bytes inside are its own).
                tokens.append(Token.Span(bytes: bytes, kind: m.kind, start: i, end: i + w, spaceBefore: space, quote: m.quote))
                space = false
                i += w
                continue
            }
            if isWordChar(c) {
                var previous = c
                var j = i + w
                while j < n {
                    let (d, dw) = text.scalar(at: j)
                    if isWordChar(d) { previous = d; j += dw; continue }
                    let afterD = j + dw
                    if (d == 0x2D || d == 0x2019 || d == 0x27 || d == 0x2011) && afterD < n && isWordChar(text.scalar(at: afterD).value)
                        && mark(at: j) == nil {
                        previous = d
                        j = afterD
                        continue
                    }
                    if (d == 0x2019 || d == 0x27) && mark(at: j) == nil && (previous == 0x73 || previous == 0x53) {
                        // Plural possessive `members’`; only when followed by space.
                        if afterD >= n || isSpace(text.scalar(at: afterD).value) { j = afterD }
                        break
                    }
                    if d == 0x2E && afterD < n && isDigit(text.scalar(at: afterD).value) && isDigit(previous) {
                        previous = d
                        j = afterD
                        continue
                    }
                    break
                }
                if j < n, bytes[j] == 0x2E, (j == i + w && isUppercase(c)) || abbreviations.contains(string(i, j)) {
                    j += 1
                    // `Univ.-Prof.`: abbreviations joined by a hyphen are one word.
                    while j + 1 < n, bytes[j] == 0x2D, bytes[j + 1] < 0x80, isLetter(UInt32(bytes[j + 1])) {
                        var k = j + 1
                        while k < n, bytes[k] < 0x80, isLetter(UInt32(bytes[k])) { k += 1 }
                        guard k < n, bytes[k] == 0x2E, abbreviations.contains(string(j + 1, k)) else { break }
                        j = k + 1
                    }
                }
                tokens.append(Token.Span(bytes: bytes, kind: .word, start: i, end: j, spaceBefore: space, quote: quote(at: i)))
                space = false
                i = j
                continue
            }
            tokens.append(Token.Span(bytes: bytes, kind: .punct, start: i, end: i + w, spaceBefore: space, quote: quote(at: i)))
            space = false
            i += w
        }
        return (tokens, quotes)
    }

    /// A letter, a number or a combining mark.
    @inline(__always)
    static func isWordChar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = Unicode.Scalar(v).unsafelyUnwrapped.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// A scalar with a numeric type (ASCII: the digits, read from the value).
    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool {
        v < 0x80 ? (v >= 0x30 && v <= 0x39) : Unicode.Scalar(v).unsafelyUnwrapped.properties.numericType != nil
    }

    /// An alphabetic scalar (ASCII: the letters, read from the value).
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        v < 0x80 ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) : Unicode.Scalar(v).unsafelyUnwrapped.properties.isAlphabetic
    }

    /// An upper-case scalar (ASCII: `A`–`Z`).
    @inline(__always)
    static func isUppercase(_ v: UInt32) -> Bool {
        v < 0x80 ? (v >= 0x41 && v <= 0x5A) : Unicode.Scalar(v).unsafelyUnwrapped.properties.isUppercase
    }

    /// A White_Space scalar (the set `TextNormalization.isSpace` holds).
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { TextNormalization.isSpace(v) }

    /// The closing marks of an opening mark.
    @inline(__always)
    private static func closes(_ open: UInt32, _ c: UInt32) -> Bool {
        switch open {
        case 0x201C: c == 0x201D || c == 0x22                    // “ → ” "
        case 0x201E: c == 0x201C || c == 0x201D || c == 0x22     // „ → “ ” "
        case 0xAB: c == 0xBB                                     // « → »
        case 0xBB: c == 0xAB                                     // » → «
        case 0x2018: c == 0x2019                                 // ‘ → ’
        case 0x201A: c == 0x2018 || c == 0x2019                  // ‚ → ‘ ’
        case 0x2039: c == 0x203A                                 // ‹ → ›
        default: c == 0x22 || c == 0x201D                        // " → " ”
        }
    }

    /// Pairs quotation marks left to right.
    static func findQuotes(_ text: UTF8Text) -> [Quotation] {
        var quotes: [Quotation] = []
        let n = text.count
        // Per opening mark, the offset after which a search found no closing mark: a later search
        // for the same closers finds none either (keeps unpaired marks linear, not quadratic).
        var noCloseFrom: [UInt32: Int] = [:]
        var i = 0
        while i < n {
            let b = text.bytes[i]
            if b < 0x80 && b != 0x22 { i += 1; continue }
            let (c, w) = text.scalar(at: i)
            guard c == 0x201C || c == 0x201E || c == 0x22 || c == 0xAB || c == 0xBB || c == 0x2018 || c == 0x201A || c == 0x2039 else {
                i += w
                continue
            }
            let next: UInt32 = i + w < n ? text.scalar(at: i + w).value : 0x20
            let prev: UInt32 = i > 0 ? text.scalar(before: i) : 0x20
            if c == 0xBB {
                // `»…«` (German, Nordic): a `»` opens only after a space and before a letter.
                if (i > 0 && !isSpace(prev)) || !(isLetter(next) || isDigit(next)) { i += w; continue }
            }
            let single = c == 0x2018 || c == 0x201A || c == 0x2039
            if single {
                // A single mark opens only after a space or an opening bracket and before a letter
                // (not the `‘80s` elision or a comma-like `‚`).
                if !(isSpace(prev) || prev == 0x28 || prev == 0x5B) || !(isLetter(next) || isDigit(next)) || (c == 0x2018 && isDigit(next)) {
                    i += w
                    continue
                }
            }
            if c == 0x22 {
                // A straight mark opens only before a word character (not `12" pipe`).
                if isSpace(next) || (isWordChar(prev) && isLetter(prev)) { i += w; continue }
            }
            var j = i + w
            var found: Int?
            if let none = noCloseFrom[c], none <= i { j = n }
            while j < n {
                let jb = text.bytes[j]
                if jb < 0x80 && jb != 0x22 { j += 1; continue }
                let (d, dw) = text.scalar(at: j)
                if closes(c, d), !single || d == 0x203A || j + dw >= n || !isWordChar(text.scalar(at: j + dw).value) {
                    // A closing mark is not followed directly by a word character (else it opens a new passage).
                    found = j
                    break
                }
                j += dw
            }
            if found == nil, noCloseFrom[c] == nil { noCloseFrom[c] = i }
            if single && found == nil { i += w; continue }   // an unpaired single mark is an apostrophe
            let unclosed = found == nil
            if unclosed { found = attributionBound(text, from: i + w) }
            // A passage bounded at a question or exclamation mark keeps it (`Why now?`); a comma is the writer's, not the speaker's.
            let end = found.map { unclosed && text.bytes[$0] != 0x2C ? $0 + 1 : $0 } ?? n
            let passage = TextNormalization.collapse(bytes: UnsafeBufferPointer(rebasing: text.bytes[(i + w)..<end]))
            if !passage.isEmpty {
                quotes.append(Quotation(open: i, close: found, text: passage, unclosed: unclosed))
            }
            i = found.map { $0 + text.scalar(at: $0).width } ?? n
        }
        return quotes
    }

    /// The comma, question mark or exclamation mark where an unclosed passage starting at byte
    /// `start` gives way to its attribution, the closing mark left out: a comma followed (after an
    /// optional dash) by a verb of saying (`boundingVerbs`) and a capitalised word or an article
    /// or pronoun (`, said Ambassador X`, `, said the Head of …`), or by one to four words
    /// opening with a capital or a word of `boundingSubjects` and then such a verb (`,
    /// Ambassador X said`, `, she added`). A `?` or `!` followed by white space bounds the
    /// passage the same way (a question quoted without its closing mark: `“Why now? asked X`,
    /// `“Enough! she said`), except by a capitalised word (`“Why now? The Minister said …` goes
    /// on with a new sentence of the passage). Words run up to white space or `,;:!?` and a
    /// quotation mark. Nil when no mark of the paragraph has that shape (the passage then runs
    /// to the paragraph's end).
    /// - Complexity: O(n) in the bytes after `start` (each mark reads at most six words).
    static func attributionBound(_ text: UTF8Text, from start: Int) -> Int? {
        let n = text.count
        var p = start
        while p < n {
            let mark = text.bytes[p]
            guard mark == 0x2C || mark == 0x3F || mark == 0x21 else { p += 1; continue }
            // After `?` or `!` (a sentence's end), only a lower-case word may open the attribution.
            let endsSentence = mark != 0x2C
            if endsSentence, p + 1 >= n || !isSpace(text.scalar(at: p + 1).value) { p += 1; continue }
            var words: [(start: Int, end: Int)] = []
            var k = p + 1
            while words.count < 6, k < n {
                while k < n, isSpace(text.scalar(at: k).value) { k += text.scalar(at: k).width }
                guard k < n else { break }
                let first = text.scalar(at: k)
                if words.isEmpty, first.value == 0x2013 || first.value == 0x2014 || first.value == 0x2D { k += first.width; continue }
                let wordStart = k
                while k < n {
                    let (v, width) = text.scalar(at: k)
                    if isSpace(v) || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x22
                        || (0x2018...0x201F).contains(v) || v == 0xAB || v == 0xBB { break }
                    k += width
                }
                guard k > wordStart else { break }
                words.append((wordStart, k))
                guard k < n, isSpace(text.scalar(at: k).value) else { break }   // punctuation ends the clause
            }
            func word(_ m: Int) -> String {
                var w = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[words[m].start..<words[m].end]), as: UTF8.self)
                if w.hasSuffix(".") { w.removeLast() }
                return w
            }
            func opensSpeaker(_ m: Int) -> Bool {
                isUppercase(text.scalar(at: words[m].start).value) || boundingSubjects.contains(word(m).lowercased())
            }
            if words.count >= 2, boundingVerbs.contains(word(0)), opensSpeaker(1) { return p }
            if endsSentence, !words.isEmpty, isUppercase(text.scalar(at: words[0].start).value) { p += 1; continue }
            if words.count >= 2, opensSpeaker(0),
               (1..<min(words.count, 5)).contains(where: { boundingVerbs.contains(word($0)) }) { return p }
            p += 1
        }
        return nil
    }
}
