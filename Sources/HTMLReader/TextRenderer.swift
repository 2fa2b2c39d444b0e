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
/// - an inline quotation (`q`) is written between quotation marks, `“…”`, and `‘…’` inside
///   another (the rendering section's `q::before { content: open-quote }`; a capture copies the
///   marks the browser draws, which tell the passage from the text around it);
/// - a quotation's attribution (a `footer` or `cite` inside a `blockquote`, a `figcaption` after
///   the `blockquote` of its `figure`) is a line of its own opening with `— `, as a signature
///   under a quoted passage is typeset (HTML §4.4.4 puts the attribution in such elements),
///   unless its first character is `-` or one of U+2000–U+2FFF (a dash or a quotation mark);
/// - a photo's caption (`HTMLCaption`) starts and ends a line of its own, marked `isCaption`;
/// - a pull quote (a class of `HTMLClassVocabulary.pullQuotes`) starts and ends a line of its
///   own, its lines marked `isPullQuote`;
/// - the lines of page furniture (a cookie banner, a sidebar, the page footer, pagination: see
///   `HTMLBoilerplate`) start on a line of their own and are marked `isBoilerplate`, unless the
///   region holds an `h1`, `main` or `article` (then it is the content's wrapper, not furniture);
/// - a field's label (a class of `HTMLClassVocabulary.fieldLabels`: Drupal's `field__label`) ends
///   with a colon, as a capture writes a label (`Publishing date:`); in a field shown inline
///   (`HTMLClassVocabulary.inlineFields`) the label and the values share one line, the values
///   (`fieldItems`) separated by `, ` (`What we do: Roma and Sinti, Gender equality`), as a
///   browser lays them out.
///
/// The renderer takes the events one at a time from `HTMLDocument.walk` (no list of events is
/// kept) and builds each line as UTF-8 bytes.
///
/// - Complexity: O(n) in the number of events and bytes.
struct TextRenderer {
    /// The class names that mark fields (`HTMLClassVocabulary`).
    let vocabulary: HTMLClassVocabulary

    init(vocabulary: HTMLClassVocabulary = .none) {
        self.vocabulary = vocabulary
    }
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
    /// Open `q` elements (their marks alternate: `“…”` outside, `‘…’` inside).
    private var inlineQuoteDepth = 0
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
    private var furniture: [(depth: Int, firstLine: Int, holdsContent: Bool, isForm: Bool)] = []
    /// Open caption regions (`HTMLCaption`): the depth of their element in `open` and their first line.
    private var captions: [(depth: Int, firstLine: Int)] = []
    /// The open pull quote (`HTMLClassVocabulary.pullQuotes`): its element's depth in `open` and its first line.
    private var pullQuote: (depth: Int, firstLine: Int)?
    /// The depths in `open` of the open wrappers of inline fields (`HTMLClassVocabulary.inlineFields`).
    private var inlineFieldDepths: [Int] = []
    /// The open field whose label was met: the depth in `open` of its wrapper, whether it is
    /// shown inline, the depth of its label while the label is open, and its values so far.
    private var field: (depth: Int, inline: Bool, labelDepth: Int?, values: Int)?
    /// What joins the next text to the current line instead of a space (`, ` between a field's values).
    private var pendingJoin: [UInt8]?

    /// Inside an inline field after its label: its values stay on the label's line.
    private var insideInlineField: Bool {
        guard let field, field.inline, field.labelDepth == nil else { return false }
        return open.count >= field.depth
    }

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
                } else if !furniture.isEmpty, HTMLBoilerplate.isFormContent(element) {
                    for k in furniture.indices where furniture[k].isForm { furniture[k].holdsContent = true }
                }
                if HTMLBoilerplate.isBoilerplate(element, insideArticle: articleDepth > 0, insideSectioning: sectioningDepth > 0) {
                    breakLine()
                    furniture.append((depth: open.count, firstLine: lines.count, holdsContent: false, isForm: HTMLBoilerplate.isForm(element)))
                }
                if attributionDepth == 0, captions.isEmpty, HTMLCaption.isCaption(element, inQuotationFigure: figures.last == true) {
                    breakLine()
                    captions.append((depth: open.count, firstLine: lines.count))
                }
                if pullQuote == nil, HTMLClassVocabulary.has(element, vocabulary.pullQuotes) {
                    breakLine()
                    pullQuote = (depth: open.count, firstLine: lines.count)
                }
                if element.name == "article" { articleDepth += 1 }
                if Self.sectioning.contains(element.name) { sectioningDepth += 1 }
                if HTMLClassVocabulary.has(element, vocabulary.inlineFields) { inlineFieldDepths.append(open.count) }
                if field == nil, HTMLClassVocabulary.has(element, vocabulary.fieldLabels) {
                    breakLine()
                    field = (depth: inlineFieldDepths.last ?? open.count - 1, inline: !inlineFieldDepths.isEmpty, labelDepth: open.count, values: 0)
                } else if let f = field, f.labelDepth == nil, HTMLClassVocabulary.has(element, vocabulary.fieldItems) {
                    if f.values > 0 && f.inline { pendingJoin = [UInt8(ascii: ","), 0x20] }
                    field?.values += 1
                }
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
            let joined = insideInlineField
            switch element.role {
            case .dropped:
                droppedDepth = 1
            case .block, .list:
                if !joined { breakLine() }
            case .listItem:
                if !joined {
                    breakLine()
                    marker = (ownLine: holdsList, line: element.line)
                }
            case .tableRow:
                if !joined { breakLine() }
                rowCells.append(0)
            case .tableCell:
                if let count = rowCells.last {
                    if count > 0 { pendingCellSeparator = true }
                    rowCells[rowCells.count - 1] = count + 1
                } else {
                    pendingSpace = true
                }
            case .lineBreak:
                if !joined { breakLine() }
            case .preformatted:
                breakLine()
                preDepth += 1
            case .inline:
                break
            }
            if element.name == "q", element.role != .dropped {
                inlineQuoteDepth += 1
                append(inlineQuoteDepth % 2 == 1 ? "\u{201C}" : "\u{2018}", line: element.line)
            }
        case .end(let name):
            let role = open.popLast() ?? .inline
            if droppedDepth > 0 { droppedDepth -= 1; return }
            if name == "q", inlineQuoteDepth > 0 {
                // The closing mark follows the quotation's last word (a browser draws it there).
                let spaced = pendingSpace
                pendingSpace = false
                append(inlineQuoteDepth % 2 == 1 ? "\u{201D}" : "\u{2019}", line: bufferLine)
                pendingSpace = spaced
                inlineQuoteDepth -= 1
            }
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
            if let f = field, f.labelDepth == open.count + 1 {
                // The field's label ends: a colon after it; an inline field's values follow on its line.
                endLabel()
                if f.inline {
                    field?.labelDepth = nil
                    pendingSpace = true
                } else {
                    field = nil
                }
            }
            if inlineFieldDepths.last == open.count + 1 { inlineFieldDepths.removeLast() }
            let joined = insideInlineField && open.count + 1 > field?.depth ?? 0
            if let f = field, f.labelDepth == nil, f.depth == open.count + 1 { field = nil }
            switch role {
            case .block, .list:
                if !joined { breakLine() }
            case .listItem:
                if !joined {
                    breakLine()
                    marker = nil
                }
            case .tableRow:
                if !joined { breakLine() }
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
            if let region = pullQuote, region.depth == open.count + 1 {
                breakLine()
                pullQuote = nil
                for k in region.firstLine..<lines.count { lines[k].isPullQuote = true }
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
                } else if let join = pendingJoin {
                    buffer += join
                } else if pendingCellSeparator {
                    buffer.append(0x09)
                } else if pendingSpace {
                    buffer.append(0x20)
                }
                pendingSpace = false
                pendingCellSeparator = false
                pendingJoin = nil
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
        pendingJoin = nil
    }

    /// Ends a field's label with a colon, unless it ends with one (white space and U+00A0 aside:
    /// Drupal 7 writes `Date:&nbsp;`) or holds no text.
    private mutating func endLabel() {
        var k = buffer.count
        while k > 0 {
            if buffer[k - 1] == 0x20 { k -= 1; continue }
            if k >= 2, buffer[k - 2] == 0xC2, buffer[k - 1] == 0xA0 { k -= 2; continue }
            break
        }
        guard k > 0 else { return }
        if buffer[k - 1] == UInt8(ascii: ":") { return }
        if k >= 3, buffer[k - 3] == 0xEF, buffer[k - 2] == 0xBC, buffer[k - 1] == 0x9A { return }  // U+FF1A
        buffer.insert(UInt8(ascii: ":"), at: k)
    }
}
