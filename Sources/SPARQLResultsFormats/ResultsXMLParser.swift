import RDF

/// A minimal, non-validating XML 1.0 parser for SPARQL results documents:
/// elements, attributes (either quote), text, the five predefined entities,
/// character references, CDATA sections, comments, processing instructions
/// and a DOCTYPE without internal subset. Namespace prefixes are stripped
/// from element names (`res:binding` → `binding`); attribute names are kept
/// as written (`xml:lang`). Not supported: DTD internal subsets, custom entities.
struct ResultsXMLParser {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        let position: SourcePosition
        init(name: String, attributes: [String: String], position: SourcePosition) {
            self.name = name
            self.attributes = attributes
            self.position = position
        }
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    var cursor: TextCursor

    init(_ text: String) { cursor = TextCursor(text) }

    func error(_ message: String) -> SPARQLResultsReadError {
        SPARQLResultsReadError(.syntax, message, at: cursor.position)
    }

    /// Parses the document and returns its root element.
    mutating func parseDocument() throws(SPARQLResultsReadError) -> Element {
        if cursor.current == "\u{FEFF}" { cursor.advance() }
        try skipMisc()
        guard cursor.current == "<" else { throw error("expected the root element") }
        let root = try parseElement()
        try skipMisc()
        guard cursor.atEnd else { throw error("content after the root element") }
        return root
    }

    private mutating func skipMisc() throws(SPARQLResultsReadError) {
        while true {
            cursor.skipWhitespace()
            if cursor.looking(at: "<?") {
                try skip(until: "?>")
            } else if cursor.looking(at: "<!--") {
                try skip(until: "-->")
            } else if cursor.looking(at: "<!DOCTYPE") {
                try skip(until: ">")
            } else {
                return
            }
        }
    }

    private mutating func skip(until end: String) throws(SPARQLResultsReadError) {
        while !cursor.atEnd {
            if cursor.looking(at: end) { cursor.advance(end.unicodeScalars.count); return }
            cursor.advance()
        }
        throw error("unterminated construct, expected '\(end)'")
    }

    private static func isNameScalar(_ u: Unicode.Scalar) -> Bool {
        !(u == " " || u == "\t" || u == "\n" || u == "\r" || u == "/" || u == ">" || u == "=" || u == "<" || u == "\"" || u == "'")
    }

    private mutating func parseName() throws(SPARQLResultsReadError) -> String {
        var s = String.UnicodeScalarView()
        while let c = cursor.current, ResultsXMLParser.isNameScalar(c) { s.append(c); cursor.advance() }
        guard !s.isEmpty else { throw error("expected a name") }
        return String(s)
    }

    private mutating func parseElement() throws(SPARQLResultsReadError) -> Element {
        let start = cursor.position
        cursor.advance() // <
        let qname = try parseName()
        var attributes: [String: String] = [:]
        while true {
            cursor.skipWhitespace()
            guard let c = cursor.current else { throw error("unterminated start tag <\(qname)>") }
            if c == "/" {
                cursor.advance()
                guard cursor.current == ">" else { throw error("expected '>'") }
                cursor.advance()
                return Element(name: ResultsXMLParser.localName(qname), attributes: attributes, position: start)
            }
            if c == ">" { cursor.advance(); break }
            let name = try parseName()
            cursor.skipWhitespace()
            guard cursor.current == "=" else { throw error("expected '=' after attribute \(name)") }
            cursor.advance()
            cursor.skipWhitespace()
            guard let q = cursor.current, q == "\"" || q == "'" else { throw error("expected a quoted attribute value") }
            cursor.advance()
            var raw = String.UnicodeScalarView()
            var value = ""
            while let d = cursor.current, d != q {
                if d == "&" {
                    value += String(raw); raw = String.UnicodeScalarView()
                    value += try parseReference()
                } else if d == "<" {
                    throw error("'<' in attribute value")
                } else {
                    // Attribute-value normalisation (XML §3.3.3): whitespace becomes a space.
                    raw.append(d == "\n" || d == "\r" || d == "\t" ? " " : d)
                    cursor.advance()
                }
            }
            guard cursor.current == q else { throw error("unterminated attribute value") }
            cursor.advance()
            value += String(raw)
            attributes[name] = value
        }
        let element = Element(name: ResultsXMLParser.localName(qname), attributes: attributes, position: start)
        var text = String.UnicodeScalarView()
        while true {
            guard let c = cursor.current else { throw error("unterminated element <\(qname)>") }
            if c == "<" {
                if cursor.looking(at: "</") {
                    cursor.advance(2)
                    let end = try parseName()
                    guard end == qname else { throw error("expected </\(qname)>, found </\(end)>") }
                    cursor.skipWhitespace()
                    guard cursor.current == ">" else { throw error("expected '>'") }
                    cursor.advance()
                    element.text = String(text)
                    return element
                } else if cursor.looking(at: "<!--") {
                    try skip(until: "-->")
                } else if cursor.looking(at: "<![CDATA[") {
                    cursor.advance(9)
                    while !cursor.looking(at: "]]>") {
                        guard let d = cursor.current else { throw error("unterminated CDATA section") }
                        text.append(d); cursor.advance()
                    }
                    cursor.advance(3)
                } else if cursor.looking(at: "<?") {
                    try skip(until: "?>")
                } else {
                    element.children.append(try parseElement())
                }
            } else if c == "&" {
                text.append(contentsOf: try parseReference().unicodeScalars)
            } else if c == "\r" {
                // End-of-line handling (XML §2.11): CR LF and CR become LF.
                cursor.advance()
                if cursor.current == "\n" { cursor.advance() }
                text.append("\n")
            } else {
                text.append(c); cursor.advance()
            }
        }
    }

    private mutating func parseReference() throws(SPARQLResultsReadError) -> String {
        cursor.advance() // &
        var name = ""
        while let c = cursor.current, c != ";" {
            guard name.unicodeScalars.count < 12 else { throw error("invalid entity reference") }
            name.unicodeScalars.append(c); cursor.advance()
        }
        guard cursor.current == ";" else { throw error("unterminated entity reference") }
        cursor.advance()
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var v: UInt32?
            if name.hasPrefix("#x") { v = UInt32(name.dropFirst(2), radix: 16) } else if name.hasPrefix("#") { v = UInt32(name.dropFirst(), radix: 10) }
            guard let v, let u = Unicode.Scalar(v) else { throw error("unknown entity &\(name);") }
            return String(u)
        }
    }

    static func localName(_ qname: String) -> String {
        if let colon = qname.lastIndex(of: ":") { return String(qname[qname.index(after: colon)...]) }
        return qname
    }
}
