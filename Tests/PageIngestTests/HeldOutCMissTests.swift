import OSCE
import Testing
@testable import PageIngest

/// The mechanisms behind the misses the third held-out set (`Tests/Fixtures/heldout-c`) showed,
/// each on text of its own: elided articles before an honorific, French post adjectives,
/// capitalised name particles, organisation heads of other languages, a place between a post's
/// preposition and a name, lower-case posts with long tails, an organisation before a lower-case
/// post noun, a post-and-name speaker after a quote, and an honorific alone as a role reference.
@Suite struct HeldOutCMissTests {
    func item(_ text: String) throws -> ReleaseFacts {
        try #require(try PageIngester().ingest(text: text, source: "test.txt").items.first)
    }

    @Test func elidedArticlesAreReadOff() {
        let fr = Lexicon.for(language: "fr")
        #expect(fr.withoutElision("l’ambassadrice") == "ambassadrice")
        #expect(fr.withoutElision("L'Ambassadeur") == "Ambassadeur")
        #expect(fr.withoutElision("l’") == "l’")
        #expect(fr.honorific("l’ambassadrice") == "ambassadrice")
        #expect(fr.honorific("l’équipe") == nil)
        #expect(Lexicon.for(language: "it").withoutElision("dell’OSCE") == "OSCE")
        // English lists no elided article: the word stays whole.
        #expect(Lexicon.for(language: "en").withoutElision("l’ambassadrice") == "l’ambassadrice")
    }

    @Test func frenchHonorificAfterAnElidedArticleAndAPostAdjective() throws {
        let r = try item("""
            Communiqué de presse
            L’OSCE forme des procureurs à Bruxelles
            Date de publication: 12 juin 2019
            BRUXELLES, 12 juin 2019 – Une formation pour vingt procureurs s’est ouverte aujourd’hui à Bruxelles.
            « La coopération judiciaire commence par la confiance », a rappelé l’ambassadrice Claire Dubois, représentante permanente de la Belgique auprès de l’OSCE.

            """)
        #expect(r.people == [PersonFacts(name: "Claire Dubois", honorific: "ambassadrice",
                                         roles: ["représentante permanente de la Belgique auprès de l’OSCE"])])
        #expect(r.quotes.map(\.speaker) == ["Claire Dubois"])
    }

    @Test func italianCapitalisedParticlesAndOrganisationHeads() throws {
        let r = try item("""
            Comunicato stampa
            L’OSCE e la Guardia Costiera formano ispettori a Bari
            Data: 4 aprile 2021
            BARI, 4 aprile 2021 – Il Direttore della Guardia Costiera, Lorenzo De Luca, ha aperto oggi un corso per ispettori.
            “Il mare unisce i nostri Paesi”, ha sottolineato l’Ambasciatrice Chiara Della Valle.

            """)
        #expect(r.people.map(\.name) == ["Lorenzo De Luca", "Chiara Della Valle"])
        #expect(r.people.first?.roles == ["Direttore della Guardia Costiera"])
        #expect(r.people.last?.honorific == "Ambasciatrice")
        #expect(r.quotes.map(\.speaker) == ["Chiara Della Valle"])
    }

    @Test func aPlaceAfterThePostsPrepositionEndsThePost() throws {
        let r = try item("""
            Press release
            New community centre opens in Tetovo
            Date: 3 May 2017
            TETOVO, 3 May 2017 – Mayor of Tetovo Ardita Selmani opened a community centre built with support from the OSCE Mission to Skopje.

            """)
        #expect(r.people == [PersonFacts(name: "Ardita Selmani", honorific: nil, roles: ["Mayor of Tetovo"])])
    }

    @Test func aPostEndingInAPrepositionGivesTheNameNoPost() throws {
        // `Capo della Squadra Mobile`: `Squadra` is in no list; the run after the preposition is the
        // post's object, not a person holding `Capo`.
        let r = try item("""
            Comunicato stampa
            Formazione per la polizia a Napoli
            Data: 4 aprile 2021
            NAPOLI, 4 aprile 2021 – Il Capo della Squadra Mobile, Marco Bianchi, ha aperto oggi un corso per investigatori.

            """)
        #expect(r.people == [PersonFacts(name: "Marco Bianchi", honorific: nil, roles: ["Capo della Squadra Mobile"])])
    }

    @Test func lowerCasePostsWithLongTailsInApposition() throws {
        let r = try item("""
            Press release
            Forum discusses small arms
            Date: 8 March 2016
            VIENNA, 8 March 2016 – The head of the Swiss delegation to the OSCE Permanent Council, Urs Keller, opened the debate.
            The chief prosecutor from Osh, Bakyt Usenov, presented a case study.

            """)
        #expect(r.people == [
            PersonFacts(name: "Urs Keller", honorific: nil, roles: ["head of the Swiss delegation to the OSCE Permanent Council"]),
            PersonFacts(name: "Bakyt Usenov", honorific: nil, roles: ["chief prosecutor from Osh"]),
        ])
    }

    @Test func lowerCasePostAfterAClauseStartsAtItsOwnArticle() throws {
        let r = try item("""
            Press release
            Visit to Chisinau
            Date: 8 March 2016
            CHISINAU, 8 March 2016 – The delegation met the head of the Moldovan border police, Ion Rusu, on Tuesday.

            """)
        #expect(r.people == [PersonFacts(name: "Ion Rusu", honorific: nil, roles: ["head of the Moldovan border police"])])
    }

    @Test func anOrganisationBeforeALowerCasePostNoun() throws {
        let r = try item("""
            Press release
            Seminar on asylum
            Date: 8 March 2016
            VIENNA, 8 March 2016 – Interior Ministry representative Oleg Rusu presented the new asylum law.

            """)
        #expect(r.people == [PersonFacts(name: "Oleg Rusu", honorific: nil, roles: ["Interior Ministry representative"])])
    }

    @Test func aPostAndNameAfterTheQuoteIsTheSpeaker() throws {
        let r = try item("""
            Press release
            Ohrid opens two citizen offices
            Date: 8 March 2016
            OHRID, 8 March 2016 – The OSCE Mission to Skopje supported the opening of two citizen offices.
            “We will open two more offices next year,” Ohrid Mayor Petar Stojanov told reporters.

            """)
        #expect(r.people == [PersonFacts(name: "Petar Stojanov", honorific: nil, roles: ["Ohrid Mayor"])])
        #expect(r.quotes.map(\.speaker) == ["Petar Stojanov"])
    }

    @Test func anHonorificAloneRefersToThePersonGivenIt() throws {
        let r = try item("""
            Pressemitteilung
            OSZE-Präsenz in Albanien unterstützt Wahlbehörde
            Datum: 2. März 2021
            TIRANA, 2. März 2021 – Die Leiterin der Präsenz, Botschafterin Eva Lindner, traf heute die Wahlbehörde.
            „Die Wahlen müssen transparent sein“, sagte die Botschafterin.

            """)
        #expect(r.people.map(\.name) == ["Eva Lindner"])
        #expect(r.quotes.map(\.speaker) == ["Eva Lindner"])
    }

    @Test func aGivenNameInACaseFormGetsItsBaseFormWhenTheListConfirmsIt() throws {
        let ru = Lexicon.for(language: "ru")
        #expect(ru.nominativeName(["Ириной", "Савчук"]) == ["Ирина", "Савчук"])
        #expect(ru.nominativeName(["Елены", "Петровой"]) == ["Елена", "Петрова"])
        #expect(ru.nominativeName(["Николая", "Петрова"]) == ["Николай", "Петров"])
        #expect(ru.nominativeName(["Дмитрия", "Орловского"]) == ["Дмитрий", "Орловский"])
        // Already the base form, or no listed given name behind the ending: nothing to change.
        #expect(ru.nominativeName(["Ирина", "Савчук"]) == nil)
        #expect(ru.nominativeName(["Снежаны", "Котовой"]) == nil)
        #expect(Lexicon.for(language: "en").nominativeName(["Ириной", "Савчук"]) == nil)

        let r = try item("""
            Программный офис ОБСЕ в Душанбе провёл тренинг для журналистов
            Дата: 14 мая 2019
            ДУШАНБЕ, 14 мая 2019 г. – Программный офис ОБСЕ в Душанбе провёл сегодня тренинг для двадцати журналистов.
            Участники встретились с экспертом Еленой Мельник из Киева.
            «Факты нужно проверять дважды», – отметила Мельник.

            """)
        #expect(r.people.map(\.name) == ["Елена Мельник"])
        #expect(r.quotes.map(\.speaker) == ["Елена Мельник"])
    }

    @Test func aStructurePageReadsWithItsLanguageAndItsSeatAsAPlace() throws {
        // The seat (`based in Bitola`, no reference city) is a page place: `Bitola Marko X` is no
        // three-word name, and the post before it keeps its place.
        let facts = try PageIngester().ingest(text: """
            About us
            The OSCE Field Office in Bitola
            The Field Office is based in Bitola. It supports the municipalities of the south-west.
            The Head of Office in Bitola Marko Stojanovski leads a team of twelve.

            """, source: "about.txt")
        let s = try #require(facts.structure)
        #expect(s.seat == "Bitola")
        #expect(s.head == PersonFacts(name: "Marko Stojanovski", honorific: nil, roles: ["Head of Office in Bitola"]))
    }

    @Test func aPostNamingTheSitesStructureByItsKindIsInThatStructure() throws {
        let facts = try PageIngester().ingest(text: """
            URL: https://www.oscepa.org/en/news-a-media/press-releases/t1

            PA delegation visits Chisinau

            CHISINAU, 3 May 2019 – Assembly Vice-President Ilse Vogt (MP, Austria) led the delegation. Television reporter Ana Rusu asked about the elections.

            """, source: "t1.txt")
        let posts = try #require(facts.releases().first).posts
        let byRole = Dictionary(posts.map { ($0.role, $0.organisation?.name) }, uniquingKeysWith: { a, _ in a })
        // `Assembly Vice-President` is a standing post of the reference data (the PA's posts): like
        // every standing post, its organisation is left to the reference (`ConversionTests`).
        #expect(byRole["Assembly Vice-President"] == .some(nil))
        #expect(OSCEReference.post(named: "Assembly Vice-President")?.organisation == "parliamentary-assembly")
        #expect(PageFacts.siteOrganisation(ofRole: "Assembly Rapporteur", url: "https://www.oscepa.org/en/news-a-media/press-releases/t1")?.name
            == "OSCE Parliamentary Assembly")
        // A role that does not name the site's structure makes no post in it.
        #expect(byRole["Television reporter"] == .some(nil))
        #expect(PageFacts.siteOrganisation(ofRole: "Deputy Head of Mission", url: "https://www.osce.org/mission-to-moldova/1")?.name == "OSCE Mission to Moldova")
        #expect(PageFacts.siteOrganisation(ofRole: "Deputy Head of Mission", url: "https://www.osce.org/newsroom/1") == nil)
        #expect(PageFacts.siteOrganisation(ofRole: "Deputy Head of Mission", url: nil) == nil)
    }

    @Test func aPluralPostIsSplitOverTwoCoordinatedNames() throws {
        let r = try item("""
            Press release
            Two missions open a joint course
            Date: 3 May 2019
            BELGRADE, 3 May 2019 – The Heads of the OSCE Missions to Serbia and to Montenegro, Ambassadors Karl Weber and Ines Lund, opened a joint course today.
            The Heads of the OSCE Mission to Skopje and the OSCE Mission to Bosnia and Herzegovina, Ana Petrova and Boris Lind, signed the plan.
            The Heads of the OSCE field operations in South-Eastern Europe met in Vienna.

            """)
        #expect(Array(r.people.prefix(2)) == [
            PersonFacts(name: "Karl Weber", honorific: "Ambassador", roles: ["Head of the OSCE Mission to Serbia"]),
            PersonFacts(name: "Ines Lund", honorific: "Ambassador", roles: ["Head of the OSCE Mission to Montenegro"]),
        ])
        // Two conjunctions (`Bosnia and Herzegovina`) make the split ambiguous: no post is guessed.
        #expect(r.people.dropFirst(2).allSatisfy { $0.roles.isEmpty })
        #expect(PeopleExtractor(lexicon: .for(language: "en")).distributedPosts(
            TextUnit("The Heads of the OSCE Mission to Serbia and the OSCE Mission to Montenegro, Ana Petrova and Boris Lind met."), comma: 14)
            == ["Head of the OSCE Mission to Serbia", "Head of the OSCE Mission to Montenegro"])
    }

    @Test func frenchPostsWithAFollowingAdjectiveAndMoreVerbsOfSaying() throws {
        let r = try item("""
            Communiqué de presse
            La Mission de l’OSCE en Serbie forme des juges
            Date de publication: 14 octobre 2020
            BELGRADE, 14 octobre 2020 – La Mission de l’OSCE en Serbie a ouvert aujourd’hui un séminaire pour trente juges.
            « Des tribunaux indépendants sont le fondement de l’État de droit », a précisé la cheffe adjointe de la Mission, Mme Catherine Brun.
            Le ministre serbe de la Justice, Milan Jovanović, a insisté sur la formation. « Nous voulons former tous les juges », a-t-il dit.

            """)
        #expect(r.people == [
            PersonFacts(name: "Catherine Brun", honorific: nil, roles: ["cheffe adjointe de la Mission"]),
            PersonFacts(name: "Milan Jovanović", honorific: nil, roles: ["ministre serbe de la Justice"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Catherine Brun", "Milan Jovanović"])
    }

    @Test func aGermanDeputyQualifierStaysInThePost() throws {
        let r = try item("""
            Pressemitteilung
            OSZE-Mission in Serbien schult Richter
            Datum: 14. Oktober 2020
            BELGRAD, 14. Oktober 2020 – Die OSZE-Mission in Serbien hat heute ein Seminar für Richter eröffnet.
            „Unabhängige Gerichte sind das Fundament des Rechtsstaats“, so die stellvertretende Leiterin der Mission, Dr. Katharina Brunner.

            """)
        #expect(r.people == [PersonFacts(name: "Katharina Brunner", honorific: "Dr.", roles: ["stellvertretende Leiterin der Mission"])])
        #expect(r.quotes.map(\.speaker) == ["Katharina Brunner"])
    }

    @Test func spanishNationalAdjectiveAfterThePostNounAndPluralParticles() throws {
        let r = try item("""
            Comunicado de prensa
            La OSCE forma a fiscales en Almaty
            Fecha: 3 de junio de 2021
            ALMATY, 3 de junio de 2021 – La OSCE organizó hoy un curso para fiscales.
            «La corrupción se combate con pruebas», explicó la fiscal española María Luisa de los Santos, que dirigió el curso.

            """)
        #expect(r.people == [PersonFacts(name: "María Luisa de los Santos", honorific: nil, roles: ["fiscal española"])])
        #expect(r.quotes.map(\.speaker) == ["María Luisa de los Santos"])
    }

    @Test func italianCompoundPostNounBeforeAnElidedPreposition() throws {
        let r = try item("""
            Comunicato stampa
            L’OSCE promuove la parità di genere nella polizia
            Data: 8 marzo 2023
            VIENNA, 8 marzo 2023 – L’OSCE ha organizzato oggi a Vienna una conferenza sulla parità di genere nella polizia.
            Il viceministro dell’Interno albanese, Arben Hoxha, ha ricordato i progressi. “Vogliamo arrivare al 25 per cento”, ha detto.

            """)
        #expect(r.people == [PersonFacts(name: "Arben Hoxha", honorific: nil, roles: ["viceministro dell’Interno albanese"])])
        #expect(r.quotes.map(\.speaker) == ["Arben Hoxha"])
    }

    @Test func russianNamesOnlyInObliqueCasesAfterCaseFormsOfAmbassador() throws {
        let r = try item("""
            Миссия ОБСЕ в Молдове провела встречу
            Дата: 14 октября 2020
            КИШИНЕВ, 14 октября 2020 г. – Миссия ОБСЕ в Молдове провела сегодня встречу экспертов.
            По словам главы Миссии Андрея Смирнова, «диалог должен продолжаться».
            Участники встретились также с послом Иваном Петровым.

            """)
        #expect(r.people.map(\.name) == ["Андрей Смирнов", "Иван Петров"])
        #expect(r.quotes.map(\.speaker) == ["Андрей Смирнов"])
    }

    @Test func aParagraphInAnotherLanguageBringsItsWordLists() throws {
        let mixed = Lexicon.for(languages: ["en", "ru"])
        #expect(mixed.speechVerbs.contains("сказала") && mixed.speechVerbs.contains("said"))
        #expect(!Lexicon.for(language: "en").speechVerbs.contains("сказала"))
        #expect(Lexicon.for(languages: ["de"]).languages == Lexicon.for(language: "de").languages)
        let r = try item("""
            Press release
            OSCE supports local radio stations in Naryn
            Date: 5 April 2022
            BISHKEK, 5 April 2022 – The OSCE Programme Office in Bishkek today handed over broadcasting equipment to five local radio stations in the Naryn region.
            «Местное радио – это единственный источник новостей для многих сёл нашей области, и мы благодарны за эту поддержку», – сказала директор радиостанции Гульнара Токтосунова.
            The Office will also train the stations’ journalists in the autumn.

            """)
        #expect(r.people == [PersonFacts(name: "Гульнара Токтосунова", honorific: nil, roles: ["директор радиостанции"])])
        #expect(r.quotes.map(\.speaker) == ["Гульнара Токтосунова"])
    }

    @Test func germanVerbFinalClauseAndACompoundPostsLastPart() throws {
        let r = try item("""
            Pressemitteilung
            OSZE-Generalsekretärin besucht Zentralasien
            Datum: 14. Oktober 2020
            WIEN, 14. Oktober 2020 – Die OSZE-Generalsekretärin Helga Schmid-Berger hat heute ihren Besuch in Usbekistan beendet.
            Wie Schmid-Berger nach einem Treffen mit dem usbekischen Außenminister Abdulaziz Kamilov betonte, „ist die regionale Zusammenarbeit der Schlüssel zur Sicherheit“.
            „Wir wollen unsere Grenzen sicherer machen“, sagte der Minister.

            """)
        #expect(r.people.map(\.name) == ["Helga Schmid-Berger", "Abdulaziz Kamilov"])
        #expect(r.quotes.map(\.speaker) == ["Helga Schmid-Berger", "Abdulaziz Kamilov"])
    }

    @Test func aPluralSpeakerAfterTheQuoteIsNobody() throws {
        let r = try item("""
            Press release
            OSCE and Moldova sign a memorandum
            Date: 5 April 2022
            CHISINAU, 5 April 2022 – The Head of the OSCE Mission to Moldova, Ambassador Claus Berg, and the Minister of Internal Affairs, Ana Lupu, signed a memorandum today.
            “This memorandum brings our co-operation to a new level,” the two officials said in a joint statement.
            “We count on the OSCE’s expertise,” Lupu told journalists.

            """)
        #expect(r.quotes.map(\.speaker) == [nil, "Ana Lupu"])
    }

    @Test func aQuotedNameInsideAPostInApposition() throws {
        let r = try item("""
            Press release
            OSCE trains editors in Bishkek
            Date: 5 April 2022
            BISHKEK, 5 April 2022 – Twenty editors took part in a course organized by the OSCE Programme Office in Bishkek.
            “Fact-checking is no longer optional,” said the editor of the newspaper “Vechernii Bishkek”, Aida Kasymova.

            """)
        #expect(r.people == [PersonFacts(name: "Aida Kasymova", honorific: nil, roles: ["editor of the newspaper “Vechernii Bishkek”"])])
        #expect(r.quotes.map(\.speaker) == ["Aida Kasymova"])
    }

    @Test func ukrainianPagesHaveWordListsOfTheirOwn() throws {
        let uk = Lexicon.for(language: "uk")
        #expect(uk.speechVerbs.contains("зазначила") && uk.roleNouns.contains("керівниця"))
        #expect(uk.nominativeName(["Оленою", "Шевчук"]) == ["Олена", "Шевчук"])
        let r = try item("""
            Новини
            Координатор проектів ОБСЄ провів тренінг для суддів
            Дата: 14 жовтня 2020
            КИЇВ, 14 жовтня 2020 р. – Координатор проектів ОБСЄ провів сьогодні тренінг для тридцяти суддів.
            «Незалежні суди є основою правової держави», – зазначила керівниця проекту Олена Шевчук.
            Голова Верховного Суду Іван Коваленко підкреслив важливість навчання. «Ми хочемо навчити всіх суддів», – сказав він.

            """)
        #expect(r.people == [
            PersonFacts(name: "Олена Шевчук", honorific: nil, roles: ["керівниця проекту"]),
            PersonFacts(name: "Іван Коваленко", honorific: nil, roles: ["Голова Верховного Суду"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Олена Шевчук", "Іван Коваленко"])
    }

    @Test func anArticleBeforeALowerCaseHonorificAndTheHonorificAloneAsSpeaker() throws {
        let r = try item("""
            Comunicado de prensa
            La OSCE apoya la formación de policías
            Fecha: 3 de junio de 2021
            MADRID, 3 de junio de 2021 – La jefa de la Misión, la embajadora Lucía Romero Vidal, inauguró hoy un curso para policías.
            «La confianza es la base del trabajo policial», dijo la embajadora.

            """)
        #expect(r.people == [PersonFacts(name: "Lucía Romero Vidal", honorific: "embajadora", roles: ["jefa de la Misión"])])
        #expect(r.quotes.map(\.speaker) == ["Lucía Romero Vidal"])
    }

    @Test func italianParticleLoAndOccupationsAsPosts() throws {
        let r = try item("""
            Comunicato stampa
            La Missione OSCE in Kosovo forma giornalisti
            Data: 3 giugno 2021
            PRISTINA, 3 giugno 2021 – La Missione OSCE in Kosovo ha organizzato oggi un corso per giovani giornalisti.
            “Il giornalismo locale è un servizio pubblico”, ha detto la vice capo della Missione, Maria Grazia Lo Russo.
            Secondo la giornalista Arta Berisha, che ha partecipato al corso, “le redazioni hanno bisogno di più formazione”.

            """)
        #expect(r.people == [
            PersonFacts(name: "Maria Grazia Lo Russo", honorific: nil, roles: ["vice capo della Missione"]),
            PersonFacts(name: "Arta Berisha", honorific: nil, roles: ["giornalista"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Maria Grazia Lo Russo", "Arta Berisha"])
        // `Russo` inside the name is no mention of the Russian Federation.
        #expect(r.statesMentioned.isEmpty)
    }
}

