internal import RDF

/// Reads a page's metadata from its events as the document is walked (`consume`, then `finish`):
/// title, headline, social title, language, canonical URL, publication date, description (see `RenderedHTML`
/// for what each field holds and where it comes from).
///
/// Source: HTML Living Standard §4.2 (`title`, `meta`, `link rel=canonical`, `base`), §4.5.14
/// (`time`), §5 (microdata: `itemprop`); schema.org `Article` (`headline`, `datePublished`) in
/// microdata or JSON-LD (`<script type="application/ld+json">`, JSON-LD 1.1 §7);
/// RFC 6596 (canonical link relation); the Open Graph protocol (`og:url`, `og:title`,
/// `og:description`, `article:published_time`); Dublin Core in HTML (`DC.date`, `dcterms.issued`).
struct HTMLMetadata {
    var title: String?
    var headline: String?
    var socialTitle: String?
    var language: String?
    var canonicalURL: String?
    var publishedDate: String?
    var description: String?

    /// `<meta name|property|itemprop>` keys that give the publication date, most specific first.
    static let dateMetaNames: [String] = [
        "article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date",
        "publication_date", "publish_date", "publishdate", "pubdate", "date",
    ]

    // What the walk has seen so far (`consume`), turned into the fields by `finish`.
    private var meta: [String: String] = [:]
    private var httpEquiv: [String: String] = [:]
    private var canonicalHref: String?
    private var baseHref: String?
    private var itempropDate: String?
    private var pubdateTime: String?
    private var timeDates: [String] = []
    private var titleText: String?
    private var inTitle = false
    /// The text of the first non-empty element with `itemprop="headline"` (nil before it starts),
    /// and how deep the walk is inside it (0 once it has ended).
    private var itempropHeadline: String?
    private var headlineDepth = 0
    private var svgDepth = 0
    /// The text of the `<script type="application/ld+json">` being walked (nil outside one), and
    /// the blocks read so far (at most `maximumJSONLDBlocks`, each at most `maximumJSONLDBytes`).
    private var jsonLDText: String?
    private var jsonLDBlocks: [String] = []
    static let maximumJSONLDBlocks = 8
    static let maximumJSONLDBytes = 512 * 1024

    init() {}

    /// Takes the next event of the document's walk (`HTMLDocument.walk`).
    mutating func consume(_ event: HTMLEvent) {
        switch event {
        case .start(let element):
            if svgDepth > 0 || element.name == "svg" { svgDepth += 1; return }
            if headlineDepth > 0 { headlineDepth += 1 }
            if itempropHeadline == nil,
               Self.collapse(element["itemprop"] ?? "").lowercased().split(separator: " ").contains("headline") {
                // `<meta itemprop="headline" content="…">` and `<h2 itemprop="headline">…</h2>` alike.
                if let content = element["content"] { itempropHeadline = content } else { itempropHeadline = ""; headlineDepth = 1 }
            }
            switch element.name {
            case "html":
                if language == nil { language = Self.nonEmpty(element["lang"] ?? element["xml:lang"]) }
            case "title":
                if titleText == nil { inTitle = true; titleText = "" }
            case "script":
                if Self.collapse(element["type"] ?? "").lowercased() == "application/ld+json",
                   jsonLDBlocks.count < Self.maximumJSONLDBlocks { jsonLDText = "" }
            case "meta":
                guard let content = element["content"] else { break }
                if let key = element["name"] ?? element["property"] ?? element["itemprop"] {
                    let k = Self.collapse(key).lowercased()
                    if meta[k] == nil { meta[k] = content }
                }
                if let key = element["http-equiv"] {
                    let k = Self.collapse(key).lowercased()
                    if httpEquiv[k] == nil { httpEquiv[k] = content }
                }
            case "link":
                let rel = Self.collapse(element["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), canonicalHref == nil { canonicalHref = element["href"] }
            case "base":
                if baseHref == nil { baseHref = element["href"] }
            case "time":
                if let value = element["datetime"] {
                    timeDates.append(value)
                    if element["pubdate"] != nil, pubdateTime == nil { pubdateTime = value }
                }
            default:
                break
            }
            if element.name != "meta", element["itemprop"]?.lowercased() == "datepublished", itempropDate == nil {
                itempropDate = element["content"] ?? element["datetime"]
            }
        case .end(let name):
            if svgDepth > 0 { svgDepth -= 1; return }
            if headlineDepth > 0 {
                headlineDepth -= 1
                // An empty headline element (an icon, a placeholder): the next one may give it.
                if headlineDepth == 0, Self.nonEmpty(itempropHeadline) == nil { itempropHeadline = nil }
            }
            if name == "title" { inTitle = false }
            if name == "script", let text = jsonLDText {
                jsonLDBlocks.append(text)
                jsonLDText = nil
            }
        case .text(let text, _):
            if inTitle, svgDepth == 0 { titleText? += text }
            if let count = jsonLDText?.utf8.count {
                // A block over the cap is dropped whole (never copied past it).
                if count + text.utf8.count <= Self.maximumJSONLDBytes { jsonLDText?.append(text) } else { jsonLDText = nil }
            }
            if headlineDepth > 0, svgDepth == 0 { itempropHeadline? += text }
        }
    }

    /// Sets the fields from what the walk has seen (once, after the last event).
    mutating func finish() {
        title = titleText.flatMap { Self.nonEmpty($0) }
        let article = Self.jsonLDArticle(jsonLDBlocks)
        headline = Self.nonEmpty(itempropHeadline) ?? Self.nonEmpty(article?.headline) ?? Self.nonEmpty(meta["headline"])
        socialTitle = Self.nonEmpty(meta["og:title"]) ?? Self.nonEmpty(meta["twitter:title"]) ?? Self.nonEmpty(meta["dc.title"])
        language = language ?? Self.nonEmpty(httpEquiv["content-language"]) ?? Self.nonEmpty(meta["dc.language"])
            ?? Self.nonEmpty(meta["language"]) ?? Self.nonEmpty(meta["og:locale"])
        description = Self.nonEmpty(meta["description"]) ?? Self.nonEmpty(meta["og:description"])
        let ogURL = meta["og:url"].flatMap { Self.absoluteURL($0, base: nil) }
        canonicalURL = canonicalHref.flatMap { Self.absoluteURL($0, base: baseHref ?? ogURL) } ?? ogURL
        var candidates = Self.dateMetaNames.compactMap { meta[$0] }
        candidates += [itempropDate, article?.datePublished, pubdateTime].compactMap { $0 }
        if timeDates.count == 1 { candidates.append(timeDates[0]) }
        publishedDate = candidates.lazy.compactMap(Self.isoDate).first
    }

    /// The `headline` and `datePublished` of the first JSON-LD node that has a string `headline`
    /// (schema.org `Article`, `NewsArticle`, `WebPage`, …): a block's top-level object, an element
    /// of a top-level array, or a node of its `@graph`, blocks in document order. A block that is
    /// no JSON is passed over. Nil when none has a headline.
    static func jsonLDArticle(_ blocks: [String]) -> (headline: String, datePublished: String?)? {
        for block in blocks {
            guard let value = try? JSONReader.read(block) else { continue }
            var nodes: [JSONValue] = []
            if case .array(let items) = value { nodes = items } else { nodes = [value] }
            nodes += nodes.flatMap { node -> [JSONValue] in
                if case .array(let graph)? = node["@graph"] { return graph } else { return [] }
            }
            for node in nodes {
                if let headline = node["headline"]?.string { return (headline, node["datePublished"]?.string) }
            }
        }
        return nil
    }

    /// The text with runs of HTML white space as one space and the ends trimmed; nil when empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = collapse(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    static func collapse(_ text: String) -> String { HTMLWhiteSpace.collapse(text) }

    /// `href` (a `<link rel=canonical>` href, an `og:url` content) as an absolute http(s) URL;
    /// nil when it is not one.
    ///
    /// HTML white space at both ends of `href` and `base` is dropped (attribute values often
    /// carry a newline); a value still holding white space or a control character is refused,
    /// not repaired. A relative `href` is resolved against `base` (RFC 3986 §5.2, through
    /// `IRIReference`), and is refused when `base` is nil or has no scheme; an absolute one only
    /// loses its dot segments. The result must have an http or https scheme and a non-empty host.
    static func absoluteURL(_ href: String, base: String?) -> String? {
        func isURLText(_ text: String) -> Bool {
            !text.isEmpty && !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
        }
        let trimmed = collapse(href)
        guard isURLText(trimmed) else { return nil }
        var url = IRIReference(trimmed)
        if url.isAbsolute {
            url.path = IRIReference.removeDotSegments(url.path)
        } else {
            guard let base = base.map(collapse), isURLText(base) else { return nil }
            let baseURL = IRIReference(base)
            guard baseURL.isAbsolute else { return nil }
            url = url.resolved(against: baseURL)
        }
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let authority = url.authority, !authority.isEmpty else { return nil }
        return url.string
    }

    /// The calendar date at the start of an ISO 8601 date or date-time (`2020-05-11`,
    /// `2020-05-11T09:30:00+02:00`, `2020-05-11 09:30`), as written; nil when it is not a valid date.
    static func isoDate(_ value: String) -> String? {
        let s = Array(collapse(value).utf8)
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-") else { return nil }
        if s.count > 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[10]) { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) else { return nil }
                n = n * 10 + Int(s[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year >= 1, (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return String(decoding: s[0..<10], as: UTF8.self)
    }
}
