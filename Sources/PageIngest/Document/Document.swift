import RDF

/// A page decoded and normalised once: its lines, grouped into blocks, each with its source range.
///
/// Every layout reader works on this value, whatever the input form was (the capture form with
/// `- Label:` lines, the browser/lynx form with `Label: value` inline, an optional `URL:` header).
///
///     let doc = DocumentReader.read("URL: https://osce.org/x\n\nPress release\nTitle\n")
///     doc.url                 // "https://osce.org/x"
///     doc.lines[2].text       // "Press release"
///     doc.lines[2].range      // 3:1 (offset 25) ..< 3:14
///
/// Shape: `lines` holds every physical line of the file (blank ones and header lines included,
/// so `lines[k].number == k + 1`); `blocks` are the runs of non-blank content lines between blank
/// lines (header lines excluded), each with the language detected from its text. In a lynx dump
/// a paragraph wrapped over several lines is one line (the first), the rest are continuations,
/// and the `References` list at the end is blanked.
/// Unit: positions follow `SourcePosition` (1-based line and column in Unicode scalars, 0-based
/// byte offset in the UTF-8 text after a leading BOM is removed).
struct Document {
    /// One physical line of the page.
    struct Line {
        /// The line with white space collapsed (see `TextNormalization.collapse`); empty for a blank line.
        var text: String
        /// 1-based line number.
        var number: Int
        /// From the first scalar of the line to its end (the line break excluded).
        var range: SourceRange
        /// A metadata label on this line (`- Date:` or `Date: 11 May 2020`), when the line is one.
        var label: LabelLine?
        /// True for a header line of the capture (`URL: …`), which is not page text.
        var isHeader = false
        /// The number of TAB characters in the raw line (collapsing turns them into spaces; a
        /// data table is told by them).
        var tabCount = 0
        /// The number of spaces and TABs before the first other character of the raw line (a
        /// lynx dump tells headings, paragraphs, label values and list items apart by it).
        var indent = 0
        /// True for a line a lynx dump wrapped: its text was joined to the paragraph's first line
        /// (whose `range` now ends at this line's end), and its own `text` is empty.
        var isContinuation = false

        var isBlank: Bool { text.isEmpty }
    }

    /// A run of content lines with no blank line between them.
    struct Block {
        /// Indices into `Document.lines`.
        var lines: Range<Int>
        /// ISO 639-1 code guessed from the block's text (`LanguageDetector`).
        var language: String
    }

    var lines: [Line]
    var blocks: [Block]
    /// The page's address from a `URL:` header line, when the capture has one.
    var url: String?
    /// Position just after the last scalar of the text.
    var end: SourcePosition

    /// The non-blank, non-header lines from index `start` on, in order.
    func contentLines(from start: Int = 0) -> [Line] {
        guard start < lines.count else { return [] }
        return lines[start...].filter { !$0.isBlank && !$0.isHeader }
    }

    /// The language of the block holding line index `k`, or nil for a blank or header line.
    func language(ofLine k: Int) -> String? {
        blocks.first { $0.lines.contains(k) }?.language
    }
}
