import Foundation
import Testing
@testable import PageEvaluation

/// Finding pages and their expected files in a folder, and refused pages.
@Suite struct PageEvaluatorTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/pages/000_0b91f1119559f398")

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("expected"), withIntermediateDirectories: true)
        return url
    }

    @Test func findsExpectedFilesBesideOrInExpectedAndReportsRefusals() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        // a.txt: the seed, with its expected file in expected/ (the real pages' layout).
        try fm.copyItem(at: Self.seed.appendingPathExtension("txt"), to: dir.appendingPathComponent("a.txt"))
        try fm.copyItem(at: Self.seed.appendingPathExtension("expected.json"),
                        to: dir.appendingPathComponent("expected/a.expected.json"))
        // b.txt: binary, refused; its expected file (beside it) holds one item.
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("b.txt"))
        try Data(ExpectedFileTests.page(items: ExpectedFileTests.item(title: #""Lost release""#, people: #"[{"name": "Ann Linde", "honorific": null, "roles": []}]"#)).utf8)
            .write(to: dir.appendingPathComponent("b.expected.json"))
        // c.txt: binary too, but annotated as holding no item.
        try Data([0x00]).write(to: dir.appendingPathComponent("c.txt"))
        try Data(ExpectedFileTests.page(kind: "other", items: "").utf8).write(to: dir.appendingPathComponent("c.expected.json"))
        // d.txt: no expected file anywhere; not scored.
        try Data("Some text\n".utf8).write(to: dir.appendingPathComponent("d.txt"))

        let report = try PageEvaluator.evaluate(folder: dir.path)
        #expect(report.pages.map(\.page) == ["a.txt", "b.txt", "c.txt"])
        #expect(report.pages[0].expectedFile == dir.appendingPathComponent("expected/a.expected.json").path)
        #expect(report.pagesWithoutExpectedFacts == ["d.txt"])
        #expect(report.refusedPages.map(\.page) == ["b.txt", "c.txt"])
        #expect(report.refusedPagesWithItems.map(\.page) == ["b.txt"])
        #expect(report.pages[1].refusal?.hasPrefix(dir.appendingPathComponent("b.txt").path + ":1:1: binary data") == true)
        // The seed is read in full; the refused page's item and person are misses.
        #expect(report.total(.titles) == FieldScore(truePositives: 1, extracted: 1, expected: 2))
        #expect(report.total(.people) == FieldScore(truePositives: 4, extracted: 4, expected: 5))
        #expect(report.total(.quoteSpeakers) == FieldScore(truePositives: 9, extracted: 9, expected: 9))
        #expect(report.table.contains("refused (1 annotated items): \(dir.path)/b.txt:1:1: binary data"))
        #expect(report.missListing == """
            b.txt
              refused: \(report.pages[1].refusal ?? "")
              titles          miss   “Lost release”
              people          miss   Ann Linde
              releases        miss   “Lost release”
            c.txt
              refused: \(report.pages[2].refusal ?? "")

            """)
    }
}
