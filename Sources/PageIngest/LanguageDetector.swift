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

    /// For each language of `languages` (by index), and for each function word (an index into
    /// `wordLanguages`): the word's languages as indices into `languages`.
    private static let wordLanguages: [[Int]] = functionWords.keys.sorted().map { word in
        functionWords[word]!.map { languages.firstIndex(of: $0)! }
    }
    /// The function words of at most 8 UTF-8 bytes, packed into an integer (`pack`) → index into `wordLanguages`.
    private static let packedWords: [UInt64: Int] = {
        var table: [UInt64: Int] = [:]
        for (i, word) in functionWords.keys.sorted().enumerated() where word.utf8.count <= 8 {
            table[pack(word.utf8)] = i
        }
        return table
    }()
    /// The longer function words → index into `wordLanguages`.
    private static let longWords: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, word) in functionWords.keys.sorted().enumerated() where word.utf8.count > 8 { table[word] = i }
        return table
    }()

    /// Up to 8 bytes as one integer, the first in the low byte (no text byte is 0: the length is implied).
    private static func pack(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (k, b) in bytes.enumerated() { key |= UInt64(b) << (8 * UInt64(k)) }
        return key
    }

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
        // Hits per language, by index into `languages`.
        var counts = [Int](repeating: 0, count: languages.count)
        // The current word, lower-cased, as UTF-8 bytes: its first 8 packed (`pack`), all of them
        // kept only when a function word is longer; longer than any function word → not looked up.
        var packed: UInt64 = 0
        var length = 0
        let longest = longestFunctionWord
        let keepsBytes = longest > 8
        var word: [UInt8] = []
        var tooLong = false
        func flush() {
            guard length > 0 else { return }
            if !tooLong, let w = length <= 8 ? packedWords[packed] : longWords[String(decoding: word, as: UTF8.self)] {
                for l in wordLanguages[w] { counts[l] += 1 }
            }
            packed = 0
            length = 0
            if keepsBytes { word.removeAll(keepingCapacity: true) }
            tooLong = false
        }
        func appendByte(_ b: UInt8) {
            if length < 8 { packed |= UInt64(b) << (8 * UInt64(length)) }
            length += 1
            if keepsBytes { word.append(b) }
            if length > longest { tooLong = true }
        }
        func append(_ s: Unicode.Scalar) {
            if tooLong { return }
            let v = s.value
            if v < 0x80 {
                appendByte(UInt8(v))
            } else {
                for b in UTF8.encode(s)! { appendByte(b) }
            }
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
        // `languages[0]` is English: it wins ties.
        var best = 0
        for l in counts.indices where counts[l] > counts[best] { best = l }
        if let hint, (languages.firstIndex(of: hint).map { counts[$0] } ?? 0) >= counts[best] { return hint }
        return languages[best]
    }
}
