/// The words of a post phrase, for telling a short form of a post from the post itself.
///
/// Words are lower-cased, stripped of surrounding punctuation (`(CiO)` → `cio`), and the
/// language's articles are dropped. A hyphenated compound stays one word, but a word of the
/// short form matches it by its first element (`Chairman` matches `Chairman-in-Office`, while
/// `President` does not match `Vice-President`).
///
///     let full = PostWords("Head of the OSCE Mission to Skopje", articles: ["the"])
///     PostWords("Head of Mission", articles: ["the"]).isShortForm(of: full)   // true
///     PostWords("Deputy Head", articles: ["the"]).isShortForm(of: full)       // false
struct PostWords: Equatable {
    let words: [String]

    init(_ phrase: String, articles: Set<String>) {
        words = phrase.split(whereSeparator: \.isWhitespace).compactMap { raw in
            let w = raw.lowercased().trimmed(PostWords.edgePunctuation)
            return w.isEmpty || articles.contains(w) ? nil : w
        }
    }

    /// True when every word of `self` occurs in `other`, in order (gaps allowed), and `other` has
    /// more words: `self` names the same post in fewer words.
    func isShortForm(of other: PostWords) -> Bool {
        guard !words.isEmpty, words.count < other.words.count else { return false }
        var i = 0
        for v in other.words where i < words.count {
            let w = words[i]
            if v == w || (v.hasPrefix(w) && v.dropFirst(w.count).first == "-") { i += 1 }
        }
        return i == words.count
    }

    /// True when `self` is a short form of `other` (`isShortForm(of:)`), or is one after its first
    /// word, which `other` holds elsewhere: the organisation named before the post in one and
    /// after it in the other (`OSCE Special Representative` and `Special Representative of the
    /// OSCE Chairperson-in-Office for the South Caucasus`).
    func isShortFormInAnyOrder(of other: PostWords) -> Bool {
        if isShortForm(of: other) { return true }
        guard words.count >= 2, other.words.contains(words[0]) else { return false }
        return PostWords(words: Array(words.dropFirst())).isShortForm(of: other)
    }

    private init(words: [String]) { self.words = words }

    private static let edgePunctuation: Set<Character> = ["(", ")", "[", "]", ",", ".", ";", ":", "\"", "“", "”", "«", "»"]
}

private extension String {
    func trimmed(_ set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
