import Testing
@testable import PageIngest

/// A rank written in lower case as a post before a name, with its modifiers (`retired police
/// colonel X`), after a post in apposition (`the lead trainer of the course, retired police
/// colonel X`: two posts, the speaker is X) (issue 6, heldout-j's j14 by kind; made-up sentences).
@Suite struct RankPostTests {
    @Test func aRetiredRankAfterAPostInApposition() {
        let r = analyse("Course", ["“Good patrols know people,” said the chief instructor of the seminar, retired police colonel Aibek Toktomushev."])
        #expect(r.people.map(\.name) == ["Aibek Toktomushev"])
        #expect(roles(r, "Aibek Toktomushev") == ["chief instructor of the seminar", "retired police colonel"])
        #expect(r.quotes.map(\.speaker) == ["Aibek Toktomushev"])
    }

    @Test func aRankAloneBeforeTheName() {
        let r = analyse("Course", ["The module was taught by border police captain Ilona Varga and two assistants."])
        #expect(roles(r, "Ilona Varga") == ["border police captain"])
    }

    @Test func aForeignStateMinisterBeforeTheName() {
        let r = analyse("Talks", ["Japanese State Minister for Foreign Affairs Hiroshi Tanabe met OSCE Secretary General Helga Lind in Vienna."])
        #expect(roles(r, "Hiroshi Tanabe") == ["Japanese State Minister for Foreign Affairs"])
        #expect(roles(r, "Helga Lind") == ["OSCE Secretary General"])
    }
}
