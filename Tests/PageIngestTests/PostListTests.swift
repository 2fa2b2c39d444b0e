import Testing

@testable import PageIngest

/// A post phrase never holds another person's name.
@Suite struct PostListTests {
    func item(_ text: String) throws -> ReleaseFacts {
        try #require(try PageIngester().ingest(text: text, source: "posts.txt").items.first)
    }

    @Test func aPostWordAndANameBeforeAConjunctionAreAnotherPerson() throws {
        let r = try item("""
            Press release
            Ministers meet in Vienna
            - Date:
            - 3 May 2021
            VIENNA, 3 May 2021 – A press conference by OSCE CiO Karlsson and OSCE Secretary General Maria Berg will take place today.
            """)
        let berg = try #require(r.people.first { $0.name == "Maria Berg" })
        #expect(berg.roles == ["OSCE Secretary General"])
        #expect(!r.people.flatMap(\.roles).contains { $0.contains("Karlsson") })
    }

    @Test func twoPostsJoinedByAConjunctionStayTwoPosts() throws {
        let r = try item("""
            Press release
            Ministers meet in Vienna
            - Date:
            - 3 May 2021
            VIENNA, 3 May 2021 – OSCE Chairperson-in-Office and Foreign Minister Jan Novak opened the meeting.
            """)
        #expect(r.people.first?.roles == ["OSCE Chairperson-in-Office", "Foreign Minister"])
    }

    @Test func aPostPhraseIsCutAtAnotherPersonsName() {
        let names = ["Maja Jovanović", "Ann Linde"]
        #expect(PageFacts.cutAtOtherNames("Head of the OSCE Mission to Montenegro and Maja Jovanović", names: names)
            == "Head of the OSCE Mission to Montenegro")
        #expect(PageFacts.cutAtOtherNames("OSCE CiO Ann Linde and OSCE Secretary General", names: names) == "OSCE Secretary General")
        #expect(PageFacts.cutAtOtherNames("OSCE CiO Linde and OSCE Secretary General", names: names) == "OSCE Secretary General")
        #expect(PageFacts.cutAtOtherNames("Head of the Linde Foundation", names: names) == "Head of the Linde Foundation")
        #expect(PageFacts.cutAtOtherNames("Ann Linde", names: names) == nil)
        #expect(PageFacts.cutAtOtherNames("Head of the OSCE Mission to Serbia", names: names) == "Head of the OSCE Mission to Serbia")
        // Part of a word is no name.
        #expect(PageFacts.cutAtOtherNames("Head of Lindeman Institute", names: ["Linde"]) == "Head of Lindeman Institute")
    }
}
