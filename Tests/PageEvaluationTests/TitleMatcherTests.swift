import Testing
@testable import PageEvaluation

/// Title normalisation and the one-to-one matching of items by title.
@Suite struct TitleMatcherTests {
    typealias Candidate = TitleMatcher.Candidate

    @Test func normaliseCollapsesWhiteSpaceDropsQuotesAndTrimsPunctuation() {
        #expect(TitleMatcher.normalise(" “Safe  Journalists” conference\u{00A0}opens. ") == "Safe Journalists conference opens")
        #expect(TitleMatcher.normalise("„Medienfreiheit“ – ein Gespräch …") == "Medienfreiheit – ein Gespräch")
        #expect(TitleMatcher.normalise("OSCE’s Mission: «new» head!") == "OSCEs Mission: new head")
        // Case is kept; punctuation inside the title stays.
        #expect(TitleMatcher.normalise("VIENNA, 1 May") == "VIENNA, 1 May")
        #expect(TitleMatcher.normalise("(Ukraine-") == "Ukraine")
        #expect(TitleMatcher.normalise(" ... ") == "")
    }

    @Test func equalAfterNormalisationScoresTwo() {
        #expect(TitleMatcher.score(expected: "The “OSCE” opens", extracted: "The OSCE opens.", cut: false) == 2)
        #expect(TitleMatcher.score(expected: "The OSCE opens", extracted: "the OSCE opens", cut: false) == nil)
    }

    @Test func prefixMatchesOnlyWhenAnItemIsCut() {
        // The capture cut the title mid-word: a prefix either way is enough, scored by length.
        #expect(TitleMatcher.score(expected: "OSCE Chair visits Mold", extracted: "OSCE Chair visits Moldova", cut: true)
            == 1 + 22.0 / 25.0)
        #expect(TitleMatcher.score(expected: "OSCE Chair visits Moldova", extracted: "OSCE Chair visits Mold", cut: true)
            == 1 + 22.0 / 25.0)
        #expect(TitleMatcher.score(expected: "OSCE Chair visits Mold", extracted: "OSCE Chair visits Moldova", cut: false) == nil)
        #expect(TitleMatcher.score(expected: "OSCE Chair visits Mold", extracted: "OSCE Chair meets", cut: true) == nil)
        // An empty title matches nothing, even as a prefix.
        #expect(TitleMatcher.score(expected: "“ ”", extracted: "Anything", cut: true) == nil)
    }

    @Test func matchingIsOneToOneAndPrefersExactPairs() {
        let expected = [Candidate(title: "Report", truncated: false), Candidate(title: "Report on Moldova", truncated: true),
                        Candidate(title: "Unrelated", truncated: false)]
        let extracted = [Candidate(title: "Report on Moldova and", truncated: true), Candidate(title: "Report", truncated: false),
                         Candidate(title: "Report", truncated: false)]
        let pairs = TitleMatcher.match(expected: expected, extracted: extracted)
        #expect(pairs == [TitleMatcher.Pair(expected: 0, extracted: 1), TitleMatcher.Pair(expected: 1, extracted: 0)])
    }

    @Test func matchingTakesTheLongestPrefixFirst() {
        // Two cut extracted titles could both be prefixes of the expected one; the longer wins.
        let expected = [Candidate(title: "Head of Mission meets Prime Minister", truncated: false)]
        let extracted = [Candidate(title: "Head of Mission", truncated: true), Candidate(title: "Head of Mission meets Pr", truncated: true)]
        #expect(TitleMatcher.match(expected: expected, extracted: extracted) == [TitleMatcher.Pair(expected: 0, extracted: 1)])
    }

    @Test func nullTitleMatchesNothing() {
        let pairs = TitleMatcher.match(expected: [Candidate(title: nil, truncated: true)],
                                       extracted: [Candidate(title: "", truncated: true), Candidate(title: "A", truncated: true)])
        #expect(pairs.isEmpty)
    }
}
