import Foundation
import Testing
@testable import PageEvaluation

/// Reading expected-facts files, and their errors.
@Suite struct ExpectedFileTests {
    @Test func readsTheScoredKeysAndDefaultsTheRest() throws {
        let json = """
            {"kind": "listing", "language": "en", "navigation": null, "items": [
              {"title": "A", "content_type": null, "date": "2020-05-11", "dateline_date": null, "dateline_places": [],
               "issuers": [], "fields_of_work": [], "where": [],
               "people": [{"name": "Ann Linde", "honorific": null, "roles": ["Minister"]}],
               "quotes": [{"speaker": null, "opening_words": "We must"}], "states_mentioned": ["Sweden"],
               "truncated": true, "notes": "ignored"},
              \(Self.item(title: "null"))
            ]}
            """
        let page = try ExpectedFile.decode(Data(json.utf8), file: "x.expected.json")
        #expect(page.items == [
            EvaluatedItem(title: "A", date: "2020-05-11", truncated: true, people: [EvaluatedPerson(name: "Ann Linde", roles: ["Minister"])],
                          quotes: [EvaluatedQuote(speaker: nil, passage: "We must")], states: ["Sweden"]),
            EvaluatedItem(title: nil),
        ])
        #expect(try ExpectedFile.decode(Data(Self.page(kind: "navigation-only", items: "").utf8), file: "n.json").items.isEmpty)
    }

    /// An item object with every key (`notes` left out, as it may be), `title` as JSON and
    /// `people`/`quotes` as JSON lists.
    static func item(title: String = #""A""#, people: String = "[]", quotes: String = "[]") -> String {
        #"{"title": \#(title), "content_type": null, "date": null, "dateline_date": null, "dateline_places": [], "issuers": [], "#
            + #""fields_of_work": [], "where": [], "people": \#(people), "quotes": \#(quotes), "states_mentioned": [], "truncated": false}"#
    }

    /// A page object with every key, `items` the JSON of its items.
    static func page(kind: String = "press-release", items: String) -> String {
        #"{"kind": "\#(kind)", "language": "en", "navigation": null, "items": [\#(items)]}"#
    }

    /// A new user's expected person without `honorific` was accepted silently, and so was a quote
    /// without `speaker` (not scored then) or an item without `date`: the README's schema gives
    /// every key (`null` or `[]` for none), so a missing key is an error naming the file, line,
    /// column and key path; only an item's `notes` may be left out.
    @Test func aMissingKeyIsAnErrorNamingItsPath() {
        let noHonorific = Self.page(items: "\n  " + Self.item(people: #"[{"name": "Ann Linde", "roles": []}]"#))
        #expect(error(noHonorific) == "t.expected.json:2:161: items[0].people[0].honorific: missing (a person object needs it; null when there is none)")
        let noRoles = Self.page(items: Self.item(people: #"[{"name": "Ann Linde", "honorific": null}]"#))
        #expect(error(noRoles)?.hasSuffix(": items[0].people[0].roles: missing (a person object needs it; [] when there is none)") == true)
        let noSpeaker = Self.page(items: Self.item(quotes: #"[{"opening_words": "We must"}]"#))
        #expect(error(noSpeaker)?.hasSuffix(": items[0].quotes[0].speaker: missing (a quote object needs it; null when there is none)") == true)
        #expect(error(#"{"kind": "other", "language": "en", "items": []}"#) == "t.expected.json:1:1: navigation: missing (an object needs it; null when there is none)")
        #expect(error(Self.page(items: #"{"title": "A"}"#)) == "t.expected.json:1:75: items[0].content_type: missing (an item object needs it; null when there is none)")
        #expect(error(Self.page(items: Self.item())) == nil)
    }

    @Test func aSyntaxErrorNamesTheFileLineAndColumn() {
        let json = "{\"kind\": \"other\",\n  \"items\": [ x ]}"
        #expect {
            try ExpectedFile.decode(Data(json.utf8), file: "bad.expected.json")
        } throws: { error in
            guard let error = error as? EvaluationError else { return false }
            return error.kind == .invalidExpectedFile && error.position?.line == 2 && error.position?.column == 14
                && error.description.hasPrefix("bad.expected.json:2:14: not valid JSON")
        }
    }

    /// The message of the error `json` gives (nil when it decodes).
    func error(_ json: String, file: String = "t.expected.json") -> String? {
        do {
            _ = try ExpectedFile.decode(Data(json.utf8), file: file)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aValueOfTheWrongTypeNamesItsKeyPathLineAndType() {
        #expect(error(#"{"items": [{"title": "B", "people": [{"name": 3}]}]}"#)
            == "t.expected.json:1:39: items[0].people[0].name: expected a non-empty string, found a number")
        #expect(error("{\"items\": [\n  {\"truncated\": \"no\"}]}") == "t.expected.json:2:4: items[0].truncated: expected true or false, found a string")
        #expect(error(#"{"items": [{"states_mentioned": ["Sweden", null]}]}"#)
            == "t.expected.json:1:13: items[0].states_mentioned[1]: expected the name of a participating State or Partner for Co-operation (as in OSCEReference.states), found null")
        #expect(error(#"{"items": [{"date": "11 May 2020"}]}"#) == "t.expected.json:1:13: items[0].date: expected a date YYYY-MM-DD or null, found \"11 May 2020\"")
        #expect(error(#"{"items": {"title": "A"}}"#) == "t.expected.json:1:2: items: expected a list of item objects, found an object")
        #expect(error(#"{"kind": "press release"}"#)?.hasPrefix("t.expected.json:1:2: kind: expected one of the page kinds (daily-report, ") == true)
        #expect(error(#"{"items": [{"quotes": [{"speaker": "A"}]}]}"#) == "t.expected.json:1:24: items[0].quotes[0].opening_words: missing (a quote object needs it)")
        #expect(error("[1]") == "t.expected.json:1:1: the file: expected an object, found an array")
    }

    /// A new user's expected file with a trailing comma and a misspelt key was accepted silently
    /// (the item counted as one with no title): both are errors naming the line and column.
    @Test func trailingCommasAndUnknownKeysAreErrors() {
        let trailing = "{\"kind\": \"press-release\",\n  \"items\": [\n    {\"title\": \"Wells dug\", \"date\": \"2020-05-11\",}\n  ]\n}"
        #expect(error(trailing)?.hasPrefix("t.expected.json:3:49: not valid JSON: ") == true, "\(error(trailing) ?? "")")
        let misspelt = "{\"kind\": \"press-release\",\n  \"items\": [\n    {\"titel\": \"Wells dug\", \"date\": \"2020-05-11\"}\n  ]\n}"
        #expect(error(misspelt)?.hasPrefix("t.expected.json:3:6: unknown key \"titel\" in items[0] (did you mean \"title\"?); the keys of an item object: title, content_type, date, ") == true,
                "\(error(misspelt) ?? "")")
        #expect(error(#"{"items": [], "items": []}"#) == "t.expected.json:1:15: key \"items\" given twice in the top level")
        #expect(error(#"{"navigation": {"fields_of_work": 3, "states": 2}}"#)?.hasPrefix("t.expected.json:1:38: unknown key \"states\" in navigation; ") == true)
    }

    /// A new user's expected file with `"date": "2021-02-30"`, a State name that is not in the
    /// reference data (`Turkey` for `Türkiye`, a misspelt `Slovakai`) and `"name": ""` was
    /// accepted (the State only counted as a miss), and a file's errors were shown one at a
    /// time: each is an error at its key, and every error of the file is given, in document order.
    @Test func everyErrorOfAFileIsListedWithInvalidDatesStatesAndEmptyNames() throws {
        let item = Self.item(people: #"[{"name": "", "honorific": null, "roles": []}]"#, quotes: #"[{"speaker": " ", "opening_words": "We"}]"#)
            .replacingOccurrences(of: #""date": null"#, with: #""date": "2021-02-30""#)
            .replacingOccurrences(of: #""states_mentioned": []"#, with: #""states_mentioned": ["Turkey", "Moldova", "Slovakai"]"#)
        let json = Self.page(items: "\n  " + item)
        guard case .failure(let errors) = ExpectedFile.decodeAll(Data(json.utf8), file: "t.expected.json") else {
            Issue.record("an invalid file decoded")
            return
        }
        #expect(errors.errors.map(\.description) == [
            "t.expected.json:2:40: items[0].date: expected a date YYYY-MM-DD or null, found \"2021-02-30\"",
            "t.expected.json:2:170: items[0].people[0].name: expected a non-empty string, found \"\"",
            "t.expected.json:2:228: items[0].quotes[0].speaker: expected a non-empty string or null, found \" \"",
            "t.expected.json:2:269: items[0].states_mentioned[0]: expected the name of a participating State or Partner for Co-operation (as in OSCEReference.states), found \"Turkey\"",
            "t.expected.json:2:269: items[0].states_mentioned[2]: expected the name of a participating State or Partner for Co-operation (as in OSCEReference.states), found \"Slovakai\"",
        ])
        #expect(errors.description.split(separator: "\n").count == 5)
        // `decode` throws the first.
        #expect(error(json) == errors.errors[0].description)
    }

    /// Calendar days: a month's last day by the month and the leap year (ISO 8601, Gregorian).
    @Test func aDateMustBeADayOfTheCalendar() {
        #expect(ExpectedSchema.isDate("2020-02-29"))
        #expect(ExpectedSchema.isDate("2000-02-29"))
        #expect(!ExpectedSchema.isDate("2021-02-29"))
        #expect(!ExpectedSchema.isDate("1900-02-29"))
        #expect(!ExpectedSchema.isDate("2021-02-30"))
        #expect(!ExpectedSchema.isDate("2021-04-31"))
        #expect(ExpectedSchema.isDate("2021-12-31"))
        #expect(!ExpectedSchema.isDate("2021-13-01"))
        #expect(!ExpectedSchema.isDate("2021-01-00"))
    }

    /// A misspelt key is one error (`unknown key "titel" … did you mean "title"?`), not a second
    /// one saying that `title` is missing.
    @Test func aMisspeltKeyIsNotReportedMissingAsWell() {
        let json = Self.page(items: Self.item().replacingOccurrences(of: #""title":"#, with: #""titel":"#))
        guard case .failure(let errors) = ExpectedFile.decodeAll(Data(json.utf8), file: "t.expected.json") else {
            Issue.record("an invalid file decoded")
            return
        }
        #expect(errors.errors.count == 1)
        #expect(errors.errors.first?.message.hasPrefix("unknown key \"titel\" in items[0] (did you mean \"title\"?)") == true)
    }

    @Test func aMissingFolderIsOneError() {
        #expect {
            try PageEvaluator.evaluate(folder: "/nonexistent/pages")
        } throws: { error in
            (error as? EvaluationError)?.description == "/nonexistent/pages: no such file or directory"
        }
    }

    /// A folder with pages but no expected facts, or with no pages, measures nothing: an error,
    /// not a table of dashes with exit status 0 (a new user pointed `eval` at a folder of captures).
    @Test func aFolderWithNothingAnnotatedIsOneError() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("eval-unannotated-\(UUID().uuidString)")
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        #expect {
            try PageEvaluator.evaluate(folder: dir.path)
        } throws: { error in
            (error as? EvaluationError)?.description
                == "\(dir.path): nothing to evaluate: no page files (.htm, .html, .txt) (X.expected.json beside X, or in expected/)"
        }
        try Data("A title\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("<p>B</p>".utf8).write(to: dir.appendingPathComponent("b.html"))
        #expect {
            try PageEvaluator.evaluate(folder: dir.path)
        } throws: { error in
            (error as? EvaluationError)?.kind == .nothingToEvaluate
                && (error as? EvaluationError)?.description
                == "\(dir.path): nothing to evaluate: 2 page files, none with expected facts (X.expected.json beside X, or in expected/)"
        }
    }
}
