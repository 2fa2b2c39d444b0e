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
