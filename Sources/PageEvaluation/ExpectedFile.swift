import Foundation
import RDF

/// Reads an expected-facts file (`X.expected.json`) into the evaluation's form.
///
///     let page = try ExpectedFile.read(at: "Examples/pages/01-press-release-moldova-border-training.expected.json")
///     page.items[0].people[0].name   // "Sigrun Aalvik"
///
/// Only the keys the evaluation scores are read: `items[].title`, `date`, `truncated`,
/// `people[].name`, `people[].roles`, `quotes[].speaker`, `quotes[].opening_words` and
/// `states_mentioned`; other keys (`kind`, `notes`, labels) are ignored. A missing list or
/// flag counts as empty or false; a missing `items` means a page with no release; a null
/// `title` is an item whose title the capture does not hold (see `EvaluatedItem`).
///
/// Source: the schema in `../shared/pages/README.md`, with the conventions of
/// `../shared/pages-real/README.md` (quotes with `speaker: null` are kept and not scored).
public enum ExpectedFile {
    /// Reads and decodes one expected-facts file.
    /// - Throws: `EvaluationError` of kind `.unreadable`, or `.invalidExpectedFile` with the
    ///   line and column of a JSON syntax error, or the key path of a value of the wrong type.
    public static func read(at path: String) throws(EvaluationError) -> EvaluatedPage {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError(.unreadable, file: path, message: "cannot read the expected-facts file")
        }
        return try decode(data, file: path)
    }

    /// Decodes the bytes of an expected-facts file named `file` (used in messages).
    /// - Throws: `EvaluationError` of kind `.invalidExpectedFile`.
    public static func decode(_ data: Data, file: String) throws(EvaluationError) -> EvaluatedPage {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            throw EvaluationError(.invalidExpectedFile, file: file, position: position(of: detail, in: data),
                                  message: "not valid JSON: \(detail)")
        }
        let page: Page
        do {
            page = try JSONDecoder().decode(Page.self, from: data)
        } catch let error as DecodingError {
            throw EvaluationError(.invalidExpectedFile, file: file, message: "not an expected-facts file: \(describe(error))")
        } catch {
            throw EvaluationError(.invalidExpectedFile, file: file, message: "not an expected-facts file: \(error)")
        }
        return EvaluatedPage(items: (page.items ?? []).map { item in
            EvaluatedItem(
                title: item.title, date: item.date, truncated: item.truncated ?? false,
                people: (item.people ?? []).map { EvaluatedPerson(name: $0.name, roles: $0.roles ?? []) },
                quotes: (item.quotes ?? []).map { EvaluatedQuote(speaker: $0.speaker, passage: $0.openingWords) },
                states: item.statesMentioned ?? [])
        })
    }

    // The schema's keys, as written in the files.
    private struct Page: Decodable {
        var items: [Item]?
    }

    private struct Item: Decodable {
        var title: String?
        var date: String?
        var truncated: Bool?
        var people: [Person]?
        var quotes: [Quote]?
        var statesMentioned: [String]?
        enum CodingKeys: String, CodingKey {
            case title, date, truncated, people, quotes
            case statesMentioned = "states_mentioned"
        }
    }

    private struct Person: Decodable {
        var name: String
        var roles: [String]?
    }

    private struct Quote: Decodable {
        var speaker: String?
        var openingWords: String
        enum CodingKeys: String, CodingKey {
            case speaker
            case openingWords = "opening_words"
        }
    }

    /// One line for a decoding error: the key path and what is wrong there.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? "(top level)" : out
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "a list" : "an object"
        }
    }

    /// The position a JSON parser message points at ("… around character 27."): a 0-based
    /// byte offset turned into line and column; the end of the data for "end of file".
    private static func position(of detail: String, in data: Data) -> SourcePosition? {
        var offset: Int?
        if let range = detail.range(of: "character ") {
            offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        } else if detail.lowercased().contains("end of file") {
            offset = data.count
        }
        guard let offset else { return nil }
        var line = 1
        var column = 1
        let bytes = data.prefix(max(0, min(offset, data.count)))
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}
