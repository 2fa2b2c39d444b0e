import Foundation
import Testing
@testable import PageIngest

/// Vertical tab (a word processor's manual line break) and form feed (a page break) are white
/// space in a text page, not binary data; the other C0 controls still refuse the page.
@Suite struct WhiteSpaceControlTests {
    let ingester = PageIngester()
    static let page = ExamplePageTests.pagesDirectory.appendingPathComponent("01-press-release-moldova-border-training.txt")

    @Test func verticalTabAndFormFeedReadAsSpace() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        let plain = try ingester.ingest(bytes: Array(text.utf8), source: "p.txt")
        let spaced = text.replacingOccurrences(of: "Twenty-two officers", with: "Twenty-two\u{0B}officers")
            .replacingOccurrences(of: "The training is part", with: "The training\u{0C}is part")
        #expect(spaced != text)
        let withControls = try ingester.ingest(bytes: Array(spaced.utf8), source: "p.txt")
        #expect(withControls.releases().map(\.body) == plain.releases().map(\.body))
        #expect(withControls.releases().first?.body.contains("Twenty-two officers") == true)
        // As decoded text too.
        #expect(try ingester.ingest(text: spaced, source: "p.txt").releases().map(\.body) == plain.releases().map(\.body))
    }

    @Test func htmlPagesTakeThemAsWhiteSpaceToo() throws {
        let html = "<!DOCTYPE html>\n<html lang=\"en\"><body>\n<p>Press release</p>\n<h1>OSCE trains\u{0B}border police</h1>\n"
            + "<p>VIENNA, 11 May 2020 – The\u{0C}OSCE met today.</p>\n</body></html>\n"
        let facts = try ingester.ingest(html: Array(html.utf8), source: "p.html")
        #expect(facts.items.first?.title == "OSCE trains border police")
    }

    @Test func otherControlsStillRefuseThePage() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        for control: UInt8 in [0x01, 0x08, 0x0E, 0x1B, 0x1F, 0x7F] {
            var bytes = Array(text.utf8)
            bytes.insert(control, at: 10)
            #expect(throws: IngestError.self) { try ingester.ingest(bytes: bytes, source: "p.txt") }
            #expect(!UTF8Validation.isBinaryControl(0x0B) && !UTF8Validation.isBinaryControl(0x0C) && UTF8Validation.isBinaryControl(control))
        }
    }
}
