import Foundation
import Testing
import OSCE
@testable import PageIngest

/// `PageFacts.locateSources(in:)`: every person and quote records where the
/// page names it, in Unicode scalar offsets into the page file's text.
@Suite struct SourcePositionTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try ExamplePageTests.bytes(name), as: UTF8.self)
    }

    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[span.start..<span.end])
        return String(out)
    }

    static func collapsed(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// A leading byte-order mark is the file text's first code point (as a
    /// decoder that keeps it gives the text): every offset moves by one, and
    /// slicing the decoded text with U+FEFF still gives the quote.
    @Test func byteOrderMarkCountsInOffsets() throws {
        let bytes = try ExamplePageTests.bytes("000_0b91f1119559f398")
        let plain = try PageIngester().ingest(bytes: bytes, source: "seed.txt")
        let marked = try PageIngester().ingest(bytes: [0xEF, 0xBB, 0xBF] + bytes, source: "seed.txt")
        let text = String(decoding: [0xEF, 0xBB, 0xBF] + bytes, as: UTF8.self)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        let before = plain.items.flatMap(\.quotes).compactMap(\.position)
        let after = marked.items.flatMap(\.quotes).compactMap(\.position)
        #expect(before.count == 9)
        #expect(after.map(\.start) == before.map { $0.start + 1 })
        #expect(after.map(\.end) == before.map { $0.end + 1 })
        let first = try #require(marked.items.flatMap(\.quotes).first)
        #expect(Self.collapsed(Self.slice(text, try #require(first.position))).hasPrefix(String(Self.collapsed(first.text).prefix(20))))
    }

    @Test(arguments: ["000_0b91f1119559f398", "04-listing-newsroom-2019", "08-press-release-pa-copenhagen", "10-press-release-de-belgrad",
                      "13-press-release-hard-cases-belgrade", "12-press-release-truncated-astana"])
    func peopleAndQuotesPointAtTheirText(page: String) throws {
        let text = try Self.text(page)
        let facts = try PageIngester().ingest(bytes: try ExamplePageTests.bytes(page), source: page + ".txt")
        var people = 0
        var quotes = 0
        for item in facts.items {
            for p in item.people {
                guard let span = p.position else { continue }
                #expect(Self.collapsed(Self.slice(text, span)) == p.name, "\(page): \(p.name)")
                people += 1
            }
            for q in item.quotes {
                guard let span = q.position else { continue }
                let passage = Self.collapsed(Self.slice(text, span)).replacingOccurrences(of: "’", with: "'")
                #expect(Self.collapsed(q.text).replacingOccurrences(of: "’", with: "'").hasPrefix(passage.prefix(20)), "\(page): \(passage.prefix(40))")
                quotes += 1
            }
        }
        let allPeople = facts.items.reduce(0) { $0 + $1.people.count }
        let allQuotes = facts.items.reduce(0) { $0 + $1.quotes.count }
        #expect(allPeople > 0)
        #expect(people == allPeople, "\(page): \(people) of \(allPeople) people located")
        #expect(quotes == allQuotes, "\(page): \(quotes) of \(allQuotes) quotes located")
    }

    /// In a listing, a person is located inside their own entry, after its title.
    @Test func listingPeopleAreFoundInTheirEntry() throws {
        let page = "04-listing-newsroom-2019"
        let text = try Self.text(page)
        let facts = try PageIngester().ingest(bytes: try ExamplePageTests.bytes(page), source: page + ".txt")
        let scalars = Array(text.unicodeScalars)
        for item in facts.items {
            for p in item.people {
                let span = try #require(p.position)
                let before = String(String.UnicodeScalarView(scalars[..<span.start]))
                #expect(Self.collapsed(before).contains(Self.collapsed(item.title)), "\(p.name) before the title of \(item.title)")
            }
        }
    }

    /// On an HTML page the spans count in the rendered text and carry their
    /// exact text and context (a quote selector), since the file is markup.
    @Test func htmlPagesGetQuoteSelectors() throws {
        let facts = try PageIngester().ingest(bytes: try HTMLPageTests.html(HTMLPageTests.page01), source: HTMLPageTests.page01 + ".html")
        let people = facts.items.flatMap(\.people)
        #expect(!people.isEmpty)
        for p in people {
            let span = try #require(p.position, "\(p.name)")
            #expect(span.basis == .rendered)
            #expect(span.exact == p.name)
            #expect((span.prefix?.unicodeScalars.count ?? 0) <= TextSpan.contextLength)
        }
        let quotes = facts.items.flatMap(\.quotes)
        #expect(!quotes.isEmpty)
        for q in quotes {
            let exact = try #require(q.position?.exact)
            #expect(Self.collapsed(q.text).hasPrefix(Self.collapsed(exact).prefix(20)), "\(exact.prefix(40))")
        }
    }

    @Test func whiteSpaceAndApostrophesDoNotBreakMatching() {
        let page = SourceText("A  line\nwith\u{00A0}Ana’s  words")
        let found = page.find("with Ana's words", from: 0)
        #expect(found.map(page.span) == TextSpan(start: 8, end: 25))
        #expect(page.find("Ana", from: 0, wholeWords: true) != nil)
        #expect(page.find("An", from: 0, wholeWords: true) == nil)
        #expect(page.find("missing", from: 0) == nil)
        #expect(page.find("", from: 0) == nil)
    }

    /// Positions are provenance: the JSON of the facts gains a `position` key,
    /// and facts compare equal with or without it.
    @Test func positionIsEncodedButNotCompared() throws {
        let located = PersonFacts(name: "Ana Berg", position: TextSpan(start: 3, end: 11))
        #expect(located == PersonFacts(name: "Ana Berg"))
        let json = String(decoding: try JSONEncoder().encode(located), as: UTF8.self)
        #expect(json.contains("\"position\":{"))
        #expect(!String(decoding: try JSONEncoder().encode(PersonFacts(name: "Ana Berg")), as: UTF8.self).contains("position"))
        let back = try JSONDecoder().decode(QuoteFacts.self, from: Data(#"{"speaker":null,"text":"x","position":{"start":1,"end":2}}"#.utf8))
        #expect(back.position == TextSpan(start: 1, end: 2))
    }
}
