import Testing
@testable import PageIngest

/// English posts the `Tests/Fixtures/heldout-k` misses showed (README): a post before a name whose
/// organisation's name holds commas and an `and` (the OSCE PA's General Committees, reference data),
/// a post in parentheses after a name, a possessive post with a lower-case participle phrase inside,
/// and a post in apposition after an affiliation. Each on invented text.
@Suite struct CommitteeAndParentheticalPostTests {
    // MARK: The General Committees

    @Test func aCommitteePostWithCommasBeforeANameEndsAtTheName() {
        let r = analyse("Assembly committee debates water security", [
            "ASTANA, 2 October 2023 – Parliamentarians debated water security in Astana today.",
            "Chair of the General Committee on Economic Affairs, Science, Technology and Environment Margit Halvorsen-Dahl (MP, Norway) opened the debate. “Water knows no borders,” she said.",
        ])
        #expect(r.people == [PersonFacts(name: "Margit Halvorsen-Dahl", honorific: nil, roles: [
            "Chair of the General Committee on Economic Affairs, Science, Technology and Environment", "MP, Norway",
        ])])
        #expect(r.quotes.map(\.speaker) == ["Margit Halvorsen-Dahl"])
    }

    @Test func aCommitteePostWithoutCommasBeforeANameEndsAtTheNameToo() {
        let r = analyse("Assembly committee meets in Vienna", [
            "VIENNA, 2 February 2023 – Parliamentarians met in Vienna today.",
            "Vice-Chair of the General Committee on Political Affairs and Security Tomas Lindqvist-Berg (MP, Sweden) spoke next.",
        ])
        #expect(r.people == [PersonFacts(name: "Tomas Lindqvist-Berg", honorific: nil, roles: [
            "Vice-Chair of the General Committee on Political Affairs and Security", "MP, Sweden",
        ])])
    }

    @Test func everyCommitteePostNamesItsCommittee() {
        for committee in [
            "General Committee on Political Affairs and Security",
            "General Committee on Economic Affairs, Science, Technology and Environment",
            "General Committee on Democracy, Human Rights and Humanitarian Questions",
        ] {
            #expect(PageFacts.organisation(ofRole: "Chair of the \(committee)")?.name == committee)
            #expect(PageFacts.organisation(ofRole: "Rapporteur of the OSCE PA \(committee)")?.name == committee)
        }
    }

    // MARK: Other post forms

    @Test func aPostInParenthesesAfterANameIsThePersonsPost() {
        let r = analyse("Observers learn to read party accounts", [
            "WARSAW, 6 March 2024 – Thirty observers finished a course on party finance today.",
            "The course was taught by Ingrid Moravec-Haas (ODIHR Legal Adviser) and covered the audit of campaign accounts.",
        ])
        #expect(r.people == [PersonFacts(name: "Ingrid Moravec-Haas", honorific: nil, roles: ["ODIHR Legal Adviser"])])
    }

    @Test func aStandingPostWithALowerCaseParticiplePhraseInsideIsOnePost() {
        let r = analyse("Chairman visits Yerevan", [
            "YEREVAN, 3 May 2007 – The OSCE Chairman arrived in Yerevan today.",
            "He was accompanied by his Personal Representative on the Conflict Dealt with by the OSCE Minsk Conference, Ambassador Henrik Solvang-Ode, who met the Foreign Minister.",
        ])
        #expect(r.people == [PersonFacts(name: "Henrik Solvang-Ode", honorific: "Ambassador", roles: [
            "Personal Representative on the Conflict Dealt with by the OSCE Minsk Conference",
        ])])
    }

    @Test func capitalisedWordsAfterAnArticleInsideAPostAreNoName() {
        let r = analyse("Chairman visits Baku", [
            "BAKU, 4 May 2007 – The OSCE Chairman arrived in Baku today.",
            "He was accompanied by his Special Envoy for the Matters Dealt with by the Geneva Talks, Ambassador Henrik Solvang-Ode, who met the Foreign Minister.",
        ])
        #expect(r.people.map(\.name) == ["Henrik Solvang-Ode"])
    }

    @Test func noPostAfterAnAffiliationThatRunsIntoAnotherName() {
        let r = analyse("Mediators trained in Osh", [
            "OSH, 4 May 2023 – Twenty mediators finished a course today.",
            "The trainers, Aibek Toktomushev of the Programme Office and Nurila Satybaldieva, a certified mediator from Osh, used role plays.",
        ])
        #expect(roles(r, "Aibek Toktomushev") == [])
    }

    @Test func aPostInAppositionAfterAnAffiliationIsThePersonsPost() {
        let r = analyse("Cyber experts meet in Rome", [
            "ROME, 22 May 2018 – Cyber experts met in Rome today.",
            "Prof. Anna Vellacott of the University of Leeds, an adviser to the Chairmanship, presented the results of a survey.",
        ])
        #expect(r.people == [PersonFacts(name: "Anna Vellacott", honorific: "Prof.", roles: ["adviser to the Chairmanship"])])
    }
}
