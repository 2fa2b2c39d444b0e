import RDF

/// Builds a `Document` from decoded text in one pass over its UTF-8 bytes.
///
/// Lines end at LF, CR LF or CR. Each line is collapsed once (`TextNormalization.collapse`) and
/// checked for a label (`LabelLine.parse`). Leading `URL: <address>` lines (up to five, blank
/// lines between them allowed) are the capture's header: they are marked `isHeader` and give
/// `Document.url`. Blocks are the runs of non-blank lines; each gets its language.
/// - Complexity: O(n) in the length of the text.
enum DocumentReader {
    static func read(_ text: String) -> Document {
        var lines: [Document.Line] = []
        var line = 1
        var column = 1
        var offset = 0
        var tabs = 0
        // Byte offsets (`offset` is the index of the byte read) scanned through a pointer; each
        // line's text is made from its bytes (`TextNormalization.collapse(bytes:)`).
        func finish(_ bytes: UnsafeBufferPointer<UInt8>, from lineStart: Int, to end: Int) {
            let raw = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            let range = SourceRange(start: SourcePosition(line: line, column: 1, offset: lineStart),
                                    end: SourcePosition(line: line, column: column, offset: end))
            let collapsed = TextNormalization.isCollapsed(bytes: raw) ? String(decoding: raw, as: UTF8.self) : TextNormalization.collapse(bytes: raw)
            let indent = raw.prefix { $0 == 0x20 || $0 == 0x09 }.count
            lines.append(Document.Line(text: collapsed, number: line, range: range,
                                       label: collapsed.isEmpty ? nil : LabelLine.parse(collapsed), tabCount: tabs,
                                       indent: indent))
            tabs = 0
        }
        var copy = text
        copy.withUTF8 { bytes in
            var lineStart = 0
            var previousCR = false
            while offset < bytes.count {
                let b = bytes[offset]
                if b == 0x0A || b == 0x0D {
                    if b == 0x0A && previousCR {
                        // The LF of a CR LF pair: the line was already closed at the CR.
                        previousCR = false
                        offset += 1
                        lineStart = offset
                        continue
                    }
                    finish(bytes, from: lineStart, to: offset)
                    previousCR = b == 0x0D
                    offset += 1
                    lineStart = offset
                    line += 1
                    column = 1
                    continue
                }
                previousCR = false
                if b == 0x09 { tabs += 1 }
                if b & 0xC0 != 0x80 { column += 1 }
                offset += 1
            }
            finish(bytes, from: lineStart, to: offset)
            markTabTables(&lines, bytes)
        }
        let end = SourcePosition(line: line, column: column, offset: offset)
        // The capture's header: `URL:` lines at the very top.
        var url: String?
        var k = 0
        while k < lines.count, k < 5 {
            let t = lines[k].text
            if t.count > 4, t.utf8.prefix(4).map({ $0 | 0x20 }) == Array("url:".utf8) {
                let value = TextNormalization.collapse(t.dropFirst(4))
                if url == nil, !value.isEmpty { url = value }
                lines[k].isHeader = true
                lines[k].label = nil
            } else if !t.isEmpty || url == nil {
                break
            }
            k += 1
        }
        if isLynxDump(lines) {
            dropReferences(&lines)
            dropLinkRelations(&lines)
            joinWrappedLines(&lines)  // (markers still in: lynx counted them in the width)
            stripLinkMarkers(&lines)
        }
        scopeGroupLabels(&lines)
        // Blocks: runs of non-blank content lines (a wrapped paragraph's continuations inside).
        var blocks: [Document.Block] = []
        var start: Int?
        for i in 0...lines.count {
            let content = i < lines.count && (!lines[i].isBlank || lines[i].isContinuation) && !lines[i].isHeader
            if content, start == nil { start = i }
            if !content, let s = start {
                // A block's language shows in its first words: at most ~600 bytes are read.
                var sample = ""
                for line in lines[s..<i] {
                    sample += line.text
                    sample += " "
                    if sample.utf8.count >= 600 { break }
                }
                blocks.append(Document.Block(lines: s..<i, language: LanguageDetector.detect(sample)))
                start = nil
            }
        }
        return Document(lines: lines, blocks: blocks, url: url, end: end)
    }

    /// A table of people whose cells a TAB separates (a text table, or a saved page's table as
    /// `HTMLReader` renders it: one line a row, a TAB between cells): its header line and rows
    /// get the ` | ` between cells that `TableRows` reads (collapsing turned the TABs into spaces).
    /// A header is a line of TAB-separated cells that `TableRows.header(_:)` reads as one; the
    /// rows are the lines right after it with as many cells. Other lines keep their text (a
    /// `Date:<TAB>value` label stays a label). Only lines holding a TAB are read again, from
    /// their bytes (`Line.range`).
    /// - Complexity: O(n) in the bytes of the lines holding a TAB.
    static func markTabTables(_ lines: inout [Document.Line], _ bytes: UnsafeBufferPointer<UInt8>) {
        func cells(_ k: Int) -> [String] {
            guard lines[k].tabCount > 0 else { return [] }
            let raw = UnsafeBufferPointer(rebasing: bytes[lines[k].range.start.offset..<lines[k].range.end.offset])
            let cells = raw.split(separator: 0x09).map { TextNormalization.collapse(bytes: UnsafeBufferPointer(rebasing: $0)) }.filter { !$0.isEmpty }
            return cells.count >= 2 ? cells : []
        }
        var k = 0
        while k < lines.count {
            let header = cells(k)
            guard !header.isEmpty, TableRows.header(header) != nil else { k += 1; continue }
            lines[k].text = header.joined(separator: " | ")
            lines[k].label = nil
            var r = k + 1
            while r < lines.count {
                let row = cells(r)
                guard row.count == header.count else { break }
                lines[r].text = row.joined(separator: " | ")
                lines[r].label = nil
                r += 1
            }
            k = r
        }
    }

    /// A `lynx -dump` rendering: a `References` line followed by numbered addresses
    /// (`1. https://…`), or, when the list was cut off, at least three link markers glued to
    /// their text (`[12]Newsroom`) on a page whose content lines are mostly indented.
    static func isLynxDump(_ lines: [Document.Line]) -> Bool {
        if referencesStart(lines) != nil { return true }
        var markers = 0
        var content = 0
        var indented = 0
        for k in lines.indices where !lines[k].isBlank && !lines[k].isHeader {
            content += 1
            if lines[k].indent >= 2 { indented += 1 }
            if hasLinkMarker(lines[k].text) { markers += 1 }
        }
        return markers >= 3 && indented * 2 >= content
    }

    /// The index of the `References` line that opens lynx's list of numbered addresses, or nil.
    static func referencesStart(_ lines: [Document.Line]) -> Int? {
        for k in lines.indices.reversed() where lines[k].text == "References" || lines[k].text == "Visible links" {
            guard let next = lines[(k + 1)...].first(where: { !$0.isBlank })?.text,
                  let dot = next.firstIndex(of: "."), dot > next.startIndex, next[..<dot].allSatisfy(\.isNumber) else { continue }
            let address = next[next.index(after: dot)...].drop { $0 == " " }
            if address.hasPrefix("http://") || address.hasPrefix("https://") || address.hasPrefix("file://") { return k }
        }
        return nil
    }

    /// True when `t` holds a lynx link marker glued to its link text (`[12]Newsroom`): `[`, ASCII
    /// digits, `]` and a character other than a space. A byte scan (the lines are collapsed, so
    /// U+0020 is their only white space).
    static func hasLinkMarker(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                if b[i] == 0x5B {  // [
                    var j = i + 1
                    while j < n, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
                    if j > i + 1, j + 1 < n, b[j] == 0x5D, b[j + 1] != 0x20 { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Blanks lynx's `References` list (the addresses of the page's links), which is not page text.
    static func dropReferences(_ lines: inout [Document.Line]) {
        guard let start = referencesStart(lines) else { return }
        for k in start..<lines.count {
            lines[k].text = ""
            lines[k].label = nil
        }
    }

    /// Blanks the lines lynx writes above the page for its `<link>` elements (`#[1]alternate
    /// [2]Edit`): the content lines at the top that open with `#` and a link marker. They are no
    /// page text (before, `#alternate` stood above the site menu and hid it).
    static func dropLinkRelations(_ lines: inout [Document.Line]) {
        for k in lines.indices where !lines[k].isBlank && !lines[k].isHeader {
            let t = lines[k].text
            guard t.hasPrefix("#"), startsWithLinkMarker(String(t.dropFirst())) else { return }
            lines[k].text = ""
            lines[k].label = nil
        }
    }

    /// Joins the lines lynx wrapped. In a dump, blank lines separate paragraphs, and lynx breaks a
    /// paragraph where its next word would pass the wrap column. A content line right under another
    /// with the same indent continues it when the word would not have fitted on the line above
    /// (the wrap column is the widest line of the dump), or when the line above is a sentence in
    /// progress (six words or more, no closing punctuation: `"…," said`; not a line of links
    /// `[12]Organization for Security and Co-operation in Europe`). Label lines, list items
    /// (`* Home`, `1. …`) and lines ending in `:` are never joined; short link lines
    /// (`[1]Skip to main content` over `[2]OSCE`) stay apart. A line that opens with a lower-case
    /// letter and no link marker continues the line above when that one ends no sentence (the
    /// rest of a wrapped link, `[13]Editors … discuss` over `financing rules`: lynx wraps a link
    /// short of the column when its next word is a long one).
    /// The first line gets the paragraph's text and range; the others become continuations.
    static func joinWrappedLines(_ lines: inout [Document.Line]) {
        // Widths in columns of the raw line (markers and indent included), as lynx counted them.
        func width(_ line: Document.Line) -> Int { line.range.end.column - 1 }
        let wrapColumn = lines.filter { !$0.isBlank && !$0.isHeader }.map(width).max() ?? 0
        var head: Int?
        var lastWidth = 0
        var lastText = ""
        for k in lines.indices {
            let line = lines[k]
            guard !line.isBlank, !line.isHeader else { head = nil; continue }
            // `Source: [4]Office of the Special Representative … for` / `Combating Trafficking …`:
            // an inline label's value wrapped onto the next line (of the same indent, no label) goes on.
            if let h = head, let label = lines[h].label, label.kind != nil, label.form == .inline, !label.value.isEmpty,
               lines[h].indent == line.indent, line.label == nil, !isListItem(line.text),
               lastWidth + 1 + line.text.prefix(while: { $0 != " " }).count > wrapColumn {
                lastWidth = width(line)
                lastText = line.text
                lines[h].text += " " + line.text
                lines[h].label = LabelLine.parse(lines[h].text)
                lines[h].range = SourceRange(start: lines[h].range.start, end: line.range.end)
                lines[k].text = ""
                lines[k].isContinuation = true
                continue
            }
            if let h = head, lines[h].indent == line.indent, lines[h].label == nil, line.label == nil,
               !isListItem(line.text), !isListItem(lines[h].text), !lines[h].text.hasSuffix(":") {
                let firstWord = line.text.prefix { $0 != " " }.count
                let wouldNotFit = lastWidth + 1 + firstWord > wrapColumn
                let endsSentence = lastText.last.map { ".!?…:;\"”»)".contains($0) } ?? true
                let inProgress = lastText.split(separator: " ").count >= 6 && !endsSentence
                    && !startsWithLinkMarker(lastText) && !startsWithLinkMarker(line.text)
                let continuesLowerCase = !endsSentence && !startsWithLinkMarker(line.text)
                    && line.text.unicodeScalars.first?.properties.isLowercase == true
                if wouldNotFit || inProgress || continuesLowerCase {
                    lastWidth = width(line)
                    lastText = line.text
                    lines[h].text += " " + line.text
                    lines[h].range = SourceRange(start: lines[h].range.start, end: line.range.end)
                    lines[k].text = ""
                    lines[k].isContinuation = true
                    continue
                }
            }
            head = k
            lastWidth = width(line)
            lastText = line.text
        }
    }

    /// True when `t` opens with a link marker (`[12]Organization for …`): a line of links.
    private static func startsWithLinkMarker(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { b in
            guard b.first == 0x5B else { return false }
            var j = 1
            while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
            return j > 1 && j < b.count && b[j] == 0x5D
        }
    }

    /// A list item as lynx renders it: a bullet (`*`, `+`, `o`, `-`, `#`, `•`) or a number with a dot.
    private static func isListItem(_ t: String) -> Bool {
        for b in ["* ", "+ ", "o ", "- ", "# ", "• "] where t.hasPrefix(b) { return true }
        guard let dot = t.firstIndex(of: "."), dot > t.startIndex, t.distance(from: t.startIndex, to: dot) <= 3 else { return false }
        return t[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }) && t[t.index(after: dot)...].first == " "
    }

    /// Keeps a label whose name is read only inside a label group (`Type:`, lexicon role
    /// `group-label.*`) when a neighbouring content line (or the one past its value) is a label;
    /// elsewhere (a body sentence `Type: …`) the line is text.
    static func scopeGroupLabels(_ lines: inout [Document.Line]) {
        guard lines.contains(where: { $0.label?.groupOnly == true }) else { return }
        let content = lines.indices.filter { !lines[$0].isBlank && !lines[$0].isHeader }
        for (p, k) in content.enumerated() where lines[k].label?.groupOnly == true {
            let near = [p - 2, p - 1, p + 1].filter { content.indices.contains($0) }.map { content[$0] }
            let grouped = near.contains { j in lines[j].label.map { !$0.groupOnly && ($0.kind != nil || $0.form == .dash) } ?? false }
            if !grouped { lines[k].label = nil }
        }
    }

    /// Removes lynx's link markers (`[12]Press release` → `Press release`) and reads labels again.
    static func stripLinkMarkers(_ lines: inout [Document.Line]) {
        for k in lines.indices where lines[k].text.contains("[") {
            var out = ""
            var rest = Substring(lines[k].text)
            while let open = rest.firstIndex(of: "[") {
                out += rest[..<open]
                let after = rest[rest.index(after: open)...]
                if let close = after.firstIndex(of: "]"), close > after.startIndex, after[..<close].allSatisfy(\.isNumber) {
                    rest = after[after.index(after: close)...]
                } else {
                    out.append("[")
                    rest = after
                }
            }
            out += rest
            let text = TextNormalization.collapse(out)
            if text != lines[k].text {
                lines[k].text = text
                lines[k].label = text.isEmpty ? nil : LabelLine.parse(text)
            }
        }
    }
}
