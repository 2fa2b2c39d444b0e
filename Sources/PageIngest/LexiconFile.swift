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
        all[language]?[name] ?? []
    }

    /// Every list of every language, read once: language → list name → entries.
    private static let all: [String: [String: [String]]] = {
        var result: [String: [String: [String]]] = [:]
        guard let root = Bundle.module.resourceURL?.appendingPathComponent("lexicon") else { return result }
        for language in ["mul"] + languages {
            let directory = root.appendingPathComponent(language)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".txt") {
                guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)) else { continue }
                result[language, default: [:]][String(file.dropLast(4))] = parse(String(decoding: data, as: UTF8.self))
            }
        }
        return result
    }()

    /// The entries of a list file's text (see the format above).
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }
}
