import Foundation
import Testing
@testable import PageEvaluation

/// The held-out pages (`Tests/Fixtures/heldout`: 20 made-up pages in the real layouts, forms and
/// languages, annotated before the ingester was run on them): every goal of issue 6 must hold
/// there too, and no figure may drop below its floor (`floors.json`, key `heldout`).
@Suite struct HeldOutEvaluationTests {
    static let folder = CorpusEvaluationTests.root.appendingPathComponent("Tests/Fixtures/heldout").path

    @Test func heldOutPagesMeetTheGoalsAndFloors() throws {
        let limits = try CorpusEvaluationTests.Limits.load()
        let floors = try #require(limits.floors["heldout"])
        let report = try PageEvaluator.evaluate(folder: Self.folder)
        #expect(report.pages.count == 20)
        #expect(report.refusedPages.isEmpty, "refused: \(report.refusedPages)")
        #expect(report.pagesWithoutExpectedFacts.isEmpty)
        print(CorpusEvaluationTests.comparison(report, floors: floors, goals: limits.goals))
        // The annotations' counts: a changed fixture shows here.
        let expectedCounts: [EvaluatedField: Int] = [
            .titles: 23, .dates: 23, .people: 47, .quoteSpeakers: 42, .roles: 50, .stateMentions: 35, .releases: 23, .truncation: 0,
        ]
        for total in report.totals {
            let name = total.field.rawValue
            #expect(total.score.expected == expectedCounts[total.field], "\(name)")
            for (bounds, kind) in [(limits.goals.fields[name], "goal"), (floors.fields[name], "floor")] {
                if let p = bounds?.precision {
                    #expect((total.score.precision ?? 1) >= p, "\(name) precision under its \(kind) \(p):\n\(report.table)\(report.missListing)")
                }
                if let r = bounds?.recall {
                    #expect((total.score.recall ?? 1) >= r, "\(name) recall under its \(kind) \(r):\n\(report.table)\(report.missListing)")
                }
            }
        }
    }

    /// The second and third held-out sets (`Tests/Fixtures/heldout-b`, `Tests/Fixtures/heldout-c`:
    /// 6 and 14 made-up pages annotated before the ingester was run on them; their READMEs give
    /// the first measurement): every goal of issue 6 and the floors (keys `heldout-b`, `heldout-c`).
    @Test(arguments: [("heldout-b", 6, [EvaluatedField.titles: 6, .dates: 6, .people: 11, .quoteSpeakers: 9, .roles: 13, .stateMentions: 10, .releases: 6, .truncation: 0]),
                      ("heldout-c", 14, [.titles: 16, .dates: 16, .people: 30, .quoteSpeakers: 32, .roles: 32, .stateMentions: 27, .releases: 16, .truncation: 0]),
                      // The fourth set (16 made-up pages, 14 text and 2 HTML; its README gives the first
                      // measurement, under the goals, and the misses by kind): its floors reached the goals.
                      ("heldout-d", 16, [.titles: 18, .dates: 18, .people: 41, .quoteSpeakers: 32, .roles: 44, .stateMentions: 27, .releases: 18, .truncation: 0])])
    func laterHeldOutSetsMeetTheGoalsAndFloors(set: String, pages: Int, expectedCounts: [EvaluatedField: Int]) throws {
        let limits = try CorpusEvaluationTests.Limits.load()
        let floors = try #require(limits.floors[set])
        let folder = CorpusEvaluationTests.root.appendingPathComponent("Tests/Fixtures/\(set)").path
        let report = try PageEvaluator.evaluate(folder: folder)
        #expect(report.pages.count == pages)
        #expect(report.refusedPages.isEmpty, "refused: \(report.refusedPages)")
        #expect(report.pagesWithoutExpectedFacts.isEmpty)
        print(CorpusEvaluationTests.comparison(report, floors: floors, goals: limits.goals))
        for total in report.totals {
            let name = total.field.rawValue
            #expect(total.score.expected == expectedCounts[total.field], "\(set) \(name)")
            for (bounds, kind) in [(limits.goals.fields[name], "goal"), (floors.fields[name], "floor")] {
                if let p = bounds?.precision {
                    #expect((total.score.precision ?? 1) >= p, "\(set) \(name) precision under its \(kind) \(p):\n\(report.table)\(report.missListing)")
                }
                if let r = bounds?.recall {
                    #expect((total.score.recall ?? 1) >= r, "\(set) \(name) recall under its \(kind) \(r):\n\(report.table)\(report.missListing)")
                }
            }
        }
    }

    /// The fifth held-out set (`Tests/Fixtures/heldout-e`: 16 made-up pages, 15 text and 1 HTML,
    /// annotated before the ingester was run on them; its README gives the first measurement and
    /// the misses by kind). Its floors (key `heldout-e`) start at that first measurement, under
    /// the goals of issue 6: they catch regressions and are raised as the misses are fixed. The
    /// goals are printed beside the figures but not asserted here until the floors reach them.
    @Test func fifthHeldOutSetMeetsItsFloors() throws {
        let limits = try CorpusEvaluationTests.Limits.load()
        let floors = try #require(limits.floors["heldout-e"])
        let folder = CorpusEvaluationTests.root.appendingPathComponent("Tests/Fixtures/heldout-e").path
        let report = try PageEvaluator.evaluate(folder: folder)
        #expect(report.pages.count == 16)
        #expect(report.refusedPages.isEmpty, "refused: \(report.refusedPages)")
        #expect(report.pagesWithoutExpectedFacts.isEmpty)
        print(CorpusEvaluationTests.comparison(report, floors: floors, goals: limits.goals))
        // The annotations' counts: a changed fixture shows here. Dates and State mentions count
        // only the items whose title was matched (15 and 35 at the first measurement; 18 and 38
        // once the three unread titles of e06, e07 and e16 are read): update them with the floors.
        let expectedCounts: [EvaluatedField: Int] = [
            .titles: 18, .dates: 15, .people: 50, .quoteSpeakers: 23, .roles: 50, .stateMentions: 35, .releases: 18, .truncation: 1,
        ]
        for total in report.totals {
            let name = total.field.rawValue
            #expect(total.score.expected == expectedCounts[total.field], "heldout-e \(name)")
            if let p = floors.fields[name]?.precision {
                #expect((total.score.precision ?? 1) >= p, "heldout-e \(name) precision under its floor \(p):\n\(report.table)\(report.missListing)")
            }
            if let r = floors.fields[name]?.recall {
                #expect((total.score.recall ?? 1) >= r, "heldout-e \(name) recall under its floor \(r):\n\(report.table)\(report.missListing)")
            }
        }
    }
}
