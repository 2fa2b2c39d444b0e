import Foundation
import Testing
@testable import PageEvaluation

/// The evaluation on whole folders: the synthetic pages (every field exact) and the real
/// captures in `../shared/pages-real` (floors from `floors.json`, the issue's goals printed).
@Suite struct CorpusEvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examplePages = root.appendingPathComponent("Examples/pages").path
    static let realPages = root.appendingPathComponent("../shared/pages-real").standardizedFileURL.path
    static var hasRealPages: Bool { FileManager.default.fileExists(atPath: realPages + "/expected") }

    /// `floors.json`: the floors per folder and the goals.
    struct Limits: Decodable {
        struct Bounds: Decodable {
            var precision: Double?
            var recall: Double?
        }
        struct Floors: Decodable {
            var fields: [String: Bounds]
            var refusedPagesWithItems: Int
            enum CodingKeys: String, CodingKey {
                case fields
                case refusedPagesWithItems = "refused_pages_with_items"
            }
        }
        struct Goals: Decodable {
            var fields: [String: Bounds]
            var refusedPagesWithItems: Int
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: AnyKey.self)
                var fields: [String: Bounds] = [:]
                var refused = 0
                for key in c.allKeys {
                    if key.stringValue == "refused_pages_with_items" { refused = try c.decode(Int.self, forKey: key) }
                    else { fields[key.stringValue] = try c.decode(Bounds.self, forKey: key) }
                }
                self.fields = fields
                refusedPagesWithItems = refused
            }
        }
        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        var goals: Goals
        var floors: [String: Floors]

        static func load() throws -> Limits {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("floors.json")
            return try JSONDecoder().decode(Limits.self, from: Data(contentsOf: url))
        }
    }

    @Test func syntheticPagesScoreOneOnEveryField() throws {
        let report = try PageEvaluator.evaluate(folder: Self.examplePages)
        #expect(report.pages.count == 17)
        #expect(report.refusedPages.isEmpty)
        #expect(report.pagesWithoutExpectedFacts.isEmpty)
        // The counts of the annotations (expected values), which the ingester reads in full.
        let expectedCounts: [EvaluatedField: Int] = [
            .titles: 22, .dates: 22, .people: 32, .quoteSpeakers: 38, .roles: 36, .stateMentions: 47, .releases: 22, .truncation: 3,
        ]
        for total in report.totals {
            #expect(total.score.expected == expectedCounts[total.field], "\(total.field)")
            #expect(total.score.precision == 1, "\(total.field): \(report.table)\(report.missListing)")
            #expect(total.score.recall == 1, "\(total.field): \(report.table)\(report.missListing)")
        }
    }

    @Test func reportsAreDeterministic() throws {
        let a = try EvaluationReport.json([PageEvaluator.evaluate(folder: Self.examplePages)])
        let b = try EvaluationReport.json([PageEvaluator.evaluate(folder: Self.examplePages)])
        #expect(a == b)
        #expect(a.contains(#""field" : "quote-speakers""#))
    }

    /// The ratchet: no figure on the real captures may drop below today's (floors.json).
    @Test(.enabled(if: hasRealPages, "../shared/pages-real is absent"))
    func realPagesStayAboveTheirFloors() throws {
        let limits = try Limits.load()
        let floors = try #require(limits.floors["pages-real"])
        let report = try PageEvaluator.evaluate(folder: Self.realPages)
        #expect(report.pages.count == 50)
        print(Self.comparison(report, floors: floors, goals: limits.goals))
        for total in report.totals {
            let floor = try #require(floors.fields[total.field.rawValue], "no floor for \(total.field)")
            if let p = floor.precision {
                #expect((total.score.precision ?? 1) >= p, "\(total.field) precision fell below its floor \(p)")
            }
            if let r = floor.recall {
                #expect((total.score.recall ?? 1) >= r, "\(total.field) recall fell below its floor \(r)")
            }
        }
        #expect(report.refusedPagesWithItems.count <= floors.refusedPagesWithItems,
                "refused pages holding items: \(report.refusedPagesWithItems.map(\.page))")
    }

    /// A table of measured figures, floors and goals.
    static func comparison(_ report: EvaluationReport, floors: Limits.Floors, goals: Limits.Goals) -> String {
        func f(_ v: Double?) -> String { EvaluationReport.format(v).padding(toLength: 5, withPad: " ", startingAt: 0) }
        var lines = ["page reading on \(report.folder): measured / floor / goal (– no goal)"]
        for total in report.totals {
            let name = total.field.rawValue
            let floor = floors.fields[name]
            let goal = goals.fields[name]
            lines.append(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + "precision \(f(total.score.precision)) / \(f(floor?.precision)) / \(f(goal?.precision))   "
                + "recall \(f(total.score.recall)) / \(f(floor?.recall)) / \(f(goal?.recall))   "
                + "TP/extracted/expected \(total.score.truePositives)/\(total.score.extracted)/\(total.score.expected)")
        }
        lines.append("refused pages holding items: \(report.refusedPagesWithItems.count) / \(floors.refusedPagesWithItems) / \(goals.refusedPagesWithItems)")
        return lines.joined(separator: "\n")
    }
}
