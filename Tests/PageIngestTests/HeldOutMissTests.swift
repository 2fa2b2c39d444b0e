import Testing
@testable import PageIngest

/// The mechanisms behind the misses the held-out pages (`Tests/Fixtures/heldout`) showed, each on
/// text of its own: Spanish and Italian as lexicon data, the date-first dateline, Russian posts
/// with lower-case genitives, German genitive State names and national adjectives, appointment
/// phrases, a post named by a short form, and a passage over two paragraphs.
@Suite struct HeldOutMissTests {
    func page(_ text: String) throws -> PageFacts {
        try PageIngester().ingest(text: text, source: "test.txt")
    }

    func item(_ text: String) throws -> ReleaseFacts {
        try #require(try page(text).items.first)
    }

    @Test func spanishDatesLabelsPostsAndSpeakers() throws {
        let facts = try page("""
            Comunicado de prensa
            La Misión de la OSCE en Serbia forma a fiscales en Novi Sad
            Fecha: 2 de octubre de 2019
            NOVI SAD, 2 de octubre de 2019 – El Jefe Adjunto de la Misión de la OSCE en Serbia, Tomás García del Valle, inauguró hoy un curso para fiscales de Serbia.
            «Los fiscales son la primera línea contra la corrupción», dijo García del Valle.

            """)
        #expect(facts.language == "es")
        let r = try #require(facts.items.first)
        #expect(r.contentType == "Comunicado de prensa")
        #expect(r.date == "2019-10-02")
        #expect(r.datelinePlaces == ["Novi Sad"])
        #expect(r.people == [PersonFacts(name: "Tomás García del Valle", honorific: nil,
                                         roles: ["Jefe Adjunto de la Misión de la OSCE en Serbia"])])
        #expect(r.quotes.map(\.speaker) == ["Tomás García del Valle"])
        #expect(r.statesMentioned == ["Serbia"])
    }

    @Test func italianDateLabelAndAttribution() throws {
        let r = try item("""
            Comunicato stampa
            Il Rappresentante speciale dell’OSCE visita Tirana
            Data: 9 maggio 2022
            TIRANA, 9 maggio 2022 – Il Rappresentante speciale dell’OSCE, Marco Ferretti, ha incontrato oggi il governo albanese.
            “Il dialogo resta la nostra priorità”, ha dichiarato Ferretti.

            """)
        #expect(r.date == "2022-05-09")
        #expect(r.people.map(\.name) == ["Marco Ferretti"])
        #expect(r.people.first?.roles == ["Rappresentante speciale dell’OSCE"])
        #expect(r.quotes.map(\.speaker) == ["Marco Ferretti"])
        #expect(r.statesMentioned == ["Albania"])
    }

    @Test func spanishDateConnectors() {
        #expect(DateParser.parse("2 de octubre de 2019")?.iso == "2019-10-02")
        #expect(DateParser.parse("2 de octubre")?.iso == nil)
        #expect(DateParser.parse("2 de octubre")?.month == 10)
        #expect(DateParser.parse("2 de de octubre") == nil)
    }

    @Test func dateBeforePlace() throws {
        let line = try #require(Dateline.parse("3 June 2016, SARAJEVO – The Mission opened a new office."))
        #expect(line.places == ["Sarajevo"])
        #expect(line.date?.iso == "2016-06-03")
        #expect(line.remainder == "The Mission opened a new office.")
        let us = try #require(Dateline.parse("June 3, 2016, SARAJEVO/MOSTAR – The Mission opened two offices."))
        #expect(us.places == ["Sarajevo", "Mostar"])
        #expect(us.date?.iso == "2016-06-03")
        // A date opening a sentence is no dateline: the words after it are no place in capitals.
        #expect(Dateline.parse("3 June 2016, the day the Mission opened – a new start.") == nil)
    }

    @Test func russianPostWithLowerCaseGenitives() throws {
        let r = try item("""
            Новости
            Центр ОБСЕ в Ашхабаде провел тренинг
            АШХАБАД, 14 мая 2019 г. – Советник Центра по вопросам экономики Мария Иванова открыла сегодня тренинг для таможенников Туркменистана.
            «Мы работаем с таможней третий год», – сказала Иванова.

            """)
        #expect(r.people == [PersonFacts(name: "Мария Иванова", honorific: nil, roles: ["Советник Центра по вопросам экономики"])])
        #expect(r.quotes.map(\.speaker) == ["Мария Иванова"])
    }

    @Test func germanGenitiveStateAndNationalAdjective() throws {
        let r = try item("""
            Pressemitteilung
            OSZE unterstützt Wahlbehörde
            Datum: 3. Mai 2017
            WIEN, 3. Mai 2017 – Der schwedische Außenminister Erik Lindahl traf heute den Botschafter Irlands.
            „Wahlen brauchen Vertrauen“, sagte Lindahl.

            """)
        #expect(r.people.first == PersonFacts(name: "Erik Lindahl", honorific: nil, roles: ["schwedische Außenminister"]))
        #expect(r.statesMentioned == ["Sweden", "Ireland"])
    }

    @Test func appointmentWithPossessiveAndAdverb() throws {
        let r = try item("""
            Press release
            New heads of office in Central Asia
            - Date:
            - 4 April 2023
            VIENNA, 4 April 2023 – The Secretary General has appointed Ingrid Mortensen as her new Senior Adviser on Gender. Ambassador Pavel Novak took up his duties yesterday as Head of the OSCE Programme Office in Dushanbe.

            """)
        #expect(r.people.map(\.roles) == [["new Senior Adviser on Gender"], ["Head of the OSCE Programme Office in Dushanbe"]])
    }

    @Test func postNamedByAShortFormWithTheOrganisationFirst() throws {
        let r = try item("""
            Press release
            Talks on the Transdniestrian settlement resume
            - Date:
            - 8 May 2018
            CHISINAU, 8 May 2018 – The Special Representative of the OSCE Chairperson-in-Office for the Transdniestrian Settlement Process, Ambassador Rolf Kessler, met both sides today.
            “Small steps have kept this process alive,” said the OSCE Special Representative.

            """)
        #expect(r.quotes.map(\.speaker) == ["Rolf Kessler"])
    }

    @Test func aPassageOverTwoParagraphsIsOneQuote() throws {
        let r = try item("""
            Press release
            Media freedom representative visits Bishkek
            - Date:
            - 2 March 2022
            BISHKEK, 2 March 2022 – The OSCE Representative on Freedom of the Media, Helga Brandt, visited Bishkek today.
            “Journalists must be free to work,” said Brandt. “Nobody should be jailed for reporting.
            “I will raise these cases with the authorities.”
            “Every case matters,” she added.

            """)
        #expect(r.quotes.count == 3)
        #expect(r.quotes.dropFirst().first.map { $0.text.hasPrefix("Nobody should be jailed for reporting.") && $0.text.contains("I will raise these cases") } == true)
        #expect(r.quotes.map(\.speaker) == ["Helga Brandt", "Helga Brandt", "Helga Brandt"])
    }

    @Test func aSuccessorTakesThePostNotThePredecessor() throws {
        let r = try item("""
            Press release
            New Head of Mission arrives in Skopje
            - Date:
            - 4 April 2023
            SKOPJE, 4 April 2023 – Ambassador Karl Olsen, who succeeded Ambassador Rita Moll as Head of the OSCE Mission to Skopje, met the President today. Olsen was earlier a former journalist from Bergen and now serves the Mission.
            Ambassador Ida Berg, a former diplomat and now Head of the OSCE Presence in Albania, joined him.

            """)
        #expect(r.people.map(\.name) == ["Karl Olsen", "Rita Moll", "Ida Berg"])
        #expect(r.people.map(\.roles) == [["Head of the OSCE Mission to Skopje"], [], ["former diplomat", "Head of the OSCE Presence in Albania"]])
    }

    @Test func anItalianLabelWordOpeningAnEnglishSentenceStaysText() throws {
        let r = try item("""
            Press release
            OSCE report on migration published
            - Date:
            - 4 April 2023
            VIENNA, 4 April 2023 – The OSCE published a report today.
            Data: the figures show a rise in arrivals of 12 per cent.

            """)
        #expect(r.date == "2023-04-04")
        #expect(r.paragraphs.last == "Data: the figures show a rise in arrivals of 12 per cent.")
    }
}
