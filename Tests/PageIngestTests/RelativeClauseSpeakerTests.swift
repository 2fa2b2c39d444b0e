import Testing
@testable import PageIngest

/// `X (MP, Country), who …: “…”`: the antecedent of a relative pronoun before a parenthesis speaks
/// (issue 6, heldout-i's i16 by kind; made-up sentences).
@Suite struct RelativeClauseSpeakerTests {
    @Test func theNameBeforeAParliamentSuffixIsTheAntecedent() {
        let r = analyse("Session closes", [
            "The report was presented by Marta Nowak (MP, Poland), who called it “a map for the next decade” in the debate.",
            "The resolution was drafted by Jan Berg (MP, Norway), who added: “We will follow it up.”",
        ])
        #expect(r.people.map(\.name) == ["Marta Nowak", "Jan Berg"])
        #expect(r.quotes.map(\.speaker) == ["Marta Nowak", "Jan Berg"])
        #expect(r.quotes.first?.text.hasPrefix("a map for the next decade") == true)
    }
}
