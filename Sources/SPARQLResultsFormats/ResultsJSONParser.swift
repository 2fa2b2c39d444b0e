import RDF

/// A JSON value (RFC 8259), as read by `ResultsJSONParser`.
indirect enum ResultsJSONValue: Sendable {
    case object([(String, ResultsJSONValue)])
    case array([ResultsJSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    subscript(key: String) -> ResultsJSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
}

/// A strict RFC 8259 JSON parser (surrogate pairs in `\u` escapes are
/// combined; lone surrogates are an error).
struct ResultsJSONParser {
    var cursor: TextCursor

    init(_ text: String) { cursor = TextCursor(text) }

    func error(_ message: String) -> SPARQLResultsReadError {
        SPARQLResultsReadError(.syntax, message, at: cursor.position)
    }

    mutating func parseDocument() throws(SPARQLResultsReadError) -> ResultsJSONValue {
        if cursor.current == "\u{FEFF}" { cursor.advance() }
        let v = try parseValue(depth: 0)
        cursor.skipWhitespace()
        guard cursor.atEnd else { throw error("content after the JSON value") }
        return v
    }

    private mutating func parseValue(depth: Int) throws(SPARQLResultsReadError) -> ResultsJSONValue {
        guard depth < 512 else { throw error("JSON nested too deeply (limit 512)") }
        cursor.skipWhitespace()
        guard let c = cursor.current else { throw error("unexpected end of JSON") }
        switch c {
        case "{":
            cursor.advance()
            var members: [(String, ResultsJSONValue)] = []
            cursor.skipWhitespace()
            if cursor.current == "}" { cursor.advance(); return .object(members) }
            while true {
                cursor.skipWhitespace()
                guard cursor.current == "\"" else { throw error("expected a member name") }
                let key = try parseString()
                cursor.skipWhitespace()
                guard cursor.current == ":" else { throw error("expected ':'") }
                cursor.advance()
                members.append((key, try parseValue(depth: depth + 1)))
                cursor.skipWhitespace()
                if cursor.current == "," { cursor.advance(); continue }
                if cursor.current == "}" { cursor.advance(); return .object(members) }
                throw error("expected ',' or '}'")
            }
        case "[":
            cursor.advance()
            var items: [ResultsJSONValue] = []
            cursor.skipWhitespace()
            if cursor.current == "]" { cursor.advance(); return .array(items) }
            while true {
                items.append(try parseValue(depth: depth + 1))
                cursor.skipWhitespace()
                if cursor.current == "," { cursor.advance(); continue }
                if cursor.current == "]" { cursor.advance(); return .array(items) }
                throw error("expected ',' or ']'")
            }
        case "\"":
            return .string(try parseString())
        case "t":
            guard cursor.looking(at: "true") else { throw error("invalid literal") }
            cursor.advance(4); return .bool(true)
        case "f":
            guard cursor.looking(at: "false") else { throw error("invalid literal") }
            cursor.advance(5); return .bool(false)
        case "n":
            guard cursor.looking(at: "null") else { throw error("invalid literal") }
            cursor.advance(4); return .null
        default:
            var s = ""
            while let d = cursor.current, "+-0123456789.eE".unicodeScalars.contains(d) { s.unicodeScalars.append(d); cursor.advance() }
            guard !s.isEmpty else { throw error("unexpected character '\(c)'") }
            return .number(s)
        }
    }

    private mutating func hex4() throws(SPARQLResultsReadError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let c = cursor.current, let d = Int(String(c), radix: 16) else { throw error("invalid \\u escape") }
            v = v * 16 + UInt32(d); cursor.advance()
        }
        return v
    }

    private mutating func parseString() throws(SPARQLResultsReadError) -> String {
        cursor.advance() // "
        var out = String.UnicodeScalarView()
        while true {
            guard let c = cursor.current else { throw error("unterminated string") }
            cursor.advance()
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = cursor.current else { throw error("unterminated escape") }
                cursor.advance()
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    let v = try hex4()
                    if v >= 0xD800 && v < 0xDC00 {
                        guard cursor.looking(at: "\\u") else { throw error("lone high surrogate") }
                        cursor.advance(2)
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000, let u = Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)) else {
                            throw error("invalid surrogate pair")
                        }
                        out.append(u)
                    } else {
                        guard let u = Unicode.Scalar(v) else { throw error("lone low surrogate") }
                        out.append(u)
                    }
                default: throw error("invalid escape \\\(e)")
                }
            default:
                if c.value < 0x20 { throw error("control character in string") }
                out.append(c)
            }
        }
    }
}
