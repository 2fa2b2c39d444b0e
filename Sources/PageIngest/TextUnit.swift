/// One paragraph (or the title) of a release, tokenized, with the person mentions found in it.
struct TextUnit {
    struct Mention: Hashable {
        /// Token range of the name (honorific excluded).
        var start: Int
        var end: Int
        var person: Int
    }

    var text: String
    /// The paragraph's Unicode scalars; token offsets index them.
    var chars: [Unicode.Scalar]
    var tokens: [Token]
    var quotes: [Tokenizer.Quotation]
    var isTitle: Bool
    var mentions: [Mention] = []

    init(_ text: String, isTitle: Bool = false) {
        let r = Tokenizer.tokenize(text)
        self.text = text
        self.chars = r.chars
        self.tokens = r.tokens
        self.quotes = r.quotes
        self.isTitle = isTitle
    }

    /// The source text of tokens `start..<end`, white space collapsed.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= tokens.count else { return "" }
        return TextNormalization.collapse(Tokenizer.string(chars[tokens[start].start..<tokens[end - 1].end]))
    }

    func mention(startingAt i: Int) -> Mention? { mentions.first { $0.start == i } }

    func mention(covering i: Int) -> Mention? { mentions.first { $0.start <= i && i < $0.end } }
}
