import Testing
@testable import PageIngest

/// State mentions in the languages of `Resources/state-names.tsv`, on made-up sentences.
@Suite struct StateMentionTests {
    /// The States of one paragraph, with the language detected as the finder does it.
    func states(_ text: String) -> [String] {
        StateMentionFinder.find(in: [TextUnit(text)])
    }

    @Test func shippedGazetteerHasNoMalformedLine() {
        let g = StateGazetteer.shared
        #expect(g.rejectedLines == [])
        #expect(g.languages.isSuperset(of: ["fr", "hr", "sq", "de", "ru"]))
        #expect(g.endings["hr"]?[.name]?.contains("ije") == false)
        #expect(g.endings["hr"]?[.name]?.contains("om") == true)
    }

    @Test func malformedLinesAreCountedNotMatched() {
        let g = StateGazetteer(tsv: "# comment\nXX\tfr\tname\tAtlantide\nFR\tfr\tnoun\tFrance\nFR\tfr\n\nFR\tfr\tname\tHexagone\n")
        #expect(g.rejectedLines == [2, 3, 4])
        #expect(g.entries.count == 1)
    }

    @Test func french() {
        #expect(states("Le ministre a reçu les ambassadeurs de l’Albanie, de la Bosnie-Herzégovine et des États-Unis d’Amérique pour une réunion avec la délégation française.")
            == ["Albania", "Bosnia and Herzegovina", "United States of America", "France"])
        // The second word of a name in any case; a plural adjective.
        #expect(states("Les forces de la Fédération de russie sont entrées dans le pays et les observateurs suédois sont partis.")
            == ["Russian Federation", "Sweden"])
        #expect(states("Une réunion au Royaume-Uni et aux Pays-Bas, puis en Macédoine du Nord.")
            == ["United Kingdom", "The Netherlands", "North Macedonia"])
    }

    @Test func frenchGroupNounAfterTheNounIsNoState() {
        #expect(states("La communauté serbe de la ville a accueilli les observateurs de la mission.") == [])
        #expect(states("La comunidad rusa y la minoría húngara de la ciudad recibieron a los observadores.") == [])
    }

    @Test func croatianBosnianSerbian() {
        #expect(states("Ministar je posjetio Crnu Goru i razgovarao s predstavnicima Srbije te Bosne i Hercegovine o suradnji s hrvatskim vlastima.")
            == ["Montenegro", "Serbia", "Bosnia and Herzegovina", "Croatia"])
        #expect(states("Misija je u BiH-u održala sastanak sa predstavnicima Islanda i Norveške.")
            == ["Bosnia and Herzegovina", "Iceland", "Norway"])
    }

    @Test func republikaSrpskaIsNoMentionOfSerbia() {
        #expect(states("Narodna skupština Republike Srpske usvojila je zaključke o kojima se raspravljalo u Srpskoj.") == [])
    }

    @Test func albanian() {
        #expect(states("Ministri i Jashtëm i Shqipërisë takoi sot ambasadorin e Italisë dhe përfaqësues të Mbretërisë së Bashkuar në Tiranë.")
            == ["Albania", "Italy", "United Kingdom"])
        #expect(states("Qytetarët shqiptarë dhe delegacioni i Malit të Zi ishin të pranishëm.") == ["Albania", "Montenegro"])
    }

    @Test func italianAndSpanish() {
        #expect(states("Il ministro ha incontrato oggi i rappresentanti dell’Ucraina e della Federazione Russa per una visita con la delegazione tedesca.")
            == ["Ukraine", "Russian Federation", "Germany"])
        #expect(states("La ministra se reunió con los representantes de los Estados Unidos y de los Países Bajos en una visita a las autoridades españolas.")
            == ["United States of America", "The Netherlands", "Spain"])
    }

    @Test func germanGenitive() {
        #expect(states("Der Außenminister Deutschlands traf heute in Wien die Vertreter Österreichs und der Schweiz.")
            == ["Germany", "Austria", "Switzerland"])
    }

    @Test func russianNamesOfTwoWordsInflected() {
        #expect(states("Представители Российской Федерации и Соединённых Штатов Америки встретились в Вене с делегацией Республики Молдова.")
            == ["Russian Federation", "United States of America", "Moldova"])
    }

    @Test func ukrainianNamesInflected() {
        #expect(states("Представники Російської Федерації та Сполучених Штатів Америки зустрілися у Відні з делегацією Республіки Молдова.")
            == ["Russian Federation", "United States of America", "Moldova"])
        #expect(states("Міністр закордонних справ Німеччини відвідав Польщу та зустрівся з представниками Угорщини.")
            == ["Germany", "Poland", "Hungary"])
        // An adjective before a group noun names a language, not the State; `Дані` (data) is no Denmark.
        #expect(states("Дані щодо української мови в Естонії оприлюднили у Швеції.") == ["Estonia", "Sweden"])
    }

    @Test func aFormOfOneLanguageIsNotMatchedInAnother() {
        // `Island` is Iceland in BCS, a common word in English.
        #expect(states("Island nations and the delegation of Canada met in Vienna.") == ["Canada"])
        #expect(states("Predstavnici iz Islanda su bili u Beču.") == ["Iceland"])
    }

    @Test func englishAdjectivesOfGroupsAndHyphenatedPairs() {
        #expect(states("He met leaders of the Albanian and Bosniak communities in the south of the country.") == [])
        #expect(states("The talks addressed the Georgian-Ossetian conflict and the Russian-speaking minority.") == ["Georgia"])
        #expect(states("Experts discussed the Armenian-Azerbaijani border and Serbia-based media.") == ["Armenia", "Azerbaijan", "Serbia"])
        #expect(states("The Ukrainian authorities and the Head of the OSCE Mission to BiH spoke.") == ["Ukraine", "Bosnia and Herzegovina"])
    }

    @Test func theUnitedStatesByItsInitialsAndAcronyms() {
        #expect(states("Delegations from the U.S. and the UK attended the meeting in Vienna.") == ["United States of America", "United Kingdom"])
        #expect(states("Observers from the U.S.A. and Canada joined the mission.") == ["United States of America", "Canada"])
        #expect(states("The US and Norway funded the project for two years.") == ["United States of America", "Norway"])
        // `us` is a pronoun; a line written in capitals holds no acronym.
        #expect(states("The minister told us that the talks would go on.") == [])
        #expect(states("LET US BUILD BRIDGES") == [])
    }

    @Test func aNationalAdjectiveAsALanguageOfTeachingIsNoState() {
        #expect(states("Pupils in Latvia are taught in both Latvian and Russian.") == ["Latvia"])
        #expect(states("Lessons are held in either Romanian or Russian.") == [])
        #expect(states("Parents asked for more Russian-language schools in the north.") == [])
        // An adjective before a noun it qualifies still names the State.
        #expect(states("The talks in Vienna concerned Russian media outlets.") == ["Russian Federation"])
    }

    @Test func countryAfterTheCityOfADateline() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Regional seminar on border management opens
            - Date:
            - 5 May 2009
            ALMATY, Kazakhstan, 5 May 2009 – A seminar for officials from Kyrgyzstan opened today.

            """, source: "dateline.txt")
        let r = try #require(facts.items.first)
        #expect(r.statesMentioned == ["Kazakhstan", "Kyrgyzstan"])
    }

    @Test func aCityStateAsTheCityOfADatelineIsNoMention() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Parliamentarians open their annual session
            - Date:
            - 5 July 2012
            MONACO, 5 July 2012 – More than 200 parliamentarians opened the session today.

            """, source: "dateline.txt")
        let r = try #require(facts.items.first)
        #expect(r.statesMentioned == [])
    }

    /// German State names in oblique cases after an article (`der Russischen Föderation`, `den
    /// Vereinigten Staaten`, `der ehemaligen jugoslawischen Republik Mazedonien`).
    @Test func germanObliqueStateNames() {
        #expect(states("Die Delegationen der Russischen Föderation und der Tschechischen Republik trafen sich mit Vertretern aus den Vereinigten Staaten und der ehemaligen jugoslawischen Republik Mazedonien.")
            == ["Russian Federation", "Czechia", "United States of America", "North Macedonia"])
    }

    /// A list of national adjectives before a language noun names languages, not States, also
    /// when the adjectives are written in lower case (`на српском, мађарском и словачком језику`),
    /// and so does `in both X and Y` after a verb of teaching.
    @Test func adjectivesOfLanguagesInALowerCaseListAreNoStates() {
        #expect(states("Приручник ће бити објављен на српском, мађарском и словачком језику до краја године.") == [])
        #expect(states("The schools will go on teaching subjects in both Latvian and Russian.") == [])
    }
}
