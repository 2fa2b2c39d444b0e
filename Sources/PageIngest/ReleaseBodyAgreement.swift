/// Whether two releases with the same title and date, read from two different pages, are the same
/// release captured twice (one release) or two different articles (two releases).
///
/// The bodies are compared as sequences of lower-cased words (runs of letters and digits; white
/// space, punctuation and quotation-mark styles do not count). They agree when
/// - either is empty (a listing entry or a title-only capture: nothing says they differ);
/// - one is a prefix of the other (a teaser, or a capture cut off mid-text); or
/// - most of the shorter body's word trigrams *outside quoted passages* occur in the longer's
///   (at least `minimumSharedTrigrams`): the same article edited, with a word or a sentence
///   changed.
///
/// Quoted passages are left out of the share because two different articles quote the same
/// statement: one long shared quotation alone reached the share of 0.5 before, and two articles
/// that agreed only on the words somebody said became one release. The article's own words tell
/// them apart, and an edit changes only the trigrams around each changed word. When the shorter
/// body has no three words of its own outside quotes (a body that is one quotation), its whole
/// words are compared. The titles and dates already agree: only releases of one slug
/// (`{date}-{title}`) are compared (`PageCorpus`).
///
/// Quoted passages are those `Tokenizer.findQuotes` pairs (every quotation-mark style), found
/// paragraph by paragraph; an unclosed quotation runs to its paragraph's end.
///
/// Source: issue 6, "Identity and provenance": "The same release captured twice is one release".
enum ReleaseBodyAgreement {
    /// The share of the shorter body's distinct word trigrams that the longer body must hold.
    static let minimumSharedTrigrams = 0.5

    /// A body in comparison form.
    struct Body {
        /// Every word, lower-cased.
        var words: [Substring]
        /// The words outside quoted passages, lower-cased.
        var unquoted: [Substring]
    }

    /// The comparison form of a body: its words, and its words outside quoted passages.
    /// - Complexity: O(n) in the body's bytes.
    static func words(_ body: String) -> Body {
        Body(words: split(body), unquoted: split(unquotedText(body)))
    }

    private static func split(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// `body` with its quoted passages (and their marks) left out, paragraph by paragraph.
    static func unquotedText(_ body: String) -> String {
        var out = ""
        for paragraph in body.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = String(paragraph)
            text.withUTF8 { bytes in
                var kept = 0
                for quote in Tokenizer.findQuotes(UTF8Text(bytes)) {
                    out += String(decoding: UnsafeBufferPointer(rebasing: bytes[kept..<quote.open]), as: UTF8.self) + " "
                    kept = quote.close ?? bytes.count
                }
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[kept...]), as: UTF8.self)
            }
            out += "\n"
        }
        return out
    }

    /// Whether bodies given as `words(_:)` are one article (see the type). - Complexity: O(n + m).
    static func agree(_ a: Body, _ b: Body) -> Bool {
        if a.words.isEmpty || b.words.isEmpty { return true }
        let (short, long) = a.words.count <= b.words.count ? (a, b) : (b, a)
        if long.words.starts(with: short.words) { return true }
        // The article's own words, unless the shorter has fewer than three of them.
        let own = short.unquoted.count >= 3
        let shortGrams = trigrams(own ? short.unquoted : short.words), longGrams = trigrams(own ? long.unquoted : long.words)
        guard !shortGrams.isEmpty else { return false }
        let shared = shortGrams.filter { longGrams.contains($0) }.count
        return Double(shared) >= minimumSharedTrigrams * Double(shortGrams.count)
    }

    /// The distinct runs of three words (of one or two words, when the body is that short).
    private static func trigrams(_ words: [Substring]) -> Set<String> {
        let n = min(3, words.count)
        guard n > 0 else { return [] }
        var grams = Set<String>()
        for i in 0...(words.count - n) { grams.insert(words[i..<(i + n)].joined(separator: " ")) }
        return grams
    }
}
