/// Turns a document's events into text lines, the way a text capture of the page shows it.
///
/// Rules (white space as CSS `white-space: normal`, block and inline as `HTMLElementRole`):
/// - runs of HTML white space (space, tab, CR, LF, FF) are one space; a line has no leading or
///   trailing space; empty lines (and lines of U+00A0 alone) are not kept; U+00A0 inside a line is
///   text, not white space;
/// - a block element ends the line before and after it; `br` ends the line;
/// - a list item (`li`, `dt`, `dd`) starts with `- `; an item holding a nested list is shown as a
///   `-` line, then its own text on the next line, then the nested items, which is how the
///   captures of osce.org show nested menus (`-`, `Our work`, `-`, `Fields of work`,
///   `- Arms control`, …);
/// - the cells of a table row share one line, separated by a tab;
/// - `pre` keeps its line breaks; dropped and hidden elements give no text;
/// - a quotation's attribution (a `footer` or `cite` inside a `blockquote`, a `figcaption` after
///   the `blockquote` of its `figure`) is a line of its own opening with `— `, as a signature
///   under a quoted passage is typeset (HTML §4.4.4 puts the attribution in such elements),
///   unless its first character is `-` or one of U+2000–U+2FFF (a dash or a quotation mark);
/// - a photo's caption (`HTMLCaption`) starts and ends a line of its own, marked `isCaption`;
/// - the lines of page furniture (a cookie banner, a sidebar, the page footer, pagination: see
///   `HTMLBoilerplate`) start on a line of their own and are marked `isBoilerplate`, unless the
///   region holds an `h1`, `main` or `article` (then it is the content's wrapper, not furniture).
///
/// The renderer takes the events one at a time from `HTMLDocument.walk` (no list of events is
/// kept) and builds each line as UTF-8 bytes.
///
/// - Complexity: O(n) in the number of events and bytes.
struct TextRenderer {
    private(set) var lines: [RenderedLine] = []
    /// The current line's UTF-8 (HTML white space is ASCII, so the rules work on bytes).
    private var buffer: [UInt8] = []
    private var bufferLine = 0
    private var pendingSpace = false
    private var pendingCellSeparator = false
    /// The marker of the list item whose first text has not come yet.
    private var marker: (ownLine: Bool, line: Int)?
    private var droppedDepth = 0
    /// The roles of the open elements (events nest, so an end closes the last).
    private var open: [HTMLElementRole] = []
    private var preDepth = 0
    /// Cells seen so far in each open table row.
    private var rowCells: [Int] = []
    /// Open `blockquote` elements; per open `figure`, whether it has held a `blockquote` so far.
    private var quoteDepth = 0
    private var figures: [Bool] = []
    /// Open attribution elements (`footer`/`cite` in a quotation, `figcaption` of a quotation's
    /// figure), and whether the next line's text is the first of an attribution.
    private var attributionDepth = 0
    private var pendingSignature = false
    /// Open `article` elements, and open sectioning elements (`article`, `aside`, `main`, `nav`,
    /// `section`), which scope an `aside` or a `footer` (`HTMLBoilerplate`).
    private var articleDepth = 0
    private var sectioningDepth = 0
    /// Open furniture regions: the depth of their element in `open`, their first line, and
    /// whether content (`HTMLBoilerplate.isContent`) started inside them.
    private var furniture: [(depth: Int, firstLine: Int, holdsContent: Bool)] = []
    /// Open caption regions (`HTMLCaption`): the depth of their element in `open` and their first line.
    private var captions: [(depth: Int, firstLine: Int)] = []

    /// Takes the next event of the document's walk (`HTMLDocument.walk`); `holdsList` tells, for a
    /// list item's start, whether the item holds a nested list of its own.
    mutating func handle(_ event: HTMLEvent, holdsList: Bool) {
        switch event {
        case .start(let element):
            open.append(element.role)
            if droppedDepth > 0 { droppedDepth += 1; return }
            if attributionDepth > 0 {
                attributionDepth += 1
            } else if isAttribution(element.name) {
                breakLine()
                attributionDepth = 1
                pendingSignature = true
            }
            if element.role != .dropped {
                if !furniture.isEmpty, HTMLBoilerplate.isContent(element) {
                    for k in furniture.indices { furniture[k].holdsContent = true }
                }
                if HTMLBoilerplate.isBoilerplate(element, insideArticle: articleDepth > 0, insideSectioning: sectioningDepth > 0) {
                    breakLine()
                    furniture.append((depth: open.count, firstLine: lines.count, holdsContent: false))
                }
                if attributionDepth == 0, captions.isEmpty, HTMLCaption.isCaption(element, inQuotationFigure: figures.last == true) {
                    breakLine()
                    captions.append((depth: open.count, firstLine: lines.count))
                }
                if element.name == "article" { articleDepth += 1 }
                if Self.sectioning.contains(element.name) { sectioningDepth += 1 }
            }
            switch element.name {
            case "blockquote":
                quoteDepth += 1
                if !figures.isEmpty { figures[figures.count - 1] = true }
            case "figure":
                figures.append(false)
            default:
                break
            }
            switch element.role {
            case .dropped:
                droppedDepth = 1
            case .block, .list:
                breakLine()
            case .listItem:
                breakLine()
                marker = (ownLine: holdsList, line: element.line)
            case .tableRow:
                breakLine()
                rowCells.append(0)
            case .tableCell:
                if let count = rowCells.last {
                    if count > 0 { pendingCellSeparator = true }
                    rowCells[rowCells.count - 1] = count + 1
                } else {
                    pendingSpace = true
                }
            case .lineBreak:
                breakLine()
            case .preformatted:
                breakLine()
                preDepth += 1
            case .inline:
                break
            }
        case .end(let name):
            let role = open.popLast() ?? .inline
            if droppedDepth > 0 { droppedDepth -= 1; return }
            if attributionDepth > 0 {
                attributionDepth -= 1
                if attributionDepth == 0 { breakLine(); pendingSignature = false }
            }
            if name == "article" { articleDepth = max(articleDepth - 1, 0) }
            if Self.sectioning.contains(name) { sectioningDepth = max(sectioningDepth - 1, 0) }
            switch name {
            case "blockquote": quoteDepth = max(quoteDepth - 1, 0)
            case "figure": if !figures.isEmpty { figures.removeLast() }
            default: break
            }
            switch role {
            case .block, .list:
                breakLine()
            case .listItem:
                breakLine()
                marker = nil
            case .tableRow:
                breakLine()
                if !rowCells.isEmpty { rowCells.removeLast() }
            case .preformatted:
                breakLine()
                preDepth = max(preDepth - 1, 0)
            case .dropped, .tableCell, .lineBreak, .inline:
                break
            }
            if let region = captions.last, region.depth == open.count + 1 {
                breakLine()
                captions.removeLast()
                for k in region.firstLine..<lines.count { lines[k].isCaption = true }
            }
            if let region = furniture.last, region.depth == open.count + 1 {
                breakLine()
                furniture.removeLast()
                if !region.holdsContent {
                    for k in region.firstLine..<lines.count { lines[k].isBoilerplate = true }
                }
            }
        case .text(let text, let line):
            if droppedDepth > 0 { return }
            append(text, line: line)
        }
    }

    /// The sectioning elements that scope an `aside` or a `footer`.
    private static let sectioning: Set<String> = ["article", "aside", "main", "nav", "section"]

    /// Whether an element starting now is a quotation's attribution.
    private func isAttribution(_ name: String) -> Bool {
        switch name {
        case "footer", "cite": quoteDepth > 0
        case "figcaption": figures.last == true && quoteDepth == 0
        default: false
        }
    }

    /// The lines, once the walk has ended.
    mutating func finish() -> [RenderedLine] {
        breakLine()
        return lines
    }

    /// Appends a text node's bytes: HTML white space (ASCII) collapsed, everything else as is.
    private mutating func append(_ text: String, line first: Int) {
        var line = first
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                line += 1
                if preDepth > 0 { breakLine() } else { pendingSpace = true }
            case 0x09, 0x0C, 0x0D, 0x20:
                pendingSpace = true
            default:
                if buffer.isEmpty {
                    startLine(at: line)
                    if pendingSignature {
                        // `— ` before the attribution, unless it opens with `-` or U+2000–U+2FFF (lead byte E2).
                        if byte != 0x2D && byte != 0xE2 { buffer += [0xE2, 0x80, 0x94, 0x20] }
                        pendingSignature = false
                    }
                } else if pendingCellSeparator {
                    buffer.append(0x09)
                } else if pendingSpace {
                    buffer.append(0x20)
                }
                pendingSpace = false
                pendingCellSeparator = false
                buffer.append(byte)
            }
        }
    }

    /// Opens a line for text starting on HTML line `line`, writing a pending list marker first.
    private mutating func startLine(at line: Int) {
        bufferLine = line
        if let pending = marker {
            if pending.ownLine {
                lines.append(RenderedLine("-", sourceLine: pending.line > 0 ? pending.line : line))
            } else {
                buffer = [UInt8(ascii: "-"), 0x20]
            }
            marker = nil
        }
    }

    /// Ends the current line (nothing happens when it holds no text: white space only, U+00A0
    /// and the other Unicode spaces included).
    mutating func breakLine() {
        if !buffer.isEmpty {
            // An ASCII byte other than white space is text; only a line of non-ASCII bytes and
            // spaces is decoded to be checked.
            let hasASCIIText = buffer.contains { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 }
            let text = String(decoding: buffer, as: UTF8.self)
            if hasASCIIText || !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                lines.append(RenderedLine(text, sourceLine: bufferLine))
            }
        }
        buffer.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingCellSeparator = false
    }
}
