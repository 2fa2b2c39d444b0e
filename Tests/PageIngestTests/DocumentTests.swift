import Testing
import RDF
@testable import PageIngest

/// The `Document`: lines with their source ranges, the header, labels in both forms, blocks.
@Suite struct DocumentTests {
    @Test func linesKeepPositionsInScalarsAndBytes() {
        // "Ü" is 2 bytes, "–" 3 bytes; CR LF and a lone CR both end lines.
        let doc = DocumentReader.read("Über  uns\r\nWIEN – heute\rletzte\n")
        #expect(doc.lines.map(\.text) == ["Über uns", "WIEN – heute", "letzte", ""])
        #expect(doc.lines[0].range == SourceRange(start: SourcePosition(line: 1, column: 1, offset: 0),
                                                  end: SourcePosition(line: 1, column: 10, offset: 10)))
        #expect(doc.lines[1].range.start == SourcePosition(line: 2, column: 1, offset: 12))
        #expect(doc.lines[1].range.end == SourcePosition(line: 2, column: 13, offset: 26))
        #expect(doc.lines[2].range.start == SourcePosition(line: 3, column: 1, offset: 27))
        #expect(doc.end == SourcePosition(line: 4, column: 1, offset: 34))
    }

    @Test func urlHeaderIsNotPageText() {
        let doc = DocumentReader.read("URL: https://osce.org/a\n\nPress release\nTitle here\n")
        #expect(doc.url == "https://osce.org/a")
        #expect(doc.lines[0].isHeader)
        #expect(doc.contentLines().map(\.text) == ["Press release", "Title here"])
        #expect(doc.blocks.map(\.lines) == [2..<4])
    }

    @Test func labelsInBothForms() {
        let doc = DocumentReader.read("- Date:\n- Place: VIENNA\nPublishing date: 4 May 2020\nDatum:\n- Contacts:\nSee: here\n")
        let labels = doc.lines.map(\.label)
        #expect(labels[0] == LabelLine(kind: .date, name: "Date", value: "", form: .dash))
        #expect(labels[1] == LabelLine(kind: .place, name: "Place", value: "VIENNA", form: .dash))
        #expect(labels[2] == LabelLine(kind: .date, name: "Publishing date", value: "4 May 2020", form: .inline))
        #expect(labels[3] == LabelLine(kind: .date, name: "Datum", value: "", form: .inline))
        // An unknown short `- Name:` keeps its value lines out of the body; an unknown inline name is text.
        #expect(labels[4] == LabelLine(kind: nil, name: "Contacts", value: "", form: .dash))
        #expect(labels[5] == nil)
    }

    @Test func blocksHaveTheirOwnLanguage() {
        let doc = DocumentReader.read("""
            The Mission and the Government signed the agreement on the project for the youth of the region.

            Die Mission und die Regierung haben das Abkommen über das Projekt mit der Jugend unterzeichnet.

            Миссия и правительство подписали соглашение о проекте.
            """)
        #expect(doc.blocks.map(\.language) == ["en", "de", "ru"])
        #expect(doc.language(ofLine: 2) == "de")
        #expect(doc.language(ofLine: 1) == nil)
    }

    @Test func lexiconIsCompiledInFromItsDataFile() {
        #expect(LabelName.kind(of: "Publishing date") == .date)
        #expect(LabelName.kind(of: "Report type") == .contentType)
        #expect(PageLayout.contentTypes["pressemitteilung"] == .pressRelease)
        #expect(PageLayout.otherContentTypes.contains("feature"))
        #expect(LayoutLexicon.shared.has("Skip navigation", role: "boilerplate"))
        #expect(LayoutLexicon(tsv: "# comment\nsection\tsq\tRedaksia  e lajmeve\nbad line\n").roles(of: "redaksia e lajmeve")
                == [LayoutLexicon.Entry(role: "section", language: "sq")])
    }
}
