import OSCE

/// How the languages of the word lists relate, read from `Resources/language-relations.tsv`
/// (compiled in as `EmbeddedResource.languageRelations`): which languages a language's text is
/// also read with (`reads`: Serbian reads the Croatian/BCS lists, Macedonian reads Serbian,
/// Belarusian reads Russian), the Latin-to-Cyrillic letters of a language written in both scripts
/// (`cyrillic`: Serbian), and the languages `LanguageDetector` weighs as one group
/// (`detection-group`: Croatian and Serbian in Latin script).
///
///     LanguageRelations.shared.chain(for: "mk")                      // ["mk", "sr", "hr"]
///     LanguageRelations.shared.cyrillic("Srbij", language: "sr")     // "Србиј"
///
/// Source: the data file (its header names its sources).
struct LanguageRelations: Sendable {
    /// Language → the languages it reads, in file order.
    private var reads: [String: [String]] = [:]
    /// Language → its Latin → Cyrillic pairs, digraphs first.
    private var letters: [String: [(latin: String, cyrillic: String)]] = [:]
    /// Language → its detection group's name.
    private(set) var groups: [String: String] = [:]
    /// Group name → its languages, in file order (the first is the group's main language).
    private(set) var groupMembers: [String: [String]] = [:]

    /// The relations shipped with the package.
    static let shared = LanguageRelations(tsv: EmbeddedResource.languageRelations)

    init(tsv: String) {
        let table = LexiconTable(tsv: tsv)
        for row in table.rows {
            switch row.list {
            case "reads": reads[row.language, default: []].append(row.entry)
            case "cyrillic":
                guard let eq = row.entry.firstIndex(of: "="), eq != row.entry.startIndex else { continue }
                let latin = String(row.entry[..<eq]), cyrillic = String(row.entry[row.entry.index(after: eq)...])
                guard !cyrillic.isEmpty else { continue }
                letters[row.language, default: []].append((latin, cyrillic))
            case "detection-group":
                groups[row.language] = row.entry
                groupMembers[row.entry, default: []].append(row.language)
            default: continue
            }
        }
        // Longest Latin spelling first (`lj` before `l`), file order otherwise.
        for (language, pairs) in letters {
            letters[language] = pairs.enumerated().sorted { ($0.element.latin.count, -$0.offset) > ($1.element.latin.count, -$1.offset) }
                .map(\.element)
        }
    }

    /// The languages that read another's lists (have `reads` lines), sorted.
    var readers: [String] { reads.keys.sorted() }

    /// `language`, then every language it reads, directly or through another (breadth first, each
    /// once): `mk` → `["mk", "sr", "hr"]`; a language with no `reads` line → `[language]`.
    func chain(for language: String) -> [String] {
        var out = [language]
        var k = 0
        while k < out.count {
            for r in reads[out[k]] ?? [] where !out.contains(r) { out.append(r) }
            k += 1
        }
        return out
    }

    /// The languages of `chain(for: language)` that write in both scripts (have `cyrillic` lines):
    /// the first of them gives the letters `cyrillic(_:language:)` uses for the whole chain.
    func transliterating(_ language: String) -> String? {
        chain(for: language).first { letters[$0] != nil }
    }

    /// `text` in Cyrillic by `language`'s letters (`Srbij~` → `Србиј~`); nil when the language
    /// has no `cyrillic` lines, when `text` holds no Latin letter, or when a Latin letter of it has
    /// no Cyrillic letter (`Washington`: no `w`), so that no half-converted form is made.
    /// - Complexity: O(n·k) for n characters and k letter pairs.
    func cyrillic(_ text: String, language: String) -> String? {
        guard let pairs = letters[language] else { return nil }
        var out = ""
        var rest = Substring(text)
        var changed = false
        outer: while let c = rest.first {
            for (latin, cyrillic) in pairs where rest.hasPrefix(latin) {
                out += cyrillic
                rest = rest.dropFirst(latin.count)
                changed = true
                continue outer
            }
            // A Latin letter without a Cyrillic one: no form.
            if c.isLetter, c.unicodeScalars.first.map({ $0.value < 0x0250 }) == true { return nil }
            out.append(c)
            rest = rest.dropFirst()
        }
        return changed ? out : nil
    }
}
