import Testing
@testable import PageIngest

/// `LanguageDetector.phraseLengthBound`: the byte test that lets `lineScores` pass over prose
/// lines without walking their characters, never above the length of the text it reads.
@Suite struct LanguageDetectorLineBoundTests {
    private func bound(_ line: String) -> Int { LanguageDetector.phraseLengthBound(Substring(line).utf8) }

    @Test func markersAreSkippedAndTheTextEndsAtTheFirstColon() {
        #expect(bound("Lieu: Tirana") == 4)
        #expect(bound("- Lieu: Tirana") == 4)
        #expect(bound("\t– • * Press release: 3 June") == 13)
        #expect(bound("no colon here") == 13)
        #expect(bound(": leading colon") == 0)
        #expect(bound("") == 0)
        // `—` (E2 80 94) is no marker: its bytes count.
        #expect(bound("— Lieu: x") == 8)
    }

    /// A marker joined to a combining mark is one character that is no marker: the characters'
    /// text is longer than the bound, never shorter.
    @Test func aCombinedMarkerCountsAsText() {
        let line = "-\u{301}Lieu: x"
        #expect(bound(line) == 6)
        let read = Substring(line).drop { " -–•*\t".contains($0) }.prefix { $0 != ":" }
        #expect(read.utf8.count == 7)
    }

    /// A label line after prose lines is still read; the prose lines give nothing.
    @Test func aLabelLineAfterLongProseLinesStillCounts() throws {
        let fr = try #require(LanguageDetector.languages.firstIndex(of: "fr"))
        let prose = String(repeating: "Le dialogue reste essentiel pour la région, a déclaré la Cheffe de la Mission. ", count: 3)
        #expect(LanguageDetector.lineScores(prose + "\n" + prose + ": x\n- Lieu: Tirana")[fr] == LanguageDetector.lineWeight)
        #expect(LanguageDetector.lineScores(prose + "\n" + prose)[fr] == 0)
    }
}
