import Foundation
import Testing
@testable import PageIngest

/// A listing of untitled teasers (date line over a dateline paragraph, no titles) and a photo
/// caption in front of a dateline (made-up pages).
@Suite struct UntitledListingTests {
    let page = """
        URL: https://example.org/news?start=40

        VIENNA, 20 April 2015 – OSCE parliamentarians will observe the elections in Norway, and Chairperson-in-Office Anna Kovač has designated Assembly Vice-President Tomas Reiner (MP, Austria) as Special Co-ordinator of the observers, which comprise many members from several countries and regions of the area
        16 April 2015
        Ewa Lis, Chair of the Assembly's committee on culture, speaks at the Winter Meeting, 19 February 2015. VIENNA, 16 April 2015 – The Chair of the Committee on Culture, Youth and Sport, Ewa Lis (MP, Poland), today welcomed the release of Moldovan rights activist Ion Rusu from prison and called on the authorities to
        15 April 2015
        Participants at the seminar in Tirana, 14 April 2015 TIRANA, 15 April 2015 – Lawmakers from Albania discussed the work of the Assembly with members of the Secretariat during a seminar organized this week by the Assembly and the Presence in Albania in the capital of the
        """

    @Test func everyTeaserIsAnUntitledItem() throws {
        let facts = try PageIngester().ingest(text: page, source: "untitled.txt")
        #expect(facts.kind == .listing)
        #expect(facts.items.count == 3)
        #expect(facts.items.map(\.isUntitled) == [true, true, true])
        #expect(facts.items.map(\.date) == ["2015-04-20", "2015-04-16", "2015-04-15"])
        #expect(facts.items[0].people.map(\.name) == ["Anna Kovač", "Tomas Reiner"])
        #expect(facts.items[1].people.map(\.name) == ["Ewa Lis", "Ion Rusu"])
        #expect(facts.items[1].people[0].roles == ["Chair of the Committee on Culture, Youth and Sport", "MP, Poland"])
        #expect(facts.items[2].datelinePlaces == ["Tirana"])
        // An untitled item gives no release (a release is identified by its title).
        #expect(facts.releases().isEmpty)
    }

    @Test func thePeopleAndStatesOfUntitledItemsAreThePages() throws {
        let facts = try PageIngester().ingest(text: page, source: "untitled.txt")
        let mentions = facts.untitledMentions()
        #expect(mentions.people.map(\.name) == ["Anna Kovač", "Tomas Reiner", "Ewa Lis", "Ion Rusu"])
        #expect(Set(mentions.mentionedStates) == Set(facts.items.flatMap(\.statesMentioned)))
        #expect(mentions.mentionedStates.contains("Norway"))
        // A page whose items all have titles names nothing outside its releases.
        let titled = try PageIngester().ingest(text: "Talks in Vienna\n\n- Date:\n- 3 May 2016\n\nVIENNA, 3 May 2016 – Ambassador Karl Weiss met Norway's envoy.", source: "titled.txt")
        #expect(titled.untitledMentions().isEmpty)
    }

    @Test func anUntitledItemIsEncodedWithANullTitle() throws {
        let facts = try PageIngester().ingest(text: page, source: "untitled.txt")
        let item = try #require(facts.items.first)
        let json = String(decoding: try JSONEncoder().encode(item), as: UTF8.self)
        #expect(json.contains("\"title\":null"))
        let back = try JSONDecoder().decode(ReleaseFacts.self, from: Data(json.utf8))
        #expect(back.isUntitled)
    }

    @Test func aCaptionInFrontOfADatelineIsSplitOff() throws {
        let split = try #require(CaptionSplitter.captionBeforeDateline(
            "Ewa Lis speaks at the Winter Meeting, 19 February 2015. VIENNA, 16 April 2015 – The Chair spoke."))
        #expect(split.caption == "Ewa Lis speaks at the Winter Meeting, 19 February 2015.")
        #expect(split.rest == "VIENNA, 16 April 2015 – The Chair spoke.")
        let glued = try #require(CaptionSplitter.captionBeforeDateline(
            "Participants at the seminar, 14 April 2015 TIRANA, 15 April 2015 – Lawmakers met."))
        #expect(glued.rest.hasPrefix("TIRANA, 15 April 2015"))
        #expect(CaptionSplitter.captionBeforeDateline("The talks ended. NATO and the OSCE agreed to meet again in 2016.") == nil)
        #expect(CaptionSplitter.captionBeforeDateline("VIENNA, 16 April 2015 – The Chair spoke.") == nil)
    }
}
