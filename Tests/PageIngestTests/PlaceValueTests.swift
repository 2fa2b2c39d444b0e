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
}
