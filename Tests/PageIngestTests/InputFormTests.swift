import Foundation
import Testing
import RDF
@testable import PageIngest

/// The text forms a page comes in (capture, browser/lynx with inline labels, `URL:` header,
/// chrome above the content, a title over prose), and the inputs that are not pages at all.
@Suite struct InputFormTests {
    let ingester = PageIngester()

    private func refusal(_ text: String, _ source: String) -> IngestError? {
        do {
            _ = try ingester.ingest(text: text, source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func inlineLabelsAsABrowserRendersThem() throws {
        let facts = try ingester.ingest(text: """
            Press release
            OSCE Mission to Serbia trains judges on hate crime cases
            Date: 11 May 2020
            Place: BELGRADE
            Source: OSCE Mission to Serbia
            Fields of work: Rule of law, Tolerance and non-discrimination
            BELGRADE, 11 May 2020 – The OSCE Mission to Serbia today trained 30 judges on hate crime cases.
            The training continues next month.

            """, source: "lynx.txt")
        #expect(facts.kind == .pressRelease)
        let r = try #require(facts.items.first)
        #expect(r.title == "OSCE Mission to Serbia trains judges on hate crime cases")
        #expect(r.contentType == "Press release")
        #expect(r.date == "2020-05-11")
        #expect(r.where == ["Belgrade"])
        #expect(r.issuers == ["OSCE Mission to Serbia"])
        #expect(r.fieldsOfWork == ["Rule of law", "Tolerance and non-discrimination"])
        // The label lines do not leak into the body.
        #expect(r.paragraphs.count == 2)
        #expect(r.paragraphs.allSatisfy { !$0.hasPrefix("Date:") && !$0.hasPrefix("Source:") })
        #expect(r.datelinePlaces == ["Belgrade"])
    }

    @Test func lynxDumpWithLinkMarkersAndABulletMenu() throws {
        let facts = try ingester.ingest(text: """
               [1]Skip to main content
                 * [2]Home
                 * [3]Newsroom
                 * [4]Where we are
            Press release

            OSCE Mission to Moldova hosts a round table on [5]media literacy

               Date:
                      14 September 2021
               Source:
                      [6]OSCE Mission to Moldova

               CHISINAU, 14 September 2021 – The OSCE Mission to Moldova hosted a round table on media literacy with 40 teachers.

            References

               1. https://www.osce.org/#main-content
               2. https://www.osce.org/
            """, source: "lynx.txt")
        #expect(facts.kind == .pressRelease)
        let r = try #require(facts.items.first)
        #expect(r.title == "OSCE Mission to Moldova hosts a round table on media literacy")
        #expect(r.date == "2021-09-14")
        #expect(r.issuers == ["OSCE Mission to Moldova"])
        #expect(r.datelinePlaces == ["Chisinau"])
        #expect(r.paragraphs == ["CHISINAU, 14 September 2021 – The OSCE Mission to Moldova hosted a round table on media literacy with 40 teachers."])
    }

    @Test func unknownChromeAboveTheTitleAsABrowserCopyGivesIt() throws {
        // A page copied from a browser: language links and menu entries with no bullets, which no
        // lexicon lists, stand above the type line.
        let lines = ["OSCE", "English", "Русский", "Français", "Who we are", "What we do", "Where we are",
                     "Events", "Publications", "Newsroom", "Search", "Press release",
                     "OSCE Programme Office in Dushanbe supports glacier monitoring in the Pamirs",
                     "Date: 5 October 2021",
                     "DUSHANBE, 5 October 2021 – The OSCE Programme Office in Dushanbe handed over monitoring equipment to the Agency for Hydrometeorology."]
        let facts = try ingester.ingest(text: lines.joined(separator: "\n") + "\n", source: "copied.txt")
        #expect(facts.kind == .pressRelease)
        #expect(facts.items.map(\.title) == ["OSCE Programme Office in Dushanbe supports glacier monitoring in the Pamirs"])
        #expect(facts.items.first?.date == "2021-10-05")
        #expect(facts.items.first?.datelinePlaces == ["Dushanbe"])
    }

    @Test func aDatelineDeepInTheBodyMakesNoTitle() throws {
        let facts = try ingester.ingest(text: """
            ODIHR publishes its final report on the parliamentary elections in Moldova
            The report, published today, follows the observation of the elections by 300 observers from 40 participating States.
            It makes 25 recommendations to the authorities.
            Background of the mission
            CHISINAU, 5 May 2021 – The mission opened in March with a core team of experts.

            """, source: "deep.txt")
        #expect(facts.items.map(\.title) == ["ODIHR publishes its final report on the parliamentary elections in Moldova"])
        #expect(facts.items.first?.paragraphs.count == 4)
    }

    @Test func chromeInsideAListingIsNoTeaserText() throws {
        let facts = try ingester.ingest(text: """
            News and press releases
            OSCE Mission to Skopje trains police officers in community policing
            Publishing date: 15 June 2021
            Forty police officers completed a course on community policing in Ohrid.
            Read more
            ![](https://www.osce.org/files/images/police.jpg)
            OSCE Mission to Skopje supports a youth forum in Tetovo
            Publishing date: 10 June 2021
            Some 80 young people discussed inter-ethnic relations at a forum in Tetovo.
            Read more

            """, source: "listing.txt")
        #expect(facts.kind == .listing)
        #expect(facts.items.map(\.title) == ["OSCE Mission to Skopje trains police officers in community policing",
                                             "OSCE Mission to Skopje supports a youth forum in Tetovo"])
        #expect(facts.items.map(\.paragraphs) == [["Forty police officers completed a course on community policing in Ohrid."],
                                                  ["Some 80 young people discussed inter-ethnic relations at a forum in Tetovo."]])
        #expect(facts.items.map(\.date) == ["2021-06-15", "2021-06-10"])
    }

    @Test func inlineLabelWithItsValueOnTheNextLine() throws {
        let r = try #require(try ingester.ingest(text: """
            News item
            OSCE supports women mediators in Central Asia
            Date:
            3 March 2021
            Source: OSCE Secretariat
            The OSCE Secretariat today opened a network of women mediators from five Central Asian countries in Almaty.

            """, source: "lynx2.txt").items.first)
        #expect(r.date == "2021-03-03")
        #expect(r.issuers == ["OSCE Secretariat"])
        #expect(r.paragraphs == ["The OSCE Secretariat today opened a network of women mediators from five Central Asian countries in Almaty."])
    }

    @Test func urlHeaderSkipNavigationAndBreadcrumbs() throws {
        let facts = try ingester.ingest(text: """
            URL: https://www.osce.org/mission-to-serbia/123456

            Skip navigation
            Home > Newsroom > Press releases
            Press release
            OSCE Mission to Serbia opens a legal aid office in Novi Pazar
            - Date:
            - 2 June 2022
            NOVI PAZAR, 2 June 2022 – The OSCE Mission to Serbia today opened a legal aid office.

            """, source: "skip.txt")
        #expect(facts.url == "https://www.osce.org/mission-to-serbia/123456")
        #expect(facts.kind == .pressRelease)
        let r = try #require(facts.items.first)
        #expect(r.title == "OSCE Mission to Serbia opens a legal aid office in Novi Pazar")
        #expect(r.date == "2022-06-02")
        #expect(r.datelinePlaces == ["Novi Pazar"])
    }

    @Test func skipNavigationAboveTheSiteMenu() throws {
        let facts = try ingester.ingest(text: """
            Skip navigation
            -
            Participating States
            - Albania
            - Andorra
            Press release
            OSCE Presence in Albania marks Roma Day with a conference
            - Date:
            - 8 April 2023
            TIRANA, 8 April 2023 – The OSCE Presence in Albania held a conference on Roma inclusion today.

            """, source: "menu.txt")
        #expect(facts.navigation?.participatingStatesCount == 2)
        #expect(facts.items.first?.title == "OSCE Presence in Albania marks Roma Day with a conference")
        #expect(facts.items.first?.date == "2023-04-08")
    }

    @Test func subsiteNewsPageWhoseFirstLineIsItsTitle() throws {
        let facts = try ingester.ingest(text: """
            ODIHR trains election observers from twelve participating States in Warsaw

            Forty long-term observers from twelve participating States completed a week of training in Warsaw, ODIHR said on Friday.
            The course covered the observation of campaign finance and the media.

            """, source: "subsite.txt")
        #expect(facts.kind == .newsItem)
        #expect(facts.items.map(\.title) == ["ODIHR trains election observers from twelve participating States in Warsaw"])
        #expect(facts.items.first?.paragraphs.count == 2)
        #expect(facts.items.first?.date == nil)
        let warning = try #require(facts.warnings.first { $0.kind == .unknownLayout })
        #expect(warning.line == 1)
        #expect(warning.description == "subsite.txt:1:1: unknown layout: no type line, labels or dateline; read as one item of kind news-item, titled \"ODIHR trains election observers from twelve participating St…\"")
    }

    @Test func resourcesBlockGivesADocumentPage() throws {
        let facts = try ingester.ingest(text: """
            Resources
            Journal of the 900th Plenary Meeting of the Permanent Council
            The Permanent Council adopted Decision No. 1100 on the extension of the mandate of the OSCE Mission to Skopje.

            """, source: "resources.txt")
        #expect(facts.kind == .other)
        #expect(facts.items.map(\.title) == ["Journal of the 900th Plenary Meeting of the Permanent Council"])
    }

    @Test func turtleIsRefused() throws {
        let e = try #require(refusal("""
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix ex: <https://example.org/> .

            ex:alice a foaf:Person ;
                foaf:name "Alice" .
            ex:bob a foaf:Person ;
                foaf:name "Bob" .

            """, "people.txt"))
        #expect(e.kind == .notAPage)
        #expect(e.description == "people.txt:1:1: not a page: the text is RDF (Turtle: 6 of 6 lines are directives or triples); load it with `osce-kg query --data FILE --data-format turtle`")
    }

    /// Turtle saved under an HTML name is refused with the file's own line counts (a new user's
    /// `data.html`: before, it was rendered as HTML first and reported as "1 of 1 lines").
    @Test func turtleNamedHTMLIsRefusedByItsOwnLines() throws {
        let turtle = """
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .

            <https://example.org/alice> foaf:name "Alice" .
            <https://example.org/bob> foaf:name "Bob" .

            """
        var e: IngestError?
        do throws(IngestError) { _ = try ingester.ingest(bytes: Array(turtle.utf8), source: "people.html") } catch { e = error }
        #expect(e?.kind == .notAPage)
        #expect(e?.description == "people.html:1:1: not a page: the text is RDF (Turtle: 3 of 3 lines are directives or triples); load it with `osce-kg query --data FILE --data-format turtle`")
    }

    @Test func nTriplesAreRefused() throws {
        let e = try #require(refusal("""
            <https://example.org/a> <http://xmlns.com/foaf/0.1/name> "A" .
            <https://example.org/b> <http://xmlns.com/foaf/0.1/name> "B"@en .

            """, "data.txt"))
        #expect(e.kind == .notAPage)
        #expect(e.description == "data.txt:1:1: not a page: the text is RDF (N-Triples: 2 of 2 lines are triples); load it with `osce-kg query --data FILE --data-format ntriples`")
    }

    @Test func sourceCodeIsRefused() throws {
        let e = try #require(refusal("""
            import Foundation

            struct Page {
                var title: String
                func render() -> String {
                    return "<h1>" + title + "</h1>";
                }
            }

            """, "Page.swift.txt"))
        #expect(e.kind == .notAPage)
        #expect(e.description == "Page.swift.txt:1:1: not a page: the text is source code (6 of 7 lines are statements, braces or declarations)")
    }

    @Test func ourOwnBuildFilesAndScriptsAreRefused() throws {
        let script = try #require(refusal("#!/usr/bin/env bash\nset -euo pipefail\nmake test\n", "run.txt"))
        #expect(script.description == "run.txt:1:1: not a page: the text is a script (it starts with \"#!\")")
        let make = try #require(refusal("""
            SWIFT ?= swift
            BIN = .build/$(CONFIG)/osce-kg

            build:
            	$(SWIFT) build -c $(CONFIG)
            test: deps
            	$(SWIFT) test

            """, "Makefile.txt"))
        #expect(make.description == "Makefile.txt:1:1: not a page: the text is source code (6 of 6 lines are statements, braces or declarations)")
        let json = try #require(refusal("{\n  \"https://e.org/a\" : {\n    \"value\" : \"A\",\n    \"type\" : \"literal\"\n  }\n}\n", "graph.txt"))
        #expect(json.description == "graph.txt:1:1: not a page: the text is JSON (6 of 6 lines are JSON syntax)" + NonPageDetector.jsonHint)
    }

    @Test func aSPARQLQueryIsRefused() throws {
        let e = try #require(refusal("""
            # Every release with its date.
            PREFIX schema: <http://schema.org/>

            SELECT ?release ?date
            WHERE {
              ?release a schema:NewsArticle ;
                       schema:datePublished ?date .
              FILTER (?date >= "2020-01-01")
            }
            ORDER BY ?date
            LIMIT 10

            """, "releases.txt"))
        #expect(e.kind == .notAPage)
        #expect(e.description == "releases.txt:1:1: not a page: the text is a SPARQL query (10 of 10 lines are prologue, query form, patterns or modifiers); run it with `osce-kg query --query FILE --data …`")
        // A page that mentions a query in its prose is still a page.
        #expect(refusal("""
            Press release
            OSCE opens a data portal for election observers
            Date: 3 May 2021
            VIENNA, 3 May 2021 – Users can select ?date fields and ask questions in the portal.

            """, "portal.txt") == nil)
    }

    @Test func csvAndTSVAreRefused() throws {
        let csv = try #require(refusal("""
            name,country,year
            Vienna,Austria,1995
            Belgrade,Serbia,2001
            Skopje,North Macedonia,1992

            """, "cities.txt"))
        #expect(csv.kind == .notAPage)
        #expect(csv.description == "cities.txt:1:1: not a page: the text is a data table (4 of 4 lines have 3 comma-separated fields)")
        let tsv = try #require(refusal("a\tb\n1\t2\n3\t4\n", "t.txt"))
        #expect(tsv.description == "t.txt:1:1: not a page: the text is a data table (3 of 3 lines have 2 tab-separated fields)")
    }

    @Test func proseWithCommasAndSemicolonsIsNotATable() throws {
        // A bullet list ending in semicolons and sentences full of commas are page text.
        let facts = try ingester.ingest(text: """
            Media freedom
            The Representative observes media developments in all participating States, assists them, and reports on them.
            - Monitor media regulation;
            - Review media legislation;
            - Support broadcasting reform;
            - Advise media outlets, journalists, and editors;

            """, source: "topic.txt")
        #expect(facts.kind == .other)
        #expect(facts.items.isEmpty)
    }
}

/// Every example page rewritten in the browser form (menu dropped, `- Label:` groups written
/// inline as `Label: value, value`) gives the same items as the capture form.
@Suite struct FormEquivalenceTests {
    /// The browser form of a capture: the site menu dropped, label groups inline.
    static func inlineForm(_ capture: String) -> String {
        var lines = capture.components(separatedBy: "\n")
        // Drop the menu: the lines up to the last `-`/`- entry` line of the leading run.
        if lines.first == "-" {
            var k = 0
            while k < lines.count, lines[k] == "-" || lines[k].hasPrefix("- ") || (k > 0 && lines[k - 1] == "-") {
                if lines[k].hasPrefix("- "), lines[k].hasSuffix(":"), LabelName.kind(of: String(lines[k].dropFirst(2).dropLast())) != nil { break }
                k += 1
            }
            lines.removeFirst(k)
        }
        var out: [String] = []
        var k = 0
        while k < lines.count {
            let line = lines[k]
            if line.hasPrefix("- "), let colon = line.firstIndex(of: ":"),
               LabelName.kind(of: String(line[line.index(line.startIndex, offsetBy: 2)..<colon])) != nil {
                var values: [String] = []
                let inlineValue = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !inlineValue.isEmpty { values.append(inlineValue) }
                var j = k + 1
                while j < lines.count, lines[j].hasPrefix("- "), !lines[j].hasSuffix(":") {
                    values.append(String(lines[j].dropFirst(2)))
                    j += 1
                }
                out.append(line[line.index(line.startIndex, offsetBy: 2)...colon] + (values.isEmpty ? "" : " " + values.joined(separator: ", ")))
                k = j
                continue
            }
            out.append(line)
            k += 1
        }
        return out.joined(separator: "\n")
    }

    static let pagesWithLabels: [String] = ExamplePageTests.pageNames.filter { name in
        let text = (try? String(decoding: ExamplePageTests.bytes(name), as: UTF8.self)) ?? ""
        return text.contains("\n- Date:") || text.contains("\n- Datum:") || text.contains("\n- Issued on:") || text.contains("\n- Place:")
    }

    @Test func someExamplePagesHaveLabelGroups() {
        #expect(Self.pagesWithLabels.count >= 6)
    }

    @Test(arguments: pagesWithLabels)
    func browserFormGivesTheSameItems(_ name: String) throws {
        let capture = String(decoding: try ExamplePageTests.bytes(name), as: UTF8.self)
        let browser = Self.inlineForm(capture)
        #expect(!browser.contains("\n- Date:"))
        let a = try PageIngester().ingest(text: capture, source: name)
        let b = try PageIngester().ingest(text: browser, source: name)
        #expect(b.kind == a.kind)
        #expect(b.items == a.items, "\(name)\n\(browser.prefix(600))")
    }
}
