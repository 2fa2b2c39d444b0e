/// Reads the people-and-quotes word lists of `Resources/people-lexicon.tsv` and
/// `Resources/speech-lexicon.tsv` (quote attribution); a list named in both files joins their entries.
///
/// Format: UTF-8 text, one entry per line, `list<TAB>language<TAB>entry`; `#` starts a comment
/// line and empty lines are skipped. `language` is an ISO 639-1 code (`en`, `de`, `fr`, `ru`,
/// `sq`, `hr`, `es`, `it`, …) or `mul` for lists that serve every language (name particles): a
/// new language is new lines, no code change. Entries keep
/// their case. A list that a language lacks is empty. The file's header names every list.
///
/// The file is compiled into the module by the `EmbedResources` build plugin (as
/// `EmbeddedResource.peopleLexicon`), so the binary needs no resource bundle beside it.
///
/// Source: the file itself.
enum LexiconFile {
    /// The languages that have lists (besides `mul`), in the order the file first names them.
    static let languages: [String] = {
        var seen: Set<String> = ["mul"]
        return rows.map(\.language).filter { seen.insert($0).inserted }
    }()

    /// The entries of list `name` for `language`, in file order; empty when there are none.
    static func entries(_ name: String, language: String) -> [String] {
        all[language]?[name] ?? []
    }

    /// Every list of every language, parsed once: language → list name → entries.
    private static let all: [String: [String: [String]]] = {
        var result: [String: [String: [String]]] = [:]
        for (list, language, entry) in rows {
            result[language, default: [:]][list, default: []].append(entry)
        }
        return result
    }()

    /// The rows of both files, the people lexicon's first.
    private static var rows: [(list: String, language: String, entry: String)] {
        parse(EmbeddedResource.peopleLexicon) + parse(EmbeddedResource.speechLexicon)
    }

    /// The `(list, language, entry)` rows of the lexicon's text, in order (see the format above);
    /// a line without three TAB-separated fields is skipped.
    static func parse(_ text: String) -> [(list: String, language: String, entry: String)] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            let entry = fields[2].trimmingCharacters(in: .whitespaces)
            guard !fields[0].isEmpty, !fields[1].isEmpty, !entry.isEmpty else { return nil }
            return (String(fields[0]), String(fields[1]), entry)
        }
    }
}
