/// Guesses the ISO 639-1 code of a text from its script and function words.
///
/// Cyrillic text is Russian (`ru`), or Ukrainian (`uk`) when it holds `і ї є ґ`;
/// Latin text is the language whose function words (`function-word` lines of
/// `Resources/layout-lexicon.tsv`: English, German, French, Italian, Spanish, Albanian,
/// Croatian/Bosnian/Serbian as `hr`) occur most often; English when nothing decides.
/// A page is detected per block (`Document.Block.language`) and for its items' text.
/// - Complexity: O(n) in the first 4,000 scalars of the text.
enum LanguageDetector {
    /// Function word → the languages it belongs to, from the lexicon.
    static let functionWords: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (word, entries) in LayoutLexicon.shared.entriesWith(role: "function-word") {
            table[word] = entries.map(\.language).sorted()
        }
        return table
    }()
    /// The languages in a fixed order (ties go to the first; English first).
    static let languages: [String] = {
        let all = Set(functionWords.values.joined())
        return ["en"] + all.subtracting(["en"]).sorted()
    }()

    static func detect(_ full: String) -> String {
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
        if cyrillic > latin { return ukrainian > 2 ? "uk" : "ru" }
        var counts: [String: Int] = [:]
        for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            guard let langs = functionWords[String(w)] else { continue }
            for code in langs { counts[code, default: 0] += 1 }
        }
        var best = "en"
        var bestCount = counts["en"] ?? 0
        for code in languages where (counts[code] ?? 0) > bestCount {
            best = code
            bestCount = counts[code] ?? 0
        }
        return best
    }
}
