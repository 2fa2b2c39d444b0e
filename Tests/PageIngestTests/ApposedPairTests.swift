import Testing
@testable import PageIngest

/// Names joined by `and` around posts in apposition (issue 6, new-user defects; made-up
/// sentences and people): `X and Y, both members of Z` (both hold the post), `A, POST, and B`
/// (B is a person with no post), `X, editor-in-chief of the daily N and Ms. Y` (the newspaper's
/// name is part of X's post, no person).
@Suite struct ApposedPairTests {
    @Test func bothMembersGivesThePostToEach() {
        let r = analyse("Event", ["Marta Kovač and Ivo Perić, both members of the Croatian Journalists’ Association, spoke at the event."])
        #expect(r.people.map(\.name) == ["Marta Kovač", "Ivo Perić"])
        #expect(roles(r, "Marta Kovač") == ["member of the Croatian Journalists’ Association"])
        #expect(roles(r, "Ivo Perić") == ["member of the Croatian Journalists’ Association"])
    }

    @Test func aNameAfterAPostInAppositionAndAConjunction() {
        let r = analyse("Panel", ["The panel included Ambassador Lena Falk, Head of the OSCE Mission to Serbia, and Jovan Ristić."])
        #expect(r.people.map(\.name) == ["Lena Falk", "Jovan Ristić"])
        #expect(roles(r, "Lena Falk") == ["Head of the OSCE Mission to Serbia"])
        #expect(roles(r, "Jovan Ristić") == [])
    }

    @Test func aNewspapersNameInsideAPostBeforeAnHonorific() {
        let r = analyse("Debate", ["The debate was opened by Aigul Sadykova, editor-in-chief of the daily Vecherniy Kant and Ms. Dana Ilieva, a media lawyer."])
        #expect(r.people.map(\.name) == ["Aigul Sadykova", "Dana Ilieva"])
        #expect(roles(r, "Aigul Sadykova") == ["editor-in-chief of the daily Vecherniy Kant"])
        #expect(roles(r, "Dana Ilieva") == ["media lawyer"])
    }
}
