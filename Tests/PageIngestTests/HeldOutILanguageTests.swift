import Testing
@testable import PageIngest

/// The language mechanisms behind the misses of the ninth held-out set (`Tests/Fixtures/heldout-i`:
/// Uzbek, German, French, Russian and Macedonian pages), each on invented text of its own: every
/// sentence, person and event here is made up; only the forms follow the set's pages.
@Suite struct HeldOutILanguageTests {
    func page(_ text: String) throws -> (language: String, item: ReleaseFacts) {
        let facts = try PageIngester().ingest(text: text, source: "test.txt")
        return (facts.language, try #require(facts.items.first))
    }

    /// Uzbek posts stand before the name with no comma and often no genitive ending: the post noun
    /// in its possessed form (`koordinatori`, `dotsenti`, `eksperti`) takes the unmarked words
    /// before it and a chain of possessed ones; a lower-case nationality word (`fransuz`) opens
    /// the post and names its State; `deya maslahat berdi X` (advised X) attributes a passage.
    @Test func uzbekPostsBeforeTheNameWithNoComma() throws {
        let (language, r) = try page("""
            Yangiliklar
            YXHT Samarqandda sudyalar uchun trening oʻtkazdi
            2021-yil 9-noyabr
            SAMARQAND, 2021-yil 9-noyabr – YXHTning Oʻzbekistondagi loyihalar koordinatori sudyalar uchun uch kunlik trening oʻtkazdi.
            Treningni ochar ekan, YXHT dasturlar rahbari Anvar Qodirov shunday dedi: “Sud mustaqilligi – har bir davlatning tayanchi.”
            Trening trenerlari – Samarqand davlat universiteti dotsenti Gulnora Rahimova va fransuz huquq eksperti Claire Dubois.
            “Har bir qaror asosli boʻlishi kerak”, – deya maslahat berdi Rahimova.
            """)
        #expect(language == "uz")
        #expect(r.people == [
            PersonFacts(name: "Anvar Qodirov", honorific: nil, roles: ["YXHT dasturlar rahbari"]),
            PersonFacts(name: "Gulnora Rahimova", honorific: nil, roles: ["Samarqand davlat universiteti dotsenti"]),
            PersonFacts(name: "Claire Dubois", honorific: nil, roles: ["fransuz huquq eksperti"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Anvar Qodirov", "Gulnora Rahimova"])
        #expect(r.statesMentioned == ["Uzbekistan", "France"])
    }

    /// Kazakh: the same chain of a possessed post noun (`жобалар үйлестірушісі`, the projects'
    /// co-ordinator) after an acronym; a word in another case before it (`Семинарда`, at the
    /// seminar) is no possessor and ends the post.
    @Test func kazakhPostChainEndsAtAnObliqueCase() throws {
        let (language, r) = try page("""
            Жаңалықтар
            ЕҚЫҰ Алматыда журналистерге арналған семинар өткізді
            2022 жылғы 5 мамыр
            АЛМАТЫ, 2022 жылғы 5 мамыр – ЕҚЫҰ бағдарламалық кеңсесі бүгін Алматыда журналистерге арналған семинар өткізді.
            Семинарда ЕҚЫҰ жобалар үйлестірушісі Ерлан Сейітов сөз сөйледі. «Тәуелсіз баспасөз – қоғамның айнасы», – деді Сейітов.
            """)
        #expect(language == "kk")
        #expect(r.people == [PersonFacts(name: "Ерлан Сейітов", honorific: nil, roles: ["ЕҚЫҰ жобалар үйлестірушісі"])])
        #expect(r.quotes.map(\.speaker) == ["Ерлан Сейітов"])
    }

    /// Uzbek nationality words name their State, but not before the noun of a language (`rus tili`).
    @Test func uzbekNationalityWords() throws {
        let (_, r) = try page("""
            Yangiliklar
            Toshkentda jurnalistlar uchun seminar oʻtkazildi
            2020-yil 3-mart
            TOSHKENT, 2020-yil 3-mart – Seminarda nemis va yapon jurnalistlari ishtirok etdi. Materiallar rus tilida tarqatildi.
            """)
        #expect(r.statesMentioned == ["Germany", "Japan"])
    }

    /// German: the Austrian academic titles (`Mag.`, `DI`, `Dipl.-Ing.`) are honorifics, so `sagte
    /// der <post>, Mag. X,` gives X the post and the passage, and the passage alone in the next
    /// paragraph too; a lower-case adjective inside a post (`für regionale Zusammenarbeit`) does
    /// not end it; `von der` before an organisation's name ends a name.
    @Test func germanAcademicTitlesAndPosts() throws {
        let (language, r) = try page("""
            Pressemitteilung
            OSZE-Seminar über Wasserwirtschaft in Graz
            GRAZ, 4. Mai 2019 – Rund 60 Fachleute aus zwölf Staaten beraten seit heute in Graz über die gemeinsame Nutzung von Flüssen.
            »Wasser kennt keine Grenzen«, sagte der Sektionschef des österreichischen Umweltministeriums, Dipl.-Ing. Gerhard Pichlmayr, zur Eröffnung.
            »Wir müssen die Daten teilen, bevor die Krise kommt.«
            Der Leiter der Abteilung für regionale Zusammenarbeit im OSZE-Sekretariat, Botschafter Lorenz Baumgartner-Ries, stellte das Programm vor.
            Mag. Verena Stockinger von der Technischen Universität Graz präsentierte eine Studie.
            """)
        #expect(language == "de")
        #expect(r.people == [
            PersonFacts(name: "Gerhard Pichlmayr", honorific: "Dipl.-Ing.", roles: ["Sektionschef des österreichischen Umweltministeriums"]),
            PersonFacts(name: "Lorenz Baumgartner-Ries", honorific: "Botschafter", roles: ["Leiter der Abteilung für regionale Zusammenarbeit im OSZE-Sekretariat"]),
            PersonFacts(name: "Verena Stockinger", honorific: "Mag.", roles: []),
        ])
        #expect(r.quotes.map(\.speaker) == ["Gerhard Pichlmayr", "Gerhard Pichlmayr"])
    }

    /// The ordinal ending after a day's number (`1er avril`, `May 1st`, `3rd`) is read.
    @Test func ordinalDays() {
        #expect(DateParser.parse("1er avril 2009")?.iso == "2009-04-01")
        #expect(DateParser.parse("le 1er mars 2015")?.iso == "2015-03-01")
        #expect(DateParser.parse("May 1st, 2020")?.iso == "2020-05-01")
        #expect(DateParser.parse("23rd June 2018")?.iso == "2018-06-23")
        #expect(DateParser.parse("1º de mayo de 2021")?.iso == "2021-05-01")
        #expect(DateParser.parse("1ᵉʳ avril 2009")?.iso == "2009-04-01")
        #expect(DateParser.parse("1er 2009") == nil)
        #expect(DateParser.parse("2009er avril") == nil)
    }

    /// French: the dateline with an ordinal day, and a post before the name whose article is
    /// elided into its noun (`L’ambassadeur de … auprès de …, X,`): a post, no honorific.
    @Test func frenchOrdinalDatelineAndElidedPost() throws {
        let (language, r) = try page("""
            L’OSCE et le Conseil de l’Europe préparent une conférence commune
            STRASBOURG, 1er juin 2016 – Des représentants de l’OSCE et du Conseil de l’Europe se sont réunis aujourd’hui à Strasbourg.
            L’ambassadeur de Norvège auprès du Conseil de l’Europe à Strasbourg, Henrik Solvang, a présenté les priorités de la conférence.
            """)
        #expect(language == "fr")
        #expect(r.datelineDate == "2016-06-01")
        #expect(r.people == [PersonFacts(name: "Henrik Solvang", honorific: nil, roles: ["ambassadeur de Norvège auprès du Conseil de l’Europe à Strasbourg"])])
    }

    /// Russian: a predicate before a linking verb (`Модератором дискуссии выступил г-н X`) is no
    /// post of X; `Г-н`/`Г-жа` opening a sentence is a form of address, not part of the name.
    @Test func russianLinkingVerbAndCapitalisedAddressForm() throws {
        let (language, r) = try page("""
            Новости
            В Оше прошёл семинар по медиации
            3 октября 2022
            ОШ, 3 октября 2022 – Центр ОБСЕ в Бишкеке провёл семинар по медиации для сотрудников местных администраций.
            Модератором дискуссии выступил г-н Азамат Токтогулов, юрист Ассоциации медиаторов.
            Г-жа Айгуль Садыкова, заместитель мэра Оша, сказала, что медиация уже помогает жителям города.
            """)
        #expect(language == "ru")
        #expect(r.people == [
            PersonFacts(name: "Азамат Токтогулов", honorific: nil, roles: ["юрист Ассоциации медиаторов"]),
            PersonFacts(name: "Айгуль Садыкова", honorific: nil, roles: ["заместитель мэра Оша"]),
        ])
    }

    /// Macedonian post nouns with the definite suffix (`Раководителката на Центарот, X,`).
    @Test func macedonianDefinitePostNoun() throws {
        let (language, r) = try page("""
            Вести
            Мисијата на ОБСЕ во Скопје организираше работилница за новинари
            5 март 2021
            СКОПЈЕ, 5 март 2021 – Мисијата на ОБСЕ во Скопје денеска организираше работилница за 20 новинари од Северна Македонија.
            Раководителката на Центарот, Елена Петковска-Димова, истакна дека обуката ќе продолжи во мај.
            """)
        #expect(language == "mk")
        #expect(r.people == [PersonFacts(name: "Елена Петковска-Димова", honorific: nil, roles: ["Раководителката на Центарот"])])
    }
}
