import Testing
@testable import PageIngest

/// Page structures the blind set `Tests/Fixtures/heldout-i` showed unread (i15, i16) and a new
/// user's unclosed quotation mark, each on a made-up page of its own (no text of those fixtures).
@Suite struct HeldOutIStructureTests {
    func ingest(_ html: String, source: String = "page.html") throws -> PageFacts {
        try PageIngester().ingest(bytes: Array(html.utf8), source: source)
    }

    /// A saved Joomla K2 item: the date with its weekday and time of day above the title, a
    /// toolbar of print and e-mail links, an image with its caption and credit, the text split
    /// over `itemIntroText` and `itemFullText`, tags, related items and a footer. Before: no
    /// item ("unknown layout").
    @Test func aJoomlaK2ItemIsOneItemWithItsDateAndWholeBody() throws {
        let facts = try ingest("""
            <!DOCTYPE html><html lang="en-gb"><head><title>Parliamentarians visit flood-hit towns in the south</title></head>
            <body><div class="header"><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></div>
            <div id="k2Container" class="itemView">
            <div class="itemHeader"><span class="itemDateCreated">Tuesday, 14 March 2017 09:05</span>
            <h2 class="itemTitle">Parliamentarians visit flood-hit towns in the south</h2></div>
            <div class="itemToolbar"><ul><li><a href="?print=1">Print</a></li><li><a href="/mailto">Email</a></li></ul></div>
            <div class="itemBody">
            <div class="itemImageBlock"><span class="itemImage"><img src="x.jpg" alt=""></span>
            <span class="itemImageCaption">Deputy Speaker Lotte Brandvold meets residents in Obrenovac, 13 March 2017</span>
            <span class="itemImageCredits">Example Assembly</span></div>
            <div class="itemIntroText"><p>BELGRADE, 14 March 2017 – A delegation of five parliamentarians ended a two-day visit to towns hit by the floods in Serbia today.</p></div>
            <div class="itemFullText"><p>“What we saw calls for help that lasts longer than one season,” said the head of the delegation, Aurelio Ferrante.</p>
            <p>The delegation will report to the Standing Committee in Vienna in April.</p></div>
            </div>
            <div class="itemLinks"><div class="itemTagsBlock"><span>Tagged under</span><ul class="itemTags"><li><a href="/tag/Croatia">Croatia</a></li></ul></div></div>
            <div class="itemRelated"><h3>Related items</h3><ul><li><a href="/a">Assembly opens its winter meeting in Vienna with a debate on Ukraine</a></li></ul></div>
            </div>
            <div class="footer"><p>Example Assembly, Harbour Street 9, Copenhagen, Denmark</p></div></body></html>
            """)
        #expect(facts.kind == .pressRelease)
        #expect(facts.items.map(\.title) == ["Parliamentarians visit flood-hit towns in the south"])
        let item = try #require(facts.items.first)
        #expect(item.date == "2017-03-14")
        #expect(item.datelinePlaces == ["Belgrade"])
        // Intro and full text are one body; the caption is a caption, not body.
        #expect(item.paragraphs == [
            "BELGRADE, 14 March 2017 – A delegation of five parliamentarians ended a two-day visit to towns hit by the floods in Serbia today.",
            "“What we saw calls for help that lasts longer than one season,” said the head of the delegation, Aurelio Ferrante.",
            "The delegation will report to the Standing Committee in Vienna in April.",
        ])
        #expect(item.captions == ["Deputy Speaker Lotte Brandvold meets residents in Obrenovac, 13 March 2017", "Example Assembly"])
        #expect(item.people.map(\.name) == ["Aurelio Ferrante"])
        #expect(item.quotes.map(\.speaker) == ["Aurelio Ferrante"])
        // The tags (Croatia), the related item (Ukraine) and the footer (Denmark) are no body text.
        #expect(item.statesMentioned == ["Serbia"])
        #expect(!facts.warnings.contains { $0.kind == .unknownLayout })
    }

    /// The same item as a browser's text copy shows it (no markup to tell the toolbar and the
    /// caption): a date line over the title and a dateline paragraph after a few short lines make
    /// the item; those lines are no body text (the long one is a caption); the tags and related
    /// items after `Tagged under` and `Related items` end the body. Before: no item.
    @Test func theTextCopyOfACMSItemIsOneItem() throws {
        let facts = try PageIngester().ingest(text: """
            Home
            News
            About
            Tuesday, 14 March 2017 09:05
            Parliamentarians visit flood-hit towns in the south
            Print
            Email
            Deputy Speaker Lotte Brandvold meets residents in Obrenovac, 13 March 2017
            Example Assembly
            BELGRADE, 14 March 2017 – A delegation of five parliamentarians ended a two-day visit to towns hit by the floods in Serbia today.
            The delegation will report to the Standing Committee in Vienna in April.
            Tagged under
            Croatia
            Related items
            Assembly opens its winter meeting in Vienna with a debate on Ukraine

            """, source: "item.txt")
        #expect(facts.items.map(\.title) == ["Parliamentarians visit flood-hit towns in the south"])
        let item = try #require(facts.items.first)
        #expect(item.date == "2017-03-14")
        #expect(item.datelinePlaces == ["Belgrade"])
        #expect(item.paragraphs.count == 2)
        #expect(item.paragraphs.first?.hasPrefix("BELGRADE, 14 March 2017 – A delegation") == true)
        #expect(item.captions == ["Deputy Speaker Lotte Brandvold meets residents in Obrenovac, 13 March 2017"])
        #expect(item.people.isEmpty)
        #expect(item.statesMentioned == ["Serbia"])
    }

    /// A CMS's category view (K2's `catItemView`): under the site menu and the category's name,
    /// each entry a date line with its weekday and time, a title, a teaser and `Read more...`.
    /// Each entry is an item. Before: one item, the other entries in its body.
    @Test func aCategoryViewUnderItsHeaderIsAListing() throws {
        let facts = try ingest("""
            <!DOCTYPE html><html lang="en-gb"><head><title>Press Releases 2016</title></head>
            <body><ul class="nav menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul>
            <div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>Press Releases 2016</h2></div>
            <div class="catItemView"><span class="catItemDateCreated">Friday, 08 July 2016 16:10</span>
            <h3 class="catItemTitle"><a href="/a">Assembly ends its session in Tbilisi with a call for dialogue</a></h3>
            <div class="catItemIntroText"><p>TBILISI, 8 July 2016 – The Assembly closed its 25th Annual Session in Tbilisi today with a declaration on dialogue in Georgia.</p></div>
            <div class="catItemReadMore"><a href="/a">Read more...</a></div></div>
            <div class="catItemView"><span class="catItemDateCreated">Tuesday, 05 July 2016 11:30</span>
            <h3 class="catItemTitle"><a href="/b">Election observers deployed to Montenegro ahead of the vote</a></h3>
            <div class="catItemIntroText"><p>COPENHAGEN, 5 July 2016 – Thirty observers from the Assembly will follow the elections in Montenegro.</p></div>
            <div class="catItemReadMore"><a href="/b">Read more...</a></div></div></div></body></html>
            """)
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == ["Assembly ends its session in Tbilisi with a call for dialogue",
                                            "Election observers deployed to Montenegro ahead of the vote"])
        #expect(facts.items.map(\.date) == ["2016-07-08", "2016-07-05"])
        #expect(facts.items.map(\.paragraphs.count) == [1, 1])
        #expect(facts.items.map(\.statesMentioned) == [["Georgia"], ["Montenegro"]])
    }

    /// A release with a date line over its title whose body holds another date line over a
    /// short heading stays one release (its body is no teaser).
    @Test func aReleaseWithDateLinesInItsBodyIsNoListing() throws {
        let facts = try PageIngester().ingest(text: """
            Home
            News
            Tuesday, 14 March 2017 09:05
            Parliamentarians visit flood-hit towns in the south
            BELGRADE, 14 March 2017 – A delegation of five parliamentarians ended a two-day visit to towns hit by the floods in Serbia today.
            They met mayors, volunteers and the families who lost their homes in the floods of last spring.
            The delegation will report to the Standing Committee in Vienna in April.
            The programme of the visit follows.
            15 March 2017
            Meeting with the Speaker of the National Assembly
            The delegation closes its visit with the Speaker.

            """, source: "release.txt")
        #expect(facts.items.map(\.title) == ["Parliamentarians visit flood-hit towns in the south"])
        #expect(facts.items.first?.date == "2017-03-14")
    }

    /// The class words of a CMS written in camelCase split where a capital follows a small letter.
    @Test func camelCaseClassWordsAreWords() throws {
        let facts = try ingest("""
            <html><body><h1>Judges meet in Tirana to compare bail rules</h1>
            <div class="postToolbar"><a href="#">Print</a> <a href="#">Share</a></div>
            <p>TIRANA, 2 June 2019 – Judges from four countries met in Tirana today to compare their rules on bail, with support from the OSCE Presence in Albania.</p>
            <figure><img src="a.jpg"><figcaption>Judge Ilir Kopani opens the meeting.</figcaption></figure>
            <p>The meeting will be repeated next year in Skopje.</p></body></html>
            """)
        let item = try #require(facts.items.first)
        #expect(item.paragraphs.first == "TIRANA, 2 June 2019 – Judges from four countries met in Tirana today to compare their rules on bail, with support from the OSCE Presence in Albania.")
        #expect(item.captions == ["Judge Ilir Kopani opens the meeting."])
        #expect(item.people.isEmpty)
    }

    /// A reader view (Firefox's `reader-title`, its estimated reading time, bare paragraphs):
    /// the reading time is furniture, not the title. Before: `4–6 minutes` was the title.
    @Test func aReadingTimeIsNoTitle() throws {
        let facts = try ingest("""
            <!DOCTYPE html><html><head><title>Mediators trained in Osh | Example</title></head><body>
            <div class="container"><div class="header reader-header"><a class="domain reader-domain" href="https://example.org/n/1">example.org</a>
            <h1 class="reader-title">Mediators trained in Osh</h1><div class="credits reader-credits"></div>
            <div class="meta-data"><div class="reader-estimated-time">4–6 minutes</div></div></div><hr>
            <div class="content"><div class="moz-reader-content"><div id="readability-page-1" class="page"><div>
            <p>OSH, 3 October 2023 – Twenty mediators from southern Kyrgyzstan completed a course on community mediation today.</p>
            <p>The course will continue in spring.</p></div></div></div></div></div></body></html>
            """)
        #expect(facts.items.map(\.title) == ["Mediators trained in Osh"])
        #expect(facts.items.first?.date == "2023-10-03")
        for line in ["4–6 minutes", "3-4 min", "5 min read", "Lesezeit: 4 Min.", "Reading time: 2 minutes", "~7 minutes", "Temps de lecture : 5 minutes"] {
            #expect(Segmenter.isReadingTime(line), "\(line)")
        }
        for line in ["5 minutes of silence were observed", "Minutes of the 14th meeting", "Twenty minutes", "Meeting at 5"] {
            #expect(!Segmenter.isReadingTime(line), "\(line)")
        }
    }

    /// A date line may hold a weekday and a time of day (`date.time-word` in the lexicon).
    @Test func aDateWithATimeOfDayIsADate() {
        #expect(DateParser.parse("Thursday, 09 July 2015 17:42")?.iso == "2015-07-09")
        #expect(DateParser.parse("11 May 2020 - 14:00 CET")?.iso == "2020-05-11")
        #expect(DateParser.parse("June 3, 2019, 5:30 pm")?.iso == "2019-06-03")
        #expect(DateParser.parse("Montag, 12. März 2018 um 17.42 Uhr")?.iso == "2018-03-12")
        #expect(DateParser.parse("12.03.2019 09:15:30")?.iso == "2019-03-12")
        #expect(DateParser.parse("June 3, 2019, 5:30pm")?.iso == "2019-06-03")
        #expect(DateParser.parse("3 May 2020 at 10.30 a.m.")?.iso == "2020-05-03")
        #expect(DateParser.parse("3 May 2020\u{A0}| 10:30")?.iso == "2020-05-03")
        #expect(DateParser.parse("11 May 2020 25:00") == nil)
        #expect(DateParser.parse("11 May 2020 17.42") == nil)   // a bare `H.MM` needs its time word
        #expect(DateParser.parse("17:42") == nil)
        #expect(Segmenter.role(of: Document.Line(text: "Wednesday, 23 September 2015 17:42 CEST", number: 1, range: .init(start: .init(line: 1, column: 1), end: .init(line: 1, column: 40))))
                == .dateLine)
    }

    /// An unclosed quotation mark: the passage ends at the comma before its attribution, the
    /// speaker is read, and a warning names the file, line and column. Before: the passage ran
    /// to the paragraph's end, swallowing `said X`, with no speaker and no warning.
    @Test func anUnclosedQuotationMarkIsBoundedAndWarned() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Border guards finish a course on document checks in Ruse
            RUSE, 4 May 2021 – Twenty border guards completed a course on document checks today, organized by the OSCE.
            “The course gave our officers skills they will use every day, said Colonel Petar Danchev, head of the regional border directorate. He thanked the trainers.
            “We will come back, Danchev added.
            The course will be repeated in autumn.

            """, source: "ruse.txt")
        let item = try #require(facts.items.first)
        #expect(item.quotes.map(\.text) == ["The course gave our officers skills they will use every day", "We will come back"])
        #expect(item.quotes.map(\.speaker) == ["Petar Danchev", "Petar Danchev"])
        let warnings = facts.warnings.filter { $0.kind == .unclosedQuotation }
        #expect(warnings.map(\.description) == [
            "ruse.txt:4:1: unclosed quotation mark at \"“The course gave our officers skills t…\": the passage is read up to the comma before its attribution",
            "ruse.txt:5:1: unclosed quotation mark at \"“We will come back, Danchev added.\": the passage is read up to the comma before its attribution",
        ])
    }

    /// `who called it “…”`: a naming verb, an object pronoun and a passage in lower case are
    /// the speaker's words (before: dropped as a quoted title); `a project called “…”` and a
    /// capitalised name after `called it` stay titles.
    @Test func calledItWithALowerCasePassageIsSpeech() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Rapporteur presents the report on water rights
            VIENNA, 5 July 2016 – The report on water rights was presented by the Rapporteur, Helga Brunnsteiner (MP, Austria), who called it “a map of what we still owe our rivers” in the debate.
            The Assembly also launched a project called “Clean Banks” and a campaign the press called it “Operation Riverside” before it began.

            """, source: "water.txt")
        let item = try #require(facts.items.first)
        #expect(item.quotes.map(\.text) == ["a map of what we still owe our rivers"])
        #expect(item.quotes.map(\.speaker) == ["Helga Brunnsteiner"])
    }

    /// With no attribution inside, an unclosed passage runs to its paragraph's end and is
    /// warned about; a passage over two paragraphs (the next opens with a quotation mark) and a
    /// passage cut by a truncated capture are written so on purpose: no warning.
    @Test func anUnclosedPassageWithoutAttributionStopsAtItsParagraph() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Youth forum opens in Durrës
            DURRËS, 8 June 2022 – The OSCE Presence in Albania opened a youth forum today.
            “Young people know what their towns need. We should listen to them more often.
            The forum closes on Friday, the Head of Presence, Ambassador Mira Kestler, said.
            “Our doors are open to every idea.
            “We will read every proposal,” said Kestler.

            """, source: "durres.txt")
        let item = try #require(facts.items.first)
        #expect(item.quotes.first?.text == "Young people know what their towns need. We should listen to them more often.")
        #expect(facts.warnings.filter { $0.kind == .unclosedQuotation }.map(\.description) == [
            "durres.txt:4:1: unclosed quotation mark at \"“Young people know what their towns ne…\": the passage is read up to the end of its paragraph",
        ])
        // A pager's `« first` (one or two words) swallows nothing: no warning.
        #expect(ReleaseAnalyzer.unclosedQuotations([TextUnit("« first")], truncated: false).isEmpty)
        #expect(ReleaseAnalyzer.unclosedQuotations([TextUnit("“We will act on this now")], truncated: false).map(\.excerpt) == ["“We will act on this now"])
        #expect(Tokenizer.tokenize("“It was cut").quotes.map(\.unclosed) == [true])
        #expect(Tokenizer.tokenize("“We act,” she said.").quotes.map(\.unclosed) == [false])
    }
}
