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
}
