/// A word or punctuation mark of a paragraph, with its place among the paragraph's Unicode scalars.
struct Token: Hashable {
    enum Kind: Hashable {
        case word
        case punct
        case quoteOpen
        case quoteClose
    }

    var text: String
    var kind: Kind
    /// Scalar offsets in the paragraph, half-open (see `Tokenizer`).
    var start: Int
    var end: Int
    /// True when white space precedes the token.
    var spaceBefore: Bool
    /// Index of the quotation the token lies in, if any.
    var quote: Int?

    var isWord: Bool { kind == .word }

    /// The word without a trailing possessive (`Sweden’s` → `Sweden`, `Poland's` → `Poland`).
    var stem: String {
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            return String(text.dropLast(suffix.count))
        }
        return text
    }

    var isPossessive: Bool { stem != text }

    /// First letter upper case and some later letter lower case (`Greminger`, `Dr.`, `McDonald`, not `OSCE`).
    var isCapitalized: Bool {
        guard kind == .word, let f = text.first, f.isUppercase else { return false }
        if text.count == 2 && text.hasSuffix(".") { return true }   // an initial, `F.`
        return text.dropFirst().contains { $0.isLowercase }
    }

    /// All letters upper case, at least two (`OSCE`, `ODIHR`, `VIENNA`).
    var isAllCaps: Bool {
        let letters = stem.filter(\.isLetter)
        return kind == .word && letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    var isLowercaseWord: Bool {
        guard kind == .word, let f = text.first else { return false }
        return f.isLowercase
    }
}
