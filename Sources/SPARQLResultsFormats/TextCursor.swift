import RDF

/// A cursor over the Unicode scalars of a text, tracking the `SourcePosition`
/// (1-based line/column in scalars, 0-based UTF-8 offset) for error reports.
struct TextCursor {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    var offset = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    func peek(_ k: Int = 0) -> Unicode.Scalar? { index + k < scalars.count ? scalars[index + k] : nil }
    var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }

    mutating func advance() {
        guard index < scalars.count else { return }
        let c = scalars[index]
        index += 1
        offset += UTF8.width(c)
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
    }

    mutating func advance(_ n: Int) { for _ in 0..<n { advance() } }

    /// Whether the text at the cursor starts with `s`.
    func looking(at s: String) -> Bool {
        var k = 0
        for u in s.unicodeScalars {
            guard index + k < scalars.count, scalars[index + k] == u else { return false }
            k += 1
        }
        return true
    }

    mutating func skipWhitespace() {
        while let c = current, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
    }
}
