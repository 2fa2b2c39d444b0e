import Testing
import RDF
@testable import PageIngest

/// The `lynx -dump` form: link markers, an indented body wrapped near a column, paragraphs
/// separated by blank lines, and the `References` list of addresses at the end. Texts are made up.
@Suite struct LynxDumpTests {
    let ingester = PageIngester()

    /// A made-up dump: `chrome` after the skip link, the body lines given, then the references.
    private func dump(chrome: [String] = [], body: [String], references: Bool = true) -> String {
        var lines = ["   [1]Skip to main content"] + chrome + [
            "     * [3]Home",
            "     * [4]Newsroom",
            "",
            "",
            "Partners in Ruritania open a regional water office with OSCE [5]support",
            "",
            "   Date:",
            "          2 March 2022",
            "   Source:",
            "          [6]OSCE Presence in Ruritania",
            "",
        ] + body
        if references {
            lines += ["", "References", "", "   1. https://www.osce.org/#main-content", "   2. https://www.osce.org/", "   3. https://www.osce.org/home"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aWrappedLineContinuesItsParagraph() throws {
        let facts = try ingester.ingest(text: dump(body: [
            "   STARTOWN, 2 March 2022 – The OSCE Presence in Ruritania opened a regional water office with 12",
            "   engineers and [7]two partners.",
            "",
            "   The office will serve five districts.",
        ]), source: "wrap.txt")
        let r = try #require(facts.items.first)
        #expect(r.title == "Partners in Ruritania open a regional water office with OSCE support")
        #expect(r.date == "2022-03-02")
        #expect(r.issuers == ["OSCE Presence in Ruritania"])
        #expect(r.paragraphs == ["STARTOWN, 2 March 2022 – The OSCE Presence in Ruritania opened a regional water office with 12 engineers and two partners.",
                                 "The office will serve five districts."])
    }

    @Test func aWrappedAttributionStillNamesTheSpeaker() throws {
        let facts = try ingester.ingest(text: dump(body: [
            "   STARTOWN, 2 March 2022 – The OSCE Presence in Ruritania opened a regional water office.",
            "",
            "   \"Clean water is a matter of security for every community here,\" said",
            "   Ambassador Petra Lindqvist, Head of the OSCE Presence in Ruritania.",
        ]), source: "quote.txt")
        let r = try #require(facts.items.first)
        #expect(r.paragraphs.count == 2)
        let quote = try #require(r.quotes.first)
        #expect(quote.text == "Clean water is a matter of security for every community here,")
        #expect(quote.speaker == "Petra Lindqvist")
    }

    @Test func aSiteLogoLinkUnderTheSkipLinkKeepsTheLabels() throws {
        let facts = try ingester.ingest(text: dump(chrome: ["   [2]OSCE"], body: [
            "   STARTOWN, 2 March 2022 – The OSCE Presence in Ruritania opened a regional water office.",
        ]), source: "logo.txt")
        let r = try #require(facts.items.first)
        #expect(r.title == "Partners in Ruritania open a regional water office with OSCE support")
        #expect(r.issuers == ["OSCE Presence in Ruritania"])
        #expect(r.datelinePlaces == ["Startown"])
        #expect(r.paragraphs == ["STARTOWN, 2 March 2022 – The OSCE Presence in Ruritania opened a regional water office."])
    }

    @Test func theReferencesListIsNoPageText() {
        let doc = DocumentReader.read(dump(body: ["   The office will serve five districts."]))
        let texts = doc.contentLines().map(\.text)
        #expect(!texts.contains("References"))
        #expect(!texts.contains { $0.contains("https://") })
        #expect(texts.last == "The office will serve five districts.")
        // Without the list (cut off), link markers on indented lines still tell the form.
        let cut = DocumentReader.read(dump(body: ["   The office will serve five districts of the", "   region."], references: false))
        #expect(cut.contentLines().map(\.text).last == "The office will serve five districts of the region.")
    }

    @Test func continuationsKeepTheParagraphRangeAndLineNumbers() {
        let doc = DocumentReader.read("""
               [1]Skip to main content
               [2]OSCE
               [3]Events
               [7]Organization for Security and Co-operation in Europe
               [8]Newsroom

               The first line of a paragraph goes on and on, as lynx fills it up to its wrap
               column, to its second line.

            References

               1. https://e.org/

            """)
        #expect(doc.lines.count == 13)
        // Lines of links are not a wrapped paragraph.
        #expect(doc.lines[0...4].map(\.text) == ["Skip to main content", "OSCE", "Events",
                                                 "Organization for Security and Co-operation in Europe", "Newsroom"])
        #expect(doc.lines[6].text == "The first line of a paragraph goes on and on, as lynx fills it up to its wrap column, to its second line.")
        #expect(doc.lines[6].range.start.line == 7)
        #expect(doc.lines[6].range.end.line == 8)
        #expect(doc.lines[7].isContinuation)
        #expect(doc.lines.enumerated().allSatisfy { $0.element.number == $0.offset + 1 })
        #expect(doc.blocks.map(\.lines) == [0..<5, 6..<8])
    }

    @Test func anInlineTypeLabelInTheGroupIsTheContentType() throws {
        let facts = try ingester.ingest(text: """
            Skip navigation
            Home > Newsroom > Press releases

            Ruritanian judges trained on hate crime cases by the OSCE

            Date: 4 April 2021
            Source: OSCE Presence in Ruritania
            Type: Press release

            STARTOWN, 4 April 2021 – The OSCE Presence in Ruritania trained 25 judges on hate crime cases.

            """, source: "type.txt")
        #expect(facts.kind == .pressRelease)
        let r = try #require(facts.items.first)
        #expect(r.contentType == "Press release")
        #expect(r.datelinePlaces == ["Startown"])
        #expect(r.paragraphs == ["STARTOWN, 4 April 2021 – The OSCE Presence in Ruritania trained 25 judges on hate crime cases."])
    }

    @Test func aBodySentenceOpeningWithTypeIsText() throws {
        let r = try #require(try ingester.ingest(text: """
            Press release
            Ruritanian clinics receive OSCE support for diabetes screening
            Date: 4 April 2021
            STARTOWN, 4 April 2021 – The OSCE Presence in Ruritania donated screening kits to ten clinics.
            The clinics screen adults for diabetes every year.
            Type: 2 diabetes is the most common form, the clinics said.

            """, source: "body.txt").items.first)
        #expect(r.contentType == "Press release")
        #expect(r.paragraphs.last == "Type: 2 diabetes is the most common form, the clinics said.")
    }
}
