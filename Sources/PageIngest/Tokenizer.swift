/// Splits a paragraph into tokens and finds its quotations.
///
/// Quotation marks: `“…”`, `„…“`, `„…”`, `"…"`, `«…»`, `»…«`, single `‘…’`, `‚…‘`, `‹…›`, and mixed straight/curly pairs
/// (`"…”`, `“…"`). A mark that opens a passage is paired with the first closing mark after
/// it; a passage without a closing mark runs to the end of the paragraph.
struct Tokenizer {
    struct Quotation: Hashable {
        /// Character offsets of the marks (close == nil when unclosed).
        var open: Int
        var close: Int?
        /// The passage, white space collapsed.
        var text: String
    }

    struct Result {
        var chars: [Character]
        var tokens: [Token]
        var quotes: [Quotation]
    }

    static let abbreviations: Set<String> = ["Dr", "Prof", "Mr", "Mrs", "Ms", "St", "No", "Nr", "Jr", "Sr", "Mt", "Gen", "Col", "Lt", "Amb", "Rev", "Hon", "vs", "etc", "e.g", "i.e", "Art", "para", "approx"]

    static func tokenize(_ paragraph: String) -> Result {
        let chars = Array(paragraph)
        let quotes = findQuotes(chars)
        var quoteAt = [Int?](repeating: nil, count: chars.count + 1)
        var markKind: [Int: Token.Kind] = [:]
        for (qi, q) in quotes.enumerated() {
            markKind[q.open] = .quoteOpen
            let end = q.close ?? chars.count
            if let c = q.close { markKind[c] = .quoteClose }
            var k = q.open + 1
            while k < end { quoteAt[k] = qi; k += 1 }
        }
        var tokens: [Token] = []
        var i = 0
        var space = true
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { space = true; i += 1; continue }
            if let kind = markKind[i] {
                let qi = kind == .quoteOpen ? quoteAt[i + 1 < chars.count ? i + 1 : i] : quoteAt[max(0, i - 1)]
                tokens.append(Token(text: String(c), kind: kind, start: i, end: i + 1, spaceBefore: space,
                                    quote: qi ?? quotes.firstIndex { $0.open == i || $0.close == i }))
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
                        if j + 1 >= chars.count || chars[j + 1].isWhitespace { j += 1 }
                        break
                    }
                    if d == "." && j + 1 < chars.count && chars[j + 1].isNumber && chars[j - 1].isNumber { j += 1; continue }
                    break
                }
                var text = String(chars[i..<j])
                if j < chars.count, chars[j] == ".", abbreviations.contains(text) || (text.count == 1 && text.first?.isUppercase == true) {
                    text.append(".")
                    j += 1
                }
                tokens.append(Token(text: text, kind: .word, start: i, end: j, spaceBefore: space, quote: quoteAt[i]))
                space = false
                i = j
                continue
            }
            tokens.append(Token(text: String(c), kind: .punct, start: i, end: i + 1, spaceBefore: space, quote: quoteAt[i]))
            space = false
            i += 1
        }
        return Result(chars: chars, tokens: tokens, quotes: quotes)
    }

    static func isWordChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
    }

    private static func closers(for open: Character) -> Set<Character> {
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
    static func findQuotes(_ chars: [Character]) -> [Quotation] {
        var quotes: [Quotation] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "“" || c == "„" || c == "\"" || c == "«" || c == "»" || c == "‘" || c == "‚" || c == "‹" else { i += 1; continue }
            if c == "»" {
                // `»…«` (German, Nordic): a `»` opens only after a space and before a letter.
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                if (i > 0 && !chars[i - 1].isWhitespace) || !(next.isLetter || next.isNumber) { i += 1; continue }
            }
            let single = c == "‘" || c == "‚" || c == "‹"
            if single {
                // A single mark opens only after a space or an opening bracket and before a letter
                // (not the `‘80s` elision or a comma-like `‚`).
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let prev = i > 0 ? chars[i - 1] : " "
                if !(prev.isWhitespace || prev == "(" || prev == "[") || !(next.isLetter || next.isNumber) || (c == "‘" && next.isNumber) {
                    i += 1
                    continue
                }
            }
            if c == "\"" {
                // A straight mark opens only before a word character (not `12" pipe`).
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let prev = i > 0 ? chars[i - 1] : " "
                if next.isWhitespace || (isWordChar(prev) && prev.isLetter) { i += 1; continue }
            }
            let closing = closers(for: c)
            var j = i + 1
            var found: Int?
            while j < chars.count {
                if closing.contains(chars[j]), !single || chars[j] == "›" || j + 1 >= chars.count || !isWordChar(chars[j + 1]) {
                    // A closing mark is not followed directly by a word character (else it opens a new passage).
                    found = j
                    break
                }
                j += 1
            }
            if single && found == nil { i += 1; continue }   // an unpaired single mark is an apostrophe
            let end = found ?? chars.count
            let text = TextNormalization.collapse(String(chars[(i + 1)..<end]))
            if !text.isEmpty {
                quotes.append(Quotation(open: i, close: found, text: text))
            }
            i = (found ?? chars.count) + 1
        }
        return quotes
    }
}
