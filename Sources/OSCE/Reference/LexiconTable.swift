/// A word-list data file: the one reader of every lexicon the package ships
/// (`Sources/OSCE/Resources/post-lexicon.tsv`, and PageIngest's `people-lexicon.tsv`,
/// `speech-lexicon.tsv` and `layout-lexicon.tsv`; `LexiconFile` reads the people and speech
/// lexicons as one text, the speech rows' `line` counting on after the people file's).
///
/// Format: UTF-8 text, one entry per line, `list<TAB>language<TAB>entry`; a line starting with
/// `#` is a comment and an empty line is skipped, and so is a line without three TAB-separated
/// fields or with an empty one. `language` is an ISO 639-1 code (`en`, `de`, `ru`, …) or `mul`
/// for entries that serve every language. The entry is trimmed of spaces and keeps its case. A
/// new word or language is a line in the file, not a code change.
///
///     let table = LexiconTable(tsv: "temporal-qualifiers\ten\tincoming\ntemporal-qualifiers\tde\tneue\n")
///     table.entries("temporal-qualifiers", language: "de")   // ["neue"]
///     table.entries("temporal-qualifiers")                   // ["incoming", "neue"]
///
/// - Complexity: O(n) in the file's length to build; look-ups are hash look-ups.
public struct LexiconTable: Sendable {
    /// One entry of a list, with the 1-based line it was read from.
    public struct Row: Sendable, Equatable {
        public var list: String
        public var language: String
        public var entry: String
        public var line: Int
    }

    /// Every entry, in file order.
    public let rows: [Row]
    /// The languages named (besides `mul`), in the order the file first names them.
    public let languages: [String]
    /// list → language → entries, in file order.
    private let lists: [String: [String: [String]]]

    /// Reads the text of a lexicon file (see the format above).
    public init(tsv: String) {
        var rows: [Row] = []
        var line = 0
        for raw in tsv.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            line += 1
            guard !raw.isEmpty, !raw.hasPrefix("#") else { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let entry = fields[2].trimmingSpaces
            guard !fields[0].isEmpty, !fields[1].isEmpty, !entry.isEmpty else { continue }
            rows.append(Row(list: String(fields[0]), language: String(fields[1]), entry: entry, line: line))
        }
        self.rows = rows
        var lists: [String: [String: [String]]] = [:]
        var languages: [String] = []
        var seen: Set<String> = ["mul"]
        for row in rows {
            lists[row.list, default: [:]][row.language, default: []].append(row.entry)
            if seen.insert(row.language).inserted { languages.append(row.language) }
        }
        self.lists = lists
        self.languages = languages
    }

    /// The entries of `list` for `language`, in file order; empty when there are none.
    public func entries(_ list: String, language: String) -> [String] {
        lists[list]?[language] ?? []
    }

    /// The entries of `list` in every language, in file order, each once.
    public func entries(_ list: String) -> [String] {
        var seen = Set<String>()
        return rows.lazy.filter { $0.list == list }.map(\.entry).filter { seen.insert($0).inserted }
    }

    /// The names of the lists the file holds, sorted.
    public var listNames: [String] { lists.keys.sorted() }
}

private extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
