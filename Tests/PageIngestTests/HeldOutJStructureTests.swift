import Testing
@testable import PageIngest

/// The structural misses of the blind set `Tests/Fixtures/heldout-j` (issue 6), each on a
/// made-up page of its own (no text of those fixtures): a Tajik field-office news item with the
/// izofa date, a question quoted without its closing mark, and a saved Drupal view of a newsroom
/// after its filter form.
@Suite struct HeldOutJStructureTests {
    /// Tajik dates join the month to the year with the izofa `-и` and `соли` ("of the year"):
    /// `15 майи соли 2023`. Before, no form parsed, so a Tajik news item had no date line and
    /// gave no item.
    @Test func tajikIzofaDates() {
        #expect(DateParser.parse("15 майи соли 2023")?.iso == "2023-05-15")
        #expect(DateParser.parse("3 январи соли 2024")?.iso == "2024-01-03")
        #expect(DateParser.parse("28 феврали 2022")?.iso == "2022-02-28")
        #expect(DateParser.parse("9 сентябри соли 2021")?.iso == "2021-09-09")
        #expect(DateParser.parse("1 декабр 2020")?.iso == "2020-12-01")
        // The izofa on no month, and `соли` with no year after it, are no date.
        #expect(DateParser.parse("15 моҳи соли 2023") == nil)
        #expect(DateParser.parse("15 майи соли") == nil)
        #expect(DateParser.parse("15 майи")?.iso == nil)
    }

    /// A Tajik subsite news item: the subsite's name (34 letters, 64 bytes), its menu, the
    /// section word `Хабарҳо`, the title (eighth line), an unlabelled izofa date line and a
    /// dateline with the same date. Before: no item (no date parsed, and the name, longer than
    /// 60 bytes, counted as a long line that hides a title past the sixth line).
    @Test func aTajikSubsiteNewsItemGivesItsItem() throws {
        let facts = try PageIngester().ingest(text: """
            Дафтари барномавии САҲА дар Хуҷанд
            Асосӣ
            Дар бораи мо
            Лоиҳаҳо
            Хабарҳо
            Тамос
            Хабарҳо
            Дар Хуҷанд курси омӯзишӣ барои муаллимони мактабҳои деҳот баргузор шуд
            3 октябри соли 2022
            ХУҶАНД, 3 октябри соли 2022 – Бисту панҷ муаллим аз ноҳияҳои вилояти Суғд курси дуҳафтаинаро дар бораи усулҳои нави таълим хатм карданд.
            Курс бо дастгирии Швейтсария ташкил карда шуд ва соли оянда дар ноҳияҳои дигар идома меёбад.

            """, source: "tg.txt")
        #expect(facts.items.map(\.title) == ["Дар Хуҷанд курси омӯзишӣ барои муаллимони мактабҳои деҳот баргузор шуд"])
        let item = try #require(facts.items.first)
        #expect(item.date == "2022-10-03")
        #expect(item.datelineDate == "2022-10-03")
        #expect(item.paragraphs.count == 2)
        #expect(item.paragraphs.first?.hasPrefix("ХУҶАНД, 3 октябри соли 2022 – Бисту панҷ муаллим") == true)
    }

    /// A question quoted without its closing mark ran to the paragraph's end, swallowing its
    /// attribution (`“Who pays …? asked X, …`): it ends at the `?` (or `!`) before a lower-case
    /// attribution, like the comma case, and is warned about; a capital after the `?` goes on
    /// with the passage.
    @Test func anUnclosedQuestionEndsAtItsMark() throws {
        let facts = try PageIngester().ingest(text: """
            Press release
            Mayors of Danube towns meet in Vidin on flood defence
            VIDIN, 12 April 2022 – Mayors of twelve towns on the Danube met today in Vidin to plan a common flood defence, with support from the OSCE.
            “Who pays when the river rises? asked Mayor Ilinka Vasileva of Lom, who chaired the first session. She called for a joint fund.
            “No more studies! she told the mayors.
            “Why wait? The river will not wait for us, said Vasileva.
            The meeting ends tomorrow.

            """, source: "vidin.txt")
        let item = try #require(facts.items.first)
        #expect(item.quotes.map(\.text) == ["Who pays when the river rises?", "No more studies!", "Why wait? The river will not wait for us"])
        #expect(item.quotes.map(\.speaker) == ["Ilinka Vasileva", "Ilinka Vasileva", "Ilinka Vasileva"])
        #expect(facts.warnings.filter { $0.kind == .unclosedQuotation }.map(\.description) == [
            "vidin.txt:4:1: unclosed quotation mark at \"“Who pays when the river rises? asked …\": the passage is read up to the question mark before its attribution",
            "vidin.txt:5:1: unclosed quotation mark at \"“No more studies! she told the mayors.\": the passage is read up to the exclamation mark before its attribution",
            "vidin.txt:6:1: unclosed quotation mark at \"“Why wait? The river will not wait for…\": the passage is read up to the comma before its attribution",
        ])
    }

    /// A saved Drupal view of a newsroom: a filter form whose labels and options name places and
    /// States, then `views-row` teasers (title in `h2.node__title > a > span`, inline fields with
    /// `<time>`, `Read more`), one without `Content type`, and a pager. Before: the form's first
    /// label was the title of one wrong release, and no teaser was an item.
    @Test func aSavedDrupalViewIsAListingOfItsRows() throws {
        func row(_ title: String, _ iso: String, _ shown: String, type: String?, topic: String, _ teaser: String) -> String {
            let typeField = type.map {
                "<div class=\"field field--name-field-type field--label-inline\"><div class=\"field__label\">Content type</div><div class=\"field__item\">\($0)</div></div>"
            } ?? ""
            return """
                <div class="views-row"><article class="node node--view-mode-teaser">
                <h2 class="node__title"><a href="/n"><span>\(title)</span></a></h2>
                <div class="node__meta"><div class="field field--name-field-date field--label-inline"><div class="field__label">Publishing date</div>
                <div class="field__item"><time datetime="\(iso)T12:00:00Z">\(shown)</time></div></div>\(typeField)
                <div class="field field--name-field-topic field--label-inline"><div class="field__label">What we do</div>
                <div class="field__items"><div class="field__item"><a href="/t">\(topic)</a></div></div></div></div>
                <div class="field field--name-body"><p>\(teaser)</p></div>
                <a href="/n" class="read-more">Read more</a></article></div>
                """
        }
        let facts = try PageIngester().ingest(bytes: Array("""
            <!DOCTYPE html><html lang="en"><head><title>Newsroom | Example</title></head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">Newsroom</a></li></ul></nav></header>
            <main><h1>Newsroom</h1>
            <div class="views-exposed-form"><form action="/news" method="get">
            <div class="form-item"><label for="w">Where we are</label><select id="w"><option>- Any -</option><option>Mission to Moldova</option></select></div>
            <div class="form-item"><label for="c">Country</label><select id="c"><option>- Any -</option><option>Albania</option><option>Andorra</option></select></div>
            <input type="submit" value="Apply"></form></div>
            <div class="view"><div class="view-content">
            \(row("Water engineers from two countries share flood maps", "2022-04-02", "2 April 2022", type: "Press release", topic: "Environmental activities",
                  "CHISINAU, 2 April 2022 – Water engineers from Moldova and Romania agreed today to share flood maps of the Prut river."))
            \(row("Young journalists learn to check facts", "2022-03-28", "28 March 2022", type: nil, topic: "Media freedom",
                  "Twenty young journalists from Serbia completed a course on checking facts in Novi Sad."))
            \(row("Border posts receive new scanners", "2022-03-21", "21 March 2022", type: "News", topic: "Border management",
                  "The Mission handed over six scanners to border posts on the border with Ukraine..."))
            </div>
            <nav class="pager"><ul><li><a href="?page=1">Next ›</a></li></ul></nav></div></main>
            <footer><p>© Example Organization, Vienna, Austria</p></footer></body></html>
            """.utf8), source: "newsroom.html")
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == [
            "Water engineers from two countries share flood maps", "Young journalists learn to check facts", "Border posts receive new scanners",
        ])
        #expect(facts.items.map(\.date) == ["2022-04-02", "2022-03-28", "2022-03-21"])
        #expect(facts.items.map(\.contentType) == ["Press release", nil, "News"])
        #expect(facts.items.map(\.fieldsOfWork) == [["Environmental activities"], ["Media freedom"], ["Border management"]])
        #expect(facts.items.map(\.statesMentioned) == [["Moldova", "Romania"], ["Serbia"], ["Ukraine"]])
        #expect(facts.items.map(\.paragraphs.count) == [1, 1, 1])
    }
}
