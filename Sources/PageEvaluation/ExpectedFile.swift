import Foundation
import RDF

/// Reads an expected-facts file (`X.expected.json`) into the evaluation's form, strictly.
///
///     let page = try ExpectedFile.read(at: "Examples/pages/01-press-release-moldova-border-training.expected.json")
///     page.items[0].people[0].name   // "Sigrun Aalvik"
///
/// The file must be RFC 8259 JSON (`JSONReader`: no trailing comma, no comment) in the schema
/// of the pages README (`ExpectedSchema`): every key known (a misspelt `titel` is an error, not
/// an item with no title), no key twice in one object, every value of its type. The evaluation
/// scores `items[].title`, `date`, `truncated`, `people[].name`, `people[].roles`,
/// `quotes[].speaker`, `quotes[].opening_words` and `states_mentioned`; the other keys are
/// checked and not scored. Every key but an item's `notes` must be given (`null` or `[]` for
/// none: a missing key is an error at the object that lacks it); a null `title` is an item
/// whose title the capture does not hold (see `EvaluatedItem`).
///
/// Source: the schema in `../shared/pages/README.md`, with the conventions of
/// `../shared/pages-real/README.md` (quotes with `speaker: null` are kept and not scored).
public enum ExpectedFile {
    /// Reads and decodes one expected-facts file.
    /// - Throws: `EvaluationError` of kind `.unreadable`, or `.invalidExpectedFile` (see
    ///   `decode`): the file's first error; `load(at:)` gives them all.
    public static func read(at path: String) throws(EvaluationError) -> EvaluatedPage {
        switch load(at: path) {
        case .success(let page): return page
        case .failure(let errors): throw errors.errors[0]
        }
    }

    /// Reads and decodes one expected-facts file, with every error it holds (see `decodeAll`).
    public static func load(at path: String) -> Result<EvaluatedPage, ExpectedFileErrors> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ExpectedFileErrors(errors: [EvaluationError(.unreadable, file: path, message: "cannot read the expected-facts file")]))
        }
        return decodeAll(data, file: path)
    }

    /// Decodes the bytes of an expected-facts file named `file` (used in messages).
    /// - Throws: the first of `decodeAll`'s errors.
    public static func decode(_ data: Data, file: String) throws(EvaluationError) -> EvaluatedPage {
        switch decodeAll(data, file: file) {
        case .success(let page): return page
        case .failure(let errors): throw errors.errors[0]
        }
    }

    /// Decodes the bytes of an expected-facts file named `file` (used in messages), or gives
    /// every error it holds, in document order: `EvaluationError`s of kind `.invalidExpectedFile`,
    /// positioned (1-based line and column, see `SourcePosition`): `not valid JSON: …` at the
    /// first byte that is not JSON (the only error then: nothing after it can be read);
    /// `unknown key "K" in PATH` (with the nearest known key when one is close) or `key "K"
    /// given twice in PATH` at the key; `PATH: missing (…)` at the object that lacks the key;
    /// `PATH: expected TYPE, found KIND` or `found "VALUE"` (a date that is no calendar day, an
    /// empty name, a State name not in the reference data) at the key holding the value (`PATH`
    /// as `items[1].people[0].name`).
    public static func decodeAll(_ data: Data, file: String) -> Result<EvaluatedPage, ExpectedFileErrors> {
        let value: JSONValue
        do {
            value = try JSONReader.read([UInt8](data))
        } catch {
            return .failure(ExpectedFileErrors(errors: [
                EvaluationError(.invalidExpectedFile, file: file, position: error.position, message: "not valid JSON: \(error.message)"),
            ]))
        }
        let violations = ExpectedSchema.violations(in: value)
        guard violations.isEmpty else {
            return .failure(ExpectedFileErrors(errors: violations.map {
                EvaluationError(.invalidExpectedFile, file: file, position: $0.position, message: $0.message)
            }))
        }
        // Checked: every value below has the type the schema gives it.
        let items = value["items"].map(list) ?? []
        return .success(EvaluatedPage(items: items.map { item in
            EvaluatedItem(
                title: item["title"]?.string, date: item["date"]?.string, truncated: flag(item["truncated"]),
                people: (item["people"].map(list) ?? []).map { person in
                    EvaluatedPerson(name: person["name"]?.string ?? "", roles: strings(person["roles"]))
                },
                quotes: (item["quotes"].map(list) ?? []).map { quote in
                    EvaluatedQuote(speaker: quote["speaker"]?.string, passage: quote["opening_words"]?.string ?? "")
                },
                states: strings(item["states_mentioned"]))
        }))
    }

    private static func list(_ value: JSONValue) -> [JSONValue] {
        if case .array(let values) = value { return values }
        return []
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        value.map(list)?.compactMap(\.string) ?? []
    }

    private static func flag(_ value: JSONValue?) -> Bool {
        if case .bool(let b)? = value { return b }
        return false
    }
}

/// Every error of one expected-facts file (`ExpectedFile.decodeAll`), in document order; never
/// empty. `description` gives one line per error (`FILE:LINE:COLUMN: message`).
public struct ExpectedFileErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [EvaluationError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
