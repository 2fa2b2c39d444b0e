import Foundation
import Testing
@testable import PageEvaluation

/// The made-up held-out sets in `Tests/Fixtures/` (pages in the real layouts, forms and languages,
/// annotated before the ingester was run on them; each README gives the first measurement): no
/// figure may drop below its floor (`floors.json`, key = the folder's name), and on the sets whose
/// floors have reached them, every goal of issue 6 holds too.
@Suite struct HeldOutEvaluationTests {
    /// The first set (`Tests/Fixtures/heldout`: 20 pages): the goals and the floors.
    @Test func heldOutPagesMeetTheGoalsAndFloors() throws {
        try Self.check("heldout", pages: 20, expectedCounts: [
            .titles: 23, .dates: 23, .people: 47, .quoteSpeakers: 42, .roles: 50, .stateMentions: 35, .releases: 23, .truncation: 0,
        ], goals: true)
    }

    /// The second to fifth sets (6, 14, 16 and 16 pages; the fourth with 2 saved HTML pages, the
    /// fifth with 1): the goals and the floors (their floors reached the goals; the fifth's since the
    /// Serbian, Macedonian and Ukrainian forms and the English misses of its README were read).
    @Test(arguments: [("heldout-b", 6, [EvaluatedField.titles: 6, .dates: 6, .people: 11, .quoteSpeakers: 9, .roles: 13, .stateMentions: 10, .releases: 6, .truncation: 0]),
                      ("heldout-c", 14, [.titles: 16, .dates: 16, .people: 30, .quoteSpeakers: 32, .roles: 32, .stateMentions: 27, .releases: 16, .truncation: 0]),
                      ("heldout-d", 16, [.titles: 18, .dates: 18, .people: 41, .quoteSpeakers: 32, .roles: 44, .stateMentions: 27, .releases: 18, .truncation: 0]),
                      ("heldout-e", 16, [.titles: 18, .dates: 18, .people: 50, .quoteSpeakers: 23, .roles: 50, .stateMentions: 38, .releases: 18, .truncation: 1])])
    func laterHeldOutSetsMeetTheGoalsAndFloors(set: String, pages: Int, expectedCounts: [EvaluatedField: Int]) throws {
        try Self.check(set, pages: pages, expectedCounts: expectedCounts, goals: true)
    }

    /// The sixth set (`Tests/Fixtures/heldout-f`: 16 pages, 13 text and 3 HTML; its README gives the
    /// misses by kind). Its floors start at that first measurement, under the goals of issue 6: they
    /// catch regressions and are raised as the misses are fixed; the goals are printed beside the
    /// figures but not asserted until the floors reach them. Dates and State mentions count only the items whose title was matched
    /// (19 and 36 at the first measurement; 20 and 38 since f06's title is read, main at cb1daf3,
    /// when the floors were raised to that measurement): update them with the floors.
    @Test func sixthHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-f", pages: 16, expectedCounts: [
            .titles: 20, .dates: 20, .people: 43, .quoteSpeakers: 29, .roles: 45, .stateMentions: 38, .releases: 20, .truncation: 1,
        ], goals: false)
    }

    /// The seventh set (`Tests/Fixtures/heldout-g`: 16 pages, 12 text and 4 HTML, in English, Russian,
    /// French, German, Bosnian and Kazakh; its README gives the misses by kind). Its floors start at
    /// its one measurement on the session's final main (ec70da8), under the goals of issue 6, as for
    /// the fifth and sixth sets. Dates, State mentions and truncation count only the items whose
    /// title was matched (18, 69 and 2 at that measurement, of 24 items; 23, 79 and 3 after the
    /// layout fixes of g04, g08, g14 and g16; 24, 83 and 3, every item, since the Kazakh page g12
    /// is read too): update them with the floors.
    @Test func seventhHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-g", pages: 16, expectedCounts: [
            .titles: 24, .dates: 24, .people: 59, .quoteSpeakers: 47, .roles: 62, .stateMentions: 83, .releases: 24, .truncation: 3,
        ], goals: false)
    }

    /// The eighth set (`Tests/Fixtures/heldout-h`: 16 pages, 13 text and 3 HTML, in English, Russian,
    /// French, German, Serbian and Ukrainian; its README gives the misses by kind). Its floors start
    /// at its one measurement on the session's final main (69bf49c), under the goals of issue 6, as
    /// for the sixth and seventh sets. Dates, State mentions and truncation count only the items whose
    /// title was matched (17, 60 and 1 at that measurement, of 22 items; 22, 71 and 1 once every
    /// title is read, as since session 19): update them with the floors.
    @Test func eighthHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-h", pages: 16, expectedCounts: [
            .titles: 22, .dates: 22, .people: 51, .quoteSpeakers: 44, .roles: 60, .stateMentions: 71, .releases: 22, .truncation: 1,
        ], goals: false)
    }

    /// The ninth set (`Tests/Fixtures/heldout-i`: 16 pages, 13 text and 3 HTML, in English, Russian,
    /// French, German, Macedonian and Uzbek; its README gives the misses by kind). Its floors start
    /// at its one measurement on the session's final main (981678f), under the goals of issue 6, as
    /// for the sixth to eighth sets. Dates, State mentions and truncation count only the items whose
    /// title was matched (20, 68 and 1 at that measurement, of 22 items; 22, 77 and 1 once every
    /// title is read); people and roles count a name repeated in a listing's items once per page
    /// (54 and 53): update them with the floors.
    @Test func ninthHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-i", pages: 16, expectedCounts: [
            .titles: 22, .dates: 22, .people: 54, .quoteSpeakers: 42, .roles: 53, .stateMentions: 77, .releases: 22, .truncation: 1,
        ], goals: false)
    }

    /// The tenth set (`Tests/Fixtures/heldout-j`: 16 pages, 13 text and 3 HTML, in English, Russian,
    /// French, German, Spanish, Albanian and Tajik; its README gives the misses by kind). Its floors
    /// start at its one measurement on the session's final main (2dad23e), under the goals of issue
    /// 6, as for the sixth to ninth sets. Dates, State mentions and truncation count only the items
    /// whose title was matched (23, 65 and 2 at that measurement, of 28 items; 28, 78 and 2 once
    /// every title is read): update them with the floors.
    @Test func tenthHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-j", pages: 16, expectedCounts: [
            .titles: 28, .dates: 28, .people: 62, .quoteSpeakers: 43, .roles: 65, .stateMentions: 78, .releases: 28, .truncation: 2,
        ], goals: false)
    }

    /// The eleventh set (`Tests/Fixtures/heldout-k`: 16 pages, 13 text and 3 HTML, in English,
    /// Russian, French, German, Romanian and Kyrgyz; its README gives the misses by kind). Its floors
    /// start at its one measurement on the session's final main (2774601), under the goals of issue
    /// 6, as for the sixth to tenth sets. Dates, State mentions and truncation count only the items
    /// whose title was matched (20, 65 and 1 at that measurement, of 24 items; 23, 70 and 1 once
    /// every title is read): update them with the floors.
    @Test func eleventhHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-k", pages: 16, expectedCounts: [
            .titles: 24, .dates: 23, .people: 61, .quoteSpeakers: 44, .roles: 65, .stateMentions: 70, .releases: 24, .truncation: 1,
        ], goals: false)
    }

    /// The twelfth set (`Tests/Fixtures/heldout-l`: 16 pages, 13 text and 3 HTML, in English,
    /// Russian, French, German, Spanish, Montenegrin and Turkmen; its README gives the misses by
    /// kind). Its floors start at its one measurement on the session's final main (60f27ff), under
    /// the goals of issue 6, as for the sixth to eleventh sets. Every title was matched at that
    /// measurement, so dates, State mentions and truncation count all 23 items (23, 77 and 1).
    @Test func twelfthHeldOutSetMeetsItsFloors() throws {
        try Self.check("heldout-l", pages: 16, expectedCounts: [
            .titles: 23, .dates: 23, .people: 60, .quoteSpeakers: 44, .roles: 63, .stateMentions: 77, .releases: 23, .truncation: 1,
        ], goals: false)
    }

    /// Evaluates `Tests/Fixtures/<set>` and checks its page count, that no page is refused or lacks
    /// expected facts, the annotations' counts per field (a changed fixture shows here), its floors,
    /// and, when `goals`, the goals of issue 6.
    static func check(_ set: String, pages: Int, expectedCounts: [EvaluatedField: Int], goals: Bool) throws {
        let limits = try CorpusEvaluationTests.Limits.load()
        let floors = try #require(limits.floors[set])
        let folder = CorpusEvaluationTests.root.appendingPathComponent("Tests/Fixtures/\(set)").path
        let report = try PageEvaluator.evaluate(folder: folder)
        #expect(report.pages.count == pages)
        #expect(report.refusedPages.isEmpty, "refused: \(report.refusedPages)")
        #expect(report.pagesWithoutExpectedFacts.isEmpty)
        #expect(report.invalidExpectedFiles.isEmpty, "\(report.invalidExpectedFiles)")
        print(CorpusEvaluationTests.comparison(report, floors: floors, goals: limits.goals))
        for total in report.totals {
            let name = total.field.rawValue
            #expect(total.score.expected == expectedCounts[total.field], "\(set) \(name)")
            let bounds = (goals ? [(limits.goals.fields[name], "goal")] : []) + [(floors.fields[name], "floor")]
            for (bound, kind) in bounds {
                if let p = bound?.precision {
                    #expect((total.score.precision ?? 1) >= p, "\(set) \(name) precision under its \(kind) \(p):\n\(report.table)\(report.missListing)")
                }
                if let r = bound?.recall {
                    #expect((total.score.recall ?? 1) >= r, "\(set) \(name) recall under its \(kind) \(r):\n\(report.table)\(report.missListing)")
                }
            }
        }
    }
}
