import Testing
@testable import PageIngest

/// Serbian (both scripts), Macedonian, Ukrainian, Russian and Belarusian told apart, and the word
/// lists, dates and State names each is read with (issue 6), on invented sentences.
@Suite struct SlavicLanguageTests {
    // MARK: Language relations

    @Test func relationsChainAndTransliterate() {
        let r = LanguageRelations.shared
        #expect(r.chain(for: "sr") == ["sr", "hr"])
        #expect(r.chain(for: "mk") == ["mk", "sr", "hr"])
        #expect(r.chain(for: "be") == ["be", "ru"])
        #expect(r.chain(for: "de") == ["de"])
        #expect(r.chain(for: "cnr") == ["cnr", "sr", "hr"])
        #expect(r.transliterating("mk") == "sr")
        #expect(r.transliterating("ru") == nil)
        #expect(r.cyrillic("Srbij", language: "sr") == "Србиј")
        #expect(r.cyrillic("Ljubljana", language: "sr") == "Љубљана")
        #expect(r.cyrillic("njegova džamija", language: "sr") == "његова џамија")
        #expect(r.cyrillic("rekla", language: "sr") == "рекла")
        // A Latin letter Serbian has no Cyrillic letter for: no half-converted form.
        #expect(r.cyrillic("Washington", language: "sr") == nil)
        #expect(r.cyrillic("OEBS-a", language: "sr") == "ОЕБС-а")
        #expect(r.cyrillic("-", language: "sr") == nil)
        #expect(r.cyrillic("rekla", language: "ru") == nil)
    }

    // MARK: Detection

    @Test func serbianLatinIsToldFromCroatian() {
        #expect(LanguageDetector.detect("Posle sastanka u opštini, predsednik je rekao da će saradnja biti nastavljena i da je vreme za nove korake.") == "sr")
        #expect(LanguageDetector.detect("Poslije sastanka u općini, predsjednik je rekao da će suradnja biti nastavljena i da je vrijeme za nove korake.") == "hr")
        // No ekavian or ijekavian word: the group's first language, as before Serbian was told apart.
        #expect(LanguageDetector.detect("Ministar je rekao da će sud biti otvoren za sve koji su došli iz grada.") == "hr")
    }

    @Test func cyrillicLanguagesAreToldApart() {
        #expect(LanguageDetector.detect("Мисија ОЕБС-а у Србији је организовала обуку за судије, која ће бити настављена и следеће године.") == "sr")
        #expect(LanguageDetector.detect("Мисијата на ОБСЕ во Скопје организираше обука за новинари, која беше поддржана од донаторите и ќе продолжи.") == "mk")
        #expect(LanguageDetector.detect("Координатор проєктів ОБСЄ в Україні передав обладнання, що допоможе слідчим у розслідуванні злочинів.") == "uk")
        #expect(LanguageDetector.detect("Миссия ОБСЕ провела семинар для журналистов, который был посвящён вопросам безопасности и этики.") == "ru")
        #expect(LanguageDetector.detect("Місія АБСЕ правяла семінар для журналістаў, які быў прысвечаны пытанням бяспекі і этыкі.") == "be")
        // A page's own Cyrillic language tag still decides.
        #expect(LanguageDetector.detect("Миссия ОБСЕ провела семинар.", hint: "kk") == "kk")
    }

    // MARK: Lexicons

    @Test func serbianReadsCroatianListsInBothScripts() {
        let sr = Lexicon.for(language: "sr")
        #expect(sr.languages == ["mul", "sr", "hr", "en"])
        #expect(sr.speechVerbs.isSuperset(of: ["rekla", "рекла", "istakla", "истакла", "izjavio", "изјавио"]))
        #expect(sr.isRoleNoun("zamenica") && sr.isRoleNoun("заменица") && sr.isRoleNoun("šefa") && sr.isRoleNoun("шефа"))
        #expect(sr.gender(ofVerb: "додала") == .feminine)
        #expect(sr.gender(ofVerb: "рекао") == .masculine)
        let mk = Lexicon.for(language: "mk")
        #expect(mk.languages == ["mul", "mk", "sr", "hr", "en"])
        #expect(mk.speechVerbs.isSuperset(of: ["изјави", "додаде", "рекла"]))
        #expect(mk.reportedHonorifics.contains("амбасадорот"))
        #expect(Lexicon.for(language: "be").speechVerbs.isSuperset(of: ["сказаў", "сказал"]))
        // Montenegrin reads Serbian's lists, both scripts; a given name shows a gender.
        #expect(Lexicon.for(language: "cnr").speechVerbs.isSuperset(of: ["rekla", "рекла"]))
        #expect(sr.givenNames["Nikola"] == .masculine && sr.givenNames["Милена"] == .feminine)
        // English keeps its own lists only.
        #expect(!Lexicon.for(language: "en").speechVerbs.contains("рекла"))
    }

    // MARK: Dates

    @Test(arguments: [
        ("3. jun 2021.", "2021-06-03"),
        ("22. новембар 2022.", "2022-11-22"),
        ("22.11.2022.", "2022-11-22"),
        ("12. јула 2021. године", "2021-07-12"),
        ("9. lipnja 2020. godine", "2020-06-09"),
        ("17 октомври 2018", "2018-10-17"),
        ("5 чэрвеня 2020 г.", "2020-06-05"),
        ("1 лютага 2019", "2019-02-01"),
        ("12 листопада 2020 р.", "2020-11-12"),
    ])
    func slavicDates(text: String, iso: String) {
        #expect(DateParser.parse(text)?.iso == iso)
    }

    @Test func ordinalDotDoesNotSwallowAWord() {
        #expect(DateParser.parse("3. jun 2021. Beograd") == nil)
        #expect(DateParser.parse("3. jun 2021..") == nil)
    }

    @Test func datelinesWithOrdinalDots() throws {
        let latin = try #require(Dateline.parse("KRALJEVO, 14. mart 2023. – Četrdeset sudija je završilo obuku."))
        #expect(latin.places == ["Kraljevo"])
        #expect(latin.date?.iso == "2023-03-14")
        #expect(latin.remainder == "Četrdeset sudija je završilo obuku.")
        let cyrillic = try #require(Dateline.parse("ВРЊАЧКА БАЊА, 7. октобар 2022. – Обука је почела."))
        #expect(cyrillic.places == ["Врњачка Бања"])
        #expect(cyrillic.date?.iso == "2022-10-07")
    }

    // MARK: States

    @Test func serbianCyrillicAndMacedonianStateNames() {
        #expect(StateMentionFinder.find(in: [TextUnit("Делегација из Србије и Црне Горе посетила је Немачку и Хрватску.")], language: "sr")
            == ["Serbia", "Montenegro", "Germany", "Croatia"])
        #expect(StateMentionFinder.find(in: [TextUnit("Новинари од Северна Македонија и од Албанија учествуваа.")], language: "mk")
            == ["North Macedonia", "Albania"])
        // Serbian in Latin script reads the Croatian/BCS forms.
        #expect(StateMentionFinder.find(in: [TextUnit("Sudije iz Srbije i Slovenije su posetile Austriju.")], language: "sr")
            == ["Serbia", "Slovenia", "Austria"])
        // `Republika Srpska` names no State in either script.
        #expect(StateMentionFinder.find(in: [TextUnit("Представници Републике Српске су учествовали.")], language: "sr") == [])
    }
}
