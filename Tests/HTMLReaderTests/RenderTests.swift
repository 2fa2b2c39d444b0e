import Dispatch
import Foundation
import Synchronization
import Testing
@testable import HTMLReader

enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }
    static func render(_ html: String, source: String = "test.html") throws -> RenderedHTML {
        try HTMLReader.render(bytes: Array(html.utf8), source: source)
    }
    static func texts(_ html: String) throws -> [String] {
        try render(html).lines.map(\.text)
    }
}

/// Rendering HTML to the lines of a text capture.
@Suite struct RenderTests {
    @Test func pressReleaseWithBrokenMarkup() throws {
        let page = try HTMLReader.render(bytes: try Fixture.bytes("press-release-broken-markup.html"),
                                         source: "press-release-broken-markup.html")
        let expected: [RenderedLine] = [
            RenderedLine("- Home", sourceLine: 19),
            RenderedLine("- Newsroom", sourceLine: 19),
            RenderedLine("- Press releases", sourceLine: 19),
            RenderedLine("Press release", sourceLine: 20),
            RenderedLine("OSCE Presence supports media literacy in Albanian schools", sourceLine: 21),
            RenderedLine("Date: 3\u{00A0}June 2024", sourceLine: 23),
            RenderedLine("Place: TIRANA", sourceLine: 24),
            RenderedLine("TIRANA, 3 June 2024 – The OSCE Presence in Albania today handed over teaching kits on media literacy to 40 schools.", sourceLine: 28),
            RenderedLine("“Pupils who can check a source are harder to mislead,” said Ambassador Mira Kolbe, Head of the Presence.", sourceLine: 30),
            RenderedLine("“This is an investment in democracy.”", sourceLine: 32),
            RenderedLine("Contacts:", sourceLine: 34),
            RenderedLine("Ana Berisha", sourceLine: 34),
            RenderedLine("Press officer & spokesperson", sourceLine: 34),
            RenderedLine("School\tKits", sourceLine: 36),
            RenderedLine("Tirana № 1\t12", sourceLine: 37),
            RenderedLine("Line one", sourceLine: 40),
            RenderedLine("Line two", sourceLine: 41),
        ]
        #expect(page.lines == expected)
        #expect(page.title == "OSCE Presence supports media literacy – OSCE")
        #expect(page.language == "de-AT")
        #expect(page.canonicalURL == "https://www.osce.org/presence-in-albania/569712")
        #expect(page.publishedDate == "2024-06-03")
        #expect(page.description == nil)
        #expect(page.ending == .afterMarkup)
    }

    @Test func nestedMenuRendersAsTheCapturesShowIt() throws {
        let html = """
        <nav><ul>
          <li><span>Our work</span>
            <ul>
              <li><a href="/fow">Fields of work</a>
                <ul><li><a>Arms control</a></li><li><a>Border
                    management</a></li></ul>
              </li>
              <li><a>Field operations</a></li>
            </ul>
          </li>
          <li><div><ul><li>Under a nameless item</li></ul></div></li>
          <li>Leaf</li>
          <li></li>
        </ul></nav>
        """
        #expect(try Fixture.texts(html) == [
            "-", "Our work", "-", "Fields of work", "- Arms control", "- Border management", "- Field operations",
            "- Under a nameless item", "- Leaf",
        ])
        let lines = try Fixture.render(html).lines
        #expect(lines.map(\.sourceLine) == [2, 2, 4, 4, 5, 5, 8, 11, 12])
    }

    @Test func labelGroupsAsDefinitionLists() throws {
        let html = "<dl><dt>Date:</dt><dd>14 October 2024</dd><dt>Fields of work:</dt><dd>Border management</dd><dd>Policing</dd></dl>"
        #expect(try Fixture.texts(html) == ["- Date:", "- 14 October 2024", "- Fields of work:", "- Border management", "- Policing"])
    }

    @Test func whiteSpaceCollapsesAsInABrowser() throws {
        let html = "<p>  a<b>b</b> <i>c</i>\n\t d  </p><p>&nbsp;</p><p>x&nbsp;&nbsp;y</p><div>one<div>two</div>three</div><span>in</span><span>line</span>"
        #expect(try Fixture.texts(html) == ["ab c d", "x\u{00A0}\u{00A0}y", "one", "two", "three", "inline"])
    }

    @Test func entitiesAreDecoded() throws {
        let html = "<p>&ldquo;A&rdquo; &#8211; &#x2014; &amp; &lt;b&gt; &rsquo;s &euro;5 &copy; &unknown; &#38;</p>"
        #expect(try Fixture.texts(html) == ["“A” – — & <b> ’s €5 © &unknown; &"])
    }

    @Test func scriptsStylesAndHiddenContentAreDropped() throws {
        let html = """
        <html><head><title>T</title><style>p{}</style><script>var s = "<p>x</p>";</script></head>
        <body><noscript>enable JS</noscript><template><p>t</p></template><!-- comment -->
        <p hidden>h</p><p style="display:none">n</p><p style="visibility: hidden">v</p>
        <p>kept<script>document.write('no')</script> text</p><svg><title>icon</title><text>svg</text></svg>
        <select><option>Choose</option></select><img alt="a photo"><iframe src="x"></iframe></body></html>
        """
        #expect(try Fixture.texts(html) == ["kept text"])
        #expect(try Fixture.render(html).title == "T")
    }

    @Test func inlineDisplayStyles() throws {
        let html = "<div>a<span style=\"display: block\">b</span>c<div style=\"DISPLAY:inline\">d</div>e<span style=\"display:none !important\">x</span></div>"
        #expect(try Fixture.texts(html) == ["a", "b", "cde"])
    }

    @Test func tablesKeepOneLinePerRow() throws {
        let html = "<table><caption>Figures</caption><tr><th>Year</th><th>Staff</th></tr><tr><td>2024</td><td></td><td>12</td></tr><tr><td><p>Long cell</p></td><td>x</td></tr></table>"
        #expect(try Fixture.texts(html) == ["Figures", "Year\tStaff", "2024\t12", "Long cell", "x"])
    }

    /// A quotation's attribution in a `footer` or `cite` of the `blockquote`, or in the
    /// `figcaption` of its `figure`, is a signature line (`— Name, post`); one with its own dash
    /// keeps it; `cite` and `figcaption` elsewhere are plain text.
    @Test func quotationAttributionsAreSignatureLines() throws {
        #expect(try Fixture.texts("<blockquote><p>“Rivers unite us.”</p><footer>Ambassador Lea Sand, Head of Mission</footer></blockquote>")
                == ["“Rivers unite us.”", "— Ambassador Lea Sand, Head of Mission"])
        #expect(try Fixture.texts("<blockquote><p>“Rivers unite us.” <cite>Lea <b>Sand</b></cite></p></blockquote><p>Next.</p>")
                == ["“Rivers unite us.”", "— Lea Sand", "Next."])
        #expect(try Fixture.texts("<figure><blockquote>“Rivers unite us.”</blockquote><figcaption>– Lea Sand</figcaption></figure>")
                == ["“Rivers unite us.”", "– Lea Sand"])
        #expect(try Fixture.texts("<figure><img src=a.png><figcaption>Lea Sand at the river</figcaption></figure><p>See <cite>the report</cite>.</p>")
                == ["Lea Sand at the river", "See the report."])
    }

    @Test func brokenMarkupIsRecovered() throws {
        let html = "<div><p>one<p>two</span></div></div><li>three<ul><li>four</ul><b>bold<i>both</b>italic</i><p>five"
        #expect(try Fixture.texts(html) == ["one", "two", "-", "three", "- four", "boldbothitalic", "five"])
    }

    @Test func renderingIsDeterministic() throws {
        let bytes = try Fixture.bytes("press-release-broken-markup.html")
        let a = try HTMLReader.render(bytes: bytes, source: "a.html")
        let b = try HTMLReader.render(bytes: bytes, source: "a.html")
        #expect(a == b)
    }

    /// Pages render on many threads at once (as `PageCorpus` reads them) to the same result.
    @Test func concurrentRenderingAgrees() throws {
        let bytes = try Fixture.bytes("press-release-broken-markup.html")
        let reference = try HTMLReader.render(bytes: bytes, source: "a.html")
        let results = Mutex<[RenderedHTML?]>(Array(repeating: nil, count: 64))
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let page = try? HTMLReader.render(bytes: bytes, source: "a.html")
            results.withLock { $0[i] = page }
        }
        #expect(results.withLock { $0.allSatisfy { $0 == reference } })
    }

    @Test func endings() throws {
        #expect(try Fixture.render("<p>done.</p>\n\n").ending == .afterMarkup)
        #expect(try Fixture.render("<p>cut in te").ending == .inText)
        #expect(try Fixture.render("<p>cut in te \t").ending == .inText)
        // Unclosed elements are valid HTML: text and a final line break end a complete file (new user).
        #expect(try Fixture.render("<p>Done.</p>\n<div><span>More information on the website\n").ending == .afterMarkup)
        #expect(try Fixture.render("<p>Done.</p>\n<div><span>More information on the website\r\n").ending == .afterMarkup)
        #expect(try Fixture.render("<p>text</p><a href=\"/x").ending == .insideMarkup)
        #expect(try Fixture.render("<p>text</p><!-- a comment").ending == .insideMarkup)
        let cut = Array("<p>café".utf8).dropLast()
        let page = try HTMLReader.render(bytes: Array(cut), source: "cut.html")
        #expect(page.ending == .insideCharacter(droppedBytes: 1))
        #expect(page.lines.map(\.text) == ["caf"])
    }

    @Test func looksLikeHTML() {
        #expect(HTMLReader.looksLikeHTML(Array("\u{FEFF}\n  <!DOCTYPE html>\n<html>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<HTML lang=en>".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array("Press release\n<p>".utf8)))
        #expect(!HTMLReader.looksLikeHTML([]))
        // A browser's "saved from" comment, other comments and an XML declaration (XHTML) come first.
        #expect(HTMLReader.looksLikeHTML(Array("<!-- saved from url=(0022)https://www.osce.org/ -->\n<!DOCTYPE html>".utf8)))
        #expect(HTMLReader.looksLikeHTML(Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- x -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array("<?xml version=\"1.0\"?>\n<rdf:RDF>".utf8)))
        #expect(!HTMLReader.looksLikeHTML(Array("<!-- an unclosed comment <html>".utf8)))
    }
}
