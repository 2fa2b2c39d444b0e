import Foundation

/// Reads the word lists of `Resources/lexicon/<language>/<name>.txt`.
///
/// Format: UTF-8 text, one entry per line; white space around an entry is trimmed, empty
/// lines are skipped and `#` starts a comment line. `mul/` holds lists for every language
/// (name particles); `en/`, `de/`, `fr/`, `ru/`, `sq/`, `hr/` hold one language's lists
/// (ISO 639-1 directory names). A list that a language lacks is empty.
///
/// The files are package resources (`Bundle.module`), copied next to the built binary as
/// `osce-kg_PageIngest.resources`; SwiftPM's accessor also finds them by the build path, so
/// a binary run from another directory reads them.
///
/// Source: the files themselves; each begins with a comment saying what the list is for.
enum LexiconFile {
    /// The languages that have a directory, in a fixed order (besides `mul`).
    static let languages = ["en", "de", "fr", "ru", "sq", "hr"]

    /// The entries of list `name` for `language`, in file order; empty when there is no such file.
    static func entries(_ name: String, language: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "lexicon/\(language)"),
              let data = try? Data(contentsOf: url) else { return [] }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// The entries of a list file's text (see the format above).
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }
}
