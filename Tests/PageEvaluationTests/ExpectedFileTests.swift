import Foundation
import Testing
@testable import PageEvaluation

/// Reading expected-facts files, and their errors.
@Suite struct ExpectedFileTests {
    @Test func readsTheScoredKeysAndDefaultsTheRest() throws {
        let json = """
            {"kind": "listing", "language": "en", "navigation": null, "items": [
              {"title": "A", "date": "2020-05-11", "people": [{"name": "Ann Linde", "honorific": null, "roles": ["Minister"]}],
               "quotes": [{"speaker": null, "opening_words": "We must"}], "states_mentioned": ["Sweden"],
               "truncated": true, "notes": "ignored"},
              {"title": null, "date": null}
            ]}
            """
        let page = try ExpectedFile.decode(Data(json.utf8), file: "x.expected.json")
        #expect(page.items == [
            EvaluatedItem(title: "A", date: "2020-05-11", truncated: true, people: [EvaluatedPerson(name: "Ann Linde", roles: ["Minister"])],
                          quotes: [EvaluatedQuote(speaker: nil, passage: "We must")], states: ["Sweden"]),
            EvaluatedItem(title: nil),
        ])
        #expect(try ExpectedFile.decode(Data(#"{"kind": "navigation-only"}"#.utf8), file: "n.json").items.isEmpty)
    }

    @Test func aSyntaxErrorNamesTheFileLineAndColumn() {
        let json = "{\"kind\": \"x\",\n  \"items\": [ x ]}"
        #expect {
            try ExpectedFile.decode(Data(json.utf8), file: "bad.expected.json")
        } throws: { error in
            guard let error = error as? EvaluationError else { return false }
            return error.kind == .invalidExpectedFile && error.position?.line == 2 && error.position?.column == 14
                && error.description.hasPrefix("bad.expected.json:2:14: not valid JSON")
        }
    }

    @Test func aValueOfTheWrongTypeNamesItsKeyPath() {
        let json = #"{"items": [{"title": "A"}, {"title": "B", "people": [{"name": 3}]}]}"#
        #expect {
            try ExpectedFile.decode(Data(json.utf8), file: "t.expected.json")
        } throws: { error in
            (error as? EvaluationError)?.description == "t.expected.json: not an expected-facts file: items[1].people[0].name: expected a string"
        }
    }

    @Test func aMissingFolderIsOneError() {
        #expect {
            try PageEvaluator.evaluate(folder: "/nonexistent/pages")
        } throws: { error in
            (error as? EvaluationError)?.description == "/nonexistent/pages: no such file or directory"
        }
    }
}
