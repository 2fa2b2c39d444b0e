import Testing
@testable import HTMLReader

/// Forms as furniture, a CMS's fields (`HTMLClassVocabulary`) and listing rows without microdata
/// (`HTMLItemBlocks`), on made-up pages: what a saved Drupal view of a newsroom needs.
@Suite struct ListingRowTests {
    static let drupal = HTMLClassVocabulary(listingRows: ["views-row"], rowTitles: ["views-field-title"], fieldLabels: ["field__label", "field-label"],
                                            fieldItems: ["field__item", "field-item"], inlineFields: ["field--label-inline", "field-label-inline"])

    func render(_ html: String, vocabulary: HTMLClassVocabulary = drupal) throws -> RenderedHTML {
        try HTMLReader.render(bytes: Array(html.utf8), source: "view.html", vocabulary: vocabulary)
    }

    /// An exposed filter form's labels and options (place and State names) were page text, and
    /// its first label became a release's title: a form, a `search` element and `role="search"`
    /// are furniture, whatever their labels say; a form that wraps the whole page (its `h1`) is not.
    @Test func aFormAndItsControlsAreFurniture() throws {
        let page = try render("""
            <body><h1>Stories</h1>
            <form action="/stories"><label for="r">Region</label><select id="r"><option>Any</option><option>Andorra</option></select>
            <fieldset><legend>Topic</legend><label><input type="checkbox"> Water</label></fieldset><button>Apply</button></form>
            <div role="search"><label>Search the site</label><input type="text"></div>
            <search><label>Find a story</label><input type="search"></search>
            <p>Wells were dug in three villages this spring.</p></body>
            """)
        #expect(page.lines.filter { !$0.isBoilerplate }.map(\.text) == ["Stories", "Wells were dug in three villages this spring."])
        #expect(page.lines.filter(\.isBoilerplate).map(\.text) == ["Region", "Topic", "Water", "Search the site", "Find a story"])
        let wrapped = try render("<body><form id=\"page\"><h1>Wells dug</h1><p>Three villages have new wells.</p></form></body>")
        #expect(wrapped.lines.filter(\.isBoilerplate).isEmpty)
        // A page in one form with a table layout and no `h1`: its paragraphs make it content.
        let aspnet = try render("<body><form id=\"aspnetForm\"><table><tr><td><span class=\"title\">Wells dug</span><p>Three villages have new wells.</p></td></tr></table></form></body>")
        #expect(aspnet.lines.filter(\.isBoilerplate).isEmpty)
    }

    /// A field shown inline: its label and values on one line, a colon after the label and `, `
    /// between the values (`Topics: Water, Schools`); a label shown above its value gets the
    /// colon only; a label that has its colon (`Date:&nbsp;`) keeps it as it is. Without the
    /// class names the fields render as before, one block per line.
    @Test func inlineFieldsShareALine() throws {
        let html = """
            <div class="field field--label-inline"><div class="field__label">Published</div>
            <div class="field__item"><time datetime="2023-03-01">1 March 2023</time></div></div>
            <div class="field field--label-inline"><div class="field__label">Topics</div>
            <div class="field__items"><div class="field__item"><a href="/w">Water</a></div><div class="field__item"><a href="/s">Schools</a></div></div></div>
            <div class="field field--label-above"><div class="field__label">Summary</div><div class="field__item"><p>One.</p><p>Two.</p></div></div>
            <div class="field field-label-inline"><div class="field-label">Date:&nbsp;</div><div class="field-items"><div class="field-item">2 March 2023</div></div></div>
            <p>After the fields.</p>
            """
        #expect(try render(html).lines.map(\.text) == [
            "Published: 1 March 2023", "Topics: Water, Schools", "Summary:", "One.", "Two.", "Date:\u{A0} 2 March 2023", "After the fields.",
        ])
        #expect(try render(html, vocabulary: .none).lines.map(\.text) == [
            "Published", "1 March 2023", "Topics", "Water", "Schools", "Summary", "One.", "Two.", "Date:\u{A0}", "2 March 2023", "After the fields.",
        ])
    }

    /// Repeated rows of a listing with no microdata: each `views-row` (or each `article` of a
    /// list) is an item titled by its first heading and dated by its first `<time datetime>`
    /// (a row without one has no date); a row nested in a row is not one; a release's single
    /// `article` beside a list of other kinds is no listing.
    @Test func repeatedRowsAreItems() throws {
        func row(_ title: String, _ time: String?) -> String {
            """
            <div class="views-row"><article class="node"><h2 class="node__title"><a href="/x"><span>\(title)</span></a></h2>
            \(time.map { "<time datetime=\"\($0)T08:00:00Z\">shown</time>" } ?? "")<p>Teaser of \(title).</p></article></div>
            """
        }
        let page = try render("""
            <body><h1>News</h1><div class="view-content">\(row("Wells dug", "2023-03-01"))\(row("Schools rebuilt", nil))\(row("Roads opened", "2023-02-20"))</div></body>
            """)
        #expect(page.itemBlocks.map(\.title) == ["Wells dug", "Schools rebuilt", "Roads opened"])
        #expect(page.itemBlocks.map(\.date) == ["2023-03-01", nil, "2023-02-20"])
        #expect(page.itemBlocks.map { page.lines[$0.lines].map(\.text) } == [
            ["Wells dug", "shown", "Teaser of Wells dug."], ["Schools rebuilt", "Teaser of Schools rebuilt."], ["Roads opened", "shown", "Teaser of Roads opened."],
        ])
        // Plain `article` siblings are rows too (no class names needed).
        let articles = try render("<main><article><h2>A</h2><p>a.</p></article><article><h2>B</h2><p>b.</p></article></main>", vocabulary: .none)
        #expect(articles.itemBlocks.map(\.title) == ["A", "B"])
        // Drupal 7 rows of fields: no heading, the title in `views-field-title`, the date in RDFa.
        func fields(_ title: String, _ iso: String) -> String {
            """
            <div class="views-row views-row-odd"><div class="views-field views-field-created"><span property="dc:date dc:created" content="\(iso)T17:42:00+02:00">shown</span></div>
            <div class="views-field views-field-title"><span class="field-content"><a href="/x">\(title)</a></span></div><p>Teaser.</p></div>
            """
        }
        let d7 = try render("<div class=\"view-content\">\(fields("Wells dug", "2015-07-09"))\(fields("Roads opened", "2015-07-02"))</div>")
        #expect(d7.itemBlocks.map(\.title) == ["Wells dug", "Roads opened"])
        #expect(d7.itemBlocks.map(\.date) == ["2015-07-09", "2015-07-02"])
        // One article and a lone row elsewhere: no repeated rows, no items.
        let single = try render("<main><article><h1>Release</h1><p>Text.</p></article><aside><div class=\"views-row\"><h3>Other</h3></div></aside></main>")
        #expect(single.itemBlocks.isEmpty)
    }
}
