import OSCE
import Testing

@testable import PageIngest

/// Which `Where we are:` values and dateline pieces become places.
@Suite struct PlaceValueTests {
    @Test func whereValuesThatNameStructuresOrPostsAreNoPlaces() {
        #expect(PageFacts.isPlaceName("Vienna"))
        #expect(PageFacts.isPlaceName("Georgia"))
        #expect(PageFacts.isPlaceName("Ergneti"))
        #expect(!PageFacts.isPlaceName("OSCE Secretary General"))
        #expect(!PageFacts.isPlaceName("Minsk Group"))
        #expect(!PageFacts.isPlaceName("Troika"))
        #expect(!PageFacts.isPlaceName("Misija OSCE-a u Bosni i Hercegovini"))
        #expect(!PageFacts.isPlaceName("Special Representative"))
    }

    @Test func releaseKeepsOnlyPlacesAndTurnsPostsIntoOrganisations() throws {
        let facts = try PageIngester().ingest(
            text: """
                Press release
                Envoys meet in Ergneti
                - Date:
                - 3 May 2019
                - Where we are:
                - OSCE Secretary General, Minsk Group, Troika, Ergneti
                ERGNETI, 3 May 2019 – Envoys met today.
                """, source: "where.txt")
        let release = try #require(facts.releases().first)
        #expect(release.places.map(\.name) == ["Ergneti"])
        #expect(release.mentionedOrganisations.contains { $0.id == "secretariat" })
    }

    @Test func captionGluedToTheDatelineGivesOnlyThePlace() {
        #expect(Dateline.gluedCapitalTail(of: "SantosCOPENHAGEN") == "COPENHAGEN")
        #expect(Dateline.gluedCapitalTail(of: "COPENHAGEN") == nil)
        #expect(Dateline.gluedCapitalTail(of: "McDONALD") == "DONALD")
        #expect(Dateline.gluedCapitalTail(of: "Santos") == nil)
        let line = Dateline.parse("Jane DoeMALMÖ, 28 June 2018 - The Chair spoke today.")
        #expect(line?.places == ["Malmö"])
    }

    @Test func theCountryAfterADatelineCityIsNoPlace() {
        let line = Dateline.parse("GENOA, Italy, 4 May 2018- The delegates met in the port city.")
        #expect(line?.places == ["Genoa"])
        #expect(line?.countries == ["Italy"])
        #expect(line?.date?.iso == "2018-05-04")
        let two = Dateline.parse("UNITED NATIONS, New York, 3 November 2020 – The Chair spoke.")
        #expect(two?.places == ["United Nations", "New York"])
        #expect(two?.countries == [])
    }

    @Test func theCountryAfterADatelineCityIsAStateMention() {
        let r = ReleaseAnalyzer.analyze(PageLayout.RawItem(title: "Port security", titleLine: 1, body: [
            "GENOA, Italy, 4 May 2018- The delegates from Malta met in the port city.",
        ]), truncated: false)
        #expect(r.datelinePlaces == ["Genoa"])
        #expect(r.statesMentioned == ["Italy", "Malta"])
    }
}
