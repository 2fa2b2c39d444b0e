/// An HTML page rendered to the text lines a browser's "save as text" (or a text capture of the
/// page) shows, with the page's metadata.
///
///     let page = try HTMLReader.render(bytes: Array(html.utf8), source: "release.html")
///     page.lines.map(\.text)   // ["Press release", "OSCE trains border police …", "- Date:", …]
///     page.canonicalURL        // "https://www.osce.org/mission-to-moldova/577531"
///
/// Every line is non-empty and carries the HTML source line its text starts on.
/// Metadata values are white-space collapsed; absent values are nil.
public struct RenderedHTML: Hashable, Sendable {
    /// The rendered lines, in document order (see `HTMLReader` for the rendering rules).
    public var lines: [RenderedLine]
    /// The text of the first `<title>`; nil when absent or empty.
    public var title: String?
    /// The article's headline as schema.org markup gives it, white space collapsed: the text (or
    /// `content`) of the first non-empty element with microdata `itemprop="headline"` (Joomla,
    /// WordPress and many other CMSs mark the article's heading so), else the `headline` of a
    /// JSON-LD node (`<script type="application/ld+json">`), else `<meta name="headline">`; nil
    /// when none. Only a creative work (an article, a news item) has a headline.
    public var headline: String?
    /// The title the page gives for sharing, white space collapsed: `og:title`, else
    /// `twitter:title`, else `DC.title`; nil when none. Every kind of page has one.
    public var socialTitle: String?
    /// The language tag of the page as written (BCP 47, e.g. `en`, `de-AT`): `<html lang>`
    /// (or `xml:lang`), else `<meta http-equiv="content-language">`, `DC.language`, `language` or
    /// `og:locale` (`en_GB`); nil when absent.
    public var language: String?
    /// The page's own absolute http(s) URL: `<link rel="canonical">` (resolved against `<base href>`
    /// when relative), else `<meta property="og:url">`; nil when neither gives an absolute URL.
    public var canonicalURL: String?
    /// The page's publication date as `YYYY-MM-DD` (the lexical form of xsd:date, the date part as
    /// written, no time-zone shift), from the first of: `<meta property="article:published_time">`,
    /// `DC.date.issued`, `DC.date`, `dcterms.issued`, `dcterms.date`, `date`, … (see
    /// `HTMLMetadata.dateMetaNames`), an element with `itemprop="datePublished"`, the
    /// `datePublished` of the JSON-LD node that gives the headline, a `<time pubdate>`,
    /// or the page's only `<time datetime>`. Nil when none gives a valid ISO 8601 calendar date.
    public var publishedDate: String?
    /// `<meta name="description">`, else `<meta property="og:description">`; nil when absent.
    public var description: String?
    /// The dated schema.org items of the page's microdata, else its repeated listing rows, in
    /// document order (see `HTMLItemBlocks`): two or more that do not nest are the entries of a listing.
    public var itemBlocks: [ItemBlock] = []
    /// How the file ends, which tells whether the capture was cut off.
    public var ending: Ending
    /// The noncharacters replaced by U+FFFD in the UTF-8 bytes before parsing (libxml2 would
    /// drop U+FFFE and U+FFFF silently): see `Noncharacters.replace(in:)`; nil when there were none.
    public var replacedNoncharacters: NoncharacterReplacement?

    /// The file's first byte that is not UTF-8, when it was read as Windows-1252 for want of a
    /// declaration, or as UTF-8 with U+FFFD for its bad bytes (see `HTMLEncoding`); nil when every
    /// byte decoded.
    public var undecodable: EncodingProblem?

    /// Bytes of a file that its encoding could not decode as they stand.
    public struct EncodingProblem: Hashable, Sendable {
        /// The encoding the page was read in: `UTF-8` or `windows-1252`.
        public var encoding: String
        /// Whether a byte-order mark or `<meta charset>` declared it (else it was chosen for an
        /// undeclared file that is not valid UTF-8).
        public var declared: Bool
        /// The first bad byte: 1-based line and column (Unicode scalars of the text as read), 0-based
        /// byte offset in the file.
        public var line: Int, column: Int, offset: Int
        /// Its value.
        public var byte: UInt8
        /// The bad sequences in the file (each replaced by one U+FFFD when read as UTF-8).
        public var count: Int

        init(encoding: String, declared: Bool, _ problem: TextEncodingProblem) {
            self.encoding = encoding
            self.declared = declared
            line = problem.position.line
            column = problem.position.column
            offset = problem.position.offset
            byte = problem.byte
            count = problem.count
        }

        /// One line saying what was read and why.
        public var message: String {
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            let more = count == 1 ? "" : " (\(count) bad sequences in the file)"
            if encoding != "UTF-8" {
                return "not UTF-8 and no charset declared: byte \(hex) at byte offset \(offset) is not UTF-8\(more); read as Windows-1252 (declare the charset with <meta charset=…> if it is another)"
            }
            let each = count == 1 ? "it became U+FFFD" : "each became U+FFFD"
            if declared {
                return "declared UTF-8 but not valid UTF-8: byte \(hex) at byte offset \(offset)\(more); \(each)"
            }
            return "not valid UTF-8 and no charset declared: byte \(hex) at byte offset \(offset)\(more); the rest of the file is UTF-8, so it was read as UTF-8 and \(each)"
        }
    }

    /// Where the first noncharacter of an HTML file stood (its line and column in the file), its
    /// code point and how many the file held.
    public struct NoncharacterReplacement: Hashable, Sendable {
        /// 1-based line and column (in Unicode scalars) in the file, and 0-based byte offset.
        public var line: Int, column: Int, offset: Int
        public var value: UInt32
        public var count: Int
    }

    /// An item of a listing: a dated item of the page's microdata (an `itemscope` with a name and
    /// a `datePublished`), or a listing row (see `HTMLItemBlocks`).
    public struct ItemBlock: Hashable, Sendable {
        /// Its `headline` (else `name`) property, or a row's first heading, white space collapsed.
        public var title: String
        /// Its `datePublished`, or a row's first `<time datetime>`, as `YYYY-MM-DD`; nil for a row without one.
        public var date: String?
        /// The indices into `RenderedHTML.lines` of the lines rendered inside it.
        public var lines: Range<Int>

        public init(title: String, date: String?, lines: Range<Int>) {
            self.title = title
            self.date = date
            self.lines = lines
        }
    }

    /// How an HTML file ends.
    public enum Ending: Hashable, Sendable {
        /// After markup (`>`), or after text and a final line break, white space aside: the file is
        /// complete as far as bytes show.
        case afterMarkup
        /// In text with no markup and no line break after it: possibly cut off mid-text (the last
        /// line tells).
        case inText
        /// Inside a tag or comment (a `<` with no `>` after it): the file was cut off.
        case insideMarkup
        /// Inside a UTF-8 character: the given number of bytes of an incomplete character were dropped.
        case insideCharacter(droppedBytes: Int)
    }

    public init(lines: [RenderedLine], title: String? = nil, headline: String? = nil, socialTitle: String? = nil, language: String? = nil, canonicalURL: String? = nil,
                publishedDate: String? = nil, description: String? = nil, ending: Ending = .afterMarkup) {
        self.lines = lines
        self.title = title
        self.headline = headline
        self.socialTitle = socialTitle
        self.language = language
        self.canonicalURL = canonicalURL
        self.publishedDate = publishedDate
        self.description = description
        self.ending = ending
    }
}

/// One rendered line of an HTML page.
public struct RenderedLine: Hashable, Sendable, CustomStringConvertible {
    /// The text: non-empty, runs of HTML white space collapsed to one space, no leading or trailing
    /// space; U+00A0 (`&nbsp;`) kept as written; table cells of one row separated by a tab.
    public var text: String
    /// The 1-based line of the HTML source the text starts on. libxml2 2.9 stores line numbers in
    /// 16 bits for HTML, so text past line 65,535 reports 65,535.
    public var sourceLine: Int
    /// True when the line is page furniture around the content (a cookie banner, a sidebar of
    /// related items, the page footer, pagination), not page text: see `HTMLBoilerplate`.
    public var isBoilerplate: Bool
    /// True when the line is (part of) a photo's caption (`figcaption`, a `caption` class: see
    /// `HTMLCaption`), not the article's text.
    public var isCaption: Bool
    /// True when the line is (part of) a pull quote: an element whose class the vocabulary names
    /// so (`HTMLClassVocabulary.pullQuotes`), a passage of the text set again.
    public var isPullQuote: Bool

    public init(_ text: String, sourceLine: Int, isBoilerplate: Bool = false, isCaption: Bool = false, isPullQuote: Bool = false) {
        self.text = text
        self.sourceLine = sourceLine
        self.isBoilerplate = isBoilerplate
        self.isCaption = isCaption
        self.isPullQuote = isPullQuote
    }

    public var description: String {
        "\(sourceLine): \(isBoilerplate ? "[boilerplate] " : "")\(isCaption ? "[caption] " : "")\(isPullQuote ? "[pull quote] " : "")\(text)"
    }
}
