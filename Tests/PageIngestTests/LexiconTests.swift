import OSCE
import Testing
@testable import PageIngest

/// The word lists are data files, read once per language.
@Suite struct LexiconTests {
    @Test func listFormat() {
        let table = LexiconTable(tsv: "# comment\nspeech-verbs\ten\tsaid\n\nspeech-verbs\tde\t sagte \n#x\ty\tz\nbroken line\nhonorifics\ten\tDr.")
        let rows = table.rows
        #expect(rows.map(\.list) == ["speech-verbs", "speech-verbs", "honorifics"])
        #expect(rows.map(\.language) == ["en", "de", "en"])
        #expect(rows.map(\.entry) == ["said", "sagte", "Dr."])
        #expect(rows.map(\.line) == [2, 4, 7])
        #expect(table.languages == ["en", "de"])
        #expect(table.entries("speech-verbs") == ["said", "sagte"])
        #expect(table.entries("speech-verbs", language: "de") == ["sagte"])
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
