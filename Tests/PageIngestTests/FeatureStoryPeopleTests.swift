import Testing
@testable import PageIngest

/// People of feature stories (issue 6, the misses of heldout-i's i02 by kind): a list of people in
/// apposition to a plural noun, a name followed by an age, a post after the age, and a passage in
/// its own paragraph after `X described what …:` (made-up sentences).
@Suite struct FeatureStoryPeopleTests {
    @Test func aListOfPeopleAfterAPluralNounAndAComma() {
        let r = analyse("Coaching week", [
            "The coaches, Pierre-Louis Garnier of the Field Office and Bermet Usenova, a volunteer lawyer from Talas, ran the exercises in three villages.",
        ])
        #expect(r.people.map(\.name) == ["Pierre-Louis Garnier", "Bermet Usenova"])
        #expect(roles(r, "Pierre-Louis Garnier") == [])
        #expect(roles(r, "Bermet Usenova") == ["volunteer lawyer from Talas"])
    }

    @Test func aPluralNounBeforeACommaAndAPlaceIsNoPerson() {
        // The cue is a name: a place after the plural noun stays a place.
        let r = analyse("Coaching week", [
            "The coaches, Naryn and Talas among their homes, ran the exercises.",
            "For the residents, Main Street was closed for a week.",
        ])
        #expect(r.people.isEmpty)
    }

    @Test func aNameFollowedByAnAgeIsAPerson() {
        let r = analyse("Coaching week", [
            "For Dinara Sadykova, 21, from Naryn, the week changed her plans. “I will apply to the law faculty next year,” she says.",
        ])
        #expect(r.people.map(\.name) == ["Dinara Sadykova"])
        #expect(roles(r, "Dinara Sadykova") == [])
        #expect(r.quotes.map(\.speaker) == ["Dinara Sadykova"])
    }

    @Test func aPostAfterTheAgeIsTheNamesPost() {
        let r = analyse("Coaching week", [
            "“We learned to listen before we answer,” says Erlan Bekov, 24, a history teacher from Uzgen.",
        ])
        #expect(r.people.map(\.name) == ["Erlan Bekov"])
        #expect(roles(r, "Erlan Bekov") == ["history teacher from Uzgen"])
        #expect(r.quotes.map(\.speaker) == ["Erlan Bekov"])
    }

    @Test func aPassageInItsOwnParagraphAfterAColonSentence() {
        let r = analyse("Coaching week", [
            "The coaches, Pierre-Louis Garnier of the Field Office and Bermet Usenova, a volunteer lawyer from Talas, ran the exercises.",
            "Garnier described what comes next:",
            "“Every group will meet its mayor in May and report back to us in June.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Pierre-Louis Garnier"])
    }
}
