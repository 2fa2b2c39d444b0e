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

    /// Languages written in Cyrillic that a page's own language tag may name.
    static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]

    /// - Parameter hint: the page's own language tag's primary subtag (HTML `lang`), if any: it wins
    ///   when the text does not decide (no function words, or a tie with the best), and it names
    ///   the language of Cyrillic text when it is a Cyrillic-script language.
    static func detect(_ full: String, hint: String? = nil) -> String {
        var cyrillic = 0
        var latin = 0
        var ukrainian = 0
        var counts: [String: Int] = [:]
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            if let langs = functionWords[String(word)] {
                for code in langs { counts[code, default: 0] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        var seen = 0
        for s in full.unicodeScalars {
            seen += 1
            if seen > 4000 { break }
            let v = s.value
            if v < 0x80 {
                // ASCII: letters by range, lower-cased by hand.
                if v >= 0x61 && v <= 0x7A { latin += 1; word.append(s); continue }
                if v >= 0x41 && v <= 0x5A { latin += 1; word.append(Unicode.Scalar(v + 0x20)!); continue }
                flush()
                continue
            }
            if v >= 0x0400 && v <= 0x04FF {
                cyrillic += 1
                if v == 0x0456 || v == 0x0457 || v == 0x0454 || v == 0x0491 || v == 0x0406 || v == 0x0407 || v == 0x0404 || v == 0x0490 {
                    ukrainian += 1
                }
            } else if v < 0x0250, s.properties.isAlphabetic {
                latin += 1
            }
            if s.properties.isAlphabetic {
                word.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        if cyrillic > latin {
            if let hint, cyrillicLanguages.contains(hint) { return hint }
            return ukrainian > 2 ? "uk" : "ru"
        }
        var best = "en"
        var bestCount = counts["en"] ?? 0
        for code in languages where (counts[code] ?? 0) > bestCount {
            best = code
            bestCount = counts[code] ?? 0
        }
        if let hint, (counts[hint] ?? 0) >= bestCount { return hint }
        return best
    }
}
