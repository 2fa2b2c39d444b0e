import Foundation
import HTMLReader
import Testing
@testable import PageIngest

/// Saved HTML pages go through the same pipeline as text captures.
@Suite struct HTMLPageTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let page01 = "01-press-release-moldova-border-training"

    static func html(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name + ".html")))
    }

    func error(_ html: String, _ source: String = "page.html") -> IngestError? {
        do {
            _ = try PageIngester().ingest(bytes: Array(html.utf8), source: source)
            return nil
        } catch {
            return error
        }
    }

    /// The HTML form of Examples/pages/01 (osce.org's nested menu, a `<dl>` label group, entities,
    /// scripts, styles, comments, hidden and template content) renders to the capture's lines.
    @Test func htmlPageRendersToTheCapturesLines() throws {
        let rendered = try HTMLReader.render(bytes: Self.html(Self.page01), source: Self.page01 + ".html")
        let text = String(decoding: try ExamplePageTests.bytes(Self.page01), as: UTF8.self)
        let captureLines = text.split(separator: "\n").map(String.init)
        #expect(rendered.lines.map(\.text) == captureLines)
        #expect(rendered.lines.first == RenderedLine("-", sourceLine: 23))
        #expect(rendered.lines.last == RenderedLine("The training is part of an extra-budgetary project funded by Germany and Norway.", sourceLine: 229))
    }

    /// A saved page that is not UTF-8 and declares no charset (made-up text): before, libxml2
    /// read it as ISO-8859-1 in silence, so every UTF-8 character became two (`Jã¼rgen`, no
    /// date: the dash was `â\u{80}\u{93}`). Now a mostly-UTF-8 page keeps its characters and a
    /// Windows-1252 page is read as Windows-1252, each with one warning naming the first bad byte.
    @Test func undeclaredNonUTF8PagesAreDecodedWithOneWarning() throws {
        let head = "<html><body><p>Press release</p><h1>Café talks in Vienna</h1><p>VIENNA, 3 May 2021 – Ambassador Jürgen Müller met the na"
        let mostlyUTF8 = Array(head.utf8) + [0xEF] + Array("ve café owners in Vienna to discuss the region with partners.</p></body></html>\n".utf8)
        let facts = try PageIngester().ingest(bytes: mostlyUTF8, source: "m.html")
        #expect(facts.items.map(\.title) == ["Café talks in Vienna"])
        #expect(facts.items.first?.date == "2021-05-03")
        #expect(facts.items.first?.people.map(\.name) == ["Jürgen Müller"])
        #expect(facts.warnings.map(\.description) == ["m.html:1:121: not valid UTF-8 and no charset declared: byte 0xEF at byte offset 125; the rest of the file is UTF-8, so it was read as UTF-8 and it became U+FFFD"])
        // The same page saved in Windows-1252 (é, ü, – as single bytes).
        var cp1252: [UInt8] = []
        for scalar in (head + "ïve café owners in Vienna to discuss the region with partners.</p></body></html>\n").unicodeScalars {
            cp1252.append(scalar == "–" ? 0x96 : UInt8(scalar.value))
        }
        let legacy = try PageIngester().ingest(bytes: cp1252, source: "w.html")
        #expect(legacy.items.map(\.title) == ["Café talks in Vienna"])
        #expect(legacy.items.first?.date == "2021-05-03")
        #expect(legacy.items.first?.people.map(\.name) == ["Jürgen Müller"])
        #expect(legacy.warnings.count == 1)
        #expect(legacy.warnings.first?.kind == .encoding)
        #expect(legacy.warnings.first?.description.hasPrefix("w.html:1:40: not UTF-8 and no charset declared: byte 0xE9 at byte offset 39 is not UTF-8 (") == true)
    }

    @Test func htmlPageGivesTheFactsOfTheTextCapture() throws {
        let fromHTML = try PageIngester().ingest(bytes: Self.html(Self.page01), source: Self.page01 + ".html")
        var fromText = try PageIngester().ingest(bytes: ExamplePageTests.bytes(Self.page01), source: Self.page01 + ".txt")
        #expect(fromHTML.url == "https://www.osce.org/mission-to-moldova/577531")
        #expect(fromText.url == nil)
        fromText.url = fromHTML.url
        fromText.source = fromHTML.source
        #expect(fromHTML == fromText)
        // And both match the expected facts.
        let actual = try JSONSerialization.jsonObject(with: JSONEncoder().encode(fromHTML))
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: ExamplePageTests.pagesDirectory
            .appendingPathComponent(Self.page01 + ".expected.json")))
        #expect(ExpectedFacts.differences(expected: expected, actual: actual).isEmpty)
    }

    /// A listing in the markup of a views listing (title links, inline `Label: value` fields,
    /// teasers) renders to the listing capture's lines and gives its facts.
    @Test func htmlListingGivesTheFactsOfTheTextCapture() throws {
        let name = "04-listing-newsroom-2019"
        let rendered = try HTMLReader.render(bytes: Self.html(name), source: name + ".html")
        let text = String(decoding: try ExamplePageTests.bytes(name), as: UTF8.self)
        #expect(rendered.lines.map(\.text) == text.split(separator: "\n").map(String.init))
        let fromHTML = try PageIngester().ingest(bytes: Self.html(name), source: name + ".html")
        var fromText = try PageIngester().ingest(bytes: ExamplePageTests.bytes(name), source: name + ".html.txt")
        fromText.source = fromHTML.source
        fromText.url = "https://www.osce.org/press-releases?page=120"
        #expect(fromHTML == fromText)
        #expect(fromHTML.kind == .listing)
        #expect(fromHTML.items.count == 6)
    }

    @Test func metaDateOnlyWhenThePageHasNoneOfItsOwn() throws {
        let undated = """
        <html lang="en"><head><meta property="article:published_time" content="2021-03-04T08:00:00Z"></head><body>
        <div>News Item</div>
        <h1>Young leaders meet in Vienna</h1>
        <p>Forty young leaders met in Vienna this week to discuss the security of the region.</p>
        </body></html>
        """
        let facts = try PageIngester().ingest(bytes: Array(undated.utf8), source: "undated.html")
        #expect(facts.kind == .newsItem)
        #expect(facts.items.map(\.title) == ["Young leaders meet in Vienna"])
        #expect(facts.items.first?.date == "2021-03-04")
        let dated = undated.replacingOccurrences(of: "<p>Forty", with: "<p>VIENNA, 2 March 2021 – Forty")
        let own = try PageIngester().ingest(bytes: Array(dated.utf8), source: "dated.html")
        #expect(own.items.first?.date == "2021-03-02")
        #expect(own.items.first?.datelineDate == "2021-03-02")
    }

    @Test func langIsALanguageHint() throws {
        let page = """
        <html lang="sr-Cyrl"><body><div>Press release</div><h1>Мисија ОЕБС у Србији</h1>
        <p>БЕОГРАД, 5. мај 2022 – Мисија ОЕБС у Србији организовала је обуку.</p></body></html>
        """
        #expect(try PageIngester().ingest(bytes: Array(page.utf8), source: "sr.html").language == "sr")
        // The text wins over the tag when it decides.
        let english = page.replacingOccurrences(of: "sr-Cyrl", with: "de")
            .replacingOccurrences(of: "Мисија ОЕБС у Србији организовала је обуку.", with: "The Mission held a training for the judges of the country.")
            .replacingOccurrences(of: "<h1>Мисија ОЕБС у Србији", with: "<h1>The OSCE Mission to Serbia and the courts")
        #expect(try PageIngester().ingest(bytes: Array(english.utf8), source: "en.html").language == "en")
    }

    @Test func primaryLanguageSubtags() {
        #expect(PageIngester.primaryLanguage("de-AT") == "de")
        #expect(PageIngester.primaryLanguage("ru_RU") == "ru")
        #expect(PageIngester.primaryLanguage("EN") == "en")
        #expect(PageIngester.primaryLanguage("deu") == nil)
        // Montenegrin has no two-letter code; its lists are Serbian's (language-relations.tsv).
        #expect(PageIngester.primaryLanguage("cnr-ME") == "cnr")
        #expect(PageIngester.primaryLanguage("") == nil)
        #expect(PageIngester.primaryLanguage(nil) == nil)
    }

    @Test func errorsNameTheHTMLFileAndLine() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        var e: IngestError?
        do { _ = try PageIngester().ingest(bytes: png, source: "photo.html") } catch { e = error }
        #expect(e?.kind == .binary)
        #expect(e?.description == "photo.html:2: binary data, not HTML: control byte 0x1A at byte offset 6")
        #expect(error("")?.description == "page.html: empty file (0 bytes)")
        #expect(error("<html><head><title>Only a title</title><script>x()</script></head><body>\n</body></html>")?.description
            == "page.html: empty page: the HTML has no text in its body")
        let unknown = error("<html>\n<body>\n\n<p>Some words that are not a page layout at all</p>\n</body></html>")
        #expect(unknown?.kind == .unknownKind)
        #expect(unknown?.description.hasPrefix("page.html:4: unknown page kind") == true)
        let deep = error("<body>\n" + String(repeating: "<div>", count: 10_000) + "x")
        #expect(deep?.kind == .malformedMarkup)
        #expect(deep?.description.hasPrefix("page.html:2: the HTML parser stopped early") == true)
        var big = Array("<p>".utf8)
        big += [UInt8](repeating: UInt8(ascii: "a"), count: HTMLReader.defaultMaximumBytes)
        do { _ = try PageIngester().ingest(bytes: big, source: "big.htm") } catch { e = error }
        #expect(e?.kind == .tooLarge)
        #expect(e?.description == "big.htm: file too large for the HTML reader: 16777219 bytes, the limit is 16777216 bytes")
    }

    @Test func oversizedHTMLFileIsRefusedBeforeReading() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("html-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huge.html").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(HTMLReader.defaultMaximumBytes + 1))  // sparse: nothing is written
        try handle.close()
        var e: IngestError?
        do { _ = try PageIngester().ingest(fileAt: path) } catch { e = error }
        #expect(e?.kind == .tooLarge)
        #expect(e?.description == "\(path): file too large for the HTML reader: 16777217 bytes, the limit is 16777216 bytes")
    }

    @Test func truncatedHTMLWarnsOnTheHTMLLine() throws {
        let bytes = try Self.html(Self.page01)
        let text = String(decoding: bytes, as: UTF8.self)
        let cut = text.range(of: "border with Romania")!.upperBound
        // Cut inside the paragraph's text: the last line ends mid-sentence. Warnings name the HTML
        // line the last rendered line starts on.
        let midText = try PageIngester().ingest(bytes: Array(text[..<cut].utf8), source: "cut.html")
        #expect(midText.isTruncated)
        #expect(midText.items.last?.truncated == true)
        #expect(midText.warnings.map(\.description) == ["cut.html:215: page is truncated: the capture ends mid-word without a final newline; the last item is marked truncated"])
        // Cut inside a tag after a complete paragraph.
        let tag = text.range(of: "<p>Classroom")!.lowerBound
        let midTag = try PageIngester().ingest(bytes: Array((text[..<tag] + "<p cla").utf8), source: "cut.html")
        #expect(midTag.items.last?.truncated == true)
        #expect(midTag.warnings.map(\.description) == ["cut.html:211: page is truncated: the HTML file ends inside a tag; the last item is marked truncated"])
        // The complete page is not truncated.
        #expect(try !PageIngester().ingest(bytes: bytes, source: "full.html").isTruncated)
        // Nor is a page whose last element is left unclosed, when a final line break ends its text
        // (valid HTML; before, it was marked cut "mid-word without a final newline": new user).
        let unclosed = try PageIngester().ingest(bytes: Array((text[..<tag] + "<div><span>More information on the website\n").utf8),
                                                 source: "unclosed.html")
        #expect(!unclosed.isTruncated)
        #expect(unclosed.warnings.isEmpty)
    }

    @Test func htmlIsFoundByExtensionOrContent() throws {
        #expect(PageCorpus.pageExtensions == ["txt", "html", "htm"])
        // A text file that holds an HTML document is read as HTML.
        let facts = try PageIngester().ingest(bytes: Self.html(Self.page01), source: "saved-page.txt")
        #expect(facts.items.first?.title == "OSCE trains border police officers in Moldova to detect forged travel documents")
        #expect(facts.url == "https://www.osce.org/mission-to-moldova/577531")
    }

    /// A passage in `<q>` (no marks in the markup) is a quote with its speaker: the renderer
    /// writes the marks a browser draws. Before, it was plain text and no quote was read.
    @Test func aQElementIsAQuote() throws {
        let facts = try PageIngester().ingest(bytes: Array("""
            <html lang="en"><body><div>Press release</div><h1>Judges from five regions trained on hate crime</h1>
            <p>SKOPJE, 4 March 2021 – Thirty judges completed a course on hate crime today, organized by the OSCE Mission to Skopje.</p>
            <p><q>Hate crimes hurt whole communities, not only their victims</q>, said Ambassador Klara Novotná, Head of the OSCE Mission to Skopje.</p>
            </body></html>
            """.utf8), source: "q.html")
        let item = try #require(facts.items.first)
        #expect(item.quotes.map(\.text) == ["Hate crimes hurt whole communities, not only their victims"])
        #expect(item.quotes.map(\.speaker) == ["Klara Novotná"])
    }
}
