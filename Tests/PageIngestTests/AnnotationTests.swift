import Testing
@testable import PageIngest

/// Person spans as scored candidates with their evidence (made-up sentences).
@Suite struct AnnotationTests {
    func candidates(_ paragraph: String, title: String = "Visit") -> (PeopleExtractor, [TextUnit]) {
        var units = [TextUnit(title, isTitle: true), TextUnit(paragraph)]
        var extractor = PeopleExtractor(lexicon: .for(language: "en"))
        extractor.extract(&units)
        return (extractor, units)
    }

    @Test func everyCueAddsItsWeightAndItsEvidence() throws {
        let (x, units) = candidates("OSCE Secretary General Lena Brandt, a lawyer, said the talks went well.")
        let c = try #require(x.candidates.first { units[$0.unit].text($0.tokens.lowerBound, $0.tokens.upperBound) == "Lena Brandt" })
        #expect(c.accepted)
        #expect(c.evidence == ["post before OSCE Secretary General", "post in apposition after lawyer"])
        #expect(c.score == 5)
    }

    @Test func aWeakCueAloneStillReachesTheThreshold() throws {
        let (x, units) = candidates("“We are ready,” said Tomas Reiner in Vienna.")
        let c = try #require(x.candidates.first { units[$0.unit].text($0.tokens.lowerBound, $0.tokens.upperBound) == "Tomas Reiner" })
        #expect(c.evidence == ["verb of saying"])
        #expect(c.score == 1)
        #expect(c.accepted)
    }

    @Test func aRunWithoutCuesIsKeptButNotAccepted() throws {
        let (x, units) = candidates("Flowers for Anna Kovač arrived in the old town yesterday.")
        #expect(x.people.isEmpty)
        let rejected = x.candidates.filter { !$0.accepted }
        #expect(!rejected.isEmpty)
        #expect(rejected.allSatisfy { $0.score == 0 && $0.evidence.isEmpty })
        #expect(rejected.contains { units[$0.unit].text($0.tokens.lowerBound, $0.tokens.upperBound) == "Anna Kovač" })
    }
}
