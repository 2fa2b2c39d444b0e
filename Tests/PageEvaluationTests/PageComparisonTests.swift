import Testing
@testable import PageEvaluation

/// The per-field metrics on tiny hand-made pages, with exact counts.
@Suite struct PageComparisonTests {
    func score(_ field: EvaluatedField, _ results: [FieldResult]) -> FieldScore {
        results.first { $0.field == field }!.score
    }

    func result(_ field: EvaluatedField, _ results: [FieldResult]) -> FieldResult {
        results.first { $0.field == field }!
    }

    @Test func titlesAndReleasesCountMatchedExtractedExpected() {
        let expected = EvaluatedPage(items: [EvaluatedItem(title: "A release"), EvaluatedItem(title: "Second one"),
                                             EvaluatedItem(title: "Third, cut mid-w", truncated: true)])
        let extracted = EvaluatedPage(
            items: [EvaluatedItem(title: "“A release”"), EvaluatedItem(title: "Third, cut mid"), EvaluatedItem(title: "Menu")],
            exportedReleases: [EvaluatedRelease(title: "A release"), EvaluatedRelease(title: "Menu")])
        let results = PageComparison.compare(expected: expected, extracted: extracted)
        #expect(score(.titles, results) == FieldScore(truePositives: 2, extracted: 3, expected: 3))
        #expect(result(.titles, results).misses == ["“Second one”"])
        #expect(result(.titles, results).falsePositives == ["“Menu”"])
        #expect(score(.releases, results) == FieldScore(truePositives: 1, extracted: 2, expected: 3))
        #expect(result(.releases, results).misses == ["“Second one”", "“Third, cut mid-w”"])
        #expect(results.map(\.field) == EvaluatedField.allCases)
    }

    @Test func truncationCountsFlaggedMatchedItemsOnly() {
        let expected = EvaluatedPage(items: [
            EvaluatedItem(title: "A", truncated: false), EvaluatedItem(title: "B", truncated: true),
            EvaluatedItem(title: "C", truncated: true), EvaluatedItem(title: "Unmatched", truncated: true),
        ])
        let extracted = EvaluatedPage(items: [
            EvaluatedItem(title: "A", truncated: true),   // false positive
            EvaluatedItem(title: "B", truncated: true),   // TP
            EvaluatedItem(title: "C", truncated: false),  // miss
        ])
        let r = result(.truncation, PageComparison.compare(expected: expected, extracted: extracted))
        #expect(r.score == FieldScore(truePositives: 1, extracted: 2, expected: 2))
        #expect(r.misses == ["“C”: cut by the capture (extracted as complete)"])
        #expect(r.falsePositives == ["“A”: marked truncated (annotated complete)"])
    }

    @Test func datesCountNonNullValuesOfMatchedItemsOnly() {
        let expected = EvaluatedPage(items: [
            EvaluatedItem(title: "A", date: "2020-05-11"), EvaluatedItem(title: "B", date: nil),
            EvaluatedItem(title: "C", date: "2019-01-02"), EvaluatedItem(title: "D", date: "2018-03-04"),
            EvaluatedItem(title: "E", date: nil), EvaluatedItem(title: "Unmatched", date: "2001-01-01"),
        ])
        let extracted = EvaluatedPage(items: [
            EvaluatedItem(title: "A", date: "2020-05-11"),  // TP
            EvaluatedItem(title: "B", date: "2020-01-01"),  // extracted, nothing expected: false positive
            EvaluatedItem(title: "C", date: nil),           // miss
            EvaluatedItem(title: "D", date: "2018-03-05"),  // miss and false positive
            EvaluatedItem(title: "E", date: nil),           // two nulls: not counted at all
        ])
        let dates = result(.dates, PageComparison.compare(expected: expected, extracted: extracted))
        #expect(dates.score == FieldScore(truePositives: 1, extracted: 3, expected: 3))
        #expect(dates.misses == ["“C”: 2019-01-02 (extracted null)", "“D”: 2018-03-04 (extracted 2018-03-05)"])
        #expect(dates.falsePositives == ["“B”: 2020-01-01 (expected null)", "“D”: 2018-03-05 (expected 2018-03-04)"])
    }

    @Test func peopleAndRolesAreSetsPerPage() {
        let expected = EvaluatedPage(items: [
            EvaluatedItem(title: "A", people: [EvaluatedPerson(name: "Ulrika Funered", roles: ["Head of Delegation"]),
                                               EvaluatedPerson(name: "Igli Hasani")]),
            EvaluatedItem(title: "B", people: [EvaluatedPerson(name: "Ulrika  Funered", roles: ["Ambassador of Sweden"])]),
        ])
        let extracted = EvaluatedPage(items: [
            // Item boundaries do not matter for people and roles.
            EvaluatedItem(title: "B", people: [EvaluatedPerson(name: "Ulrika\u{00A0}Funered", roles: ["Head of Delegation"])]),
            EvaluatedItem(title: "X", people: [EvaluatedPerson(name: "Ambassador Igli Hasani", roles: ["Ambassador of Sweden"])]),
        ])
        let results = PageComparison.compare(expected: expected, extracted: extracted)
        #expect(score(.people, results) == FieldScore(truePositives: 1, extracted: 2, expected: 2))
        #expect(result(.people, results).misses == ["Igli Hasani"])
        #expect(result(.people, results).falsePositives == ["Ambassador Igli Hasani"])
        #expect(score(.roles, results) == FieldScore(truePositives: 1, extracted: 2, expected: 2))
        #expect(result(.roles, results).misses == ["Ulrika Funered — Ambassador of Sweden"])
    }

    @Test func quoteSpeakersNeedTheOpeningWordsAndTheFullName() {
        let expected = EvaluatedPage(items: [
            EvaluatedItem(title: "A", quotes: [
                EvaluatedQuote(speaker: "Ulrika Funered", passage: "We are proud to host"),
                EvaluatedQuote(speaker: "Igli Hasani", passage: "Trafficking is a crime"),
                EvaluatedQuote(speaker: nil, passage: "The OSCE stands ready"),      // not scored
                EvaluatedQuote(speaker: "Ulrika Funered", passage: "We are proud to host"),  // pull quote, listed twice
                EvaluatedQuote(speaker: "Valiant Richey", passage: "Technology"),
            ]),
        ])
        let extracted = EvaluatedPage(items: [
            EvaluatedItem(title: "A", quotes: [
                EvaluatedQuote(speaker: "Ulrika Funered", passage: "We are  proud to host the first meeting"),  // TP
                EvaluatedQuote(speaker: "Thomas Greminger", passage: "Trafficking is a crime that"),       // wrong speaker
                EvaluatedQuote(speaker: "Igli Hasani", passage: "The OSCE stands ready to help"),        // unscored
                EvaluatedQuote(speaker: nil, passage: "Technology is a tool"),                            // no speaker
            ]),
            // The repeated pull quote, read into another item: found on the page.
            EvaluatedItem(title: "Z", quotes: [EvaluatedQuote(speaker: "Ulrika Funered", passage: "We are proud to host")]),
        ])
        let quotes = result(.quoteSpeakers, PageComparison.compare(expected: expected, extracted: extracted))
        #expect(quotes.score == FieldScore(truePositives: 2, extracted: 3, expected: 4))
        #expect(quotes.misses == ["Igli Hasani: “Trafficking is a crime” (extracted speaker: Thomas Greminger)",
                                  "Valiant Richey: “Technology” (extracted speaker: none)"])
        #expect(quotes.falsePositives == ["Thomas Greminger: “Trafficking is a crime that”"])
    }

    @Test func quotesOfTheMatchedItemAreTriedFirst() {
        let quote = EvaluatedQuote(speaker: "Ann Linde", passage: "We must act")
        let expected = EvaluatedPage(items: [EvaluatedItem(title: "A", quotes: [quote]), EvaluatedItem(title: "B", quotes: [quote])])
        let extracted = EvaluatedPage(items: [
            EvaluatedItem(title: "B", quotes: [EvaluatedQuote(speaker: "Ann Linde", passage: "We must act now")]),
            EvaluatedItem(title: "A", quotes: [EvaluatedQuote(speaker: "Ann Linde", passage: "We must act today")]),
        ])
        let results = PageComparison.compare(expected: expected, extracted: extracted)
        #expect(score(.quoteSpeakers, results) == FieldScore(truePositives: 2, extracted: 2, expected: 2))
    }

    @Test func stateMentionsArePairsOfMatchedItems() {
        let expected = EvaluatedPage(items: [EvaluatedItem(title: "A", states: ["Sweden", "Albania"]),
                                             EvaluatedItem(title: "Lost", states: ["Malta"])])
        let extracted = EvaluatedPage(items: [EvaluatedItem(title: "A", states: ["Albania", "Kosovo", "Albania"]),
                                              EvaluatedItem(title: "Other", states: ["Finland"])])
        let states = result(.stateMentions, PageComparison.compare(expected: expected, extracted: extracted))
        #expect(states.score == FieldScore(truePositives: 1, extracted: 2, expected: 2))
        #expect(states.misses == ["“A”: Sweden"])
        #expect(states.falsePositives == ["“A”: Kosovo"])
    }

    @Test func aRefusedPageMissesEverything() {
        let expected = EvaluatedPage(items: [EvaluatedItem(
            title: "A", date: "2020-05-11", people: [EvaluatedPerson(name: "Ann Linde", roles: ["Minister"])],
            quotes: [EvaluatedQuote(speaker: "Ann Linde", passage: "We must")], states: ["Sweden"])])
        let results = PageComparison.compare(expected: expected, extracted: nil)
        #expect(results.map(\.score) == [
            FieldScore(truePositives: 0, extracted: 0, expected: 1),  // titles
            FieldScore(),                                             // dates: no matched item
            FieldScore(truePositives: 0, extracted: 0, expected: 1),  // people
            FieldScore(truePositives: 0, extracted: 0, expected: 1),  // quote speakers
            FieldScore(truePositives: 0, extracted: 0, expected: 1),  // roles
            FieldScore(),                                             // State mentions: no matched item
            FieldScore(truePositives: 0, extracted: 0, expected: 1),  // releases
            FieldScore(),                                             // truncation: no matched item
        ])
    }

    @Test func anItemWithoutATitleIsNotScoredByTitle() {
        let expected = EvaluatedPage(items: [EvaluatedItem(title: nil, date: "2015-04-20", people: [EvaluatedPerson(name: "Ivica Dacic")]),
                                             EvaluatedItem(title: "B")])
        let extracted = EvaluatedPage(items: [EvaluatedItem(title: "COPENHAGEN, 20 April 2015", people: [EvaluatedPerson(name: "Ivica Dacic")]),
                                              EvaluatedItem(title: "B")])
        let results = PageComparison.compare(expected: expected, extracted: extracted)
        #expect(score(.titles, results) == FieldScore(truePositives: 1, extracted: 2, expected: 1))
        #expect(score(.dates, results) == FieldScore())
        #expect(score(.people, results) == FieldScore(truePositives: 1, extracted: 1, expected: 1))
    }

    @Test func precisionAndRecallAreNilWithoutADenominator() {
        let s = FieldScore(truePositives: 0, extracted: 0, expected: 3)
        #expect(s.precision == nil)
        #expect(s.recall == 0)
        #expect(FieldScore().recall == nil)
        let sum = FieldScore(truePositives: 1, extracted: 2, expected: 4) + FieldScore(truePositives: 2, extracted: 2, expected: 2)
        #expect(sum == FieldScore(truePositives: 3, extracted: 4, expected: 6))
        #expect(sum.precision == 0.75)
        #expect(sum.recall == 0.5)
    }
}
