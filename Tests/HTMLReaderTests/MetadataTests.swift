import Testing
@testable import HTMLReader

/// `<title>`, `lang`, canonical URL, publication date, description.
@Suite struct MetadataTests {
    @Test func canonicalFallsBackToOpenGraph() throws {
        let page = try Fixture.render("""
        <html xml:lang="fr"><head><link rel="canonical" href="relative/only">
        <meta property="og:url" content=" https://www.osce.org/fr/node/1 ">
        <meta property="og:description" content="Short  summary."></head><body><p>x</p></body></html>
        """)
        #expect(page.canonicalURL == "https://www.osce.org/fr/node/relative/only")
        #expect(page.language == "fr")
        #expect(page.description == "Short summary.")
        let none = try Fixture.render("<link rel=canonical href=\"/a\"><link rel=canonical href=\"mailto:x@y\"><p>x</p>")
        #expect(none.canonicalURL == nil)
        let other = try Fixture.render("<link rel=canonical href=\"ftp://x.org/a\"><meta property=og:url content=\"http://osce.org/b\"><p>x</p>")
        #expect(other.canonicalURL == "http://osce.org/b")
    }

    @Test func contentLanguageWhenNoLangAttribute() throws {
        #expect(try Fixture.render("<meta http-equiv=\"Content-Language\" content=\"sq\"><p>x</p>").language == "sq")
        #expect(try Fixture.render("<p>x</p>").language == nil)
        #expect(try Fixture.render("<meta property=\"og:locale\" content=\"ru_RU\"><meta name=\"DC.Language\" content=\"uk\"><p>x</p>").language == "uk")
        #expect(try Fixture.render("<meta property=\"og:locale\" content=\"ru_RU\"><p>x</p>").language == "ru_RU")
    }

    @Test func publicationDates() throws {
        #expect(try Fixture.render("<meta name=date content=\"2019-03-07\"><meta property=\"article:published_time\" content=\"2020-05-11T23:30:00-05:00\"><p>x</p>").publishedDate == "2020-05-11")
        #expect(try Fixture.render("<meta name=\"DC.Date\" content=\"2023-02-30\"><p>x</p>").publishedDate == nil)
        #expect(try Fixture.render("<meta name=\"dc.date\" content=\"11 May 2020\"><p>x</p>").publishedDate == nil)
        #expect(try Fixture.render("<p>Published <time datetime=\"2016-02-29\">29 Feb</time></p>").publishedDate == "2016-02-29")
        #expect(try Fixture.render("<p><time datetime=\"2016-01-02\">a</time><time datetime=\"2016-01-03\">b</time></p>").publishedDate == nil)
        #expect(try Fixture.render("<p><time datetime=\"2016-01-02\">a</time><time pubdate datetime=\"2016-01-03\">b</time></p>").publishedDate == "2016-01-03")
        #expect(try Fixture.render("<div itemprop=\"datePublished\" content=\"2012-12-12\">x</div>").publishedDate == "2012-12-12")
        #expect(try Fixture.render("<meta name=date content=\"2019-03-071\"><p>x</p>").publishedDate == nil)
    }

    @Test func titleIsTheFirstOutsideSVG() throws {
        let page = try Fixture.render("<title>  Page\n title </title><title>second</title><p>x</p>")
        #expect(page.title == "Page title")
        #expect(try Fixture.render("<title> </title><p>x</p>").title == nil)
    }

    /// The headline the markup names: schema.org microdata (an element's text, nested inline
    /// markup and white space collapsed, or a `content`); `og:title` is the sharing title.
    @Test func headlineFromMicrodataAndTheSharingTitle() throws {
        let joomla = try Fixture.render("""
            <meta property="og:title" content="Site-wide title"><title>Lake cleanup ends - Assembly</title>
            <div class="page-header"><h2 itemprop="headline">Lake   cleanup <em>ends</em>
            early</h2></div><p itemprop="headline">second</p><p>x</p>
            """)
        #expect(joomla.headline == "Lake cleanup ends early")
        #expect(joomla.title == "Lake cleanup ends - Assembly")
        #expect(try Fixture.render("<meta itemprop=\"headline\" content=\" Rivers rise \"><p>x</p>").headline == "Rivers rise")
        // A sharing title is no article headline: every page has one.
        let shared = try Fixture.render("<meta property=\"og:title\" content=\"Bridges open\"><h1>x</h1>")
        #expect(shared.headline == nil)
        #expect(shared.socialTitle == "Bridges open")
        #expect(joomla.socialTitle == "Site-wide title")
        #expect(try Fixture.render("<h2 itemprop=\"name headline\"> </h2><h3 itemprop=headline>Next</h3>").headline == "Next")
        #expect(try Fixture.render("<h1>No markup</h1>").headline == nil)
    }

    /// JSON-LD in the head (`<script type="application/ld+json">`, as WordPress's and Drupal's
    /// schema plug-ins write it): the first node with a `headline`, at the top, in an array or in
    /// `@graph`, gives the headline and its `datePublished`; a block that is no JSON is passed over.
    @Test func headlineAndDateFromJSONLD() throws {
        let graph = try Fixture.render("""
            <script type="application/ld+json">{ not json</script>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Example Office"},
              {"@type": "NewsArticle", "headline": "Judges meet  in Tirana", "datePublished": "2021-06-04T08:00:00+02:00"}]}</script>
            <p>x</p>
            """)
        #expect(graph.headline == "Judges meet in Tirana")
        #expect(graph.publishedDate == "2021-06-04")
        let array = try Fixture.render("<script type=\"application/ld+json\">[{\"headline\": \"A\"}]</script><p>x</p>")
        #expect(array.headline == "A")
        #expect(array.publishedDate == nil)
        // Microdata in the body comes first; a script of another type is no JSON-LD.
        let both = try Fixture.render("""
            <script type="application/ld+json">{"headline": "From JSON-LD"}</script>
            <script>{"headline": "From a script"}</script><h1 itemprop="headline">From microdata</h1>
            """)
        #expect(both.headline == "From microdata")
        #expect(try Fixture.render("<script>{\"headline\": \"From a script\"}</script><p>x</p>").headline == nil)
        // A block over the size cap is passed over whole.
        let padding = String(repeating: " ", count: HTMLMetadata.maximumJSONLDBytes)
        #expect(try Fixture.render("<script type=\"application/ld+json\">{\"headline\": \"Too big\"}\(padding)</script><p>x</p>").headline == nil)
    }

    /// RFC 3986 resolution itself is tested in RDFTests (IRIReferenceTests); these are the
    /// canonical-URL rules around it.
    @Test func absoluteURLRules() {
        let base = "http://a/b/c/d;p?q"
        #expect(HTMLMetadata.absoluteURL("../g?y#s", base: base) == "http://a/b/g?y#s")
        #expect(HTMLMetadata.absoluteURL("\n  g  \t", base: " \(base)\n") == "http://a/b/c/g")
        #expect(HTMLMetadata.absoluteURL("https://x.org/a/../b", base: nil) == "https://x.org/b")
        #expect(HTMLMetadata.absoluteURL("HTTPS://x.org", base: nil) == "HTTPS://x.org")
        #expect(HTMLMetadata.absoluteURL("é:x", base: "https://x.org/a/") == "https://x.org/a/é:x")
        // Refused: no base or a relative one, inner white space or controls, not http(s), no host.
        #expect(HTMLMetadata.absoluteURL("g", base: nil) == nil)
        #expect(HTMLMetadata.absoluteURL("g", base: "/a/b") == nil)
        #expect(HTMLMetadata.absoluteURL("a b", base: base) == nil)
        #expect(HTMLMetadata.absoluteURL("g", base: "http://a/b c") == nil)
        #expect(HTMLMetadata.absoluteURL("g\u{7F}", base: base) == nil)
        #expect(HTMLMetadata.absoluteURL("  ", base: base) == nil)
        #expect(HTMLMetadata.absoluteURL("mailto:x@osce.org", base: base) == nil)
        #expect(HTMLMetadata.absoluteURL("http:g", base: base) == nil)
        #expect(HTMLMetadata.absoluteURL("///x", base: base) == nil)
    }
}
