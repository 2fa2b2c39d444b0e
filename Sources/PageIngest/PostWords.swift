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

    /// `init(_:articles:)` with a lexicon's articles (`Lexicon.articles`).
    init(_ phrase: String, articles: WordSet) { self.init(phrase, articles: articles.words) }

    init(_ phrase: String, articles: Set<String>) {
        if let ascii = Self.asciiWords(phrase, articles: articles) {
            words = ascii
            return
        }
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

    /// The words of an ASCII phrase, as `init` makes them, read from its bytes (ASCII white space
    /// is 09–0D and 20, an ASCII letter's lower case is one byte); nil when the phrase is not ASCII.
    private static func asciiWords(_ phrase: String, articles: Set<String>) -> [String]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            func isEdge(_ b: UInt8) -> Bool {
                // `edgePunctuation`'s ASCII marks.
                switch b {
                case 0x28, 0x29, 0x5B, 0x5D, 0x2C, 0x2E, 0x3B, 0x3A, 0x22: return true
                default: return false
                }
            }
            var out: [String] = []
            var i = 0
            while i < bytes.count {
                while i < bytes.count, isSpace(bytes[i]) { i += 1 }
                var start = i
                while i < bytes.count, !isSpace(bytes[i]) { i += 1 }
                var end = i
                while start < end, isEdge(bytes[start]) { start += 1 }
                while end > start, isEdge(bytes[end - 1]) { end -= 1 }
                guard start < end else { continue }
                let w = String(unsafeUninitializedCapacity: end - start) { buffer in
                    for k in start..<end {
                        let b = bytes[k]
                        buffer[k - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    }
                    return end - start
                }
                if !articles.contains(w) { out.append(w) }
            }
            return out
        }
    }

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
