/// Splits a paragraph into tokens and finds its quotations: the one tokeniser of page reading.
///
/// It works on the paragraph's Unicode scalars (not `Character`s, whose grapheme breaking is
/// the costly part of walking text): token and quotation offsets count scalars, as the columns
/// of `SourcePosition` do. A combining mark (general category Mn) belongs to the word it follows.
///
/// Quotation marks: `“…”`, `„…“`, `„…”`, `"…"`, `«…»`, `»…«`, single `‘…’`, `‚…‘`, `‹…›`, and mixed straight/curly pairs
/// (`"…”`, `“…"`). A mark that opens a passage is paired with the first closing mark after
/// it; a passage without a closing mark runs to the end of the paragraph.
struct Tokenizer {
    struct Quotation: Hashable {
        /// Scalar offsets of the marks in the paragraph (close == nil when unclosed).
        var open: Int
        var close: Int?
        /// The passage, white space collapsed.
        var text: String
    }

    struct Result {
        /// The paragraph's Unicode scalars (token offsets index them).
        var chars: [Unicode.Scalar]
        var tokens: [Token]
        var quotes: [Quotation]

        /// The UTF-8 byte offset in the paragraph of each scalar, plus the paragraph's byte count
        /// at the end (`chars.count + 1` entries): token `t` is the bytes
        /// `utf8Offsets[t.start]..<utf8Offsets[t.end]` of the paragraph. Computed on each call
        /// (O(scalars)); tokenizing keeps no per-scalar offset table.
        var utf8Offsets: [Int] {
            var offsets: [Int] = []
            offsets.reserveCapacity(chars.count + 1)
            var offset = 0
            for u in chars {
                offsets.append(offset)
                offset += UTF8.width(u)
            }
            offsets.append(offset)
            return offsets
        }
    }

    static let abbreviations: Set<String> = ["Dr", "Prof", "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Drs", "St", "No", "Nr", "Jr", "Sr", "Mt", "Gen", "Col", "Lt", "Amb", "Rev", "Hon", "vs", "etc", "e.g", "i.e", "Art", "para", "approx"]

    static func tokenize(_ paragraph: String) -> Result {
        let bytes = Array(paragraph.utf8)
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(bytes.count)
        for u in paragraph.unicodeScalars { chars.append(u) }
        // The byte offset of scalar `scalarAt`; the walk below only moves forward, so token text
        // is copied from the paragraph's bytes without a per-scalar offset table.
        var byteAt = 0
        var scalarAt = 0
        /// The paragraph's text from scalar `a` (at or after the cursor) to scalar `b`, copied from its bytes.
        func text(_ a: Int, _ b: Int) -> String {
            while scalarAt < a { byteAt += UTF8.width(chars[scalarAt]); scalarAt += 1 }
            var to = byteAt
            var k = a
            while k < b { to += UTF8.width(chars[k]); k += 1 }
            return String(decoding: bytes[byteAt..<to], as: UTF8.self)
        }
        let quotes = findQuotes(chars)
        // Per scalar, the index of the quotation it lies in, -1 for none (4 bytes a scalar).
        var quoteAt = [Int32](repeating: -1, count: chars.count + 1)
        // Per quotation mark: its kind and its quotation.
        var markKind: [Int: (kind: Token.Kind, quote: Int)] = [:]
        for (qi, q) in quotes.enumerated() {
            markKind[q.open] = (.quoteOpen, qi)
            let end = q.close ?? chars.count
            if let c = q.close { markKind[c] = (.quoteClose, qi) }
            var k = q.open + 1
            while k < end { quoteAt[k] = Int32(qi); k += 1 }
        }
        func quote(at k: Int) -> Int? { quoteAt[k] < 0 ? nil : Int(quoteAt[k]) }
        var tokens: [Token] = []
        var i = 0
        var space = true
        while i < chars.count {
            let c = chars[i]
            if isSpace(c) { space = true; i += 1; continue }
            if let mark = markKind[i] {
                // A passage's marks belong to it (its text is never empty, so the scalars inside are its own).
                tokens.append(Token(text: text(i, i + 1), kind: mark.kind, start: i, end: i + 1, spaceBefore: space,
                                    quote: mark.quote))
                space = false
                i += 1
                continue
            }
            if isWordChar(c) {
                var j = i + 1
                while j < chars.count {
                    let d = chars[j]
                    if isWordChar(d) { j += 1; continue }
                    if (d == "-" || d == "’" || d == "'" || d == "‑") && j + 1 < chars.count && isWordChar(chars[j + 1]) && markKind[j] == nil {
                        j += 1
                        continue
                    }
                    if (d == "’" || d == "'") && markKind[j] == nil && j > i && (chars[j - 1] == "s" || chars[j - 1] == "S") {
                        // Plural possessive `members’`; only when followed by space.
                        if j + 1 >= chars.count || isSpace(chars[j + 1]) { j += 1 }
                        break
                    }
                    if d == "." && j + 1 < chars.count && isDigit(chars[j + 1]) && isDigit(chars[j - 1]) { j += 1; continue }
                    break
                }
                var word = text(i, j)
                if j < chars.count, chars[j] == ".", abbreviations.contains(word) || (j == i + 1 && chars[i].properties.isUppercase) {
                    word.append(".")
                    j += 1
                }
                tokens.append(Token(text: word, kind: .word, start: i, end: j, spaceBefore: space, quote: quote(at: i)))
                space = false
                i = j
                continue
            }
            tokens.append(Token(text: text(i, i + 1), kind: .punct, start: i, end: i + 1, spaceBefore: space, quote: quote(at: i)))
            space = false
            i += 1
        }
        return Result(chars: chars, tokens: tokens, quotes: quotes)
    }

    /// A letter, a number or a combining mark.
    static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// A scalar with a numeric type (ASCII: the digits, read from the value).
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c.value >= 0x30 && c.value <= 0x39) : c.properties.numericType != nil
    }

    /// An alphabetic scalar (ASCII: the letters, read from the value).
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ((c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A) : c.properties.isAlphabetic
    }

    /// A White_Space scalar (the set `TextNormalization.isSpace` holds).
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool { TextNormalization.isSpace(c.value) }

    /// The scalars as a `String` (encoded into a byte buffer, then decoded once).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for u in scalars {
            if u.isASCII { bytes.append(UInt8(u.value)) } else { bytes.append(contentsOf: UTF8.encode(u)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func closers(for open: Unicode.Scalar) -> Set<Unicode.Scalar> {
        switch open {
        case "“": ["”", "\""]
        case "„": ["“", "”", "\""]
        case "«": ["»"]
        case "»": ["«"]
        case "‘": ["’"]
        case "‚": ["‘", "’"]
        case "‹": ["›"]
        default: ["\"", "”"]
        }
    }

    /// Pairs quotation marks left to right.
    static func findQuotes(_ chars: [Unicode.Scalar]) -> [Quotation] {
        var quotes: [Quotation] = []
        // Per opening mark, the offset after which a search found no closing mark: a later search
        // for the same closers finds none either (keeps unpaired marks linear, not quadratic).
        var noCloseFrom: [Unicode.Scalar: Int] = [:]
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "“" || c == "„" || c == "\"" || c == "«" || c == "»" || c == "‘" || c == "‚" || c == "‹" else { i += 1; continue }
            if c == "»" {
                // `»…«` (German, Nordic): a `»` opens only after a space and before a letter.
                let next: Unicode.Scalar = i + 1 < chars.count ? chars[i + 1] : " "
                if (i > 0 && !isSpace(chars[i - 1])) || !(isLetter(next) || isDigit(next)) { i += 1; continue }
            }
            let single = c == "‘" || c == "‚" || c == "‹"
            if single {
                // A single mark opens only after a space or an opening bracket and before a letter
                // (not the `‘80s` elision or a comma-like `‚`).
                let next: Unicode.Scalar = i + 1 < chars.count ? chars[i + 1] : " "
                let prev: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
                if !(isSpace(prev) || prev == "(" || prev == "[") || !(isLetter(next) || isDigit(next)) || (c == "‘" && isDigit(next)) {
                    i += 1
                    continue
                }
            }
            if c == "\"" {
                // A straight mark opens only before a word character (not `12" pipe`).
                let next: Unicode.Scalar = i + 1 < chars.count ? chars[i + 1] : " "
                let prev: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
                if isSpace(next) || (isWordChar(prev) && isLetter(prev)) { i += 1; continue }
            }
            let closing = closers(for: c)
            var j = i + 1
            var found: Int?
            if let none = noCloseFrom[c], none <= i { j = chars.count }
            while j < chars.count {
                if closing.contains(chars[j]), !single || chars[j] == "›" || j + 1 >= chars.count || !isWordChar(chars[j + 1]) {
                    // A closing mark is not followed directly by a word character (else it opens a new passage).
                    found = j
                    break
                }
                j += 1
            }
            if found == nil, noCloseFrom[c] == nil { noCloseFrom[c] = i }
            if single && found == nil { i += 1; continue }   // an unpaired single mark is an apostrophe
            let end = found ?? chars.count
            let text = TextNormalization.collapse(string(chars[(i + 1)..<end]))
            if !text.isEmpty {
                quotes.append(Quotation(open: i, close: found, text: text))
            }
            i = (found ?? chars.count) + 1
        }
        return quotes
    }
}
