import Testing
@testable import PageIngest

/// Person names and posts on short made-up sentences (forms real pages use).
@Suite struct PersonNameTests {
    @Test func shortFormOfAKnownNameIsTheSamePerson() {
        let r = analyse("Visit", [
            "OSCE Secretary General Jean-Luc van der Berghe visited the camp.",
            "“We will return,” said van der Berghe. “Help is coming,” said Berghe.",
        ])
        #expect(r.people.map(\.name) == ["Jean-Luc van der Berghe"])
        #expect(r.quotes.map(\.speaker) == ["Jean-Luc van der Berghe", "Jean-Luc van der Berghe"])
    }

    @Test func postAndPlaceWordsDoNotStartAName() {
        let r = analyse("Patrol", [
            "A patrol with Deputy Chief Monitor Ivo Kranjc on board was stopped.",
            "He met the President of the Republic of North Ossetia-Alania Ruslan Tegayev.",
        ])
        #expect(r.people.map(\.name) == ["Ivo Kranjc", "Ruslan Tegayev"])
        #expect(r.people[0].roles == ["Deputy Chief Monitor"])
    }

    @Test func organisationNounsAreNoNames() {
        let r = analyse("Agreement", [
            "In line with the General Peace Agreement, the Mission works with the Novosti Polar office and said it would help.",
        ])
        #expect(r.people.isEmpty)
    }

    @Test func stateSuffixCoordinationAndAppointment() {
        let r = analyse("Meeting", [
            "Members attended, including Aino Virtanen (Finland) and Piotr Malek (Poland).",
            "The campaign had the support of footballers Marko Jelić and Dario Kos.",
            "Hugo Lefèvre from France has been appointed Special Co-ordinator by the Chairperson-in-Office.",
        ])
        #expect(r.people.map(\.name) == ["Aino Virtanen", "Piotr Malek", "Marko Jelić", "Dario Kos", "Hugo Lefèvre"])
        #expect(r.people[2].roles == ["footballers"])
        #expect(r.people[3].roles == ["footballers"])
        #expect(r.people[4].roles == ["Special Co-ordinator"])
    }

    @Test func titleBeforeASingleNameAndAcronymInsideAPost() {
        let r = analyse("Talks", [
            "The initiatives of Presidents Novak and Horvat were discussed.",
            "The OSCE Representative on Freedom of the Media (RFoM) Lena Brandt welcomed the step.",
            "The President of the Judicial Council (JC) of Montenegro, Ana Perić, signed it.",
        ])
        #expect(r.people.map(\.name) == ["Novak", "Horvat", "Lena Brandt", "Ana Perić"])
        #expect(r.people[2].roles == ["OSCE Representative on Freedom of the Media (RFoM)"])
        #expect(r.people[3].roles == ["President of the Judicial Council (JC) of Montenegro"])
    }

    @Test func signatureLineWithPostBelow() {
        let r = analyse("Observers deployed", [
            "The mission will present its findings on Monday.",
            "Contact",
            "Tomas Berg",
            "Head of Communications",
        ])
        #expect(r.people.map(\.name) == ["Tomas Berg"])
        #expect(r.people.first?.roles == ["Head of Communications"])
    }

    @Test func repeatedPullQuoteKeepsItsSpeaker() {
        let r = analyse("Statement", [
            "“We expect a government to be formed without any further delay,” said Ambassador Rita Olsen.",
            "For information contact Spokesperson Karl Dunn.",
            "“We expect a government to be formed without any further delay,”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Rita Olsen", "Rita Olsen"])
    }

    @Test func languageOfTheItemChoosesTheLexicon() {
        let sq = analyse("Lajm", [
            "TIRANË, 10 tetor 2012 – Kryetari i Prezencës, ambasadori Hans Keller, tha sot se puna është e rëndësishme për të gjithë dhe në këtë vend.",
            "“Puna vazhdon”, tha Keller.",
        ])
        #expect(sq.people.map(\.name) == ["Hans Keller"])
        #expect(sq.people.first?.honorific == "ambasadori")
        #expect(sq.quotes.map(\.speaker) == ["Hans Keller"])
        #expect(Lexicon.for(language: "de").speechVerbs.contains("sagte"))
        #expect(!Lexicon.for(language: "en").speechVerbs.contains("sagte"))
        #expect(Lexicon.for(language: "en").honorifics.contains("Ambassador"))
    }
}

extension PersonNameTests {
    @Test func postWithANameInsertedBeforeThePerson() {
        let r = analyse("Release", [
            "She welcomed the release of the correspondent of the Northern Press Agency, Nordpress, Ivan Petrenko, and of a blogger.",
        ])
        #expect(r.people.map(\.name) == ["Ivan Petrenko"])
        #expect(r.people.first?.roles == ["correspondent of the Northern Press Agency, Nordpress"])
    }
}

/// The same forms in German, French and Russian items (each item's language chooses its lexicon).
@Suite struct OtherLanguageTests {
    @Test func germanPostBeforeTheNameWithGenitive() {
        let r = analyse("Konferenz", [
            "WIEN, 4. Mai 2022 – Die Leiterin der OSZE-Mission in Serbien, Botschafterin Eva Brandl, eröffnete heute die Konferenz.",
            "„Wir müssen die Medienfreiheit stärken“, sagte Brandl. Ein Teilnehmer sagte: „Das war sehr hilfreich.“",
        ])
        #expect(r.people.map(\.name) == ["Eva Brandl"])
        #expect(r.people.first?.roles == ["Leiterin der OSZE-Mission in Serbien"])
        #expect(r.quotes.map(\.speaker) == ["Eva Brandl", nil])
    }

    @Test func frenchAuxiliaryAndFullNameOfAShortForm() {
        let r = analyse("Conférence", [
            "VIENNE, 4 mai 2022 – Le Représentant de l’OSCE pour la liberté des médias, Paul Girard, a ouvert la conférence.",
            "« La liberté des médias est essentielle », a déclaré M. Girard.",
        ])
        #expect(r.people.map(\.name) == ["Paul Girard"])
        #expect(r.quotes.map(\.speaker) == ["Paul Girard"])
    }

    @Test func russianUnnamedSpeaker() {
        let r = analyse("Семинар", [
            "КИЕВ, 4 мая 2021 г. – Глава Миссии ОБСЕ посол Олег Соколов открыл семинар для журналистов в Киеве.",
            "«Свобода СМИ важна», – сказал Соколов. Участник семинара сказал: «Это было полезно».",
        ])
        #expect(r.people.map(\.name) == ["Олег Соколов"])
        #expect(r.quotes.map(\.speaker) == ["Олег Соколов", nil])
    }
}

extension PersonNameTests {
    @Test func appositionDoesNotTakeTheNextPersonsPost() {
        let r = analyse("Meeting", [
            "Lena Horn, Head of the OSCE Mission to Albania and Petra Vogel, Acting State Prosecutor, signed the memorandum.",
            "He met Prime Minister Davit Kvara, Minister of Foreign Affairs Nino Beradze, and the Speaker.",
        ])
        #expect(r.people.map(\.name) == ["Lena Horn", "Petra Vogel", "Davit Kvara", "Nino Beradze"])
        #expect(r.people[0].roles == ["Head of the OSCE Mission to Albania"])
        #expect(r.people[2].roles == ["Prime Minister"])
        #expect(r.people[3].roles == ["Minister of Foreign Affairs"])
    }
}

extension PersonNameTests {
    @Test func hyphenatedParticleNamesAndPassagesOverParagraphs() {
        let r = analyse("Visit", [
            "Ambassador Mara Lind welcomed Foreign Minister Omar al-Rashid to Vienna.",
            "“The first part of a long statement about the region.",
            "“The second part of it,” said al-Rashid.",
        ])
        #expect(r.people.map(\.name) == ["Mara Lind", "Omar al-Rashid"])
        // One passage over two paragraphs (the first left open, the second opened again) is one
        // quote, spoken by the speaker named after its last part.
        #expect(r.quotes.map(\.speaker) == ["Omar al-Rashid"])
        #expect(r.quotes.first?.text.hasPrefix("The first part of a long statement about the region.") == true)
        #expect(r.quotes.first?.text.contains("The second part of it") == true)
    }
}

extension PersonNameTests {
    @Test func postsInAppositionAreNotVerbPhrasesOrTheNextPersons() {
        let r = analyse("Talks", [
            "Ambassador Marta Kowal, met the OSCE Special Envoy for the region on Monday.",
            "The Head of Mission, Erik Lund, the President of the Judicial Council (JC) of Albania, Ardit Hoxha, and the Minister signed it.",
            "OSCE Chairperson-in-Office (CiO) and Minister for Foreign Affairs of Sweden Eva Berg opened the session.",
        ])
        #expect(r.people.map(\.name) == ["Marta Kowal", "Erik Lund", "Ardit Hoxha", "Eva Berg"])
        #expect(r.people[0].roles.isEmpty)
        #expect(r.people[1].roles == ["Head of Mission"])
        #expect(r.people[2].roles == ["President of the Judicial Council (JC) of Albania"])
        #expect(r.people[3].roles == ["OSCE Chairperson-in-Office (CiO)", "Minister for Foreign Affairs of Sweden"])
        let list = analyse("Panel", ["The panel featured Ambassador Ida Moe, Head of the OSCE Office in Yerevan, Karl Berg, Director of the Institute, and others."])
        #expect(list.people.map(\.name) == ["Ida Moe", "Karl Berg"])
        #expect(list.people.first?.roles == ["Head of the OSCE Office in Yerevan"])
    }
}
