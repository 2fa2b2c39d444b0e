import Foundation
import RDF
import Testing
@testable import PageIngest

/// One rule for the 66 Unicode noncharacters in text and HTML pages: each becomes U+FFFD, with one
/// warning naming the first one's line and column in the file, its code point and the count.
@Suite struct NoncharacterRuleTests {
    let ingester = PageIngester()
    static let warning = ": noncharacters are not text (no RDF syntax carries U+FFFE or U+FFFF, and an HTML parser drops them)"

    /// `v` as a one-scalar string (Swift refuses some noncharacters in literals).
    static func char(_ v: UInt32) -> String { String(Character(Unicode.Scalar(v)!)) }

    @Test func everyNoncharacterIsOne() {
        var all: [UInt32] = Array(UInt32(0xFDD0)...UInt32(0xFDEF))
        for plane in UInt32(0)...16 { all += [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF] }
        #expect(all.count == 66)
        #expect(all.allSatisfy { Noncharacters.isNoncharacter($0) })
        let others: [UInt32] = [0xFDCF, 0xFDF0, 0xFFFD, 0x1FFFD, 0x20000, 0xFEFF, 0x41, 0xEFFFD]
        #expect(!others.contains { Noncharacters.isNoncharacter($0) })
        // The byte scan finds exactly these, in every UTF-8 length.
        for v in all + others {
            var bytes = Array(("a" + Self.char(v) + "b").utf8)
            let (first, value, count) = Noncharacters.replace(in: &bytes)
            if Noncharacters.isNoncharacter(v) {
                #expect(first == SourcePosition(line: 1, column: 2, offset: 1) && value == v && count == 1 && bytes == Array("a\u{FFFD}b".utf8))
            } else {
                #expect(first == nil && count == 0)
            }
        }
    }

    @Test func textPagesReplaceEveryNoncharacter() throws {
        let text = "Press release\nOSCE title with odd " + Self.char(0xFDD0) + " char\nVIENNA, 11 May 2020 – The OSCE met " + Self.char(0x1FFFE) + " today.\n"
        let facts = try ingester.ingest(bytes: Array(text.utf8), source: "t.txt")
        #expect(facts.items.first?.title == "OSCE title with odd \u{FFFD} char")
        #expect(facts.items.first?.bodyText.contains("met \u{FFFD} today") == true)
        #expect(facts.warnings.map(\.description) == ["t.txt:2:21: noncharacter U+FDD0 replaced by U+FFFD (2 in the page)" + Self.warning])
    }

    @Test func htmlPagesKeepThePlaceOfTheNoncharacterAndWarn() throws {
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><title>T</title></head>
            <body>
            <p>Press release</p>
            <h1>OSCE title with odd \u{FFFE} char</h1>
            <p>VIENNA, 11 May 2020 – The OSCE met NONCHARACTER today.</p>
            </body></html>

            """.replacingOccurrences(of: "NONCHARACTER", with: Self.char(0xFDEF))
        let facts = try ingester.ingest(html: Array(html.utf8), source: "p.html")
        // libxml2 alone would drop U+FFFE: the replacement keeps a visible U+FFFD in its place.
        #expect(facts.items.first?.title == "OSCE title with odd \u{FFFD} char")
        #expect(facts.items.first?.bodyText.contains("met \u{FFFD} today") == true)
        let warnings: [String] = facts.warnings.filter { $0.kind == .noncharacter }.map { $0.description }
        #expect(warnings == ["p.html:5:25: noncharacter U+FFFE replaced by U+FFFD (2 in the page)" + Self.warning])
    }
}
