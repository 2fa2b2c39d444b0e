import OSCE

/// The people-and-quotes word lists of `Resources/people-lexicon.tsv` and
/// `Resources/speech-lexicon.tsv` (quote attribution), read through `LexiconTable`; a list
/// named in both files joins their entries, the people lexicon's first.
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
    /// The file, read once by the package's one lexicon reader (`LexiconTable`).
    static let table = LexiconTable(tsv: EmbeddedResource.peopleLexicon + "\n" + EmbeddedResource.speechLexicon)

    /// The languages that have lists (besides `mul`), in the order the file first names them.
    static var languages: [String] { table.languages }

    /// The entries of list `name` for `language`, in file order; empty when there are none.
    static func entries(_ name: String, language: String) -> [String] {
        table.entries(name, language: language)
    }
}
