import Foundation
import Testing
@testable import PageIngest

/// Where a body ends (`BodyEnd`): footers left out, and truncation judged on the last body line.
/// Made-up text only; the real captures are read in place when `../shared/pages-real` is there.
@Suite struct BodyEndTests {
    @Test(arguments: [
        "The meeting ends on Friday.",
        "“We will continue,” she said.”",
        "He called it ‘a first step’",
        "She quoted the ‘guidelines’",
        "The report is available at //www.example.org/report/123",
        "Details: https://example.org/a",
        "Write to press@example.org",
        "It was ‘done.’",
    ])
    func completeEndings(_ line: String) {
        #expect(!BodyEnd.endsMidSentence(line), "\(line)")
    }

    @Test(arguments: [
        "The delegation met the mini",
        "In reply to the statement of the party’",
        "The report was presented to the",
        "The minister's",
        "Observers were deployed in",
    ])
    func cutEndings(_ line: String) {
        #expect(BodyEnd.endsMidSentence(line), "\(line)")
    }

    @Test func contactBlockAndSocialListAreAFooter() {
        let lines = ["The mission will publish its report in June.", "", "Jane Roe", "Press Officer", "",
                     "Office: +1 555 010 0199", "Email: jroe@example.org", "", "  • Facebook", "  • twt", "  • video"]
        #expect(BodyEnd.footerStart(lines) == 2)  // the blank line after the body stays with it
    }

    @Test func aBareSocialListIsAFooterButShortBodyLinesAreNot() {
        #expect(BodyEnd.footerStart(["Talks resumed on Monday.", "• Twitter", "• LinkedIn"]) == 1)
        #expect(BodyEnd.footerStart(["Talks resumed on Monday.", "Next steps", "Annex"]) == 3)
    }

    @Test func creditAndFurnitureLinesAreAFooter() {
        #expect(BodyEnd.footerStart(["The centre opened in Vienna.", "Photo: A. Person/Example", "Share", "Print"]) == 1)
        #expect(BodyEnd.footerStart(["The centre opened in Vienna.", "Foto: Ivo Primjer"]) == 1)
    }

    @Test func contactLinesWithoutNameLinesAndPhoneShapes() {
        #expect(BodyEnd.footerStart(["Elections were held.", "Tel.: +43 1 514 36 6000"]) == 1)
        #expect(BodyEnd.footerStart(["Elections were held.", "Telefon: +49 30 1234567"]) == 1)
        #expect(BodyEnd.footerStart(["Elections were held.", "+381 11 333 4444"]) == 1)
        #expect(BodyEnd.footerStart(["Elections were held."]) == 1)
    }

    static let release = """
        Press release
        Mission opens a training centre
        VIENNA, 3 March 2021 – The OSCE opened a training centre today.

        """

    @Test func aPageEndingInAFooterIsNotTruncatedAndTheFooterIsNotBody() throws {
        let text = Self.release + "Watch the video here.\n\nJane Roe\nSpokesperson\nMobile: +43 660 000 0000\nEmail: jroe@example.org\n  • Facebook\n  • video"
        let facts = try PageIngester().ingest(text: text, source: "footer.txt")
        let item = try #require(facts.items.first)
        #expect(!item.truncated)
        #expect(!facts.warnings.contains { $0.kind == .truncated })
        #expect(item.paragraphs.last == "Watch the video here.")
        #expect(item.people.map(\.name).contains("Jane Roe"))
    }

    @Test func aPageEndingWithAURLIsNotTruncated() throws {
        let facts = try PageIngester().ingest(text: Self.release + "The full text is here: //www.example.org/docs/1", source: "url.txt")
        #expect(facts.items.first?.truncated == false)
    }

    @Test func aPageCutAfterAnApostropheIsTruncated() throws {
        let facts = try PageIngester().ingest(text: Self.release + "It answered the announcement of the party’", source: "cut.txt")
        #expect(facts.items.first?.truncated == true)
        #expect(facts.warnings.contains { $0.kind == .truncated })
    }

    @Test func aPageCutMidWordBeforeAFooterShapeIsStillTruncated() throws {
        let facts = try PageIngester().ingest(text: Self.release + "Jane Roe, Press Off", source: "cut2.txt")
        #expect(facts.items.first?.truncated == true)
    }

    /// The real captures: every page's `truncated` flags as annotated (read in place).
    static let realPages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/pages-real").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: realPages.path), "../shared/pages-real is absent"),
          arguments: ["15-", "16-", "19-", "37-"])
    func realPagesTruncatedAsAnnotated(_ prefix: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.realPages.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        let facts = try PageIngester().ingest(fileAt: Self.realPages.appendingPathComponent(name).path)
        let expectedURL = Self.realPages.appendingPathComponent("expected/" + name.dropLast(4) + ".expected.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        let want = items.compactMap { $0["truncated"] as? Bool }
        #expect(facts.items.map(\.truncated) == want, "\(name)")
    }
}
