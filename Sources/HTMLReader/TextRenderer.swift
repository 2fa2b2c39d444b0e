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
/// - `pre` keeps its line breaks; dropped and hidden elements give no text.
///
/// - Complexity: O(n) in the number of events and characters.
struct TextRenderer {
    private(set) var lines: [RenderedLine] = []
    private var buffer = ""
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

    static func render(_ events: [HTMLEvent]) -> [RenderedLine] {
        let headers = itemsHoldingLists(events)
        var renderer = TextRenderer()
        for (index, event) in events.enumerated() {
            renderer.handle(event, holdsList: headers.contains(index))
        }
        renderer.breakLine()
        return renderer.lines
    }

    /// The event indexes of list items that hold a rendered nested list (their own innermost one).
    static func itemsHoldingLists(_ events: [HTMLEvent]) -> Set<Int> {
        var result: Set<Int> = []
        var openItems: [Int] = []
        var open: [HTMLElementRole] = []
        var dropped = 0
        for (index, event) in events.enumerated() {
            switch event {
            case .start(let element):
                open.append(element.role)
                if dropped > 0 { dropped += 1; continue }
                switch element.role {
                case .dropped: dropped = 1
                case .listItem: openItems.append(index)
                case .list: if let item = openItems.last { result.insert(item) }
                default: break
                }
            case .end:
                let role = open.popLast()
                if dropped > 0 { dropped -= 1; continue }
                if role == .listItem, !openItems.isEmpty { openItems.removeLast() }
            case .text:
                break
            }
        }
        return result
    }

    private mutating func handle(_ event: HTMLEvent, holdsList: Bool) {
        switch event {
        case .start(let element):
            open.append(element.role)
            if droppedDepth > 0 { droppedDepth += 1; return }
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
        case .end:
            let role = open.popLast() ?? .inline
            if droppedDepth > 0 { droppedDepth -= 1; return }
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
        case .text(let text, let line):
            if droppedDepth > 0 { return }
            append(text, line: line)
        }
    }

    private mutating func append(_ text: String, line first: Int) {
        var line = first
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                if preDepth > 0 { breakLine() } else { pendingSpace = true }
            } else if HTMLWhiteSpace.contains(scalar) {
                pendingSpace = true
            } else {
                if buffer.isEmpty {
                    startLine(at: line)
                } else if pendingCellSeparator {
                    buffer.append("\t")
                } else if pendingSpace {
                    buffer.append(" ")
                }
                pendingSpace = false
                pendingCellSeparator = false
                buffer.unicodeScalars.append(scalar)
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
                buffer = "- "
            }
            marker = nil
        }
    }

    /// Ends the current line (nothing happens when it holds no text).
    mutating func breakLine() {
        if !buffer.isEmpty, !buffer.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            lines.append(RenderedLine(buffer, sourceLine: bufferLine))
        }
        buffer = ""
        pendingSpace = false
        pendingCellSeparator = false
    }
}
