import OSCE
import PageIngest
import RDF

/// The schema of an expected-facts file, and the check `ExpectedFile` runs on a file's JSON.
///
/// Shape (`../shared/pages/README.md`):
///
///     { "kind": KIND, "language": "en"|null, "navigation": null|{"fields_of_work": N, "participating_states": N},
///       "items": [ { "title": S|null, "content_type": S|null, "date": DATE|null, "dateline_date": DATE|null,
///                    "dateline_places": [S], "issuers": [S], "fields_of_work": [S], "where": [S],
///                    "people": [{"name": S, "honorific": S|null, "roles": [S]}],
///                    "quotes": [{"speaker": S|null, "opening_words": S}],
///                    "states_mentioned": [S], "truncated": true|false, "notes": S } ] }
///
/// KIND is one of `kinds`; DATE is `YYYY-MM-DD` naming a day of the Gregorian calendar (no
/// `2021-02-30`); N a whole number ≥ 0; a person's `name` and a quote's `speaker` are not empty
/// (a speaker nobody names is `null`); each `states_mentioned` entry is the `name` of a State in
/// the reference data (`OSCEReference.states`: `Türkiye`, `Moldova`, not `Turkey`), since the
/// evaluation compares names as they are and an unknown one would only count as a miss. Every key of the schema
/// must be given (the README compares every key, and writes an unknown value as `null` or `[]`:
/// a person without `honorific`, or a quote without `speaker`, is an annotation left unfinished,
/// and a left-out `speaker`, `roles` or `date` would drop a value from the measurement silently),
/// except an item's `notes` (the pages-real README: items *may* carry one). Every key must be
/// one of these (a misspelt key would drop a value silently too), and no key may repeat in one
/// object. A missing key is reported at the object that lacks it.
enum ExpectedSchema {
    /// The `kind` values of the schema.
    static let kinds: Set<String> = [
        "press-release", "news-item", "press-statement", "spot-report", "daily-report", "statement-listing", "listing",
        "institution-page", "field-operation-page", "navigation-only", "other",
    ]

    /// What a value must be.
    indirect enum ValueType: Sendable {
        case string
        /// A string that is not empty (after white space is dropped).
        case nonEmptyString
        /// The `name` of a State of the reference data.
        case stateName
        case kind
        case date
        case bool
        case count
        case list(ValueType)
        case object(Shape)
        case orNull(ValueType)

        /// How a message names the type (`a string or null`, `a list of strings`).
        var name: String {
            switch self {
            case .string: "a string"
            case .nonEmptyString: "a non-empty string"
            case .stateName: "the name of a participating State or Partner for Co-operation (as in OSCEReference.states)"
            case .kind: "one of the page kinds (\(ExpectedSchema.kinds.sorted().joined(separator: ", ")))"
            case .date: "a date YYYY-MM-DD"
            case .bool: "true or false"
            case .count: "a whole number"
            case .list(let element): "a list of " + element.pluralName
            case .object(let shape): shape.name
            case .orNull(let type): type.name + " or null"
            }
        }

        private var pluralName: String {
            switch self {
            case .string: "strings"
            case .stateName: "State names"
            case .object(let shape): shape.name.hasPrefix("an ") ? String(shape.name.dropFirst(3)) + "s" : shape.name
            default: "values of " + name
            }
        }
    }

    /// The keys of one object: each with its type and whether it must be given.
    struct Shape: Sendable {
        var name: String
        var keys: [(key: String, type: ValueType, required: Bool)]

        func type(of key: String) -> ValueType? { keys.first { $0.key == key }?.type }
    }

    static let strings = ValueType.list(.string)
    static let person = Shape(name: "a person object", keys: [
        ("name", .nonEmptyString, true), ("honorific", .orNull(.string), true), ("roles", strings, true),
    ])
    static let quote = Shape(name: "a quote object", keys: [
        ("speaker", .orNull(.nonEmptyString), true), ("opening_words", .string, true),
    ])
    static let item = Shape(name: "an item object", keys: [
        ("title", .orNull(.string), true), ("content_type", .orNull(.string), true), ("date", .orNull(.date), true),
        ("dateline_date", .orNull(.date), true), ("dateline_places", strings, true), ("issuers", strings, true),
        ("fields_of_work", strings, true), ("where", strings, true), ("people", .list(.object(person)), true),
        ("quotes", .list(.object(quote)), true), ("states_mentioned", .list(.stateName), true), ("truncated", .bool, true),
        ("notes", .orNull(.string), false),
    ])
    static let navigation = Shape(name: "a navigation object", keys: [
        ("fields_of_work", .count, true), ("participating_states", .count, true),
    ])
    static let page = Shape(name: "an object", keys: [
        ("kind", .kind, true), ("language", .orNull(.string), true), ("navigation", .orNull(.object(navigation)), true),
        ("items", .list(.object(item)), true),
    ])

    /// A value that breaks the schema: where (the key that holds it; the file's start for the
    /// top level) and what is wrong.
    struct Violation: Error {
        var position: SourcePosition
        var message: String
    }

    /// Every violation of `page` in a whole file's value, in document order (empty when the
    /// file follows the schema). A value of the wrong type is one violation (what it holds is not
    /// looked into); the keys beside it are still checked.
    static func violations(in value: JSONValue) -> [Violation] {
        var found: [Violation] = []
        check(value, .object(page), path: "", at: SourcePosition(line: 1, column: 1, offset: 0), into: &found)
        return found
    }

    /// - Parameter shown: the type messages name (`type` with its `or null`), when not `type`.
    private static func check(_ value: JSONValue, _ type: ValueType, path: String, at position: SourcePosition,
                              shown: ValueType? = nil, into found: inout [Violation]) {
        let named = shown ?? type
        func wrong() -> Violation {
            Violation(position: position, message: "\(path.isEmpty ? "the file" : path): expected \(named.name), found \(value.kindName)")
        }
        switch (type, value) {
        case (.orNull, .null): return
        case (.orNull(let inner), _): check(value, inner, path: path, at: position, shown: type, into: &found)
        case (.string, .string): return
        case (.nonEmptyString, .string(let s)):
            if WhiteSpace.collapse(s).isEmpty { found.append(wrongValue(s, named, path, position)) }
        case (.stateName, .string(let s)):
            if !stateNames.contains(WhiteSpace.collapse(s)) { found.append(wrongValue(s, named, path, position)) }
        case (.kind, .string(let s)): if !kinds.contains(s) { found.append(wrongValue(s, named, path, position)) }
        case (.date, .string(let s)): if !isDate(s) { found.append(wrongValue(s, named, path, position)) }
        case (.bool, .bool): return
        case (.count, .number(let n)): if !n.allSatisfy({ $0.isASCII && $0.isNumber }) { found.append(wrongValue(n, named, path, position)) }
        case (.list(let element), .array(let values)):
            for (k, v) in values.enumerated() { check(v, element, path: "\(path)[\(k)]", at: position, into: &found) }
        case (.object(let shape), .object(let object)):
            check(object, shape, path: path, into: &found)
        default:
            found.append(wrong())
        }
    }

    private static func check(_ object: JSONObject, _ shape: Shape, path: String, into found: inout [Violation]) {
        let here = path.isEmpty ? "the top level" : path
        var seen: Set<String> = []
        // Keys a misspelt key was taken for (`titel` → `title`): not reported missing as well.
        var suggested: Set<String> = []
        for member in object.members {
            guard let type = shape.type(of: member.key) else {
                var message = "unknown key \"\(member.key)\" in \(here)"
                if let near = nearest(member.key, among: shape.keys.map(\.key)) {
                    message += " (did you mean \"\(near)\"?)"
                    suggested.insert(near)
                }
                message += "; the keys of \(shape.name): " + shape.keys.map(\.key).joined(separator: ", ")
                found.append(Violation(position: member.position, message: message))
                continue
            }
            guard seen.insert(member.key).inserted else {
                found.append(Violation(position: member.position, message: "key \"\(member.key)\" given twice in \(here)"))
                continue
            }
            check(member.value, type, path: path.isEmpty ? member.key : "\(path).\(member.key)", at: member.position, into: &found)
        }
        for (key, type, required) in shape.keys where required && !seen.contains(key) && !suggested.contains(key) {
            let empty: String = switch type {
            case .orNull: "; null when there is none"
            case .list: "; [] when there is none"
            default: ""
            }
            found.append(Violation(position: object.position, message: "\(path.isEmpty ? key : "\(path).\(key)"): missing (\(shape.name) needs it\(empty))"))
        }
    }

    /// The names `states_mentioned` may hold: `StateRecord.name` of every State of the reference data.
    static let stateNames: Set<String> = Set(OSCEReference.states.map(\.name))

    private static func wrongValue(_ text: String, _ type: ValueType, _ path: String, _ position: SourcePosition) -> Violation {
        Violation(position: position, message: "\(path): expected \(type.name), found \"\(text)\"")
    }

    /// `YYYY-MM-DD` naming a day of the proleptic Gregorian calendar (ISO 8601): a month 01–12
    /// and a day that month has in that year (`2021-02-29` and `2021-04-31` are none;
    /// `2020-02-29` is one).
    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return false }
        let month = Int(b[5] - 0x30) * 10 + Int(b[6] - 0x30), day = Int(b[8] - 0x30) * 10 + Int(b[9] - 0x30)
        let year = b[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// The known key within two edits of `key` (Levenshtein distance, ties to the first in
    /// schema order), for a hint on a misspelt key.
    static func nearest(_ key: String, among keys: [String]) -> String? {
        var best: (key: String, distance: Int)?
        for candidate in keys {
            let d = distance(Array(key.lowercased().unicodeScalars), Array(candidate.unicodeScalars))
            if d <= 2, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.key
    }

    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
