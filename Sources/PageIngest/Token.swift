/// A word or punctuation mark of a paragraph, with its place among the paragraph's UTF-8 bytes.
///
/// Offsets are kept as 32-bit integers (a token is 32 bytes, not 56: a 50 MB one-line paragraph
/// has millions of tokens); a paragraph holds fewer than 2^31 bytes. The stem and the case
/// properties the extractors ask for at every word are computed once, when the token is made,
/// and kept in the two bytes the layout had free (`text` and `kind` are therefore constants).
struct Token: Hashable {
    enum Kind: Hashable {
        case word
        case punct
        case quoteOpen
        case quoteClose
    }

    let text: String
    let kind: Kind
    /// True when white space precedes the token.
    var spaceBefore: Bool
    /// The number of bytes of the possessive suffix that `stem` drops (0 for none).
    private let stemDrop: UInt8
    /// `isCapitalized`, `isAllCaps`, `isLowercaseWord` as bits 0, 1, 2.
    private let caseFlags: UInt8
    private var start32: Int32
    private var end32: Int32
    /// The quotation index, -1 for none.
    private var quote32: Int32

    init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool, quote: Int?) {
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.start32 = Int32(start)
        self.end32 = Int32(end)
        self.quote32 = quote.map { Int32($0) } ?? -1
        guard kind == .word else {
            stemDrop = 0
            caseFlags = 0
            return
        }
        let stem = Self.stem(of: text)
        stemDrop = UInt8(text.utf8.count - stem.utf8.count)
        caseFlags = (Self.isCapitalized(text) ? 1 : 0) | (Self.isAllCaps(stem) ? 2 : 0) | (Self.isLowercaseWord(text) ? 4 : 0)
    }

    /// UTF-8 byte offsets in the paragraph, half-open (see `Tokenizer`).
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }

    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }

    /// Index of the quotation the token lies in, if any.
    var quote: Int? {
        get { quote32 < 0 ? nil : Int(quote32) }
        set { quote32 = newValue.map { Int32($0) } ?? -1 }
    }

    var isWord: Bool { kind == .word }

    /// The word without a trailing possessive (`Sweden’s` → `Sweden`, `Poland's` → `Poland`).
    var stem: String {
        stemDrop == 0 ? text : String(decoding: text.utf8.dropLast(Int(stemDrop)), as: UTF8.self)
    }

    private static func stem(of text: String) -> String {
        if let n = Self.asciiPossessiveStemLength(text) {
            return n < 0 ? text : String(decoding: text.utf8.prefix(n), as: UTF8.self)
        }
        for suffix in ["’s", "'s", "’", "'"] where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
            return String(text.dropLast(suffix.count))
        }
        return text
    }

    /// For a word whose bytes before a possessive suffix (`’s`, `'s`, `’`, `'`) are all ASCII: the
    /// byte length of its stem, -1 when it has no possessive (the stem needs two characters);
    /// nil for other words (the caller then compares `Character`s). ASCII bytes are characters here.
    private static func asciiPossessiveStemLength(_ text: String) -> Int? {
        let u = text.utf8
        let n = u.count
        var suffix = 0
        if n >= 4 && u.last == 0x73 {
            // `’s` (E2 80 99 73) or `'s`.
            let tail = u.suffix(4)
            if tail.elementsEqual([0xE2, 0x80, 0x99, 0x73]) { suffix = 4 }
        }
        if suffix == 0, n >= 2, u.last == 0x73, u.dropLast().last == 0x27 { suffix = 2 }
        if suffix == 0, n >= 3, u.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) { suffix = 3 }
        if suffix == 0, u.last == 0x27 { suffix = 1 }
        let stem = n - suffix
        guard u.prefix(stem).allSatisfy({ $0 < 0x80 }) else { return nil }
        // A word ends in at most one of the suffixes; its stem needs two characters.
        return suffix > 0 && stem >= 2 ? stem : -1
    }

    var isPossessive: Bool { stemDrop != 0 }

    /// First letter upper case and some later letter lower case (`Greminger`, `Dr.`, `McDonald`, not `OSCE`).
    var isCapitalized: Bool { caseFlags & 1 != 0 }

    /// All letters upper case, at least two (`OSCE`, `ODIHR`, `VIENNA`).
    var isAllCaps: Bool { caseFlags & 2 != 0 }

    /// A word whose first character is lower case.
    var isLowercaseWord: Bool { caseFlags & 4 != 0 }

    private static func isCapitalized(_ text: String) -> Bool {
        let u = text.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            guard let f = u.first, f >= 0x41 && f <= 0x5A else { return false }
            if u.count == 2 && u.last == 0x2E { return true }   // an initial, `F.`
            return u.dropFirst().contains { $0 >= 0x61 && $0 <= 0x7A }
        }
        guard let f = text.first, f.isUppercase else { return false }
        if text.count == 2 && text.hasSuffix(".") { return true }   // an initial, `F.`
        return text.dropFirst().contains { $0.isLowercase }
    }

    /// The first character is upper case (`text.first?.isUppercase`), read from the first byte
    /// when it is ASCII and no combining mark follows it.
    var startsUppercase: Bool {
        let u = text.utf8
        guard let f = u.first else { return false }
        if f < 0x80 {
            let second = u.dropFirst().first
            if second == nil || second! < 0x80 { return f >= 0x41 && f <= 0x5A }
        }
        return text.first?.isUppercase == true
    }

    private static func isAllCaps(_ s: String) -> Bool {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var upper = 0
            for b in s.utf8 {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { upper += 1 }
            }
            return upper >= 2
        }
        let letters = s.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    private static func isLowercaseWord(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let f = text.utf8.first else { return false }
            return f >= 0x61 && f <= 0x7A
        }
        guard let f = text.first else { return false }
        return f.isLowercase
    }
}
