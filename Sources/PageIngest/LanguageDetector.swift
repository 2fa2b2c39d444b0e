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
    /// The length in UTF-8 bytes of the longest function word (a longer word is not looked up).
    static let longestFunctionWord = functionWords.keys.map(\.utf8.count).max() ?? 0
    /// The languages in a fixed order (ties go to the first; English first).
    static let languages: [String] = {
        let all = Set(functionWords.values.joined())
        return ["en"] + all.subtracting(["en"]).sorted()
    }()

    /// Languages written in Cyrillic that a page's own language tag may name.
    static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"]

    /// How many scalars of a text `detect` reads.
    static let sampleScalars = 4000

    /// `parts.joined(separator:)` cut to its first `scalars` scalars (`detect` reads no more):
    /// the parts after those are not copied.
    static func sample(_ parts: some Sequence<String>, separator: String, scalars: Int = sampleScalars) -> String {
        var out = ""
        var first = true
        for part in parts {
            if !first { out += separator }
            first = false
            // 4 bytes hold at least one scalar: past 4 bytes a scalar, the prefix is complete.
            if out.utf8.count + part.utf8.count > 4 * scalars {
                out.unicodeScalars.append(contentsOf: part.unicodeScalars.prefix(scalars))
                break
            }
            out += part
        }
        return String(out.unicodeScalars.prefix(scalars))
    }

    /// - Parameter hint: the page's own language tag's primary subtag (HTML `lang`), if any: it wins
    ///   when the text does not decide (no function words, or a tie with the best), and it names
    ///   the language of Cyrillic text when it is a Cyrillic-script language.
    static func detect(_ full: String, hint: String? = nil) -> String {
        var cyrillic = 0
        var latin = 0
        var ukrainian = 0
        var counts: [String: Int] = [:]
        // The current word, lower-cased, as UTF-8 bytes; longer than any function word → not looked up.
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var tooLong = false
        let longest = longestFunctionWord
        func flush() {
            guard !word.isEmpty else { return }
            if !tooLong, let langs = functionWords[String(decoding: word, as: UTF8.self)] {
                for code in langs { counts[code, default: 0] += 1 }
            }
            word.removeAll(keepingCapacity: true)
            tooLong = false
        }
        func append(_ s: Unicode.Scalar) {
            if tooLong { return }
            let v = s.value
            if v < 0x80 {
                word.append(UInt8(v))
            } else {
                for b in UTF8.encode(s)! { word.append(b) }
            }
            if word.count > longest { tooLong = true }
        }
        var seen = 0
        for s in full.unicodeScalars {
            seen += 1
            if seen > sampleScalars { break }
            let v = s.value
            if v < 0x80 {
                // ASCII: letters by range, lower-cased by hand.
                if v >= 0x61 && v <= 0x7A { latin += 1; append(s); continue }
                if v >= 0x41 && v <= 0x5A { latin += 1; append(Unicode.Scalar(v + 0x20)!); continue }
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
                if !tooLong {
                    for u in s.properties.lowercaseMapping.unicodeScalars { append(u) }
                }
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
