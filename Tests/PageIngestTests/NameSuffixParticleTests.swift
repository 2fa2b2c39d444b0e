import Testing
@testable import PageIngest

/// English names with a generational suffix (`Jr.`, `Sr.`, `III`) or a particle written with a
/// capital or in lower case (`Le`, `Ní`, Catalan `i`), and the posts written in parentheses after a
/// name or before it with a comma inside: the misses of `Tests/Fixtures/heldout-k` (README), each on
/// invented text of its own.
@Suite struct NameSuffixParticleTests {
    // MARK: Suffixes

    @Test func aJuniorSuffixAfterInitialsIsPartOfTheNameAndEndsNoSentence() {
        let r = analyse("Commission members join election finance seminar", [
            "VIENNA, 4 May 2023 – Members of parliament discussed campaign finance rules today.",
            "Walter B. Pennington Jr., Co-Chair of the Transatlantic Audit Forum, opened the second day. “Money leaves traces, and we follow them,” Pennington said.",
        ])
        #expect(r.people == [PersonFacts(name: "Walter B. Pennington Jr.", honorific: nil, roles: ["Co-Chair of the Transatlantic Audit Forum"])])
        #expect(r.quotes.map(\.speaker) == ["Walter B. Pennington Jr."])
    }

    @Test func aSeniorSuffixBeforeACountryInParenthesesKeepsThePostBeforeTheName() {
        let r = analyse("Parliamentarians discuss water security", [
            "ASTANA, 9 October 2023 – Parliamentarians from 30 countries met in Astana today.",
            "Ana Ferreira-Lobo (MP, Portugal) chaired the meeting.",
            "Senator Harold K. Brightwater Sr. (USA) asked every delegation to publish its water data. “Data we hide cannot help us,” he said.",
        ])
        #expect(r.people.map(\.name) == ["Ana Ferreira-Lobo", "Harold K. Brightwater Sr."])
        #expect(roles(r, "Harold K. Brightwater Sr.") == ["Senator"])
        #expect(r.quotes.map(\.speaker) == ["Harold K. Brightwater Sr."])
    }

    @Test func aRomanNumeralSuffixIsPartOfTheName() {
        let r = analyse("Audit experts meet in Tirana", [
            "TIRANA, 2 June 2023 – Audit experts met in Tirana today.",
            "“We publish every contract,” said Robert Ellsworth III, an adviser to the State Audit Office.",
        ])
        #expect(r.people.map(\.name) == ["Robert Ellsworth III"])
        #expect(r.quotes.map(\.speaker) == ["Robert Ellsworth III"])
    }

    // MARK: Particles

    @Test func aCapitalisedFrenchParticleInsideAHyphenatedNameIsPartOfIt() {
        let r = analyse("Media trainers meet in Skopje", [
            "SKOPJE, 3 March 2023 – Trainers from six countries met in Skopje today.",
            "The trainers' coordinator, Marie-Claude Le Bihan, presented the new handbook. “It is written for editors,” Le Bihan said.",
        ])
        #expect(r.people.map(\.name) == ["Marie-Claude Le Bihan"])
        #expect(r.quotes.map(\.speaker) == ["Marie-Claude Le Bihan"])
    }

    @Test func anIrishParticleAfterARankIsPartOfTheName() {
        let r = analyse("Police officers learn to record bias motives", [
            "DUBLIN, 7 February 2023 – Police officers from ten countries met in Dublin today.",
            "Detective Inspector Gráinne Nic Aodha of the National Bureau of Criminal Investigation, who led the first session, said the new forms took two minutes. “Nobody has complained,” she said.",
        ])
        #expect(r.people == [PersonFacts(name: "Gráinne Nic Aodha", honorific: nil, roles: ["Detective Inspector"])])
        #expect(r.quotes.map(\.speaker) == ["Gráinne Nic Aodha"])
    }

    @Test func aCatalanConjunctionBetweenTwoSurnamesJoinsOnePerson() {
        let r = analyse("Parliamentary Assembly meets in Andorra", [
            "ANDORRA LA VELLA, 5 October 2023 – Parliamentarians met in Andorra today.",
            "The Mayor of Escaldes, Marta Puig i Ferrer, welcomed them. “Our valley is small, but its doors are open,” Puig i Ferrer said.",
        ])
        #expect(r.people == [PersonFacts(name: "Marta Puig i Ferrer", honorific: nil, roles: ["Mayor of Escaldes"])])
        #expect(r.quotes.map(\.speaker) == ["Marta Puig i Ferrer"])
    }

    @Test func aLowerCaseConjunctionBetweenTwoPeopleStillSeparatesThem() {
        // (`i`/`y` join two surnames only: `and` joins two people.)
        let r = analyse("Ministers meet in Madrid", [
            "MADRID, 5 October 2023 – Ministers met in Madrid today.",
            "Ambassador Lucía Romero y Soler and Ambassador Pere Vives i Roca signed the declaration.",
        ])
        #expect(r.people.map(\.name) == ["Lucía Romero y Soler", "Pere Vives i Roca"])
    }
}

/// A passage in lower case after a naming verb and a personal pronoun (`for what he called “…”`)
/// is the subject's own words, not a title (`Tests/Fixtures/heldout-k`, k03).
@Suite struct NamingVerbPassageTests {
    @Test func aLowerCasePassageAfterWhatHeCalledIsTheSubjectsSpeech() {
        let r = analyse("Assembly meets in Andorra", [
            "ANDORRA LA VELLA, 5 October 2023 – Parliamentarians met in Andorra today.",
            "The Mayor of Escaldes, Marta Puig i Ferrer, thanked them for holding what she called \"a debate that small States cannot avoid\".",
        ])
        #expect(r.quotes.map(\.speaker) == ["Marta Puig i Ferrer"])
    }

    @Test func aCapitalisedTitleAfterCalledIsStillNoSpeech() {
        let r = analyse("Assembly meets in Andorra", [
            "ANDORRA LA VELLA, 5 October 2023 – Parliamentarians met in Andorra today.",
            "The Mayor of Escaldes, Marta Puig i Ferrer, presented a report called “Small States and Big Rivers”.",
        ])
        #expect(r.quotes.isEmpty)
    }
}
