import Testing
@testable import PageIngest

/// English speaker and name defects a new user found (issue 6), each on invented text: the subject
/// of `according to` across a relative clause, the object of `told` (never the speaker), an
/// institution after `at` (no person), two posts given to two names `respectively`, and a modifier
/// of an occupation opening a sentence (`Media lawyer X`: `Lexicon.roleModifiers`).
@Suite struct NewUserSpeakerTests {
    @Test func theSubjectOfAccordingToIsTheSpeakerAcrossARelativeClause() {
        let r = analyse("Youth workers meet in Tetovo", [
            "TETOVO, 3 May 2023 – Youth workers met in Tetovo today. Ambassador Kurt Wallner-Aigner, Head of the OSCE Mission to Skopje, opened the meeting.",
            "According to Blerta Sadiku-Hoxha, who took part in the first training, “the young people now write the agenda themselves.”",
        ])
        #expect(r.people.map(\.name) == ["Kurt Wallner-Aigner", "Blerta Sadiku-Hoxha"])
        #expect(r.quotes.map(\.speaker) == ["Blerta Sadiku-Hoxha"])
    }

    @Test func theObjectOfToldIsNeverTheSpeaker() {
        let r = analyse("Ambassador visits women's co-operatives", [
            "GJAKOVA, 4 May 2023 – Three women's co-operatives opened their doors to the OSCE today.",
            "Among them was Valbona Krasniqi-Bytyqi, a farmer who showed Ms. Ambassador Maria Lindqvist-Oro her dairy in Rogovo. “We sell everything we make,” she told the Ambassador.",
        ])
        #expect(r.people.map(\.name) == ["Valbona Krasniqi-Bytyqi", "Maria Lindqvist-Oro"])
        #expect(r.quotes.map(\.speaker) == ["Valbona Krasniqi-Bytyqi"])
    }

    @Test func anInstitutionAfterAtIsNoPerson() {
        let r = analyse("Teachers discuss history textbooks", [
            "MOSTAR, 5 May 2023 – Teachers from ten schools met in Mostar today.",
            "“We teach the same war in three ways,” a history teacher at the Neretva Gymnasium said.",
            "A teacher from the Konjic Grammar School and a lecturer at the Herzegovina Polytechnic took part too.",
        ])
        #expect(r.people.isEmpty)
    }

    @Test func twoPostsGoToTwoNamesRespectively() {
        let r = analyse("Field operations meet in Belgrade", [
            "BELGRADE, 6 May 2023 – The Heads of the OSCE Mission to Serbia and the OSCE Mission to Montenegro, Ambassador Lena Faber-Holm and Ambassador Piotr Zaremba-Lis, respectively, signed a joint plan.",
        ])
        #expect(roles(r, "Lena Faber-Holm") == ["Head of the OSCE Mission to Serbia"])
        #expect(roles(r, "Piotr Zaremba-Lis") == ["Head of the OSCE Mission to Montenegro"])
    }

    @Test func aModifierOpeningASentenceBelongsToTheOccupationBeforeAName() {
        let r = analyse("Editors discuss media law in Novi Sad", [
            "NOVI SAD, 7 May 2023 – Editors of local media met in Novi Sad today.",
            "Media lawyer Dragana Petrović-Lazić presented the draft. Criminal lawyer Miloš Janković-Ristić answered questions.",
        ])
        #expect(roles(r, "Dragana Petrović-Lazić") == ["Media lawyer"])
        #expect(roles(r, "Miloš Janković-Ristić") == ["Criminal lawyer"])
    }
}
