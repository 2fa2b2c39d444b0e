import Testing
@testable import PageIngest

/// The word lists are data files, read once per language.
@Suite struct LexiconTests {
    @Test func listFormat() {
        #expect(LexiconFile.parse("# comment\nsaid\n\n  added  \n#said\nnoted") == ["said", "added", "noted"])
    }

    @Test(arguments: LexiconFile.languages)
    func everyLanguageHasItsCoreLists(_ code: String) {
        #expect(!LexiconFile.entries("speech-verbs", language: code).isEmpty)
        #expect(!LexiconFile.entries("role-nouns", language: code).isEmpty)
        #expect(!LexiconFile.entries("honorifics", language: code).isEmpty)
        #expect(!LexiconFile.entries("pronouns", language: code).isEmpty)
    }

    @Test func lexiconJoinsTheLanguageWithEnglishAndTheSharedLists() {
        let de = Lexicon.for(language: "de")
        #expect(de.languages == ["mul", "de", "en"])
        #expect(de.nameParticles.contains("von"))
        #expect(de.honorifics.contains("Botschafterin") && de.honorifics.contains("Ambassador"))
        #expect(de.reportedHonorific("Herr") == nil)
        #expect(Lexicon.for(language: "xx").languages == ["mul", "en"])
        #expect(de.isRoleNoun("Projektkoordinatorin"))
        #expect(Lexicon.for(language: "ru").isRoleNoun("депутата"))
        #expect(!Lexicon.for(language: "en").isRoleNoun("heads"))
        #expect(Lexicon.for(language: "en").isRoleNoun("footballers", plural: true))
    }
}
