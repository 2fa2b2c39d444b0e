/// Guesses the ISO 639-1 code of a text from its script and function words.
///
/// Cyrillic text is Russian (`ru`), or Ukrainian (`uk`) when it holds `і ї є ґ`;
/// Latin text is English, German, French, Italian, Spanish, Albanian or Croatian by the count of
/// common function words; English when nothing decides.
enum LanguageDetector {
    static let functionWords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "was", "for", "with", "on", "that", "by", "from", "has", "have", "will"]),
        ("de", ["der", "die", "das", "und", "mit", "von", "zu", "im", "den", "sich", "ist", "nicht", "eine", "für", "auf", "dem", "wurde", "hat"]),
        ("fr", ["le", "la", "les", "des", "et", "du", "une", "dans", "pour", "est", "au", "sur", "avec", "qui"]),
        ("it", ["il", "della", "di", "che", "gli", "per", "sono", "con", "nel", "delle"]),
        ("es", ["el", "los", "las", "del", "y", "que", "para", "con", "por", "una"]),
        ("sq", ["dhe", "të", "në", "për", "së", "një", "nga", "është", "që", "tha"]),
        ("hr", ["je", "za", "na", "se", "od", "koji", "koja", "su", "da", "kao", "što", "te"]),
    ]

    /// Each function word with the languages that use it (built once from `functionWords`).
    static let functionWordLanguages: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (code, words) in functionWords { for w in words { table[w, default: []].append(code) } }
        return table
    }()

    /// The text's words (runs of letters), lower-cased; ASCII words without calling into Unicode tables.
    static func lowercaseWords(_ text: String) -> [String] {
        var words: [String] = []
        var ascii: [UInt8] = []
        var other = String.UnicodeScalarView()
        var isASCII = true
        func flush() {
            if isASCII {
                if !ascii.isEmpty { words.append(String(decoding: ascii, as: UTF8.self)) }
            } else if !other.isEmpty {
                words.append(String(other).lowercased())
            }
            ascii.removeAll(keepingCapacity: true)
            other = String.UnicodeScalarView()
            isASCII = true
        }
        for s in text.unicodeScalars {
            if s.value < 0x80 {
                let v = UInt8(s.value)
                if (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) {
                    let lower = v | 0x20
                    ascii.append(lower)
                    other.append(Unicode.Scalar(lower))
                } else {
                    flush()
                }
            } else if s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark {
                isASCII = false
                other.append(s)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

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
            if s.value < 0x80 {
                // ASCII fast path: a letter counts as Latin.
                if (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value) { latin += 1 }
            } else if (0x0400...0x04FF).contains(s.value) {
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
        for word in lowercaseWords(text) {
            for code in functionWordLanguages[word] ?? [] { counts[code, default: 0] += 1 }
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
