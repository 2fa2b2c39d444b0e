import Testing
@testable import HTMLReader

/// Page furniture (`HTMLBoilerplate`), the dated microdata items of a listing
/// (`HTMLItemBlocks`) and content sniffing (`HTMLReader.sniffsAsHTML`), on made-up pages.
@Suite struct PageRegionTests {
    /// The lines marked as furniture, by their text.
    func furniture(_ html: String) throws -> [String] {
        try Fixture.render(html).lines.filter(\.isBoilerplate).map(\.text)
    }

    @Test func cookieBannersSidebarsAndThePageFooterAreFurniture() throws {
        let page = try Fixture.render("""
            <body><div id="consent-box" class="banner"><p>This site stores cookies.</p><button>OK</button></div>
            <header><div class="logo">Example Office</div></header>
            <main><article><h1>Lake clean-up ends early</h1>
            <p>Volunteers cleared the shore in two days.</p>
            <aside><p>Fact: the lake is 12 km long.</p></aside>
            <footer><p>Tags: environment</p></footer></article>
            <aside class="more-news"><h2>More news</h2><p>Older story</p></aside>
            <div class="region-sidebar-first"><p>Newsletter sign-up</p></div>
            <div role="dialog"><p>Subscribe now</p></div></main>
            <footer><p>© Example Office</p></footer></body>
            """)
        #expect(page.lines.map(\.text) == [
            "This site stores cookies.", "Example Office", "Lake clean-up ends early", "Volunteers cleared the shore in two days.",
            "Fact: the lake is 12 km long.", "Tags: environment", "More news", "Older story", "Newsletter sign-up", "Subscribe now",
            "© Example Office",
        ])
        #expect(page.lines.filter(\.isBoilerplate).map(\.text) == [
            "This site stores cookies.", "More news", "Older story", "Newsletter sign-up", "Subscribe now", "© Example Office",
        ])
    }

    /// A furniture word on an element that turns out to wrap the content (its `h1`) marks nothing;
    /// a word naming the content (`main`) keeps an element out; inline furniture starts a line.
    @Test func aWrapperOfTheContentIsNoFurniture() throws {
        #expect(try furniture("<div class=\"layout with-sidebar\"><h1>Headline here</h1><p>Text.</p></div>") == [])
        #expect(try furniture("<div class=\"main-related\"><p>Text.</p></div>") == [])
        #expect(try Fixture.render("<p>Text <span class=\"pager\">Page 2 of 9</span></p>").lines.map(\.description)
            == ["1: Text", "1: [boilerplate] Page 2 of 9"])
        #expect(HTMLBoilerplate.words("cookie-banner region--sidebar_first X9") == ["cookie", "banner", "region", "sidebar", "first", "x9"])
        // camelCase class names (Joomla K2's `itemToolbar`) split where a capital follows a small letter or a digit.
        #expect(HTMLBoilerplate.words("itemImageCaption v2Tags HTMLBlock") == ["item", "image", "caption", "v2", "tags", "htmlblock"])
        #expect(try furniture("<div class=\"itemToolbar\"><a>Print</a></div><p>Text.</p><div class=\"itemTagsBlock\"><a>Tirana</a></div><div class=\"footer\">Address</div>")
            == ["Print", "Tirana", "Address"])
    }

    /// A photo's caption (a `figcaption`, a `caption` or `credit` class) is a line of its own
    /// marked `isCaption`; the `figcaption` of a quotation is its attribution, no caption.
    @Test func captionsAreMarked() throws {
        let page = try Fixture.render("""
            <p>Before <span class="itemImageCaption">The mayor opens the bridge</span><span class="photo-credit">Example Office</span> after.</p>
            <figure><img src="a.jpg"><figcaption>Volunteers at the lake</figcaption></figure>
            <figure><blockquote>We will be back.</blockquote><figcaption>Ana Pérez</figcaption></figure>
            """)
        #expect(page.lines.map(\.text) == ["Before", "The mayor opens the bridge", "Example Office", "after.", "Volunteers at the lake", "We will be back.", "— Ana Pérez"])
        #expect(page.lines.filter(\.isCaption).map(\.text) == ["The mayor opens the bridge", "Example Office", "Volunteers at the lake"])
    }

    @Test func datedMicrodataItemsAreListed() throws {
        let page = try Fixture.render("""
            <body><h1>Reports 2020</h1>
            <div itemscope itemtype="https://schema.org/Blog">
            <div itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
              <h2 itemprop="name"><a href="/a">Wells dug in three villages</a></h2>
              <time itemprop="datePublished" datetime="2020-03-09T08:00:00+01:00">9 March 2020</time>
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada Rolf</span></span>
              <p>Three wells now serve the villages.</p>
            </div>
            <div itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
              <h2 itemprop="headline">Judges meet in Porto</h2><meta itemprop="datePublished" content="2020-02-01">
              <p>Judges met.</p>
            </div>
            <div itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="name">Undated note</h2></div>
            </div><p>Page 1 of 4</p></body>
            """)
        #expect(page.lines.map(\.text) == ["Reports 2020", "Wells dug in three villages", "9 March 2020 Ada Rolf", "Three wells now serve the villages.",
                                           "Judges meet in Porto", "Judges met.", "Undated note", "Page 1 of 4"])
        #expect(page.itemBlocks == [
            RenderedHTML.ItemBlock(title: "Wells dug in three villages", date: "2020-03-09", lines: 1..<4),
            RenderedHTML.ItemBlock(title: "Judges meet in Porto", date: "2020-02-01", lines: 4..<6),
        ])
        // One article's own microdata is one item.
        #expect(try Fixture.render("<div itemscope><h1 itemprop=headline>One story</h1><time itemprop=datePublished datetime=2021-01-05>5 Jan</time></div>").itemBlocks
            == [RenderedHTML.ItemBlock(title: "One story", date: "2021-01-05", lines: 0..<2)])
    }

    @Test func markupIsSniffedByItsFirstTagAndAnEndTag() {
        func sniff(_ s: String) -> Bool { HTMLReader.sniffsAsHTML(Array(s.utf8)) }
        #expect(sniff("<p>Press release</p>\n<h2>Rivers rise</h2>"))
        #expect(sniff("\n  <DIV class=\"x\"><p>Text</p></DIV>"))
        #expect(sniff("<!-- saved --><section><h3>Title</h3></section>"))
        #expect(sniff("<!DOCTYPE html><html><body><p>x</p></body></html>"))
        #expect(!sniff("Press release\n<p>Title</p>"))  // text first: a capture
        #expect(!sniff("<a> <b> <c> .\n<d> <e> \"f\" ."))  // Turtle: no end tag
        #expect(!sniff("<http://example.org/a> <http://example.org/b> \"</p>\" ."))
        #expect(!sniff("<pre>x</pre>"))  // not a tag the sniffer knows
        #expect(!sniff(""))
    }
}
