/// Guesses the ISO 639-1 code of a text from its script and weighted evidence.
///
/// Text is scored per language (Latin script: English, German, French, Italian, Spanish, Polish,
/// Albanian, Croatian/Bosnian (`hr`) and Serbian (`sr`); Cyrillic script: Russian, Ukrainian,
/// Belarusian, Serbian and Macedonian), all from `Resources/layout-lexicon.tsv`:
/// - each `function-word` occurrence adds 1/k to each of its k languages (a word shared by
///   several languages is weak evidence, a distinctive one strong);
/// - each line headed by a `type.*`, `label.*` or `group-label.*` phrase (`Communiqué de presse`,
///   `- Lieu:`) adds `lineWeight`/k to each of its k languages;
/// - each `letter` occurrence (é, ñ, ł, ß …) adds `letterWeight`/k.
/// The best language wins when it leads the runner-up by `margin` and (unless English) has at least
/// `minimumScore`; otherwise the page's hint, or English (the default). Cyrillic text (more
/// Cyrillic letters than Latin) is weighed among the Cyrillic-script languages only, and is
/// Russian, or Ukrainian when it holds `і ї є ґ` more than twice, when none leads. Languages of a
/// detection group (`LanguageRelations`: `hr` and `sr`) are weighed as one; inside the group a
/// member other than the first wins only by outscoring it (Serbian ekavian words: `gde`, `posle`).
/// A page is detected per block (`Document.Block.language`) and for its items' text.
/// - Complexity: O(n) in the first 4,000 scalars of the text.
enum LanguageDetector {
    /// Function word → the languages it belongs to, from the lexicon.
    static let functionWords: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (word, entries) in LayoutLexicon.shared.entriesWith(role: "function-word") {
            table[word] = Set(entries.map(\.language)).sorted()
        }
        return table
    }()
    /// The length in UTF-8 bytes of the longest function word (a longer word is not looked up).
    static let longestFunctionWord = functionWords.keys.map(\.utf8.count).max() ?? 0
    /// Letter (a lower-case scalar) → the languages it is typical of (`letter` lines of the lexicon).
    static let letterLanguages: [UInt32: [String]] = {
        var table: [UInt32: [String]] = [:]
        for (letter, entries) in LayoutLexicon.shared.entriesWith(role: "letter") {
            guard letter.unicodeScalars.count == 1, let s = letter.unicodeScalars.first else { continue }
            table[s.value] = Set(entries.map(\.language)).sorted()
        }
        return table
    }()
    /// Phrase (lower case) heading a line → its languages (`type.*`, `label.*`, `group-label.*` lines).
    static let linePhrases: [String: [String]] = {
        var table: [String: Set<String>] = [:]
        for prefix in ["type.", "label.", "group-label."] {
            for (phrase, _) in LayoutLexicon.shared.phrases(rolePrefix: prefix) {
                for e in LayoutLexicon.shared.roles(of: phrase) where e.role.hasPrefix(prefix) && !e.language.isEmpty {
                    table[phrase, default: []].insert(e.language)
                }
            }
        }
        return table.mapValues { $0.sorted() }
    }()
    /// The longest line phrase in UTF-8 bytes.
    private static let longestLinePhrase = linePhrases.keys.map(\.utf8.count).max() ?? 0
    /// The languages in a fixed order (ties go to the first; English first).
    static let languages: [String] = {
        let all = Set(functionWords.values.joined())
        return ["en"] + all.subtracting(["en"]).sorted()
    }()
    /// Weight of a line headed by a type or label phrase of one language (a function word weighs 1).
    static let lineWeight = 3.0
    /// Weight of a letter typical of one language.
    static let letterWeight = 0.2
    /// The lead over the runner-up the best language needs (else the hint or English).
    static let margin = 0.5
    /// The least score a language other than English needs.
    static let minimumScore = 1.0
    /// 1/k for each function word (by index into `wordLanguages`) listed for k languages (k groups:
    /// `groupCount`).
    private static let wordWeights: [Double] = functionWords.keys.sorted().map { 1.0 / Double(groupCount(functionWords[$0]!)) }
    /// Letter → (languages as indices into `languages`, weight `letterWeight`/k for k groups).
    private static let letterTable: [UInt32: ([Int], Double)] = letterLanguages.mapValues { ls in
        let known = ls.compactMap { languages.firstIndex(of: $0) }
        return (known, letterWeight / Double(max(groupCount(ls), 1)))
    }

    /// For each language of `languages` (by index), the index of its detection group's first
    /// language (`LanguageRelations.groupMembers`), or its own index when it is in no group.
    static let groupUnits: [Int] = languages.indices.map { l in
        let relations = LanguageRelations.shared
        guard let g = relations.groups[languages[l]], let first = relations.groupMembers[g]?.first,
              let f = languages.firstIndex(of: first) else { return l }
        return f
    }

    /// The number of detection groups among `codes` (`LanguageRelations.groups`; a language of no
    /// group is one of its own): a word listed for Croatian and Serbian (one group, `bcs`) and for
    /// Polish counts 1/2 for each, as it did when it was listed for Croatian and Polish only.
    static func groupCount(_ codes: [String]) -> Int {
        Set(codes.map { LanguageRelations.shared.groups[$0] ?? $0 }).count
    }

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

    /// What one pass over a text's first `sampleScalars` scalars counts.
    struct Scan: Equatable {
        /// Cyrillic letters, Latin letters, and the letters only Ukrainian has among them.
        var cyrillic = 0, latin = 0, ukrainian = 0
        /// Function-word evidence per language (by index into `languages`): 1/k per occurrence.
        var words: [Double]
        /// Letter evidence per language (by index into `languages`).
        var letters: [Double]
    }

    /// Counts scripts, function words and letters in the first `sampleScalars` scalars of `full`.
    static func scan(_ full: String) -> Scan {
        var cyrillic = 0
        var latin = 0
        var ukrainian = 0
        // Evidence per language, by index into `languages`.
        var counts = [Double](repeating: 0, count: languages.count)
        var letters = [Double](repeating: 0, count: languages.count)
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
                let weight = wordWeights[w]
                for l in wordLanguages[w] { counts[l] += weight }
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
                for u in s.properties.lowercaseMapping.unicodeScalars {
                    if let (ls, weight) = letterTable[u.value] {
                        for l in ls { letters[l] += weight }
                    }
                    if !tooLong { append(u) }
                }
            } else {
                flush()
            }
        }
        flush()
        return Scan(cyrillic: cyrillic, latin: latin, ukrainian: ukrainian, words: counts, letters: letters)
    }

    /// Line evidence per language (by index into `languages`): `lineWeight`/k for each line of the
    /// first `sampleScalars` scalars (bytes ×4) whose text, past a leading list marker and before a
    /// colon, is a type or label phrase of k languages.
    static func lineScores(_ full: String) -> [Double] {
        var scores = [Double](repeating: 0, count: languages.count)
        var read = 0
        for line in full.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            read += line.count + 1
            if read > 4 * sampleScalars { break }
            // Most lines are prose, longer before their first colon than any phrase: told from
            // their bytes, their characters not walked.
            if line.count > longestLinePhrase + 8, phraseLengthBound(line) > longestLinePhrase + 8 { continue }
            var text = Substring(line).drop { " -–•*\t".contains($0) }
            if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
            guard !text.isEmpty, text.utf8.count <= longestLinePhrase + 8 else { continue }
            let phrase = TextNormalization.collapse(String(text)).lowercased()
            guard let ls = linePhrases[phrase] else { continue }
            let weight = lineWeight / Double(groupCount(ls))
            for code in ls { if let l = languages.firstIndex(of: code) { scores[l] += weight } }
        }
        return scores
    }

    /// At most the UTF-8 length of `line`'s text as `lineScores` reads it (its characters past
    /// the leading list markers and before the first colon): the bytes before its first `:` byte,
    /// less the leading bytes that spell markers. (Markers hold no colon, and a marker or colon
    /// joined to a combining mark is no marker or colon: the characters' text is never shorter.)
    static func phraseLengthBound(_ line: Substring.UTF8View) -> Int {
        func bound(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let n = bytes.count
            var k = 0
            while k < n {
                let b = bytes[k]
                if b == 0x20 || b == 0x2D || b == 0x2A || b == 0x09 {
                    k += 1
                } else if b == 0xE2, k + 2 < n, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0xA2 {
                    k += 3  // – U+2013 and • U+2022: E2 80 93, E2 80 A2.
                } else {
                    break
                }
            }
            var length = 0
            while k < n, bytes[k] != 0x3A {
                length += 1
                k += 1
            }
            return length
        }
        return line.withContiguousStorageIfAvailable(bound) ?? Array(line).withUnsafeBufferPointer(bound)
    }

    /// - Parameter hint: the page's own language tag's primary subtag (HTML `lang`), if any: it wins
    ///   when the text does not decide (no evidence, no margin, or a tie with the best), and it names
    ///   the language of Cyrillic text when it is a Cyrillic-script language.
    /// - Returns: an ISO 639-1 code; English when nothing decides and there is no hint.
    static func detect(_ full: String, hint: String? = nil) -> String {
        let scan = scan(full)
        let lines = lineScores(full)
        let scores = languages.indices.map { scan.words[$0] + scan.letters[$0] + lines[$0] }
        if scan.cyrillic > scan.latin {
            if let hint, cyrillicLanguages.contains(hint) { return hint }
            // The Cyrillic-script languages weighed alone; without a clear lead, Ukrainian when
            // the letters only it has among them (і ї є ґ) occur more than twice, else Russian.
            let candidates = scores.indices.filter { cyrillicLanguages.contains(languages[$0]) }
            if let best = candidates.max(by: { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }) {
                let runnerUp = candidates.filter { $0 != best }.map { scores[$0] }.max() ?? 0
                if scores[best] - runnerUp >= margin, scores[best] >= minimumScore { return languages[best] }
            }
            return scan.ukrainian > 2 ? "uk" : "ru"
        }
        // A detection group (Croatian and Serbian in Latin script) is weighed as one language: its
        // best member's score.
        let unit = groupUnits
        var pooled = scores
        for l in scores.indices where unit[l] != l { pooled[unit[l]] = max(pooled[unit[l]], scores[l]); pooled[l] = 0 }
        // `languages[0]` is English: it wins ties.
        var best = 0
        for l in pooled.indices where pooled[l] > pooled[best] { best = l }
        var runnerUp = 0.0
        for l in pooled.indices where l != best { runnerUp = max(runnerUp, pooled[l]) }
        if let hint, (languages.firstIndex(of: hint).map { scores[$0] } ?? 0) >= pooled[best] - 1e-9 { return hint }
        let undecided = pooled[best] - runnerUp < margin || (best != 0 && pooled[best] < minimumScore)
        if undecided { return hint ?? languages[0] }
        // Inside the group, a member that outscores the group's first language (by its own words).
        var chosen = best
        for l in scores.indices where unit[l] == best && scores[l] > scores[chosen] + 1e-9 { chosen = l }
        return languages[chosen]
    }
}
