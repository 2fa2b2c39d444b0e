import Foundation
import Testing
@testable import PageIngest

@Suite struct TextNormalizationTests {
    /// The byte-scan fast path gives exactly what the scalar-by-scalar collapse gives.
    @Test func fastPathAgreesWithScalarCollapse() throws {
        var samples = ["", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u{A0}b", "“quoted” – dash", "Valančiūtė",
                       "x\u{200B}y", "\u{FEFF}bom", "a\u{2009}b", "a\u{3000}b", "a\u{202F}b", "a\u{2060}b", "a\u{85}b",
                       "soft\u{AD}hyphen", "КИЕВ 4 сентября", "a\u{1680}b", "a\u{2028}b", "é\u{301}", "end\u{A0}"]
        let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/pages")
        for name in try FileManager.default.contentsOfDirectory(atPath: pages.path) where name.hasSuffix(".txt") {
            let text = String(decoding: try Data(contentsOf: pages.appendingPathComponent(name)), as: UTF8.self)
            samples += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        for s in samples {
            #expect(TextNormalization.collapse(s) == TextNormalization.collapseScalars(s), "\(s.debugDescription)")
            #expect(TextNormalization.collapse(s).utf8.elementsEqual(TextNormalization.collapseScalars(s).utf8))
        }
        #expect(TextNormalization.collapse(" a \u{A0} b\u{200B} ") == "a b")
    }
}

@Suite struct DatelineVariantTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/pages/000_0b91f1119559f398.txt")

    /// A colon after a full date, and the figure dash, end a dateline too; no
    /// organisation is minted from an unrecognised dateline.
    @Test(arguments: ["11 May 2020: Today", "11 May 2020 ‒ Today", "11 May 2020 ― Today"])
    func datelineSeparators(variant: String) throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8).replacingOccurrences(of: "11 May 2020 –Today", with: variant)
        let facts = try PageIngester().ingest(text: text, source: "variant.txt")
        let item = try #require(facts.items.first)
        #expect(item.datelineDate == "2020-05-11")
        #expect(item.datelinePlaces == ["Vienna"])
        #expect(item.meeting?.organizer.map { !$0.contains("2020") } ?? true)
    }

    @Test func unrecognisedDatelineMintsNoOrganiser() throws {
        let text = try String(contentsOf: Self.seed, encoding: .utf8).replacingOccurrences(of: "11 May 2020 –Today", with: "31 Februar 2020 | Today")
        let facts = try PageIngester().ingest(text: text, source: "variant.txt")
        #expect(facts.items.first?.meeting?.organizer == nil)
    }
}

@Suite struct AttributionVariantTests {
    /// `“…,” according to OSCE Secretary General Thomas Greminger.` gives the quote to him,
    /// not to the previous speaker.
    @Test func accordingToWithRoleBeforeName() throws {
        var text = try String(contentsOf: DatelineVariantTests.seed, encoding: .utf8)
        let sentence = "OSCE Secretary General Thomas Greminger highlighted that the OSCE has long been a champion in a fight against human trafficking. “The OSCE has been in the lead in standard-setting and has provided concrete solutions through practical co-operation projects that have gained wide international interest,” said Greminger."
        #expect(text.contains(sentence))
        text = text.replacingOccurrences(of: sentence, with: "“The OSCE has been in the lead,” according to OSCE Secretary General Thomas Greminger.")
        let facts = try PageIngester().ingest(text: text, source: "according.txt")
        let quote = try #require(facts.items.first?.quotes.first { $0.text.hasPrefix("The OSCE has been in the lead") })
        #expect(quote.speaker == "Thomas Greminger")
    }
}

@Suite struct TruncatedNameTests {
    /// A capture cut inside a name mints no person from the fragment.
    @Test func nameCutByTheCaptureIsDropped() throws {
        let text = try String(contentsOf: DatelineVariantTests.seed, encoding: .utf8)
        let cut = try #require(text.range(of: "said Ambassador Ulrika Fun"))
        let facts = try PageIngester().ingest(text: String(text[..<cut.upperBound]), source: "cut.txt")
        let item = try #require(facts.items.first)
        #expect(item.truncated)
        #expect(!item.people.contains { $0.name == "Ulrika Fun" })
        #expect(!item.quotes.contains { $0.speaker == "Ulrika Fun" })
        #expect(item.quotes.count == 1)
    }
}
