/// One paragraph (or the title) of a release, tokenized, with the person mentions found in it.
struct TextUnit {
    /// Stored as 32-bit numbers (12 bytes, not 24: a page of one 50 MB line names millions);
    /// read and written as `Int`s.
    struct Mention: Hashable {
        private var start32: Int32
        private var end32: Int32
        private var person32: Int32

        /// Token range of the name (honorific excluded).
        var start: Int {
            get { Int(start32) }
            set { start32 = Int32(newValue) }
        }
        var end: Int {
            get { Int(end32) }
            set { end32 = Int32(newValue) }
        }
        /// Index of the person (`PeopleExtractor.people`).
        var person: Int {
            get { Int(person32) }
            set { person32 = Int32(newValue) }
        }

        init(start: Int, end: Int, person: Int) {
            start32 = Int32(start)
            end32 = Int32(end)
            person32 = Int32(person)
        }
    }

    /// The paragraph; token offsets index its UTF-8 bytes.
    var text: String
    var tokens: TokenList
    var quotes: [Tokenizer.Quotation]
    var isTitle: Bool
    /// The person mentions, which never overlap; in token order after `sortMentions()`.
    private(set) var mentions: [Mention] = []
    /// Per token, the index in `mentions` of the mention covering it, -1 for none; empty while
    /// the unit has no mention (4 bytes a token once it has one).
    private var covering: [Int32] = []

    init(_ text: String, isTitle: Bool = false) {
        let r = Tokenizer.tokenize(text)
        self.text = text
        self.tokens = r.tokens
        self.quotes = r.quotes
        self.isTitle = isTitle
    }

    /// The source text of tokens `start..<end`, white space collapsed.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= tokens.count else { return "" }
        let slice = UnsafeBufferPointer(rebasing: tokens.bytes[tokens[start].start..<tokens[end - 1].end])
        return TextNormalization.isCollapsed(bytes: slice) ? String(decoding: slice, as: UTF8.self) : TextNormalization.collapse(bytes: slice)
    }

    /// True when exactly one character (a white-space scalar: every other one is a token) lies
    /// between tokens `a` and `b` (`a` before `b`).
    func oneScalarBetween(_ a: Token, _ b: Token) -> Bool {
        let gap = b.start - a.end
        guard gap >= 1 && gap <= 4 else { return false }
        let lead = tokens.bytes[a.end]
        return gap == (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4)
    }

    /// Adds a mention of tokens `m.start..<m.end`, which no other mention may cover.
    /// - Complexity: O(`m.end - m.start`) (O(tokens) for the first mention of the unit).
    mutating func addMention(_ m: Mention) {
        if covering.isEmpty { covering = [Int32](repeating: -1, count: tokens.count) }
        for k in max(0, m.start)..<min(m.end, tokens.count) { covering[k] = Int32(mentions.count) }
        mentions.append(m)
    }

    /// Puts the mentions in token order.
    mutating func sortMentions() {
        guard mentions.count > 1 else { return }
        mentions.sort { $0.start < $1.start }
        for (n, m) in mentions.enumerated() {
            for k in max(0, m.start)..<min(m.end, tokens.count) { covering[k] = Int32(n) }
        }
    }

    /// The mention covering token `i`, nil when none does. O(1).
    func mention(covering i: Int) -> Mention? {
        guard i >= 0, i < covering.count else { return nil }
        let n = covering[i]
        return n < 0 ? nil : mentions[Int(n)]
    }

    /// The mention that starts at token `i`. O(1).
    func mention(startingAt i: Int) -> Mention? {
        guard let m = mention(covering: i), m.start == i else { return nil }
        return m
    }

    /// The mention that ends right before token `end` (its last token is `end - 1`). O(1).
    func mention(endingAt end: Int) -> Mention? {
        guard let m = mention(covering: end - 1), m.end == end else { return nil }
        return m
    }

    /// The first mention that starts at a token in `from..<to`, nil when none does (or `to <= from`).
    /// O(`to - from`).
    func firstMention(from: Int, to: Int) -> Mention? {
        var k = max(0, from)
        while k < min(to, covering.count) {
            if let m = mention(startingAt: k) { return m }
            k += 1
        }
        return nil
    }

    /// The mention that ends last at or before token `end` (exclusive) and starts at `start` or
    /// after, nil when none does. O(`end - start`).
    func lastMention(endingBy end: Int, startingFrom start: Int) -> Mention? {
        var k = min(end, covering.count) - 1
        while k >= max(0, start) {
            if let m = mention(covering: k) {
                if m.end <= end && m.start >= start { return m }
                k = m.start - 1
                continue
            }
            k -= 1
        }
        return nil
    }
}
