/// Byte pre-filters over a `Lexicon`'s most-asked word sets, built once with the lexicon and
/// shared read-only by every page and thread that uses it (the extractors ask them at every
/// token before making the token's `String`).
///
/// Each filter answers "may be in the set" from a token's first byte and length (`WordFilter`);
/// a `false` is exact, a `true` is confirmed by the set itself.
///
/// Shape: eight `WordFilter`s (2 KiB each) and a flag; built in O(words of the sets).
struct LexiconFilters: Sendable {
    /// `honorifics`: words written before a name as a title.
    let honorifics: WordFilter
    /// The last words of the honorifics of several words (the keys of `Lexicon.honorificPhrases`):
    /// `honorific(before:in:)` asks its table at every token before a name and along a sentence.
    let honorificPhraseEnds: WordFilter
    /// The first words of the honorifics of several words: `honorificEnd(from:in:)` asks whether
    /// one starts at a word (or a one-word honorific is it, `mayBeHonorific`) before reading on.
    let honorificPhraseStarts: WordFilter
    /// `honorifics` and the keys of `pluralHonorifics`.
    let honorificsAndPlurals: WordFilter
    let nameParticles: WordFilter
    let pronouns: WordFilter
    let articles: WordFilter
    /// The first words of `appointmentPhrases`: a token it refuses opens none (nil when a phrase
    /// is empty: one then opens anywhere).
    let appointmentOpeners: WordFilter?
    /// True when every elided article (`elidedArticles`, folded) holds an apostrophe: then only a
    /// word with an apostrophe (`'`, `’`, `‘`, which fold to `'`) can start with one.
    let elisionsNeedApostrophe: Bool

    /// - Parameter honorificPhrases: the honorifics of several words, each as its words (`Lexicon.honorificPhrases`).
    init(honorifics: Set<String>, honorificPhrases: [[String]], pluralHonorifics: some Sequence<String>, nameParticles: Set<String>,
         pronouns: Set<String>, articles: Set<String>, appointmentPhrases: [[String]], elidedArticles: [String]) {
        self.honorifics = WordFilter(honorifics)
        self.honorificPhraseEnds = WordFilter(honorificPhrases.compactMap(\.last))
        self.honorificPhraseStarts = WordFilter(honorificPhrases.compactMap(\.first))
        self.honorificsAndPlurals = WordFilter(honorifics.union(pluralHonorifics))
        self.nameParticles = WordFilter(nameParticles)
        self.pronouns = WordFilter(pronouns)
        self.articles = WordFilter(articles)
        self.appointmentOpeners = appointmentPhrases.contains(where: \.isEmpty) ? nil : WordFilter(appointmentPhrases.compactMap(\.first))
        elisionsNeedApostrophe = elidedArticles.allSatisfy { $0.utf8.contains(0x27) }
    }

    /// False when `word` (a token's UTF-8 bytes) cannot be an honorific, bare or after an elided
    /// article (`Lexicon.honorific(_:)`): its first byte and length fit no honorific, and it holds
    /// no apostrophe that an elided article would need.
    /// - Complexity: O(1) for a word that fits an honorific; O(bytes) otherwise.
    @inline(__always)
    func mayBeHonorific(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if honorifics.mayContain(word) || !elisionsNeedApostrophe { return true }
        return Self.holdsApostrophe(word)
    }

    /// True when the bytes hold `'` (27) or `’`/`‘` (E2 80 99 / E2 80 98).
    static func holdsApostrophe(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < word.count {
            let b = word[i]
            if b == 0x27 { return true }
            if b == 0xE2, i + 2 < word.count, word[i + 1] == 0x80, word[i + 2] == 0x98 || word[i + 2] == 0x99 { return true }
            i += 1
        }
        return false
    }
}

extension Lexicon {
    /// The honorific token `t` is (`honorific(_:)`), with the byte pre-filter asked first: no
    /// `String` is made for a token that cannot be one.
    @inline(__always)
    func honorific(_ t: Token) -> String? {
        filters.mayBeHonorific(t.utf8) ? honorific(t.text) : nil
    }
}
