import Testing
@testable import PageIngest

/// Forms that none of the example pages shows, written the way real pages write them.
@Suite struct GeneralizationTests {
    func item(_ text: String) throws -> ReleaseFacts {
        let facts = try PageIngester().ingest(text: text, source: "test.txt")
        return try #require(facts.items.first)
    }

    @Test func particlesInitialsAndUnnamedSpeakers() throws {
        let r = try item("""
            Statement
            OSCE Chairperson-in-Office condemns attack
            - Date:
            - Tuesday, 3 November 2020
            UNITED NATIONS, New York, 3 November 2020 – OSCE Chairperson-in-Office and Swedish Minister for Foreign Affairs Ann Linde condemned the attack. “I am deeply shocked,” Linde said.
            Ursula von der Leyen, President of the European Commission, also spoke. “Europe stands with Austria,” she said.
            “These are difficult times,” according to Mr. John F. Smith, a representative of the European Union.
            “We need more opportunities like this,” said one participant.
            Contacts
            Jane Doe
            """)
        #expect(r.date == "2020-11-03")
        #expect(r.datelinePlaces == ["United Nations", "New York"])
        #expect(r.people.map(\.name) == ["Ann Linde", "Ursula von der Leyen", "John F. Smith"])
        #expect(r.people[0].roles == ["OSCE Chairperson-in-Office", "Swedish Minister for Foreign Affairs"])
        #expect(r.people[1].roles == ["President of the European Commission"])
        #expect(r.people[2].honorific == nil)
        #expect(r.quotes.map(\.speaker) == ["Ann Linde", "Ursula von der Leyen", "John F. Smith", nil])
        #expect(r.statesMentioned == ["Sweden", "Austria"])
    }

    @Test func russianRelease() throws {
        let facts = try PageIngester().ingest(text: """
            Новости
            Миссия ОБСЕ в Молдове провела семинар для журналистов
            КИШИНЕВ, 12 мая 2021 г. – Миссия ОБСЕ в Молдове провела сегодня семинар для журналистов из Молдовы и Румынии.
            «Свободные СМИ – основа демократии», – сказал глава Миссии ОБСЕ в Молдове посол Клаус Нойкирх.

            """, source: "ru.txt")
        #expect(facts.language == "ru")
        let r = try #require(facts.items.first)
        #expect(r.date == "2021-05-12")
        #expect(r.datelinePlaces == ["Кишинев"])
        #expect(r.people == [PersonFacts(name: "Клаус Нойкирх", honorific: "посол", roles: ["глава Миссии ОБСЕ в Молдове"])])
        #expect(r.quotes == [QuoteFacts(speaker: "Клаус Нойкирх", text: "Свободные СМИ – основа демократии")])
        #expect(r.statesMentioned == ["Moldova", "Romania"])
    }

    @Test func germanCompoundPost() throws {
        let r = try item("""
            Pressemitteilung
            OSZE-Generalsekretär besucht Ukraine
            - Datum:
            - 5. Juni 2019
            WIEN/KIEW, 5. Juni 2019 – Der OSZE-Generalsekretär Thomas Greminger hat heute die Ukraine besucht. „Wir unterstützen die ukrainischen Behörden“, sagte Greminger. Botschafter Henrik Villadsen, Projektkoordinator der OSZE in der Ukraine, begrüßte den Besuch.

            """)
        #expect(r.datelinePlaces == ["Wien", "Kiew"])
        #expect(r.people.map(\.roles) == [["OSZE-Generalsekretär"], ["Projektkoordinator der OSZE in der Ukraine"]])
        #expect(r.people[1].honorific == "Botschafter")
        #expect(r.quotes.first?.speaker == "Thomas Greminger")
        #expect(r.statesMentioned == ["Ukraine"])
    }

    @Test func roleAttributionAndNoDuplicatePosts() throws {
        let r = try item("""
            OSCE PA President calls for dialogue in Belarus

            VIENNA, 14 August 2020 – OSCE Parliamentary Assembly President George Tsereteli (MP, Georgia) today expressed concern about the situation in Belarus.

            "The authorities must respect the right to peaceful assembly," Tsereteli said.

            President Tsereteli also recalled that the Assembly's observers had not been invited. "The safety of voters comes first," the President said.

            """)
        #expect(r.people == [PersonFacts(name: "George Tsereteli", roles: ["OSCE Parliamentary Assembly President", "MP, Georgia"])])
        #expect(r.quotes.map(\.speaker) == ["George Tsereteli", "George Tsereteli"])
        #expect(r.statesMentioned == ["Belarus", "Georgia"])
    }

    @Test func pluralNounsBeforeSaidAreNotPeople() throws {
        let r = try item("""
            Press release
            Title
            - Date:
            - 1 June 2019
            VIENNA, 1 June 2019 – Local Authorities said they welcomed the visit. Border Guards told the monitors that the road was closed.

            """)
        #expect(r.people.isEmpty)
    }

    @Test func strayLinesBeforeTheTypeLineAndAStraySourceLine() throws {
        let facts = try PageIngester().ingest(text: """
            Home
            Newsroom
            English
            Press release
            OSCE supports training in Albania
            - Date:
            - 2 April 2019
            TIRANA, 2 April 2019 – The OSCE Presence in Albania supported a training course.
            Source: OSCE Presence in Albania

            """, source: "stray.txt")
        #expect(facts.kind == .pressRelease)
        let r = try #require(facts.items.first)
        #expect(r.title == "OSCE supports training in Albania")
        #expect(r.contentType == "Press release")
        #expect(r.date == "2019-04-02")
        #expect(r.statesMentioned == ["Albania"])
    }

    @Test func firstNameThatIsAStateNameAndLanguageAdjectives() throws {
        let r = try item("""
            Press release
            Conference on inclusion opens
            - Date:
            - 8 April 2021
            BELGRADE, 8 April 2021 – Representatives of the United States, the UK and the Russian-speaking community in Latvia met today.
            Jordan Smith, a human rights defender from Georgia, opened the discussion. “We must act,” Smith said.
            The event was also attended by Dutch and Czech officials.

            """)
        #expect(r.people.map(\.name) == ["Jordan Smith"])
        #expect(r.quotes.map(\.speaker) == ["Jordan Smith"])
        #expect(r.statesMentioned == ["United States of America", "United Kingdom", "Latvia", "Georgia", "The Netherlands", "Czechia"])
    }

    @Test func captionWithPhotoCreditAddsNobody() throws {
        let r = try item("""
            Press release
            Training ends
            - Date:
            - 2 May 2019
            VIENNA, 2 May 2019 – The course ended today.
            OSCE Secretary General Thomas Greminger addresses the participants, Vienna, 2 May 2019. (OSCE/Micky Kroell)
            The participants received certificates.

            """)
        #expect(r.people.isEmpty)
        #expect(r.captions.count == 1)
        #expect(r.paragraphs.count == 2)
    }
}
