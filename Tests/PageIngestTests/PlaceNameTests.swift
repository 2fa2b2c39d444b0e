import Testing
@testable import PageIngest

/// Two-word place names are places, not people: a run the page names as a place (dateline,
/// `Place:` label), a reference city or State, or a run after a preposition of place mints no
/// person, and a quotation goes to the real speaker. Made-up pages.
@Suite struct PlaceNameTests {
    func analyse(_ title: String, place: [String] = [], _ body: [String]) -> ReleaseFacts {
        var item = PageLayout.RawItem(title: title, titleLine: 1, body: body)
        if !place.isEmpty { item.labels = [(.place, place)] }
        return ReleaseAnalyzer.analyze(item, truncated: false)
    }

    @Test func datelinePlaceAfterInIsNoPerson() {
        let r = analyse("Police training ends", [
            "BANJA LUKA, 11 May 2020 – The OSCE Mission to Bosnia and Herzegovina trained police officers in Banja Luka today.",
            "Head of Mission Ambassador Petra Lindholm said: “Community policing builds trust.”",
            // No preposition: the dateline alone says `Banja Luka` is a place.
            "Banja Luka told its story through an exhibition.",
        ])
        #expect(r.datelinePlaces == ["Banja Luka"])
        #expect(r.people.map(\.name) == ["Petra Lindholm"])
        #expect(r.people.first?.roles == ["Head of Mission"])
        #expect(r.quotes.map(\.speaker) == ["Petra Lindholm"])
    }

    @Test func speakerFromAPlaceGetsTheQuote() {
        let r = analyse("Journalists meet in Novi Sad", [
            "Ana Petrović, a journalist from Novi Sad, said the workshop was useful. “We learned a lot,” she said.",
        ])
        #expect(r.people.map(\.name) == ["Ana Petrović"])
        #expect(r.people.first?.roles == ["journalist"])
        #expect(r.quotes.map(\.speaker) == ["Ana Petrović"])
    }

    @Test func placeLabelAndReferenceCitiesAreNoPeople() {
        let r = analyse("Workshop on media freedom", place: ["Ulaanbaatar"], [
            "Participants from Nur-Sultan and Ulaanbaatar met at Novi Sad University on 3 June.",
            "“Local media need protection,” said Mayor Batbayar Dorj at Lake Ohrid.",
            "Miroslav Kovač, an editor from Banja Luka, said: “The exchange was open.”",
        ])
        #expect(r.people.map(\.name) == ["Batbayar Dorj", "Miroslav Kovač"])
        #expect(r.quotes.map(\.speaker) == ["Batbayar Dorj", "Miroslav Kovač"])
        #expect(r.people.last?.roles == ["editor"])
    }

    @Test func anHonorificStillMakesAPerson() {
        // `from` before a titled name, and a known person named after a preposition later.
        let r = analyse("Visit", [
            "The Mission welcomed a delegation led by Ambassador Lena Novak from Zagreb.",
            "A letter from Ambassador Tomas Berg was read out. “We support the project,” said Berg.",
            "Participants thanked Lena Novak. The students met with Lena Novak in Split.",
        ])
        #expect(r.people.map(\.name) == ["Lena Novak", "Tomas Berg"])
        #expect(r.quotes.map(\.speaker) == ["Tomas Berg"])
    }
}
