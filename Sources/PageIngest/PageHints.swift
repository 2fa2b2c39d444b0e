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
    /// The headline the markup names (`RenderedHTML.headline`: microdata `itemprop="headline"`,
    /// `og:title`, …), white space collapsed; nil when none.
    var headline: String?
    /// The document's `<title>`, white space collapsed: most sites write it as the headline and
    /// the site's name (`Headline | OSCE`, `Headline - OSCE Parliamentary Assembly`); nil when none.
    var documentTitle: String?

    /// The separators between a headline and the site's name in a document title.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "]

    /// Whether the markup names `line` (a collapsed line of the rendered text) as the page's
    /// headline: it is `headline`, or the document title is it alone or it and the site's name
    /// on either side of a separator (`titleSeparators`). Compared after case folding; false for
    /// an empty line and when the page gave neither hint.
    func namesTitle(_ line: String) -> Bool {
        guard !line.isEmpty, headline != nil || documentTitle != nil else { return false }
        let l = line.lowercased()
        if let h = headline?.lowercased(), h == l { return true }
        guard let t = documentTitle?.lowercased(), t.utf8.count >= l.utf8.count else { return false }
        if t == l { return true }
        return Self.titleSeparators.contains { t.hasPrefix(l + $0) || t.hasSuffix($0 + l) }
    }
}
