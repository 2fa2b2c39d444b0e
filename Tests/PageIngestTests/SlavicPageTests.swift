import Testing
@testable import PageIngest

/// Whole invented releases in Serbian (both scripts), Macedonian, Ukrainian and Russian: each
/// holds the forms of issue 6 (section headers, standalone date lines with the year's ordinal dot,
/// translated labels, attributions after the passage with a post before or after the name,
/// pronouns, a quoted name inside a post). Every sentence, person and event is made up.
@Suite struct SlavicPageTests {
    func page(_ text: String) throws -> (language: String, item: ReleaseFacts) {
        let facts = try PageIngester().ingest(text: text, source: "test.txt")
        return (facts.language, try #require(facts.items.first))
    }

    /// `Vesti`, `14. mart 2023.` alone and in the dateline, `rekla je <post>, X`, a post in
    /// apposition before a name holding a lower-case noun in the genitive (`veća`), and `dodala je
    /// ona` going to the woman, not to the man named last.
    @Test func serbianLatin() throws {
        let (language, r) = try page("""
            Vesti
            Misija OEBS-a u Srbiji podržala seminar o izbornom zakonodavstvu u Kragujevcu
            14. mart 2023.
            KRAGUJEVAC, 14. mart 2023. – Četrdeset predstavnika opština iz centralne Srbije učestvovalo je danas na seminaru o izbornom zakonodavstvu, koji je organizovala Misija OEBS-a u Srbiji.
            „Izborni zakoni moraju biti jasni svakom građaninu”, rekla je savetnica Misije OEBS-a u Srbiji, Milena Jovanović Kostić.
            Predsednik Opštinskog veća u Kragujevcu, Nikola Stefanović, istakao je da je odziv bio veliki.
            „Sledeći seminar održaćemo na jesen”, dodala je ona.

            """)
        #expect(language == "sr")
        #expect(r.title == "Misija OEBS-a u Srbiji podržala seminar o izbornom zakonodavstvu u Kragujevcu")
        #expect(r.date == "2023-03-14")
        #expect(r.datelinePlaces == ["Kragujevac"])
        #expect(r.people == [
            PersonFacts(name: "Milena Jovanović Kostić", honorific: nil, roles: ["savetnica Misije OEBS-a u Srbiji"]),
            PersonFacts(name: "Nikola Stefanović", honorific: nil, roles: ["Predsednik Opštinskog veća u Kragujevcu"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Milena Jovanović Kostić", "Milena Jovanović Kostić"])
        #expect(r.statesMentioned == ["Serbia"])
    }

    /// `Вести`, `7. октобар 2022.`, a two-word dateline place, `рекао је <post>, амбасадор X`,
    /// and `додала је <surname>`.
    @Test func serbianCyrillic() throws {
        let (language, r) = try page("""
            Вести
            Мисија ОЕБС-а у Србији одржала обуку за судије у Врњачкој Бањи
            7. октобар 2022.
            ВРЊАЧКА БАЊА, 7. октобар 2022. – Двадесет судија из Рашког округа завршило је данас тродневну обуку о заштити података, коју је организовала Мисија ОЕБС-а у Србији.
            „Заштита података почиње од сваког суда“, рекао је шеф Мисије ОЕБС-а у Србији, амбасадор Ханс Ериксен-Берг.
            Обуку је водила судија Јелена Радојичић-Марковић, која је нагласила да ће материјали бити доступни свим судовима.
            „Следеће године обука ће обухватити и тужиоце“, додала је Радојичић-Марковић.

            """)
        #expect(language == "sr")
        #expect(r.title == "Мисија ОЕБС-а у Србији одржала обуку за судије у Врњачкој Бањи")
        #expect(r.date == "2022-10-07")
        #expect(r.datelinePlaces == ["Врњачка Бања"])
        #expect(r.people == [
            PersonFacts(name: "Ханс Ериксен-Берг", honorific: "амбасадор", roles: ["шеф Мисије ОЕБС-а у Србији"]),
            PersonFacts(name: "Јелена Радојичић-Марковић", honorific: nil, roles: ["судија"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Ханс Ериксен-Берг", "Јелена Радојичић-Марковић"])
        #expect(r.statesMentioned == ["Serbia"])
    }

    /// A type line and `Датум:`/`Место:`/`Извор:` labels, `изјави <post with the suffixed
    /// article>, амбасадорката X`, and a faculty's name in quotation marks inside a post (no quote).
    @Test func macedonian() throws {
        let (language, r) = try page("""
            Соопштение за печат
            Мисијата на ОБСЕ во Скопје одржа работилница за општински службеници во Охрид
            Датум: 5 јуни 2019
            Место: Охрид
            Извор: Мисија на ОБСЕ во Скопје
            ОХРИД, 5 јуни 2019 – Триесет општински службеници од Северна Македонија и од Албанија денеска учествуваа на дводневна работилница за транспарентност, организирана од Мисијата на ОБСЕ во Скопје.
            „Отворените општини градат доверба кај граѓаните“, изјави шефицата на Мисијата, амбасадорката Ингрид Соерсен-Лунд.
            Работилницата ја водеше Марија Стојановска-Поповска, професорка на Правниот факултет „Јустинијан Први“ во Скопје.

            """)
        #expect(language == "mk")
        #expect(r.title == "Мисијата на ОБСЕ во Скопје одржа работилница за општински службеници во Охрид")
        #expect(r.contentType == "Соопштение за печат")
        #expect(r.date == "2019-06-05")
        #expect(r.datelinePlaces == ["Охрид"])
        #expect(r.people == [
            PersonFacts(name: "Ингрид Соерсен-Лунд", honorific: "амбасадорката", roles: ["шефицата на Мисијата"]),
            PersonFacts(name: "Марија Стојановска-Поповска", honorific: nil, roles: ["професорка на Правниот факултет „Јустинијан Први“ во Скопје"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Ингрид Соерсен-Лунд"])
        #expect(r.statesMentioned == ["North Macedonia", "Albania"])
    }

    /// `– сказав <post: посол Німеччини в Україні> X` (the post noun is no honorific when a
    /// State's name follows it), `Начальниця відділу X подякувала`, and `– додала вона`.
    @Test func ukrainian() throws {
        let (language, r) = try page("""
            Новини
            Координатор проєктів ОБСЄ в Україні провів тренінг для прикордонників
            4 березня 2021
            ОДЕСА, 4 березня 2021 р. – Координатор проєктів ОБСЄ в Україні провів сьогодні тренінг для прикордонників Південного регіону, організований за підтримки уряду Німеччини.
            «Кордон має бути безпечним і відкритим водночас», – сказав посол Німеччини в Україні Ганс-Петер Кройцер.
            Начальниця відділу Оксана Мельник-Гребенюк подякувала організаторам. За її словами, курс пройшли тридцять офіцерів.
            «Ми продовжимо навчання восени», – додала вона.

            """)
        #expect(language == "uk")
        #expect(r.date == "2021-03-04")
        #expect(r.datelinePlaces == ["Одеса"])
        #expect(r.people == [
            PersonFacts(name: "Ганс-Петер Кройцер", honorific: nil, roles: ["посол Німеччини в Україні"]),
            PersonFacts(name: "Оксана Мельник-Гребенюк", honorific: nil, roles: ["Начальниця відділу"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Ганс-Петер Кройцер", "Оксана Мельник-Гребенюк"])
        #expect(r.statesMentioned == ["Ukraine", "Germany"])
    }

    /// `– сказала судья X` and `Посол X, глава <post>, открыл …` (the post after the name), then
    /// `– добавил он`.
    @Test func russian() throws {
        let (language, r) = try page("""
            Новости
            Программный офис ОБСЕ в Душанбе провёл семинар для судей
            15 апреля 2022
            ДУШАНБЕ, 15 апреля 2022 г. – Программный офис ОБСЕ в Душанбе провёл семинар для судей и прокуроров из Согдийской области.
            «Независимость суда начинается с его открытости», – сказала судья Мадина Рахимова.
            Посол Ричард Флетчер-Вуд, глава Программного офиса ОБСЕ в Душанбе, открыл семинар.
            «Мы поддержим следующий этап программы», – добавил он.

            """)
        #expect(language == "ru")
        #expect(r.date == "2022-04-15")
        #expect(r.people == [
            PersonFacts(name: "Мадина Рахимова", honorific: nil, roles: ["судья"]),
            PersonFacts(name: "Ричард Флетчер-Вуд", honorific: "Посол", roles: ["глава Программного офиса ОБСЕ в Душанбе"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Мадина Рахимова", "Ричард Флетчер-Вуд"])
    }
}
