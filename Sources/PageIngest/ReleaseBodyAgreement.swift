/// Whether two releases with the same title and date, read from two different pages, are the same
/// release captured twice (one release) or two different articles (two releases).
///
/// The bodies are compared as sequences of lower-cased words (runs of letters and digits; white
/// space, punctuation and quotation-mark styles do not count). They agree when
/// - either is empty (a listing entry or a title-only capture: nothing says they differ);
/// - one is a prefix of the other (a teaser, or a capture cut off mid-text); or
/// - most of the shorter body's word trigrams occur in the longer (at least
///   `minimumSharedTrigrams`): the same article edited, with a word or a sentence changed.
///
/// Two different articles under one headline share their topic's words, but few runs of three
/// words beyond set phrases, so their trigram share stays well below the threshold, while an
/// edit changes only the trigrams around each changed word (`ReleaseIdentityTests`).
///
/// Source: issue 6, "Identity and provenance": "The same release captured twice is one release".
enum ReleaseBodyAgreement {
    /// The share of the shorter body's distinct word trigrams that the longer body must hold.
    static let minimumSharedTrigrams = 0.5

    /// The comparison form of a body: its words, lower-cased. - Complexity: O(n).
    static func words(_ body: String) -> [Substring] {
        body.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Whether bodies given as `words(_:)` are one article (see the type). - Complexity: O(n + m).
    static func agree(_ a: [Substring], _ b: [Substring]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if long.starts(with: short) { return true }
        let shortGrams = trigrams(short), longGrams = trigrams(long)
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
