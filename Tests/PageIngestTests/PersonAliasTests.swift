import Foundation
import OSCE
import Testing
@testable import PageIngest

/// Short forms of names resolved across pages (`PersonAliases`), on made-up names.
@Suite struct PersonAliasTests {
    @Test func aSurnameWithASharedPostIsTheFullName() {
        let a = PersonAliases(people: [("Novak", ["President"]), ("Marta Novak", ["Slovenian President"])], reference: [])
        #expect(a.resolve("Novak") == "Marta Novak")
        #expect(a.resolve("Marta Novak") == "Marta Novak")
    }

    @Test func aShortFormOfSeveralWordsIsTheFullName() {
        let a = PersonAliases(people: [("Perrin de Berghe", ["Secretary General"]),
                                       ("Jean Perrin de Berghe", ["OSCE Secretary General"])], reference: [])
        #expect(a.resolve("Perrin de Berghe") == "Jean Perrin de Berghe")
        // The surname alone reaches the longest form through the chain.
        let b = PersonAliases(people: [("Berghe", ["Secretary General"]), ("Perrin de Berghe", []),
                                       ("Jean Perrin de Berghe", ["OSCE Secretary General"])], reference: [])
        #expect(b.resolve("Berghe") == "Jean Perrin de Berghe")
    }

    @Test func twoDifferentFullNamesLeaveTheSurnameAlone() {
        let a = PersonAliases(people: [("Novak", ["President"]), ("Marta Novak", ["President"]), ("Ivan Novak", ["President"])], reference: [])
        #expect(a.resolve("Novak") == "Novak")
    }

    @Test func aSurnameWithNothingInCommonIsLeftAlone() {
        let a = PersonAliases(people: [("Novak", ["journalist"]), ("Marta Novak", ["Head of Mission"])], reference: [])
        #expect(a.resolve("Novak") == "Novak")
        let none = PersonAliases(people: [("Novak", []), ("Marta Novak", ["Head of Mission"])], reference: [])
        #expect(none.resolve("Novak") == "Novak")
    }

    @Test func aReferencePersonNeedsNoSharedPost() {
        let a = PersonAliases(people: [("Dačić", [])], reference: ["Ivica Dačić"])
        #expect(a.resolve("Dacic") == "Ivica Dačić")
    }

    @Test func pagesOfACorpusGiveOnePersonIRI() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("person-alias-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = dir.appendingPathComponent("a.txt")
        let two = dir.appendingPathComponent("b.txt")
        try """
            Press release
            Presidents meet in Vienna
            - Date:
            - 5 May 2009
            VIENNA, 5 May 2009 – President Novak of Slovenia met the Chairperson today.

            """.write(to: one, atomically: true, encoding: .utf8)
        try """
            Press release
            Slovenian President visits the Secretariat
            - Date:
            - 6 May 2009
            VIENNA, 6 May 2009 – Slovenian President Marta Novak visited the Secretariat today.

            """.write(to: two, atomically: true, encoding: .utf8)
        var builder = KnowledgeGraphBuilder(includeReferenceData: false)
        _ = PageCorpus.ingest(files: [one.path, two.path], into: &builder) { _ in }
        let persons = Set(builder.build().triples.map(\.subject.description).filter { $0.contains("/person/") })
        #expect(persons == ["<https://w3id.org/osce-kg/resource/person/marta-novak>"])
    }
}
