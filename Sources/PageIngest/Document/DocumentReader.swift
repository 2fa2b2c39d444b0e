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
        var lineStart = 0
        var column = 1
        var offset = 0
        var previousCR = false
        var tabs = 0
        let utf8 = text.utf8
        var sliceStart = utf8.startIndex
        var index = utf8.startIndex
        func finish(at end: String.UTF8View.Index) {
            let raw = Substring(text.utf8[sliceStart..<end])
            let range = SourceRange(start: SourcePosition(line: line, column: 1, offset: lineStart),
                                    end: SourcePosition(line: line, column: column, offset: offset))
            let collapsed = TextNormalization.collapse(raw)
            lines.append(Document.Line(text: collapsed, number: line, range: range,
                                       label: collapsed.isEmpty ? nil : LabelLine.parse(collapsed), tabCount: tabs))
            tabs = 0
        }
        while index < utf8.endIndex {
            let b = utf8[index]
            if b == 0x0A || b == 0x0D {
                if b == 0x0A && previousCR {
                    // The LF of a CR LF pair: the line was already closed at the CR.
                    previousCR = false
                    offset += 1
                    index = utf8.index(after: index)
                    sliceStart = index
                    lineStart = offset
                    continue
                }
                finish(at: index)
                previousCR = b == 0x0D
                offset += 1
                index = utf8.index(after: index)
                sliceStart = index
                lineStart = offset
                line += 1
                column = 1
                continue
            }
            previousCR = false
            if b == 0x09 { tabs += 1 }
            if b & 0xC0 != 0x80 { column += 1 }
            offset += 1
            index = utf8.index(after: index)
        }
        finish(at: index)
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
        if isLynxDump(lines) { stripLinkMarkers(&lines) }
        // Blocks: runs of non-blank content lines.
        var blocks: [Document.Block] = []
        var start: Int?
        for i in 0...lines.count {
            let content = i < lines.count && !lines[i].isBlank && !lines[i].isHeader
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

    /// A `lynx -dump` rendering: a `References` line followed by numbered addresses (`1. https://…`).
    static func isLynxDump(_ lines: [Document.Line]) -> Bool {
        for (k, line) in lines.enumerated() where line.text == "References" {
            guard let next = lines[(k + 1)...].first(where: { !$0.isBlank })?.text,
                  let dot = next.firstIndex(of: "."), dot > next.startIndex, next[..<dot].allSatisfy(\.isNumber) else { continue }
            let address = next[next.index(after: dot)...].drop { $0 == " " }
            if address.hasPrefix("http://") || address.hasPrefix("https://") || address.hasPrefix("file://") { return true }
        }
        return false
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
