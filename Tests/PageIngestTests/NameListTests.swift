import Testing
@testable import PageIngest

/// Names listed after a person's name (`represented by Ambassador X, Y and Z respectively`):
/// every name of the list is a person, and later passages go to the one the sentence names
/// (issue 6, heldout-j's j02 by kind; made-up sentences and people).
@Suite struct NameListTests {
    @Test func namesListedAfterAPersonArePeopleAndSpeakLater() {
        let r = analyse("Talks in Geneva", [
            "GENEVA, 3 March 2021 – The talks were co-chaired by the OSCE, the EU and the UN – represented by Ambassador Karl Weidmann-Ost, Liv Hagen and Sékou Traoré respectively – and brought together delegations from Armenia.",
            "Speaking for the Co-Chairs, Hagen said: “We ask all sides to keep talking. Silence costs trust.”",
            "Traoré, who chaired the second session, regretted the delay. “Rivers do not stop at a line,” he noted.",
        ])
        #expect(r.people.map(\.name) == ["Karl Weidmann-Ost", "Liv Hagen", "Sékou Traoré"])
        #expect(r.people.map(\.roles) == [[], [], []])
        #expect(r.quotes.map(\.speaker) == ["Liv Hagen", "Sékou Traoré"])
    }

    @Test func aLongerListWithAnOxfordCommaAndAnHonorificAtItsEnd() {
        let r = analyse("Round table", [
            "The round table was moderated by Dr. Amira Haddad, Tomas Lindqvist, Ewa Malinowska, and Ms. Greta Holm in turn.",
        ])
        #expect(r.people.map(\.name) == ["Amira Haddad", "Tomas Lindqvist", "Ewa Malinowska", "Greta Holm"])
    }

    @Test func aCommaAfterAPersonBeforeNoListOfNamesAddsNoPerson() {
        // (`Vienna Office` and a list that no conjunction closes with a name are no list of names.)
        let r = analyse("Visit", [
            "The visit was led by Ambassador Karl Weidmann-Ost, Western Balkans desk, and the programme staff.",
            "Ambassador Liv Hagen, Kovač Street and Lenin Square were on the route.",
        ])
        #expect(r.people.map(\.name) == ["Karl Weidmann-Ost", "Liv Hagen"])
    }
}
