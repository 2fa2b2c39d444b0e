/// What a page's markup says about the page, beyond its text: given to the text pipeline by the
/// HTML path (`PageIngester.ingest(html:source:)`); empty for text captures.
struct PageHints: Sendable {
    /// The page's own URL (HTML canonical URL); a `URL:` line at the top of the rendered text
    /// does not replace it (it is page content, not a capture header).
    var url: String?
    /// The ISO 639-1 code the page declares (HTML `lang`), a hint to `LanguageDetector`.
    var language: String?
    /// Why the page is known to be cut off (an HTML file ending inside a tag); nil when not known.
    var cutOff: String?
    /// The article headline schema.org markup gives (`RenderedHTML.headline`: microdata
    /// `itemprop="headline"`, JSON-LD), white space collapsed: only an article has one.
    var headline: String?
    /// Titles every kind of page has: the sharing title (`og:title`, …) and the document's
    /// `<title>`, which most sites write as the headline and the site's name (`Headline | OSCE`,
    /// `Headline - OSCE Parliamentary Assembly`); white space collapsed.
    var titles: [String] = []
    /// Whether the markup gives the page a publication date (`RenderedHTML.publishedDate`): a
    /// dated page is an article, so its titles name its headline as surely as `headline` does.
    var dated = false
    /// The items the markup gives (schema.org microdata, else repeated listing rows:
    /// `RenderedHTML.itemBlocks`), when there are two or more: each with the 1-based numbers of
    /// the text lines it spans.
    var entries: [Entry] = []
    /// The 1-based numbers of the text lines the markup gives as a photo's caption
    /// (`RenderedLine.isCaption`: a `figcaption`, a `caption` class): they are captions
    /// (`Segmenter.Role.photoCaption`) whatever their words.
    var captionLines: Set<Int> = []

    /// An item of the markup over the page's text lines.
    struct Entry: Sendable, Hashable {
        /// Its headline or name, white space collapsed.
        var title: String
        /// Its publication date, `YYYY-MM-DD`; nil when the markup gives none (a listing row without `<time>`).
        var date: String?
        /// The 1-based numbers of the lines of the text rendered inside it.
        var lines: ClosedRange<Int>
    }

    /// The separators between a headline and the site's name in a document title.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "]

    /// How surely the markup names `line` (a collapsed line of the rendered text) as the page's
    /// headline: `.article` when it is `headline`, or one of `titles` on a dated page; `.page`
    /// when it is one of `titles` on an undated page (a topic page has a title too); nil when
    /// the markup does not name it. A title names the line when it is the line, or the line and
    /// the site's name on either side of a separator (`titleSeparators`). Compared after case
    /// folding; nil for an empty line.
    func naming(_ line: String) -> Naming? {
        guard !line.isEmpty, headline != nil || !titles.isEmpty else { return nil }
        let l = line.lowercased()
        if let h = headline?.lowercased(), h == l { return .article }
        let named = titles.contains { title in
            let t = title.lowercased()
            return t == l || (t.utf8.count > l.utf8.count && Self.titleSeparators.contains { t.hasPrefix(l + $0) || t.hasSuffix($0 + l) })
        }
        return named ? (dated ? .article : .page) : nil
    }

    /// How surely the markup names a line as the page's headline.
    enum Naming: Hashable {
        /// An article's headline: structural evidence, as a type line is.
        case article
        /// A page's title, which a page with no news item has too: a headline's shape only.
        case page
    }
}
