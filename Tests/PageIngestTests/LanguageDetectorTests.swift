import Testing
@testable import PageIngest

/// `LanguageDetector` on short and long invented texts: weighted words, line phrases, letters, margin.
@Suite struct LanguageDetectorTests {
    /// One shared short word decides nothing: the English type line and article keep a page English.
    @Test func oneSharedShortWordDoesNotMakeAPagePolish() {
        #expect(LanguageDetector.detect("Press release\n\nA new start\n") == "en")
        #expect(LanguageDetector.detect("A new start") == "en")
        #expect(LanguageDetector.detect("A") == "en")
        #expect(LanguageDetector.detect("A new start", hint: "de") == "de")
    }

    /// A French release whose body shares `la`, `en`, `del` with Spanish: its type line, its label
    /// and its letters make it French.
    @Test func aShortFrenchReleaseIsFrenchNotSpanish() {
        let text = """
            Communiqué de presse
            - Lieu:
            « Le dialogue reste essentiel », a déclaré l’Ambassadrice Maria Del Campo, Cheffe de la Mission de l’OSCE en Moldavie.
            """
        #expect(LanguageDetector.detect(text) == "fr")
        #expect(LanguageDetector.detect("« Le dialogue reste essentiel », a déclaré l’Ambassadrice, Cheffe de la Mission en Moldavie.") == "fr")
    }

    /// A short French release is read with the French lexicons: the page's language, the person
    /// whose surname is a State's name after a particle (`Di Malta`), the quote's speaker, the post.
    @Test func aShortFrenchReleaseIsReadWithTheFrenchLexicons() throws {
        let facts = try PageIngester().ingest(text: """
            Communiqué de presse
            L’OSCE forme des juges au Monténégro
            - Date:
            - 9 mars 2021
            - Lieu:
            - PODGORICA
            PODGORICA, 9 mars 2021 – La Mission de l’OSCE au Monténégro a organisé une formation pour les juges.
            « La justice doit rester indépendante », a déclaré l’Ambassadeur Paolo Di Malta, Chef de la Mission de l’OSCE au Monténégro.

            """, source: "test.txt")
        #expect(facts.language == "fr")
        let r = try #require(facts.items.first)
        #expect(r.people.map(\.name) == ["Paolo Di Malta"])
        #expect(r.people.first?.roles == ["Chef de la Mission de l’OSCE au Monténégro"])
        #expect(r.quotes.map(\.speaker) == ["Paolo Di Malta"])
        #expect(!r.statesMentioned.contains("Malta"))
    }

    /// The line phrases are read from the lexicon, past a list marker and before a colon.
    @Test func typeAndLabelLinesAreStrongEvidence() {
        let fr = LanguageDetector.languages.firstIndex(of: "fr")!
        let de = LanguageDetector.languages.firstIndex(of: "de")!
        #expect(LanguageDetector.lineScores("- Lieu: Tirana")[fr] == LanguageDetector.lineWeight)
        #expect(LanguageDetector.lineScores("Ort: Wien")[de] == LanguageDetector.lineWeight)
        // `Datum:` heads German and Croatian/Serbian label lines (one detection group): half each.
        #expect(LanguageDetector.lineScores("Datum: 3. Juni")[de] == LanguageDetector.lineWeight / 2)
        // Inside a sentence a label word is no evidence.
        #expect(LanguageDetector.lineScores("Le lieu de la réunion")[fr] == 0)
        #expect(LanguageDetector.detect("Pressemitteilung\nDatum: 3. Juni 2020\nOrt: Wien") == "de")
        #expect(LanguageDetector.detect("Дата: 3 июня") == "ru")
    }

    /// A word listed for k languages counts 1/k for each.
    @Test func sharedWordsWeighLess() {
        let scan = LanguageDetector.scan("la la")
        let es = LanguageDetector.languages.firstIndex(of: "es")!
        let k = Double(LanguageDetector.functionWords["la"]!.count)
        #expect(k >= 2)
        #expect(abs(scan.words[es] - 2 / k) < 1e-9)
        #expect(LanguageDetector.detect("la") == "en")
    }

    /// Letters alone are weak: a single é decides nothing, and ñ, ł, ß lean their way.
    @Test func lettersAreWeakEvidence() {
        #expect(LanguageDetector.detect("Café") == "en")
        let scan = LanguageDetector.scan("ñ ł ß")
        #expect(scan.letters[LanguageDetector.languages.firstIndex(of: "es")!] > 0)
        #expect(scan.letters[LanguageDetector.languages.firstIndex(of: "pl")!] > 0)
        #expect(scan.letters[LanguageDetector.languages.firstIndex(of: "de")!] > 0)
        #expect(scan.letters[LanguageDetector.languages.firstIndex(of: "en")!] == 0)
    }

    @Test(arguments: [
        ("fr", "La délégation a présenté son rapport aux autorités."),
        ("fr", "Le Représentant a rencontré les ministres dans la capitale et a souligné que la coopération avec les partenaires reste une priorité pour cette année, selon le communiqué publié par la Mission."),
        ("es", "El Presidente señaló que la reunión fue un éxito."),
        ("es", "La Misión organizó un taller para los jueces y los fiscales, que también contó con la participación de expertos de la región, según informó hoy la oficina en la capital."),
        ("it", "Il Ministro ha detto che la riunione è stata utile."),
        ("it", "Il Rappresentante ha incontrato oggi i membri del governo e della società civile per discutere delle sfide più importanti, secondo quanto riferito dalla Missione."),
        ("pl", "Minister powiedział, że spotkanie było udane."),
        ("pl", "Przedstawiciel spotkał się dziś z członkami rządu oraz społeczeństwa obywatelskiego, aby omówić najważniejsze wyzwania, które stoją przed regionem."),
        ("en", "The Minister said the meeting was useful."),
        ("en", "The Representative met members of the government and civil society to discuss the most pressing challenges that the region faces, according to a statement from the Mission."),
        ("de", "Der Minister sagte, das Treffen sei nützlich gewesen."),
        ("de", "Der Vertreter traf sich heute mit Mitgliedern der Regierung und der Zivilgesellschaft, um die wichtigsten Herausforderungen für die Region zu besprechen."),
    ])
    func shortAndLongSentences(language: String, text: String) {
        #expect(LanguageDetector.detect(text) == language, "\(text)")
    }
}
