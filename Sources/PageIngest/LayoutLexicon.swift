import OSCE

/// The words that mark a page's layout (labels, section headers, type lines, boilerplate), per
/// language, read from the data file `Resources/layout-lexicon.tsv` (compiled in by the
/// `EmbedResources` build plugin as `EmbeddedResource.layoutLexicon`).
///
/// Shape: one phrase per line, `role<TAB>language<TAB>phrase`, lower case; `#` starts a comment.
/// A new label, header or language is a line in that file, not a code change. Lookups are
/// case-insensitive on the white-space-collapsed phrase and accept every language (pages mix
/// languages), but each phrase keeps its language for callers that need it.
/// Source: the labels and headers of osce.org, oscepa.org and field-operation pages
/// (`Examples/pages/README.md`).
struct LayoutLexicon: Sendable {
    struct Entry: Hashable, Sendable {
        var role: String
        var language: String
    }

    /// Lower-cased phrase → its entries (a phrase may have several roles, e.g. `where we are`).
    private(set) var entries: [String: [Entry]] = [:]
    /// The UTF-8 length of the longest phrase (a longer line is no phrase of the lexicon).
    private(set) var longestPhrase = 0

    /// The lexicon shipped with the package.
    static let shared = LayoutLexicon(tsv: EmbeddedResource.layoutLexicon)

    /// Parses the TSV form through the package's lexicon reader (`LexiconTable`); malformed lines
    /// (fewer than three fields) are skipped.
    init(tsv: String) {
        for row in LexiconTable(tsv: tsv).rows {
            let phrase = TextNormalization.collapse(row.entry).lowercased()
            guard !phrase.isEmpty else { continue }
            entries[phrase, default: []].append(Entry(role: row.list, language: row.language))
            longestPhrase = max(longestPhrase, phrase.utf8.count)
        }
    }

    /// The roles of `phrase` (any case, white space collapsed).
    func roles(of phrase: String) -> [Entry] {
        entries[TextNormalization.collapse(phrase).lowercased()] ?? []
    }

    /// True when `phrase` has `role`.
    func has(_ phrase: String, role: String) -> Bool {
        roles(of: phrase).contains { $0.role == role }
    }

    /// Every phrase with `role`.
    func phrases(role: String) -> Set<String> {
        Set(entries.compactMap { phrase, es in es.contains { $0.role == role } ? phrase : nil })
    }

    /// Every phrase with `role`, with its entries of that role.
    func entriesWith(role: String) -> [String: [Entry]] {
        var out: [String: [Entry]] = [:]
        for (phrase, es) in entries {
            let matching = es.filter { $0.role == role }
            if !matching.isEmpty { out[phrase] = matching }
        }
        return out
    }

    /// Every phrase whose role starts with `prefix`, with the rest of the role.
    func phrases(rolePrefix prefix: String) -> [String: String] {
        var out: [String: String] = [:]
        for (phrase, es) in entries {
            if let e = es.first(where: { $0.role.hasPrefix(prefix) }) { out[phrase] = String(e.role.dropFirst(prefix.count)) }
        }
        return out
    }
}

/// The package's data files, as text compiled into the module (see `Plugins/EmbedResources`).
enum EmbeddedResource {}
