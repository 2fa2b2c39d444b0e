/// The column of a Turtle or TriG syntax error, which Raptor 2.0.15 reports by line only.
///
/// Raptor's bison parser names the token it stopped at (`syntax error, unexpected }`,
/// `syntax error at '"'`), and its locator gives the line. When that token is punctuation and
/// occurs exactly once on that line outside IRIs, strings and comments, its column is the
/// error's column; otherwise (a token named by its kind, `unexpected QName`, or one that occurs
/// twice) there is no column, rather than a guess.
///
///     TurtleErrorColumn.find(message: "syntax error, unexpected }", line: 2,
///                            in: Array("@prefix ex: <http://e/> .\nex:a ex:b } .\n".utf8))   // 11
///
/// Units: the column counts Unicode scalars from 1 (`SourcePosition`).
/// - Complexity: O(n) in the bytes up to the end of that line.
enum TurtleErrorColumn {
    /// The punctuation tokens a column is looked for.
    static let tokens: Set<String> = ["{", "}", "[", "]", "(", ")", ",", ";", ".", "^^", "\"", "'", "<", ">", "@", "="]

    /// The token text Raptor's message names, when it is punctuation.
    static func token(in message: String) -> String? {
        var named: Substring?
        if let range = message.range(of: "syntax error at '"), message.hasSuffix("'") {
            named = message[range.upperBound..<message.index(before: message.endIndex)]
        } else if let range = message.range(of: "syntax error, unexpected ") {
            // `unexpected X` or `unexpected X, expecting Y` (X may itself be `,`).
            let rest = message[range.upperBound...]
            named = rest.hasPrefix(",") ? rest.prefix(1) : rest.prefix { $0 != "," }
        }
        guard let named, tokens.contains(String(named)) else { return nil }
        return String(named)
    }

    /// The 1-based column of the only occurrence of the token named by `message` on `line`
    /// (1-based) of `bytes`, outside IRIs, strings and comments; nil when there is none or more than one.
    static func find(message: String, line: Int, in bytes: [UInt8]) -> Int? {
        guard let token = token(in: message) else { return nil }
        let wanted = Array(token.utf8)
        var i = 0
        var current = 1
        var lineStart = 0
        var found: [Int] = []  // columns of the token on `line`
        enum State { case between, iri, comment, string(quote: UInt8, long: Bool) }
        var state = State.between
        while i < bytes.count, current <= line {
            let b = bytes[i]
            if b == 0x0A {
                current += 1
                lineStart = i + 1
                if case .comment = state { state = .between }
                i += 1
                continue
            }
            switch state {
            case .between:
                if current == line, bytes[i...].starts(with: wanted) {
                    found.append(bytes[lineStart..<i].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 })
                }
                switch b {
                case UInt8(ascii: "#"): state = .comment
                case UInt8(ascii: "<"): state = .iri
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    let long = bytes[i...].starts(with: [b, b, b])
                    state = .string(quote: b, long: long)
                    if long { i += 2 }
                default: break
                }
            case .iri:
                if b == UInt8(ascii: ">") { state = .between }
            case .comment:
                break
            case .string(let quote, let long):
                if b == UInt8(ascii: "\\") { i += 1 } else if b == quote {
                    if !long { state = .between } else if bytes[i...].starts(with: [quote, quote, quote]) { state = .between; i += 2 }
                }
            }
            i += 1
        }
        return found.count == 1 ? found[0] : nil
    }
}
