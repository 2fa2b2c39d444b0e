import Foundation
import Testing
@testable import PageIngest

/// Page structure the layout reads as furniture or splits into items (issue 6, heldout-k's
/// structural misses by kind and a new user's pages). Every page here is made up.
@Suite struct PageFurnitureTests {
    let ingester = PageIngester()

    func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// A `lynx -dump` of a subsite's news list: lynx's `#[1]alternate` line, the subsite's name
    /// (four words) over its bulleted menu, `News`, then entries of a linked title (one wrapped
    /// short of the column, its rest in lower case), a date line, a teaser and `[N]Read more`,
    /// a pager and the references. Before, it was one item holding every teaser (its States
    /// too): now one item per entry, each with its date and its own States, the pager in none.
    @Test func aLynxSubsiteNewsListIsOneItemPerEntry() throws {
        let page = text([
            "   #[1]alternate [2]alternate",
            "",
            "   [3]Skip to main content",
            "   [4]OSCE Presence in Ruritania",
            "",
            "     * [5]Home",
            "     * [6]About the Presence",
            "     * [7]News",
            "",
            "News",
            "",
            "   [8]Border guards from Ruritania and Moldova complete a joint course on",
            "   document checks",
            "",
            "   3 May 2022",
            "",
            "   STARTOWN, 3 May 2022 - Twelve border guards from Ruritania and Moldova",
            "   completed a joint course on document checks today.",
            "",
            "   [9]Read more",
            "",
            "   [10]Youth councils meet in Startown",
            "",
            "   28 April 2022",
            "",
            "   STARTOWN, 28 April 2022 - Youth councils from six towns met today with",
            "   guests from Croatia and Slovenia.",
            "",
            "   [11]Read more",
            "",
            "   [12]Local radio editors discuss",
            "   licensing rules",
            "",
            "   20 April 2022",
            "",
            "   NORTHTOWN, 20 April 2022 - Editors of local radio stations met to",
            "   discuss the new licensing rules with guests from Austria.",
            "",
            "   [13]Read more",
            "",
            "     * [14]1",
            "     * [15]2",
            "     * [16]next >",
            "",
            "References",
            "",
            "   1. https://www.osce.org/rss",
            "   2. https://www.osce.org/rss.xml",
            "   3. https://www.osce.org/presence#main-content",
        ])
        let facts = try ingester.ingest(text: page, source: "lynx-news.txt")
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == [
            "Border guards from Ruritania and Moldova complete a joint course on document checks",
            "Youth councils meet in Startown",
            "Local radio editors discuss licensing rules",
        ])
        #expect(facts.items.map(\.date) == ["2022-05-03", "2022-04-28", "2022-04-20"])
        #expect(facts.items.map(\.statesMentioned) == [["Moldova"], ["Croatia", "Slovenia"], ["Austria"]])
        #expect(facts.items.last?.paragraphs == ["NORTHTOWN, 20 April 2022 - Editors of local radio stations met to discuss the new licensing rules with guests from Austria."])
    }

    /// The rest of a lynx link wrapped short of the column (`[12]Local radio editors discuss` over
    /// `licensing rules`) joins its line; a line that opens in capitals after one does not.
    @Test func aLowerCaseLineContinuesTheLynxLineAbove() {
        let document = DocumentReader.read(text([
            "   [1]Skip to main content",
            "   [2]Local radio editors discuss",
            "   licensing rules",
            "   [3]Home",
            "   Contacts",
            "",
            "   STARTOWN, 3 May 2022 - Twelve border guards from Ruritania and Moldova met",
            "",
            "References",
            "",
            "   1. https://www.osce.org/",
        ]))
        let texts = document.lines.map(\.text).filter { !$0.isEmpty }
        #expect(texts == ["Skip to main content", "Local radio editors discuss licensing rules", "Home", "Contacts",
                          "STARTOWN, 3 May 2022 - Twelve border guards from Ruritania and Moldova met"])
    }

    /// A French page's `Contenus associés` block after the text: the related item's title (naming
    /// two States) is no text of the release. The related-items headings of the OSCE's six
    /// languages are layout-lexicon data (`end-of-body`).
    @Test func relatedContentHeadersEndTheBodyInEveryOSCELanguage() throws {
        let page = text([
            "Salle de presse",
            "Communiqués de presse",
            "Le Représentant spécial termine une visite en Ruritanie",
            "Date de publication : 4 mars 2022",
            "Type de contenu : Communiqué de presse",
            "STARTVILLE, 4 mars 2022 – Le Représentant spécial de l’OSCE a terminé aujourd’hui une visite de trois jours en Ruritanie, où il a rencontré des représentants de la société civile.",
            "Il a salué les progrès accomplis depuis sa dernière visite.",
            "Partager",
            "Contenus associés",
            "Le Représentant spécial se rend en Ukraine et en Moldavie",
            "Communiqué de presse",
        ])
        let facts = try ingester.ingest(text: page, source: "fr.txt")
        let item = try #require(facts.items.first)
        #expect(facts.items.count == 1)
        #expect(item.statesMentioned == [])
        #expect(item.paragraphs.count == 2)
        let rows = LayoutLexicon.shared.phrases(role: "end-of-body")
        for heading in ["related content", "contenus associés", "ähnliche inhalte", "связанные материалы", "contenido relacionado", "contenuti correlati"] {
            #expect(rows.contains(heading), "\(heading)")
        }
    }

    /// A saved page's menu whose last entry (`- Resources`) stands right above the `Content type:`
    /// label over the headline: that entry is no title of a second release (before, the page gave
    /// two items, the first titled `- Resources`).
    @Test func aMenuEntryOverTheContentTypeLabelIsNoTitle() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ruritania opens a cyber crime unit | OSCE</title></head><body>
            <a href="#main" class="skip-link">Skip to main content</a>
            <nav><h2>Main navigation</h2><ul class="menu"><li><a href="/who">Who we are</a><li><a href="/news">Newsroom</a><li><a href="/resources">Resources</a></ul></nav>
            <main><article>
            <div class="field field--label-inline"><div class="field__label">Content type</div><div class="field__item">News</div></div>
            <h1>Ruritania opens a cyber crime unit with OSCE support</h1>
            <div class="field field--label-inline"><div class="field__label">Publishing date</div><div class="field__item">9 May 2023</div></div>
            <p>STARTOWN, 9 May 2023 – The police of Ruritania opened a unit for cyber crime today with the support of the OSCE Presence in Ruritania.</p>
            <p>The unit will employ twelve investigators.</p>
            </article></main></body></html>
            """
        let facts = try ingester.ingest(html: Array(html.utf8), source: "menu.html")
        #expect(facts.items.map(\.title) == ["Ruritania opens a cyber crime unit with OSCE support"])
        #expect(facts.items.first?.date == "2023-05-09")
        #expect(facts.items.first?.contentType == "News")
    }

    /// A 2003 page writes its quotation marks and apostrophes as Windows-1252 references
    /// (`&#147;…&#148;`, `&#146;`): they are the marks browsers show, so the passages are found.
    @Test func windows1252ReferencesInHTMLAreQuotationMarks() throws {
        let html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>OSCE</title></head><body>
            <table><tr><td><font size="2"><b>Judges in Ruritania trained on fair trial standards</b><br><br>
            STARTOWN, 12 March 2003 &#150; Thirty judges from Ruritania completed a course on fair trial standards today.<br><br>
            &#147;A fair trial is the citizen&#146;s best protection,&#148; said Anna Lindqvist-Berg, the OSCE Presence&#146;s legal adviser.<br><br>
            The course will be repeated in autumn.</font></td></tr></table></body></html>
            """
        let facts = try ingester.ingest(html: Array(html.utf8), source: "old.html")
        let item = try #require(facts.items.first)
        #expect(item.title == "Judges in Ruritania trained on fair trial standards")
        #expect(item.quotes.map(\.text) == ["A fair trial is the citizen’s best protection,"])
        #expect(item.quotes.first?.speaker == "Anna Lindqvist-Berg")
    }

    /// A new user's page: a `blockquote.pull-quote` that sets again a passage of the paragraph
    /// above became a third quotation. A pull quote repeating a passage is no new quote; one
    /// whose words stand nowhere else on the page is kept.
    @Test func aPullQuoteRepeatingAPassageIsNoNewQuote() throws {
        func page(_ pull: String) -> String {
            """
            <html lang="en"><body><main><article>
            <h1>Ruritania adopts a new law on local elections</h1>
            <p>STARTOWN, 6 June 2023 – The parliament of Ruritania adopted a new law on local elections today, following recommendations of the OSCE Office for Democratic Institutions and Human Rights.</p>
            <p>“The law closes most of the gaps our observers pointed out,” said Marta Kowalczyk-Reed, Head of the OSCE Presence in Ruritania. “What matters now is how it is applied.”</p>
            <blockquote class="pull-quote"><p>\(pull)</p></blockquote>
            <p>The law enters into force in January.</p>
            </article></main></body></html>
            """
        }
        let repeated = try ingester.ingest(html: Array(page("“The law closes most of the gaps our observers pointed out.”").utf8), source: "pull.html")
        let item = try #require(repeated.items.first)
        #expect(item.quotes.map(\.text) == ["The law closes most of the gaps our observers pointed out,", "What matters now is how it is applied."])
        #expect(item.paragraphs.count == 3)
        let own = try ingester.ingest(html: Array(page("“Every vote has to count, in every village and town.”").utf8), source: "own.html")
        #expect(own.items.first?.paragraphs.count == 4)
    }

    /// A new user's page held a title and nothing under it: the release was made without a word.
    /// It still is (the title is a fact), with a `no-body` warning naming the file and the line.
    @Test func aTitleOnlyReleaseIsWarnedAbout() throws {
        let facts = try ingester.ingest(text: text([
            "Press release",
            "Ruritania hosts a regional conference on water security",
            "- Date:",
            "- 11 May 2020",
        ]), source: "title-only.txt")
        #expect(facts.items.map(\.title) == ["Ruritania hosts a regional conference on water security"])
        let warning = try #require(facts.warnings.first { $0.kind == .noBody })
        #expect(warning.description == "title-only.txt:2:1: release with a title and no body: \"Ruritania hosts a regional conference on water security\" has no paragraph under it (read as an item with no text)")
        // A release with a body has none.
        let full = try ingester.ingest(text: text([
            "Press release",
            "Ruritania hosts a regional conference on water security",
            "STARTOWN, 11 May 2020 – Experts from twelve States met in Startown today.",
        ]), source: "full.txt")
        #expect(!full.warnings.contains { $0.kind == .noBody })
    }

    /// New user (session 22): a `Date` label holding no calendar date (`31 February 2021`) left the
    /// release undated without a word; now a warning names the value's line. A real date gives none.
    @Test func aDateLabelHoldingNoCalendarDateIsWarnedAbout() throws {
        let facts = try ingester.ingest(text: text([
            "Press release",
            "Guide on water security published in Startown",
            "- Date:",
            "- 31 February 2021",
            "STARTOWN – Experts from twelve States presented a guide today.",
        ]), source: "bad-date.txt")
        #expect(facts.items.map(\.date) == [nil])
        #expect(facts.warnings.filter { $0.kind == .unreadDate }.map(\.description) == [
            "bad-date.txt:4:1: date label holds no calendar date: \"31 February 2021\" (the release is kept undated)",
        ])
        let good = try ingester.ingest(text: text([
            "Press release",
            "Guide on water security published in Startown",
            "- Date:",
            "- 28 February 2021",
            "STARTOWN – Experts from twelve States presented a guide today.",
        ]), source: "good-date.txt")
        #expect(good.items.map(\.date) == ["2021-02-28"])
        #expect(!good.warnings.contains { $0.kind == .unreadDate })
    }
}
