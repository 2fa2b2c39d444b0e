import Testing
@testable import PageIngest

/// Invented releases in the region's languages that the word lists gained for issue 6 (Kazakh,
/// Romanian) or whose post forms they gained (Albanian, Italian, German, Bosnian, Russian). Every
/// sentence, person and event is made up; only the forms (headers, dates, attributions, posts)
/// follow the pages of the held-out sets.
@Suite struct RegionLanguagePageTests {
    func page(_ text: String, source: String = "test.txt") throws -> (language: String, item: ReleaseFacts) {
        let facts = try PageIngester().ingest(text: text, source: source)
        return (facts.language, try #require(facts.items.first))
    }

    /// The year first, with the Kazakh year word (`2021 жылғы 3 наурыз`), and the same without
    /// the year word or with a dot; a year and a number with no month are no date.
    @Test func yearFirstDates() {
        #expect(DateParser.parse("2021 жылғы 3 наурыз")?.iso == "2021-03-03")
        #expect(DateParser.parse("2019 жылғы 28 желтоқсан")?.iso == "2019-12-28")
        #expect(DateParser.parse("2020 5 мамыр")?.iso == "2020-05-05")
        #expect(DateParser.parse("2022. 14 шілде")?.iso == "2022-07-14")
        #expect(DateParser.parse("2022 жылғы 31 қараша") == nil)   // November has 30 days
        #expect(DateParser.parse("2022 жылғы 14") == nil)
        #expect(DateParser.parse("2022 14 15") == nil)
    }

    /// Kazakh and Romanian text is told from the other languages by its function words and letters.
    @Test func kazakhAndRomanianAreDetected() {
        #expect(LanguageDetector.detect("Семинарға барлық өңірлерден келген мұғалімдер қатысты және олар жаңа әдістерді талқылады.") == "kk")
        #expect(LanguageDetector.detect("Misiunea a organizat astăzi un seminar pentru judecători din nordul țării, care au discutat despre noile reguli.") == "ro")
    }

    /// A Kazakh page: section header, the year-first date line and dateline, `», – деді <post>,
    /// елші X` (a head-final post, then the lower-case honorific), a post before a name at a
    /// sentence start ending in its noun after the genitive, a patronymic surname (`-ұлы`) read
    /// again alone after `деді`, a quoted event name that is no quote, States in case forms.
    @Test func kazakhPage() throws {
        let (language, r) = try page("""
            Жаңалықтар
            ЕҚЫҰ бағдарламалық кеңсесі Ақтөбеде журналистерге арналған семинар өткізді
            2021 жылғы 3 наурыз
            АҚТӨБЕ, 2021 жылғы 3 наурыз – ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі бүгін Ақтөбеде «Ашық деректер» атты семинар өткізді.
            Семинарға Қырғызстаннан және Тәжікстаннан келген журналистер де қатысты.
            «Ашық деректер азаматтардың сенімін арттырады», – деді ЕҚЫҰ бағдарламалық кеңсесінің сарапшысы, елші Маргарета Линдквист-Берг.
            Қазақстан Республикасы Ақпарат министрлігінің өкілі Гүлнар Тоқтарқызы журналистерді жаңа порталды пайдалануға шақырды.
            Семинардың ең белсенді қатысушысы Асқар Нұрланұлы болды. «Біз порталды күнделікті қолданамыз», – деді Нұрланұлы.
            """)
        #expect(language == "kk")
        #expect(r.title == "ЕҚЫҰ бағдарламалық кеңсесі Ақтөбеде журналистерге арналған семинар өткізді")
        #expect(r.date == "2021-03-03")
        #expect(r.datelineDate == "2021-03-03")
        #expect(r.people.first == PersonFacts(name: "Маргарета Линдквист-Берг", honorific: "елші", roles: ["ЕҚЫҰ бағдарламалық кеңсесінің сарапшысы"]))
        #expect(r.people.contains(PersonFacts(name: "Гүлнар Тоқтарқызы", honorific: nil, roles: ["Қазақстан Республикасы Ақпарат министрлігінің өкілі"])))
        #expect(r.quotes.map(\.speaker) == ["Маргарета Линдквист-Берг", "Асқар Нұрланұлы"])
        #expect(r.statesMentioned == ["Kyrgyzstan", "Tajikistan", "Kazakhstan"])
    }

    /// A Romanian body under English labels: `„…”, a declarat <post>, ambasadoarea X`, a post
    /// with a lower-case genitive before the name in apposition (`Primarul orașului X, Y,`),
    /// `a subliniat că` (reported), `a adăugat el` (the person named before), `Potrivit lui X,`.
    @Test func romanianPage() throws {
        let (language, r) = try page("""
            Press release
            Misiunea OSCE în Moldova a instruit polițiști din sudul țării
            Date: 14 October 2021
            Place: Chisinau
            CHIȘINĂU, 14 octombrie 2021 – Treizeci de polițiști din sudul țării au participat astăzi la un curs despre drepturile omului, organizat de Misiunea OSCE în Moldova.
            „Poliția trebuie să câștige încrederea oamenilor”, a declarat șefa Misiunii OSCE în Moldova, ambasadoarea Ingrid Halvorsen-Dahl.
            Primarul orașului Cimișlia, Vasile Munteanu-Ciobanu, a subliniat că instruirea va continua în primăvară.
            „Am învățat lucruri foarte utile pentru munca noastră”, a adăugat el.
            Potrivit lui Halvorsen-Dahl, Misiunea va sprijini alte trei cursuri.
            """)
        #expect(language == "ro")
        #expect(r.datelineDate == "2021-10-14")
        #expect(r.people == [
            PersonFacts(name: "Ingrid Halvorsen-Dahl", honorific: "ambasadoarea", roles: ["șefa Misiunii OSCE în Moldova"]),
            PersonFacts(name: "Vasile Munteanu-Ciobanu", honorific: nil, roles: ["Primarul orașului Cimișlia"]),
        ])
        #expect(r.quotes.map(\.speaker) == ["Ingrid Halvorsen-Dahl", "Vasile Munteanu-Ciobanu"])
        #expect(r.statesMentioned == ["Moldova"])
    }
}
