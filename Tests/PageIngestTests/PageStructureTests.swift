import Testing
@testable import PageIngest

/// Page structures of issue 6 that the blind set `Tests/Fixtures/heldout-g` (and `heldout-f`)
/// showed unread, each on a made-up page of its own (no text of those fixtures): a CMS page whose
/// markup names its headline, a subsite news list of title, date line and teaser, a release's
/// last paragraph over a trailing label group, a passage signed by the line after it, and a
/// committee page that is no news item.
@Suite struct PageStructureTests {
    func html(_ body: String, head: String = "") throws -> PageFacts {
        try PageIngester().ingest(bytes: Array("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8),
                                  source: "page.html")
    }

    // MARK: Headlines the markup names

    /// A Joomla-style article: the headline in `<h2 itemprop="headline">`, the date in a `<dd>`
    /// (rendered `- 3 April 2019`), the dateline in `<strong>`. Before, no item was read.
    @Test func microdataHeadlineAndABulletedDateLineGiveTheItem() throws {
        let facts = try html("""
            <ul class="menu"><li><a href="/a">About us</a></li><li><a href="/n">News</a></li></ul>
            <div class="item-page" itemscope itemtype="https://schema.org/Article">
            <div class="page-header"><h2 itemprop="headline">Assembly observers meet voters in rural districts</h2></div>
            <dl class="article-info"><dd class="published"><time datetime="2019-04-03T10:00:00+00:00" itemprop="datePublished">3 April 2019</time></dd></dl>
            <div itemprop="articleBody">
            <p><strong>KOTOR, 3 April 2019</strong> – Observers of the Assembly met voters and local officials in four rural districts today.</p>
            <p>The observers, led by Vice-President Greta Lindqvist-Oja, will present their findings in Vienna next week after a full debriefing.</p>
            </div></div>
            """)
        #expect(facts.items.map(\.title) == ["Assembly observers meet voters in rural districts"])
        #expect(facts.items.first?.date == "2019-04-03")
        #expect(facts.items.first?.datelinePlaces == ["Kotor"])
        #expect(!facts.warnings.contains { $0.kind == .unknownLayout })
    }

    /// The headline named by the markup alone (no date line, dateline, type line or labels):
    /// schema.org markup, or a title on a page the markup dates, makes the title without the
    /// unknown-layout warning; the title of an undated page (a topic page has one too) is read
    /// as an unknown layout's headline; with no markup, the line is too weak to be a title.
    @Test func theMarkupsHeadlineIsStructuralEvidence() throws {
        let body = """
            <p>Short site line</p>
            <h1>Ombudspersons share lessons on prison monitoring</h1>
            <p>Ombudspersons from nine countries shared their experience of unannounced visits to places of detention during a two-day meeting.</p>
            <p>The participants agreed to publish a joint handbook for new monitoring teams by the end of the year.</p>
            """
        let title = "Ombudspersons share lessons on prison monitoring"
        let microdata = try html(body.replacingOccurrences(of: "<h1>", with: "<h1 itemprop=\"headline\">"))
        #expect(microdata.items.map(\.title) == [title])
        #expect(!microdata.warnings.contains { $0.kind == .unknownLayout })
        let dated = try html(body, head: "<title>\(title) | Example Office</title><meta property=\"article:published_time\" content=\"2019-05-02\">")
        #expect(dated.items.map(\.title) == [title])
        #expect(dated.items.first?.date == "2019-05-02")
        #expect(!dated.warnings.contains { $0.kind == .unknownLayout })
        let undated = try html(body, head: "<meta property=\"og:title\" content=\"\(title)\">")
        #expect(undated.items.map(\.title) == [title])
        #expect(undated.warnings.contains { $0.kind == .unknownLayout })
        let unnamed = try html(body)
        #expect(unnamed.items.isEmpty)
        #expect(unnamed.warnings.contains { $0.kind == .unknownLayout })
    }

    /// An undated topic page whose sharing title names its heading gives no release when its
    /// body is divided into sections.
    @Test func anUndatedTopicPageWithATitleGivesNoRelease() throws {
        let facts = try html("""
            <h1>Media freedom and safety of journalists</h1>
            <p>The Office works with governments, parliaments and journalists on laws that protect the freedom of the media and the safety of those who report.</p>
            <h2>Our work</h2><p>We review draft laws, train judges and support self-regulation bodies of the press in the region.</p>
            <h2>Publications</h2><p>Guides and reports on media law are published in several languages every year.</p>
            """, head: "<meta property=\"og:title\" content=\"Media freedom and safety of journalists\">")
        #expect(facts.items.isEmpty)
    }

    @Test func documentTitlesNameAHeadlineBesideTheSiteName() {
        let hints = PageHints(titles: ["Rivers rise in the north – Example Mission"])
        #expect(hints.naming("Rivers rise in the north") == .page)
        #expect(hints.naming("Rivers rise") == nil)
        #expect(hints.naming("") == nil)
        #expect(PageHints(titles: ["Example Mission :: Rivers rise in the north"], dated: true).naming("rivers rise in the north") == .article)
        #expect(PageHints(headline: "Bridges reopen").naming("Bridges reopen") == .article)
        #expect(PageHints().naming("Bridges reopen") == nil)
    }

    // MARK: A news list of title, date line and teaser

    @Test func repeatedTitleDateTeaserEntriesAreAListing() throws {
        let facts = try PageIngester().ingest(text: """
            OSCE Presence in Example Town
            News
            Youth councils elect their first members in three municipalities
            12 May 2021
            Young people in three municipalities elected the first members of their local youth councils, supported by the Presence.
            Read more
            Police and community leaders discuss road safety near schools
            4 May 2021
            Police officers and parents met in Lezha to plan safer routes to schools in Albania and to share experience from Montenegro.
            Read more
            Archivists learn to digitise court records
            27 April 2021
            Twelve archivists completed a course on digitising court records and keeping them safe.
            Read more

            """, source: "news.txt")
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == ["Youth councils elect their first members in three municipalities",
                                             "Police and community leaders discuss road safety near schools",
                                             "Archivists learn to digitise court records"])
        #expect(facts.items.map(\.date) == ["2021-05-12", "2021-05-04", "2021-04-27"])
        // Each teaser's States stay with its own item.
        #expect(facts.items.map(\.statesMentioned) == [[], ["Albania", "Montenegro"], []])
    }

    /// The link word under each teaser is chrome in the page's language too (`Czytaj więcej`,
    /// layout lexicon), so it is no body text of the entry.
    @Test func aNewsListInPolishWithItsLinkWord() throws {
        let facts = try PageIngester().ingest(text: """
            Aktualności
            Sędziowie z trzech regionów szkolą się w Warszawie
            12 maja 2021
            Dwudziestu sędziów ukończyło szkolenie z prawa wyborczego zorganizowane przez Biuro.
            Czytaj więcej
            Dziennikarze rozmawiają o bezpieczeństwie w sieci
            4 maja 2021
            Trzydziestu dziennikarzy wzięło udział w warsztatach o bezpieczeństwie w internecie.
            Czytaj więcej

            """, source: "news.txt")
        #expect(facts.items.map(\.date) == ["2021-05-12", "2021-05-04"])
        #expect(facts.items.map(\.paragraphs.count) == [1, 1])
    }

    /// A release (title, date line, a body of several paragraphs) followed by related entries of
    /// the same shape is one release, not a listing.
    @Test func aReleaseBeforeRelatedEntriesIsNoListing() throws {
        let facts = try PageIngester().ingest(text: """
            Mediators trained in the south
            9 June 2022
            Twenty mediators completed a training course organized by the Mission in the south of the country this week.
            The course covered land disputes, family conflicts and the rules of confidentiality.
            The mediators will start working in their communities in September.
            A second course is planned for the autumn in the north of the country.
            Teachers meet in the capital
            2 June 2022
            Other news
            Judges discuss sentencing
            1 June 2022

            """, source: "news.txt")
        #expect(facts.items.map(\.title) == ["Mediators trained in the south"])
        #expect(facts.items.first?.date == "2022-06-09")
    }

    // MARK: A paragraph of the body is no title

    /// A closing paragraph of the body over a trailing label group (`Fields of work:` after the
    /// text, as some CMSs place it) is no second release.
    @Test func aLastParagraphOverATrailingLabelIsNoRelease() throws {
        let facts = try html("""
            <div class="content-type">Press release</div>
            <h1>Women officers complete leadership course</h1>
            <div class="field"><div class="field-label">Date:&nbsp;</div><div class="field-items">14 November 2018</div></div>
            <div class="field"><div class="field-label">Place:&nbsp;</div><div class="field-items">Skopje</div></div>
            <div class="body">
            <p>SKOPJE, 14 November 2018 – Twenty women police officers completed a leadership course organized by the Mission today.</p>
            <p>“We need more women in command,” said the Head of the Mission, Ambassador Lorenz Abernathy-Kovač, at the closing ceremony.</p>
            <p>„We want the next course to be twice as large, with officers from every region of the country“, he added at the end.</p>
            </div>
            <div class="field"><div class="field-label">Fields of work:&nbsp;</div><div class="field-items">Gender equality, Policing</div></div>
            """)
        #expect(facts.items.map(\.title) == ["Women officers complete leadership course"])
        #expect(facts.items.first?.quotes.map(\.speaker) == ["Lorenz Abernathy-Kovač", "Lorenz Abernathy-Kovač"])
        // The label group under the text is the item's, not body text.
        #expect(facts.items.first?.fieldsOfWork == ["Gender equality", "Policing"])
        #expect(facts.items.first?.paragraphs.last?.hasSuffix("he added at the end.") == true)
    }

    @Test func bodyParagraphsAreToldFromHeadlines() {
        #expect(Segmenter.isBodyParagraph("„We want the next course to be twice as large, with officers from every region“, he added."))
        #expect(Segmenter.isBodyParagraph("The Mission trained twenty police officers from five regions of the country on the new law (2018)."))
        #expect(!Segmenter.isBodyParagraph("Police officers from five regions of the country trained on the new law on public order"))
        #expect(!Segmenter.isBodyParagraph("“Every region must be heard,” says the Chairperson-in-Office at the opening of the conference"))
        #expect(!Segmenter.isBodyParagraph("Short line."))
    }

    // MARK: A passage signed by the next line

    /// A `<blockquote>` passage with no speech verb, signed by a following `— Name, post` line.
    @Test func aBlockquoteSignedByTheNextLineGetsThatSpeaker() throws {
        let facts = try html("""
            <div>Press release</div>
            <h1>Water council opens in border villages</h1>
            <div>Date: 2 March 2023</div>
            <p>ORHEI, 2 March 2023 – A water council for six villages opened today with the support of the OSCE Mission to Moldova.</p>
            <blockquote><p>“Water has no borders, and neither should the people who share it. This council gives them one table.”</p>
            <p class="attribution">— Ambassador Ingrid Fahlström-Oyelaran, Head of the OSCE Mission to Moldova</p></blockquote>
            <p>The council will meet every month.</p>
            """)
        let item = try #require(facts.items.first)
        #expect(item.quotes.map(\.speaker) == ["Ingrid Fahlström-Oyelaran"])
        #expect(item.people.first { $0.name == "Ingrid Fahlström-Oyelaran" }?.roles == ["Head of the OSCE Mission to Moldova"])
    }

    /// The attribution in the `figcaption` of the quotation's `figure`, with no dash of its own.
    @Test func aFigureCaptionSignsItsQuotation() throws {
        let facts = try html("""
            <div>Press release</div>
            <h1>Ferry link reopens between two river towns</h1>
            <div>Date: 8 May 2023</div>
            <p>RIBNIȚA, 8 May 2023 – The ferry between two towns on the river reopened today after repairs supported by the Mission.</p>
            <figure class="quote"><blockquote><p>“A ferry is a small thing until it stops. Today a hundred families can visit each other again.”</p></blockquote>
            <figcaption>Deputy Head of Mission Tobias Ringström-Vale</figcaption></figure>
            <p>The repairs took four months.</p>
            """)
        #expect(facts.items.first?.quotes.map(\.speaker) == ["Tobias Ringström-Vale"])
    }

    @Test func signatureLines() {
        #expect(ReleaseAnalyzer.isByline("— Ambassador Ingrid Fahlström-Oyelaran, Head of the OSCE Mission to Moldova"))
        #expect(ReleaseAnalyzer.isByline("– Dr. Jonas Weber"))
        #expect(!ReleaseAnalyzer.isByline("— and so the villages waited for the council to meet"))
        #expect(!ReleaseAnalyzer.isByline("Ambassador Ingrid Fahlström-Oyelaran"))
        #expect(ReleaseAnalyzer.endsWithQuotation("“Water has no borders.”"))
        #expect(ReleaseAnalyzer.endsWithQuotation("„Wasser kennt keine Grenzen“."))
        #expect(!ReleaseAnalyzer.endsWithQuotation("The council will meet every month."))
    }

    // MARK: A committee page is no news item

    @Test func aCommitteePageWithSectionsGivesNoRelease() throws {
        let facts = try PageIngester().ingest(text: """
            Committee on Democracy and Human Rights

            The Committee on Democracy and Human Rights deals with the human dimension of security: elections, media freedom, minorities and the rule of law.

            Officers

            Chair: Aurelia Bianchi-Lund (Sweden)

            Vice-Chair: Tomasz Wierzbicki (Poland)

            Meetings

            The Committee meets at every Annual Session and at the Winter Meeting; its Rapporteur drafts a report and a resolution for each Annual Session.

            """, source: "committee.txt")
        #expect(facts.items.isEmpty)
        #expect(facts.kind == .other)
        #expect(facts.warnings.contains { $0.kind == .unknownLayout })
    }

    /// One heading, but a roster of officers under it: a structure page too.
    @Test func aPageWithARosterOfOfficersGivesNoRelease() throws {
        let head = """
            Ad Hoc Committee on Migration and Refugees of the Assembly
            The Committee follows the situation of migrants and refugees in the region and reports to the Bureau of the Assembly every year.
            Members

            """
        let facts = try PageIngester().ingest(text: head + """
            Chair: Aurelia Bianchi-Lund (Sweden)
            Vice-Chair: Tomasz Wierzbicki (Poland)
            Rapporteur: Mehmet Kaya (Türkiye)

            """, source: "committee.txt")
        #expect(facts.items.isEmpty)
        // The same page with a paragraph where the roster stands reads as an unknown layout's item.
        let prose = try PageIngester().ingest(text: head + """
            Its members visited reception centres in three countries this year and met the authorities responsible for asylum.

            """, source: "committee.txt")
        #expect(prose.items.count == 1)
        #expect(PageLayout.isRosterLine("Vice-Chair: Tomasz Wierzbicki (Poland)"))
        #expect(!PageLayout.isRosterLine("Note: the meeting starts at nine."))
        #expect(!PageLayout.isRosterLine("Chair: Anna"))
    }

    /// A news item with no structure (a headline over prose) is still read as one item.
    @Test func anUnstructuredNewsItemIsStillAnItem() throws {
        let facts = try PageIngester().ingest(text: """
            Election observers hold their first meeting of focal points

            The Office held the first meeting of national focal points for election observation in Warsaw on 3 and 4 May 2019, on the secondment of observers.
            The focal points discussed the training of observers and their conduct during missions abroad.

            """, source: "news.txt")
        #expect(facts.items.map(\.title) == ["Election observers hold their first meeting of focal points"])
    }
}
