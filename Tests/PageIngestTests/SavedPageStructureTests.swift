import Testing
@testable import PageIngest

/// Saved-page structures the blind set `Tests/Fixtures/heldout-h` showed unread (h14–h16), each on
/// a made-up page of its own (no text of those fixtures): a current CMS news page with its
/// furniture, a blog listing in schema.org microdata, a print version with its type field under
/// the title, and an HTML fragment saved as `.txt`.
@Suite struct SavedPageStructureTests {
    func ingest(_ html: String, source: String = "page.html") throws -> PageFacts {
        try PageIngester().ingest(bytes: Array(html.utf8), source: source)
    }

    /// A current field-operation news page (cookie dialog, subsite menu, title in a `<span>` of the
    /// `h1`, `<time>` under it, sub-headings and a list inside the body, a sidebar of related
    /// news, a footer). Before, the cookie banner's long line above the title hid it: no item.
    @Test func aCurrentNewsPageWithItsFurnitureIsOneItem() throws {
        let facts = try ingest("""
            <!DOCTYPE html><html lang="en"><head><title>Farmers test drip irrigation in the valley | Example Mission</title></head>
            <body><div class="cookie-notice" role="dialog"><p>This website uses cookies to make your visit better and to count visitors to our pages.</p><button>OK</button></div>
            <header><div class="site-name">Example Mission to Nowhere</div><nav><ul><li>About</li><li>Our work</li><li>News</li></ul></nav></header>
            <main><article><div class="field--name-type">News Item</div>
            <h1 class="page-title"><span>Farmers test drip irrigation in the valley</span></h1>
            <div class="node__meta"><time datetime="2022-09-14T09:00:00Z">14 September 2022</time></div>
            <div class="field--name-body">
            <p>KHUJAND, 14 September 2022 – Thirty farmers from five villages tested drip irrigation kits on their fields this summer with support from the Mission.</p>
            <h3>What changed</h3>
            <ul><li>water use fell by a third;</li><li>yields rose on two fields out of three.</li></ul>
            <p><em>“We used less water and lost no harvest,”</em> said Nodira Saidova, a farmer from Isfara.</p>
            <h3>Next season</h3>
            <p>The kits will be offered to forty more farmers in spring, with trainers from Kazakhstan.</p>
            </div></article>
            <aside><h2>Related news</h2><div><h3>Water users' associations meet in Dushanbe to discuss the season ahead</h3><time datetime="2022-05-02">2 May 2022</time></div></aside></main>
            <footer><p>© Example Mission, Khujand, Tajikistan</p></footer></body></html>
            """)
        #expect(facts.kind == .newsItem)
        #expect(facts.items.map(\.title) == ["Farmers test drip irrigation in the valley"])
        let item = try #require(facts.items.first)
        #expect(item.date == "2022-09-14")
        #expect(item.contentType == "News Item")
        #expect(item.people.map(\.name) == ["Nodira Saidova"])
        #expect(item.quotes.map(\.speaker) == ["Nodira Saidova"])
        // The footer's Tajikistan and the sidebar's Dushanbe belong to no item; the body's Kazakhstan does.
        #expect(item.statesMentioned == ["Kazakhstan"])
        // The body runs past its sub-headings and list to its last paragraph, and stops there.
        #expect(item.paragraphs.first?.hasPrefix("KHUJAND, 14 September 2022 – Thirty farmers") == true)
        #expect(item.paragraphs.last == "The kits will be offered to forty more farmers in spring, with trainers from Kazakhstan.")
        #expect(!facts.warnings.contains { $0.kind == .unknownLayout })
    }

    /// The text capture of such a page: a cookie notice (a long line, no prose) above the
    /// subsite menu no longer hides the title under its type line; the body runs past its
    /// sub-headings to the related-news heading. Before, no item was read.
    @Test func aCookieNoticeAboveTheMenuDoesNotHideTheTitle() throws {
        let facts = try PageIngester().ingest(text: """
            Skip to main content
            This site uses cookies to remember your settings and to count visits to its pages. More about cookies
            OK
            Example Office in the North
            - Home
            - About us
            - Projects
            - News
            - Contacts
            News Item
            Beekeepers learn to market their honey abroad
            3 August 2021
            OSH, 3 August 2021 – Twenty beekeepers from four districts completed a course on labelling and exporting honey, organized by the Office.
            What the course covered
            - food safety rules of the buyers' markets;
            - labels and certificates.
            Next steps
            A second course will follow in the spring with buyers from Germany.
            Related news
            Dairy farmers meet buyers at a regional fair in the south of the country
            2 June 2021

            """, source: "news.txt")
        #expect(facts.items.map(\.title) == ["Beekeepers learn to market their honey abroad"])
        #expect(facts.items.first?.date == "2021-08-03")
        #expect(facts.items.first?.contentType == "News Item")
        #expect(facts.items.first?.paragraphs.last == "A second course will follow in the spring with buyers from Germany.")
        #expect(facts.items.first?.statesMentioned == ["Germany"])
    }

    /// A furniture word on the wrapper of an article with no `h1` (`<h2>` headline) would leave
    /// no prose: then the furniture is read as page text after all.
    @Test func furnitureHoldingAllTheProseIsRead() throws {
        let facts = try ingest("""
            <html><body><ul><li>Home</li><li>News</li></ul>
            <div class="page-with-sidebar"><div>Press release</div><h2>Prosecutors from two regions sign a co-operation plan</h2>
            <p>VLORA, 8 June 2021 – Prosecutors from two regions signed a plan today to share evidence in cases of human trafficking, with support from Italy.</p></div>
            </body></html>
            """)
        #expect(facts.items.map(\.title) == ["Prosecutors from two regions sign a co-operation plan"])
        #expect(facts.items.first?.statesMentioned == ["Italy"])
    }

    /// A blog listing in schema.org microdata: a page header over entries each with a name, a
    /// `datePublished` and a teaser, then pagination and a footer. Before, it was one item
    /// titled by the page header.
    @Test func datedMicrodataEntriesAreAListing() throws {
        func entry(_ title: String, _ iso: String, _ shown: String, _ teaser: String) -> String {
            """
            <div itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
            <h2 itemprop="name"><a href="/x" itemprop="url">\(title)</a></h2>
            <dl class="article-info"><dt>Details</dt><dd class="published"><time datetime="\(iso)T10:00:00+00:00" itemprop="datePublished">\(shown)</time></dd></dl>
            <p>\(teaser)</p><p class="readmore"><a href="/x">Read more …</a></p></div>
            """
        }
        let facts = try ingest("""
            <!DOCTYPE html><html lang="en"><head><title>News 2021</title></head><body>
            <ul class="nav menu"><li>About</li><li>News</li></ul>
            <div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>News 2021</h1></div>
            \(entry("Assembly delegation visits flood-hit regions", "2021-10-04", "04 October 2021",
                    "PRAGUE, 4 October 2021 – A delegation of the Assembly led by Tomas Berka (MP, Czech Republic) visited regions hit by the floods."))
            \(entry("Committee hears experts on cyber security", "2021-09-20", "20 September 2021",
                    "VIENNA, 20 September 2021 – The General Committee heard experts from Estonia and Finland on attacks against hospitals."))
            <div class="pagination"><p>Page 2 of 5</p><ul><li>Prev</li><li>Next</li></ul></div></div>
            <footer><p>© Assembly, Copenhagen, Denmark</p></footer></body></html>
            """)
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == ["Assembly delegation visits flood-hit regions", "Committee hears experts on cyber security"])
        #expect(facts.items.map(\.date) == ["2021-10-04", "2021-09-20"])
        #expect(facts.items.map(\.datelinePlaces) == [["Prague"], ["Vienna"]])
        #expect(facts.items.map(\.statesMentioned) == [["Czechia"], ["Estonia", "Finland"]])
        #expect(facts.items.map(\.paragraphs.count) == [1, 1])
    }

    /// A print version (title first, then the type field and `Date:&nbsp;` field blocks, the body
    /// in one element with `<br /><br />` paragraphs, the source URL and links after it). Before,
    /// the type field was read as the title of a one-item listing.
    @Test func aPrintVersionWithItsTypeFieldUnderTheTitle() throws {
        let facts = try ingest("""
            <html><head><title>Border guards train with sniffer dogs | Example</title></head><body>
            <div class="print-site_name">Published on <em>Example</em> (https://www.example.org)</div>
            <div class="print-breadcrumb"><a href="/">Home</a> &gt; <a href="/m">Example Mission</a> &gt; Border guards train with sniffer dogs</div>
            <h1 class="print-title">Border guards train with sniffer dogs</h1>
            <div class="node"><div class="field-type">Press release</div>
            <div class="field-date"><div class="field-label">Date:&nbsp;</div><div class="field-item">3 March 2011</div></div>
            <div class="field-place"><div class="field-label">Place:&nbsp;</div><div class="field-item">Chisinau</div></div>
            <div class="field-body">CHISINAU, 3 March 2011&nbsp;&ndash; Twelve border guards and their dogs completed a course on finding drugs in cars, organized by the Mission with trainers from Romania.<br /><br />&#8220;A trained dog checks a car in two minutes,&#8221; said Colonel Ion Rusu, the head of the canine unit.</div></div>
            <div class="print-source_url"><strong>Source URL:</strong> https://www.example.org/m/1</div>
            </body></html>
            """)
        #expect(facts.kind == .pressRelease)
        #expect(facts.items.map(\.title) == ["Border guards train with sniffer dogs"])
        let item = try #require(facts.items.first)
        #expect(item.contentType == "Press release")
        #expect(item.date == "2011-03-03")
        #expect(item.datelinePlaces == ["Chisinau"])
        #expect(item.people.map(\.name) == ["Ion Rusu"])
        #expect(item.statesMentioned == ["Romania"])
    }

    /// An HTML fragment saved as `.txt`: before, refused as an unknown page kind; now read through
    /// the HTML reader, with a warning naming the file.
    @Test func anHTMLFragmentSavedAsTextIsReadAsHTML() throws {
        let fragment = """
            <div class="content-type">Press release</div>
            <h2>Youth forum opens in the capital</h2>
            <p>TIRANA, 5 May 2020 – Sixty young people from across the region opened a three-day forum on volunteering today.</p>
            <p>The forum is supported by the Presence and by Austria.</p>

            """
        let facts = try ingest(fragment, source: "saved/fragment.txt")
        #expect(facts.items.map(\.title) == ["Youth forum opens in the capital"])
        #expect(facts.items.first?.date == "2020-05-05")
        #expect(facts.items.first?.statesMentioned == ["Austria"])
        #expect(facts.warnings.map(\.description) == [
            "saved/fragment.txt: read as HTML: the file holds HTML markup (it opens with a tag and closes elements), though its name has no .html or .htm extension",
        ])
        // The same text without markup is a text capture, read with no such warning.
        let text = try PageIngester().ingest(bytes: Array("Press release\nYouth forum opens in the capital\nTIRANA, 5 May 2020 – Sixty young people from across the region opened a three-day forum on volunteering today.\n".utf8),
                                             source: "capture.txt")
        #expect(text.items.map(\.title) == ["Youth forum opens in the capital"])
        #expect(text.warnings.isEmpty)
    }
}
