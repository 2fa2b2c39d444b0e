/// Guesses the ISO 639-1 code of a text from its script and function words.
///
/// Cyrillic text is Russian (`ru`), or Ukrainian (`uk`) when it holds `і ї є ґ`;
/// Latin text is English, German, French, Italian or Spanish by the count of
/// common function words; English when nothing decides.
enum LanguageDetector {
    static let functionWords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "was", "for", "with", "on", "that", "by", "from", "has", "have", "will"]),
        ("de", ["der", "die", "das", "und", "mit", "von", "zu", "im", "den", "sich", "ist", "nicht", "eine", "für", "auf", "dem", "wurde", "hat"]),
        ("fr", ["le", "la", "les", "des", "et", "du", "une", "dans", "pour", "est", "au", "sur", "avec", "qui"]),
        ("it", ["il", "della", "di", "che", "gli", "per", "sono", "con", "nel", "delle"]),
        ("es", ["el", "los", "las", "del", "y", "que", "para", "con", "por", "una"]),
    ]

    /// Languages written in Cyrillic that a page's own language tag may name.
    static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]

    /// - Parameter hint: the page's own language tag's primary subtag (HTML `lang`), if any: it wins
    ///   when the text does not decide (no function words, or a tie with the best), and it names
    ///   the language of Cyrillic text when it is a Cyrillic-script language.
    static func detect(_ full: String, hint: String? = nil) -> String {
        let text = full.unicodeScalars.count > 4000 ? String(String.UnicodeScalarView(full.unicodeScalars.prefix(4000))) : full
        var cyrillic = 0
        var latin = 0
        var ukrainian = 0
        for s in text.unicodeScalars {
            if (0x0400...0x04FF).contains(s.value) {
                cyrillic += 1
                if "іїєґІЇЄҐ".unicodeScalars.contains(s) { ukrainian += 1 }
            } else if s.properties.isAlphabetic && s.value < 0x0250 {
                latin += 1
            }
        }
        if cyrillic > latin {
            if let hint, cyrillicLanguages.contains(hint) { return hint }
            return ukrainian > 2 ? "uk" : "ru"
        }
        var counts: [String: Int] = [:]
        for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let word = String(w)
            for (code, set) in functionWords where set.contains(word) { counts[code, default: 0] += 1 }
        }
        var best = "en"
        var bestCount = counts["en"] ?? 0
        for (code, _) in functionWords where (counts[code] ?? 0) > bestCount {
            best = code
            bestCount = counts[code] ?? 0
        }
        if let hint, (counts[hint] ?? 0) >= bestCount { return hint }
        return best
    }
}
