import Testing
@testable import PageIngest

/// Photo captions and pull quotes as line roles of `Segmenter` (made-up pages).
@Suite struct SegmenterRoleTests {
    let page = """
        Border guards finish a course on document security
        Participants of the course at the training centre, 12 March 2021 (OSCE/Jane Doe)
        DUSHANBE, 12 March 2021 – Twenty border guards completed a course on document security today, said Ambassador Tomas Reiner. “Secure documents are the first line of defence,” Reiner said at the closing ceremony.
        The course was organized by the Programme Office together with the national border service.
        “Secure documents are the first line of defence” – Tomas Reiner

        """

    @Test func aCaptionLineIsNoTitleNorBody() throws {
        let facts = try PageIngester().ingest(text: page, source: "caption.txt")
        let item = try #require(facts.items.first)
        #expect(item.title == "Border guards finish a course on document security")
        #expect(item.captions == ["Participants of the course at the training centre, 12 March 2021 (OSCE/Jane Doe)"])
        #expect(item.datelinePlaces == ["Dushanbe"])
        #expect(!item.paragraphs.contains { $0.hasPrefix("Participants") })
        // The pull quote stays in the body, and its quote is listed again with its speaker.
        #expect(item.quotes.map(\.speaker) == ["Tomas Reiner", "Tomas Reiner"])
    }

    @Test func captionScoresAddUp() {
        #expect(Segmenter.captionScore("Participants at the seminar, 12 March 2021 (OSCE/Jane Doe)") == 3)
        #expect(Segmenter.captionScore("Participants at the seminar, 12 March 2021 Photo details") == 3)
        #expect(Segmenter.captionScore("Photo: the new border post") == 3)
        #expect(Segmenter.captionScore("Vienna, 12 March 2021") == 1)
        #expect(Segmenter.captionScore("The course ended on 12 March 2021.") == 0)
    }

    @Test func aRepeatedQuotationOnItsOwnLineIsAPullQuote() throws {
        let lines = DocumentReader.read(page).contentLines()
        let roles = Segmenter.roles(of: lines, datelineWindow: 0..<0)
        #expect(roles.last == .pullQuote)
        #expect(roles[1] == .photoCaption)
        #expect(roles.filter { $0 == .pullQuote }.count == 1)
    }
}
