import Testing
@testable import PageIngest

/// English speaker and name defects a new user found (issue 6), each on invented text: an
/// institution after `at` (a school, a gymnasium: `Lexicon.organisationHeads`) is no person.
@Suite struct NewUserSpeakerTests {
    @Test func anInstitutionAfterAtIsNoPerson() {
        let r = analyse("Teachers discuss history textbooks", [
            "MOSTAR, 5 May 2023 – Teachers from ten schools met in Mostar today.",
            "“We teach the same war in three ways,” a history teacher at the Neretva Gymnasium said.",
            "A teacher from the Konjic Grammar School and a lecturer at the Herzegovina Polytechnic took part too.",
        ])
        #expect(r.people.isEmpty)
    }
}
