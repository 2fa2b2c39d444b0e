import Foundation
@testable import PageIngest
import Testing

/// A `Place:` label's State after a place (`Place: Astana, Kazakhstan`) says where that place
/// is: the release is located in the place only, as with a dateline's `ALMATY, Kazakhstan`
/// (before: both `place/astana` and `state/kz` were its `schema:locationCreated`). Label values
/// are no State mentions (../shared/pages/README.md, states_mentioned); a State alone is the location.
@Suite struct PlaceLabelTests {
    static func page(place: String) -> String {
        """
        Press release
        OSCE trains customs officers on border security
        - Date:
        - 12 May 2021
        - Place:
        - \(place)
        - Source:
        - OSCE Programme Office in Astana
        The OSCE Programme Office in Astana held a three-day training course for customs officers on risk analysis at border crossings.
        The course brought together twenty officers from regional customs offices.

        """
    }

    static func release(place: String) throws -> (places: [String], states: [String], where: [String]) {
        let facts = try PageIngester().ingest(text: page(place: place), source: "place.txt")
        let item = try #require(facts.items.first)
        let release = try #require(facts.releases().first)
        return (release.places.map(\.name), item.statesMentioned, item.where)
    }

    @Test func aStateAfterAPlaceQualifiesIt() throws {
        let read = try Self.release(place: "Astana, Kazakhstan")
        #expect(read.where == ["Astana", "Kazakhstan"])  // the label's values, as annotated
        #expect(read.places == ["Astana"])
        #expect(read.states.isEmpty)
    }

    @Test func aStateAloneIsTheLocation() throws {
        #expect(try Self.release(place: "Kazakhstan").places == ["Kazakhstan"])
        #expect(try Self.release(place: "Kazakhstan, Astana").places == ["Kazakhstan", "Astana"])
    }
}
