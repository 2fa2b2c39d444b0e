/// A word or punctuation mark of a paragraph: a byte range of the paragraph's UTF-8 bytes.
///
/// The tokens of a paragraph are stored as `Token.Span`s (16 bytes each, no `String`: a 50 MB
/// one-line paragraph has millions of tokens) in a `TokenList`, which hands out `Token`s: a span
/// with a pointer to the paragraph's bytes (no reference count: valid while the list lives).
/// `text` and `stem` are made from the bytes when asked for (no allocation up to 15 bytes); the
/// stem length and the case properties the extractors ask for at every word are computed once,
/// when the span is made.
struct Token {
    enum Kind: UInt8, Hashable {
        case word
        case punct
        case quoteOpen
        case quoteClose
    }

    /// A token's place and cached properties, without its text. Offsets are 32-bit (a paragraph
    /// holds fewer than 2^31 bytes).
    struct Span: Hashable {
        var start32: Int32
        var end32: Int32
        /// The quotation index, -1 for none.
        var quote32: Int32
        var kind: Kind
        /// True when white space precedes the token.
        var spaceBefore: Bool
        /// The number of bytes of the possessive suffix that `stem` drops (0 for none).
        var stemDrop: UInt8
        /// `isCapitalized`, `isAllCaps`, `isLowercaseWord`, `startsUppercase` as bits 0, 1, 2, 3.
        var caseFlags: UInt8

        /// The span of `bytes[start..<end]` (a paragraph's UTF-8 bytes); a word's properties are
        /// read from its bytes when they are ASCII, else from its `String`.
        init(bytes: UnsafeBufferPointer<UInt8>, kind: Kind, start: Int, end: Int, spaceBefore: Bool, quote: Int?) {
            let u = UnsafeBufferPointer(rebasing: bytes[start..<end])
            var ascii = true
            for b in u where b >= 0x80 { ascii = false; break }
            guard ascii, let f = u.first else {
                self = Span(text: String(decoding: u, as: UTF8.self), kind: kind, start: start, end: end, spaceBefore: spaceBefore, quote: quote)
                return
            }
            self.kind = kind
            self.spaceBefore = spaceBefore
            self.start32 = Int32(start)
            self.end32 = Int32(end)
            self.quote32 = quote.map { Int32($0) } ?? -1
            let upperFirst = f >= 0x41 && f <= 0x5A
            guard kind == .word else {
                stemDrop = 0
                caseFlags = upperFirst ? 8 : 0
                return
            }
            // As `Token.stem(of:)`, `isCapitalized`, `isAllCaps`, `isLowercaseWord` and
            // `startsUppercase` read an ASCII word (one byte a character).
            let n = u.count
            var suffix = 0
            if n >= 2, u[n - 1] == 0x73, u[n - 2] == 0x27 { suffix = 2 } else if u[n - 1] == 0x27 { suffix = 1 }
            let stem = suffix > 0 && n - suffix >= 2 ? n - suffix : n
            stemDrop = UInt8(n - stem)
            var capitalized = false
            if upperFirst {
                if n == 2 && u[1] == 0x2E { capitalized = true } else {
                    for b in u.dropFirst() where b >= 0x61 && b <= 0x7A { capitalized = true; break }
                }
            }
            var upper = 0
            var lower = false
            for b in u[0..<stem] {
                if b >= 0x61 && b <= 0x7A { lower = true; break }
                if b >= 0x41 && b <= 0x5A { upper += 1 }
            }
            let allCaps = !lower && upper >= 2
            caseFlags = (capitalized ? 1 : 0) | (allCaps ? 2 : 0) | (f >= 0x61 && f <= 0x7A ? 4 : 0) | (upperFirst ? 8 : 0)
        }

        /// A span of bytes `start..<end`, whose text is `text` (read for a word's properties only).
        init(text: String, kind: Kind, start: Int, end: Int, spaceBefore: Bool, quote: Int?) {
            self.kind = kind
            self.spaceBefore = spaceBefore
            self.start32 = Int32(start)
            self.end32 = Int32(end)
            self.quote32 = quote.map { Int32($0) } ?? -1
            let upper: UInt8 = Token.startsUppercase(text) ? 8 : 0
            guard kind == .word else {
                stemDrop = 0
                caseFlags = upper
                return
            }
            let stem = Token.stem(of: text)
            stemDrop = UInt8(text.utf8.count - stem.utf8.count)
            caseFlags = (Token.isCapitalized(text) ? 1 : 0) | (Token.isAllCaps(stem) ? 2 : 0) | (Token.isLowercaseWord(text) ? 4 : 0) | upper
        }
    }

    /// The first byte of the paragraph the token lies in (borrowed from its `ParagraphBytes`).
    let base: UnsafePointer<UInt8>
    let span: Span

    init(base: UnsafePointer<UInt8>, span: Span) {
        self.base = base
        self.span = span
    }

    var kind: Kind { span.kind }

    /// True when white space precedes the token.
    var spaceBefore: Bool { span.spaceBefore }

    /// UTF-8 byte offsets in the paragraph, half-open (see `Tokenizer`).
    var start: Int { Int(span.start32) }

    var end: Int { Int(span.end32) }

    /// Index of the quotation the token lies in, if any.
    var quote: Int? { span.quote32 < 0 ? nil : Int(span.quote32) }

    var isWord: Bool { span.kind == .word }

    /// The token's text, made from the paragraph's bytes (no allocation up to 15 bytes).
    var text: String { bytes(span.start32, span.end32) }

    /// The word without a trailing possessive (`Sweden’s` → `Sweden`, `Poland's` → `Poland`).
    var stem: String { bytes(span.start32, span.end32 - Int32(span.stemDrop)) }

    /// The token's UTF-8 bytes.
    var utf8: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base + Int(span.start32), count: Int(span.end32 - span.start32)) }

    /// The UTF-8 bytes of `stem`.
    var stemUTF8: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + Int(span.start32), count: Int(span.end32 - span.start32) - Int(span.stemDrop))
    }

    /// True when the token's text is `word` (`text == word`), compared on the bytes: no `String`
    /// is made unless a side is not ASCII and the bytes differ (then canonical equivalence decides).
    /// - Complexity: O(token length).
    func spells(_ word: String) -> Bool {
        let mine = utf8
        let same: Bool? = word.utf8.withContiguousStorageIfAvailable { w in
            if w.count == mine.count, w.elementsEqual(mine) { return true }
            return w.allSatisfy { $0 < 0x80 } && mine.allSatisfy { $0 < 0x80 } ? false : nil
        } ?? nil
        return same ?? (text == word)
    }

    @inline(__always)
    private func bytes(_ a: Int32, _ b: Int32) -> String {
        String(decoding: UnsafeBufferPointer(start: base + Int(a), count: Int(b - a)), as: UTF8.self)
    }

    fileprivate static func stem(of text: String) -> String {
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

    var isPossessive: Bool { span.stemDrop != 0 }

    /// First letter upper case and some later letter lower case (`Greminger`, `Dr.`, `McDonald`, not `OSCE`).
    var isCapitalized: Bool { span.caseFlags & 1 != 0 }

    /// All letters upper case, at least two (`OSCE`, `ODIHR`, `VIENNA`).
    var isAllCaps: Bool { span.caseFlags & 2 != 0 }

    /// A word whose first character is lower case.
    var isLowercaseWord: Bool { span.caseFlags & 4 != 0 }

    fileprivate static func isCapitalized(_ text: String) -> Bool {
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
    var startsUppercase: Bool { span.caseFlags & 8 != 0 }

    fileprivate static func startsUppercase(_ text: String) -> Bool {
        let u = text.utf8
        guard let f = u.first else { return false }
        if f < 0x80 {
            let second = u.dropFirst().first
            if second == nil || second! < 0x80 { return f >= 0x41 && f <= 0x5A }
        }
        return text.first?.isUppercase == true
    }

    fileprivate static func isAllCaps(_ s: String) -> Bool {
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

    fileprivate static func isLowercaseWord(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let f = text.utf8.first else { return false }
            return f >= 0x61 && f <= 0x7A
        }
        guard let f = text.first else { return false }
        return f.isLowercase
    }
}
