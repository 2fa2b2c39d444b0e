import Testing
@testable import PageIngest

/// The English-side reading forms of issue 6 (the misses `Tests/Fixtures/heldout-e` showed), each
/// on made-up text of its own: a table of people, a speaker's heading line above the passage,
/// honorifics of several words and military ranks, a lower-case particle opening a sentence,
/// a national institution's name next to a person, and a language named by a national adjective.
@Suite struct StructureMissTests {
    // MARK: Tables of people

    @Test func aTableOfPeopleGivesEachRowsPersonPostAndState() {
        let r = analyse("Customs experts meet in Almaty", [
            "ALMATY, 4 April 2021 – Customs officers from Central Asia met in Almaty today.",
            "The panel was:",
            "Participant | Position | Country",
            "Dorjsurengiin Altangerel | Head, Customs Training Centre | Mongolia",
            "Prof. Aiko Sato | Lecturer, Kobe Customs Academy | Japan",
            "Lars Eriksen | Adviser, Nordic Customs Council | Norway",
            "“Training is cheaper than smuggling,” said Altangerel, who opened the panel.",
        ])
        #expect(r.people == [
            PersonFacts(name: "Dorjsurengiin Altangerel", honorific: nil, roles: ["Head, Customs Training Centre"]),
            PersonFacts(name: "Aiko Sato", honorific: "Prof.", roles: ["Lecturer, Kobe Customs Academy"]),
            PersonFacts(name: "Lars Eriksen", honorific: nil, roles: ["Adviser, Nordic Customs Council"]),
        ])
        // The given name after a patronymic (`Dorjsurengiin`) is the name's last word: a short form.
        #expect(r.quotes.map(\.speaker) == ["Dorjsurengiin Altangerel"])
        #expect(r.statesMentioned == ["Mongolia", "Japan", "Norway"])
    }

    @Test func aTableNeedsAHeaderNamingItsColumnsAndEndsAtAnotherShape() {
        let lexicon = Lexicon.for(language: "en")
        func rows(_ lines: [String]) -> [String] {
            let units = lines.map { TextUnit($0) }
            let tables = TableRows(units: units, lexicon: lexicon, isNameWord: { $0.isCapitalized })
            return tables.rows.map { units[$0.unit].text($0.name.lowerBound, $0.name.upperBound) }
        }
        // No header: pipes alone make no table.
        #expect(rows(["Anna Berg | Director | Sweden", "Tom Hill | Adviser | Canada"]).isEmpty)
        // A header cell that is no column name: no table.
        #expect(rows(["Name | Favourite colour", "Anna Berg | Blue"]).isEmpty)
        // A line of another number of cells ends the table; a cell that is no name is skipped.
        #expect(rows(["Name | Function", "Anna Berg | Director", "the host | Adviser", "Tom Hill | Adviser",
                      "Ivo Marić | Adviser | Croatia"]) == ["Anna Berg", "Tom Hill"])
        #expect(TableRows.cells(TextUnit("a | | b")).isEmpty)
    }

    @Test func aTabSeparatedTableIsReadLikeAPipeSeparatedOne() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Border officers meet in Tashkent
            Date: 2 June 2022
            TASHKENT, 2 June 2022 – Border officers met in Tashkent today.
            Name\tFunction\tCountry
            Nodira Yusupova\tHead, Border Training Centre\tUzbekistan
            Col. Piotr Zieliński\tAdviser, Border Guard Academy\tPoland
            “Borders are run by people,” said Yusupova.

            """, source: "test.txt")
        let r = try #require(facts.items.first)
        #expect(r.people == [
            PersonFacts(name: "Nodira Yusupova", honorific: nil, roles: ["Head, Border Training Centre"]),
            PersonFacts(name: "Piotr Zieliński", honorific: "Col.", roles: ["Adviser, Border Guard Academy"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Nodira Yusupova"])
        #expect(r.statesMentioned == ["Uzbekistan", "Poland"])
        // A TAB between a label and its value is no table: the label stays one.
        let doc = DocumentReader.read("Date:\t2 June 2022\nName\tPost\nAnna Berg\tDirector\n")
        #expect(doc.lines[0].label != nil)
        #expect(doc.lines.map(\.text) == ["Date: 2 June 2022", "Name | Post", "Anna Berg | Director", ""])
    }

    @Test func aQuotedNameInsideAPostAfterTheName() {
        let r = analyse("Local media", [
            "“Local news is the first to go,” said Ainura Sadykova, editor of “Vechernii Osh”, at the conference.",
        ])
        // (The quoted name is no passage of speech; the post around it is not read yet.)
        #expect(r.people.map(\.name) == ["Ainura Sadykova"])
        #expect(r.quotes.count == 1)
        #expect(r.quotes.map(\.speaker) == ["Ainura Sadykova"])
    }

    // MARK: Headings and honorifics

    @Test func aHeadingLineNamesTheSpeakerOfThePassageUnderIt() {
        let r = analyse("What the speakers said", [
            "PRAGUE, 9 May 2019 – Two speakers opened the forum. They said:",
            "Tereza Horáková Lindner, Undersecretary of State for Energy of Czechia",
            "“Energy security starts with saving energy.”",
            "Ambassador Omar Haddad, Head of the OSCE Programme Office in Dushanbe",
            "“Our region needs more than pipelines.”",
        ])
        #expect(r.people == [
            PersonFacts(name: "Tereza Horáková Lindner", honorific: nil, roles: ["Undersecretary of State for Energy of Czechia"]),
            PersonFacts(name: "Omar Haddad", honorific: "Ambassador", roles: ["Head of the OSCE Programme Office in Dushanbe"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Tereza Horáková Lindner", "Omar Haddad"])
    }

    @Test func honorificsOfSeveralWordsAndMilitaryRanks() {
        let r = analyse("Seminar opens", [
            "The seminar was opened by Lieutenant General Pavel Horák, Director of the Military Academy in Brno, and by Colonel Ana Petrović.",
            "The Head of the OSCE Academy, Prof. Dr. Marat Usenov, thanked the organizers.",
            "ODIHR Director Dr. habil. Erzsébet Molnár-Szabó and OSCE Secretary General Pietro Lanza Ferri issued a statement.",
            "“We train officers, not armies,” said General Horák.",
        ])
        #expect(r.people == [
            PersonFacts(name: "Pavel Horák", honorific: "Lieutenant General", roles: ["Director of the Military Academy in Brno"]),
            PersonFacts(name: "Ana Petrović", honorific: "Colonel", roles: []),
            PersonFacts(name: "Marat Usenov", honorific: "Prof. Dr.", roles: ["Head of the OSCE Academy"]),
            PersonFacts(name: "Erzsébet Molnár-Szabó", honorific: "Dr. habil.", roles: ["ODIHR Director"]),
            PersonFacts(name: "Pietro Lanza Ferri", honorific: nil, roles: ["OSCE Secretary General"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Pavel Horák"])
    }

    @Test func abbreviationsAreDataAndKeepTheirStop() {
        #expect(Tokenizer.abbreviations.isSuperset(of: ["Dr", "Prof", "prof", "habil", "Gen"]))
        let tokens = Tokenizer.tokenize("prof. Anna Nowak and Dr. habil. Jan Kos").tokens
        #expect(tokens.map(\.text) == ["prof.", "Anna", "Nowak", "and", "Dr.", "habil.", "Jan", "Kos"])
        let lexicon = Lexicon.for(language: "en")
        let phrase = lexicon.honorific(before: 6, in: tokens)
        #expect(phrase?.text == "Dr. habil." && phrase?.start == 4)
        #expect(lexicon.honorific(before: 5, in: tokens)?.text == "Dr.")
        #expect(lexicon.honorificEnd(from: 4, in: tokens) == 6)
        // `General` alone is no honorific (`Secretary General X`).
        let post = Tokenizer.tokenize("Secretary General Anna Berg").tokens
        #expect(lexicon.honorific(before: 2, in: post) == nil)
    }

    @Test func aWrappedLabelValueOfALynxDumpGoesOn() throws {
        let facts = try PageIngester().ingest(text: """
            URL: https://www.osce.org/cthb/x

               [1]Skip to main content
               [2]OSCE

            Press release

            OSCE trains airline staff in Vienna

               Date: 4 March 2022
               Place: Vienna
               Source: [3]Office of the Special Representative and Co-ordinator for
               Combating Trafficking in Human Beings
               Fields of work: [4]Combating human trafficking

               VIENNA, 4 March 2022 - Airline staff from Ireland met in Vienna today
               to discuss how to spot victims of trafficking on board their flights.

            References

               1. https://www.osce.org/#main
               2. https://www.osce.org/
               3. https://www.osce.org/cthb
               4. https://www.osce.org/combating-human-trafficking

            """, source: "test.txt")
        #expect(facts.items.map(\.title) == ["OSCE trains airline staff in Vienna"])
        #expect(facts.items.first?.issuers == ["Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings"])
        #expect(facts.items.first?.statesMentioned == ["Ireland"])
    }

    // MARK: Particles and institutions

    @Test func aLowerCaseParticleInsideANameAfterTheVerb() {
        let r = analyse("Forum", [
            "“The sea is shared,” said Karim ben Youssef, Member of the Parliament of Tunisia, at the forum.",
        ])
        #expect(r.people == [PersonFacts(name: "Karim ben Youssef", honorific: nil, roles: ["Member of the Parliament of Tunisia"])])
        #expect(r.quotes.map(\.speaker) == ["Karim ben Youssef"])
    }

    @Test func aLowerCaseParticleOpeningASentenceIsPartOfTheSurname() {
        let r = analyse("Handbook", [
            "The handbook was written by Prof. Dr. Lejla Begović of the University of Mostar and by Ana Luísa dos Reis, the Mission’s Legal Adviser.",
            "“Every exercise was tried in a classroom,” dos Reis said.",
        ])
        #expect(r.people.map(\.name) == ["Lejla Begović", "Ana Luísa dos Reis"])
        #expect(r.people.first?.honorific == "Prof. Dr.")
        #expect(r.quotes.map(\.speaker) == ["Ana Luísa dos Reis"])
    }

    @Test func aNationalInstitutionsNameIsNoPerson() {
        #expect(InstitutionNames.shared.state(of: "Jogorku Kenesh") == "KG")
        #expect(InstitutionNames.shared.state(of: "the Verkhovna Rada") == "UA")
        #expect(InstitutionNames.shared.state(of: "Anna Berg") == nil)
        let r = analyse("Language law", [
            "The High Commissioner thanked the Speaker of the Verkhovna Rada, Oksana Melnyk-Dovzhenko, for the consultations.",
            "He also met the Chair of the Storting, Ingrid Aalvik.",
        ])
        #expect(r.people == [
            PersonFacts(name: "Oksana Melnyk-Dovzhenko", honorific: nil, roles: ["Speaker of the Verkhovna Rada"]),
            PersonFacts(name: "Ingrid Aalvik", honorific: nil, roles: ["Chair of the Storting"]),
        ])
    }

    // MARK: Languages and States

    @Test func polishNationalAdjectivesAreStateMentions() {
        let r = analyse("Szkolenie straży granicznej", [
            "Funkcjonariusze polskiej i litewskiej straży granicznej oraz eksperci z Niemiec spotkali się w Warszawie na szkoleniu.",
            "Szkolenie prowadzono w języku rosyjskim, a materiały przygotowała ukraińska fundacja.",
        ])
        // `w języku rosyjskim`: the adjective qualifies a language noun, no State.
        #expect(r.statesMentioned == ["Poland", "Lithuania", "Germany", "Ukraine"])
    }

    @Test func aNationalAdjectiveStandingForALanguageIsNoState() {
        let r = analyse("College", [
            "The college teaches every course in Turkish and in English, and its handbook was translated into Ukrainian, Georgian and French.",
            "Officers from Russian border units and the Armenian language school took part.",
        ])
        // `Russian border units` qualifies a noun: the State; `Armenian language` is a language.
        #expect(r.statesMentioned == ["Russian Federation"])
        // A list of adjectives up to its group noun names communities, not States.
        let list = analyse("Camp", ["Students from the Albanian, Macedonian, Roma and Turkish communities met in Ohrid."])
        #expect(list.statesMentioned.isEmpty)
    }
}
