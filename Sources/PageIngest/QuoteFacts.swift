import OSCE

/// A passage of direct speech and its speaker.
///
/// `text` is the whole passage between the quotation marks (white space
/// collapsed); a passage cut off by a truncated capture runs to the end of the
/// text. `speaker` is the full name of the person who says it, resolved from a
/// surname, pronoun or role where the text uses one; nil when no speaker can be found.
/// JSON adds `opening_words`: the first five white-space-separated words, with
/// trailing punctuation of the fifth dropped (the expected-facts convention).
/// `position` is where the passage is on the page (`TextSpan`: Unicode scalar offsets into
/// the page file's text), filled after extraction by `PageFacts.locateSources(in:)`; JSON key
/// `position`, written only when known.
public struct QuoteFacts: Codable, Hashable, Sendable {
    public var speaker: String?
    public var text: String
    public var position: TextSpan?

    public init(speaker: String?, text: String, position: TextSpan? = nil) {
        self.speaker = speaker
        self.text = text
        self.position = position
    }

    /// Equal facts: the same speaker and text. `position` is provenance, not a fact of the
    /// page, and is not compared.
    public static func == (a: QuoteFacts, b: QuoteFacts) -> Bool { a.speaker == b.speaker && a.text == b.text }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(speaker)
        hasher.combine(text)
    }

    /// The first five words of `text`; punctuation ending the fifth word is dropped.
    public var openingWords: String {
        let words = text.split(whereSeparator: { $0 == " " }).prefix(5).map(String.init)
        guard var last = words.last else { return "" }
        var out = Array(words.dropLast())
        if words.count == 5 {
            while let c = last.last, c.isPunctuation, !(c == "’" || c == "'") { last.removeLast() }
        }
        out.append(last)
        return out.joined(separator: " ")
    }

    enum CodingKeys: String, CodingKey {
        case speaker, text, position
        case openingWords = "opening_words"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        if let t = try c.decodeIfPresent(String.self, forKey: .text) {
            text = t
        } else {
            text = try c.decode(String.self, forKey: .openingWords)
        }
        position = try c.decodeIfPresent(TextSpan.self, forKey: .position)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(openingWords, forKey: .openingWords)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(position, forKey: .position)
    }
}
