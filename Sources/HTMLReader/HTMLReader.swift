/// Reads saved HTML pages into the text lines a capture of the page shows, through libxml2's HTML
/// parser (the only module that imports `CLibXML2`).
///
///     let page = try HTMLReader.render(bytes: Array(html.utf8), source: "release.html")
///     page.lines[0]      // RenderedLine("Press release", sourceLine: 12)
///     page.language      // "en"
///
/// Parsing never touches the network (`HTML_PARSE_NONET`), recovers from broken markup
/// (unclosed tags, stray end tags), prints nothing, and is bounded: files over `maximumBytes`
/// are refused, and markup nested deeper than libxml2's limit (256 elements) is an error.
/// The encoding is decided before libxml2 parses (`HTMLEncoding`): a byte-order mark, else a
/// `<meta charset>`, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (or UTF-8 with
/// U+FFFD when the file is mostly UTF-8), with `RenderedHTML.undecodable` naming the first bad byte.
///
/// Rendering rules: see `TextRenderer`; metadata: see `RenderedHTML`.
///
/// Source: HTML Living Standard §13.2 (parsing, as libxml2 2.9 approximates it), §15.3 (rendering).
/// - Complexity: O(n) in the file's bytes.
public enum HTMLReader {
    /// The file extensions of HTML pages (lower case, no dot).
    public static let fileExtensions: Set<String> = ["html", "htm"]

    /// The default size cap: 16 MiB.
    public static let defaultMaximumBytes = 16 * 1024 * 1024

    /// Renders an HTML page.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - source: the file name (or other source name) errors carry.
    ///   - maximumBytes: the size cap.
    ///   - vocabulary: the class names of listing rows and fields (`HTMLClassVocabulary`); none by default.
    /// - Throws: `HTMLReadError` of kind `.empty` (no bytes, or white space only), `.tooLarge`,
    ///   `.binary` (a NUL byte, or a control byte in the first KiB), `.parserStopped` (libxml2 halted,
    ///   with the HTML line), `.library` (libxml2 could not allocate).
    public static func render(bytes: [UInt8], source: String, maximumBytes: Int = defaultMaximumBytes,
                              vocabulary: HTMLClassVocabulary = .none) throws(HTMLReadError) -> RenderedHTML {
        var input = try HTMLInput(bytes, file: source, maximumBytes: maximumBytes)
        var renderer = TextRenderer(vocabulary: vocabulary)
        var metadata = HTMLMetadata()
        var items = HTMLItemBlocks(vocabulary: vocabulary)
        do {
            let context = try HTMLParserContext(file: source)
            let document = try context.parse(input.bytes, file: source, encoding: input.encoding)
            input.bytes = []  // parsed: the tree holds the text now
            document.walk { event, holdsList in
                metadata.consume(event)
                renderer.handle(event, holdsList: holdsList)
                items.consume(event, lineCount: renderer.lines.count)
            }
        }
        metadata.finish()
        var page = RenderedHTML(lines: renderer.finish(), title: metadata.title, headline: metadata.headline,
                                socialTitle: metadata.socialTitle, language: metadata.language,
                                canonicalURL: metadata.canonicalURL, publishedDate: metadata.publishedDate,
                                description: metadata.description, ending: input.ending)
        page.itemBlocks = items.blocks
        page.replacedNoncharacters = input.noncharacters
        page.undecodable = input.undecodable
        return page
    }

    /// Whether the bytes start like an HTML document (`<!DOCTYPE html`, or `<html`), whatever the
    /// file is called: after an optional byte-order mark, white space, comments (a browser's
    /// `<!-- saved from url=(0040)… -->`) and an XML declaration (XHTML), all within the first 4 KiB.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let i = markupStart(bytes)
        return starts(bytes, "<!doctype html", at: i) || starts(bytes, "<html", at: i)
    }

    /// Whether the bytes are HTML markup by their content alone, as a browser sniffs a resource
    /// of unknown type: where `looksLikeHTML` looks, `<` and a tag name of the MIME Sniffing
    /// Standard's HTML patterns (§7.1: `!DOCTYPE HTML`, `HTML`, `HEAD`, `SCRIPT`, `IFRAME`, `H1`,
    /// `DIV`, `FONT`, `TABLE`, `A`, `STYLE`, `TITLE`, `B`, `BODY`, `BR`, `P`), or of the other
    /// elements a fragment saved from an article starts with (`H2`–`H6`, `ARTICLE`, `SECTION`,
    /// `MAIN`, `HEADER`, `UL`, `OL`, `SPAN`, `BLOCKQUOTE`, `FIGURE`), any case, followed by a space,
    /// `/` or `>`; and an end tag (`</` and a letter) within the first 4 KiB, so that a line of
    /// N-Triples or Turtle opening with `<a> ` is not taken for markup. True for every document
    /// `looksLikeHTML` accepts that closes an element early, and for a fragment (`<p>…</p><p>…</p>`).
    public static func sniffsAsHTML(_ bytes: [UInt8]) -> Bool {
        let i = markupStart(bytes)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
        let opens = sniffedTags.contains { tag in
            guard starts(bytes, "<" + tag, at: i) else { return false }
            let next = i + 1 + tag.utf8.count
            return next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x3E || bytes[next] == 0x2F
                || HTMLWhiteSpace.contains(Unicode.Scalar(bytes[next])))
        }
        guard opens else { return false }
        let limit = min(bytes.count, 4096)
        var k = i
        while k + 2 < limit {
            if bytes[k] == UInt8(ascii: "<"), bytes[k + 1] == UInt8(ascii: "/"), (bytes[k + 2] | 0x20) >= UInt8(ascii: "a"), (bytes[k + 2] | 0x20) <= UInt8(ascii: "z") {
                return true
            }
            k += 1
        }
        return false
    }

    /// The tag names `sniffsAsHTML` takes for markup (lower case).
    static let sniffedTags = [
        "!doctype html", "html", "head", "script", "iframe", "h1", "div", "font", "table", "a", "style", "title", "b",
        "body", "br", "p", "h2", "h3", "h4", "h5", "h6", "article", "section", "main", "header", "ul", "ol", "span",
        "blockquote", "figure",
    ]

    /// Whether `prefix` (ASCII) stands at `index`, ASCII letters compared without case.
    private static func starts(_ bytes: [UInt8], _ prefix: String, at index: Int) -> Bool {
        let p = Array(prefix.utf8)
        guard index + p.count <= bytes.count else { return false }
        for k in 0..<p.count where bytes[index + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    /// The index of the first byte after an optional byte-order mark, white space, comments and an
    /// XML declaration, all within the first 4 KiB.
    private static func markupStart(_ bytes: [UInt8]) -> Int {
        let limit = min(bytes.count, 4096)
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        func skip(past end: String, from index: Int) -> Int? {
            let e = Array(end.utf8)
            var j = index
            while j + e.count <= limit {
                if Array(bytes[j..<(j + e.count)]) == e { return j + e.count }
                j += 1
            }
            return nil
        }
        while i < limit {
            while i < limit, HTMLWhiteSpace.contains(Unicode.Scalar(bytes[i])) { i += 1 }
            if starts(bytes, "<!--", at: i), let next = skip(past: "-->", from: i + 4) { i = next; continue }
            if starts(bytes, "<?xml", at: i), let next = skip(past: "?>", from: i + 5) { i = next; continue }
            break
        }
        return i
    }
}
