import RDF

/// Reads one RDF term written in Turtle syntax without prefixes, as in a
/// TSV results field (SPARQL 1.1 CSV/TSV §3.2): `<iri>` (with `\u`
/// escapes), `_:label`, `"…"` or `'…'` with ECHAR and UCHAR escapes,
/// optionally `@lang` or `^^<datatype>`, bare integers/decimals/doubles
/// (Turtle §6.5 [19]–[21]) and `true`/`false`.
enum TurtleTermReader {
    static func read(_ s: String, line: Int, column: Int) throws(SPARQLResultsReadError) -> Term {
        func fail(_ m: String) -> SPARQLResultsReadError {
            SPARQLResultsReadError(.invalidTerm, m, at: SourcePosition(line: line, column: column))
        }
        let u = Array(s.unicodeScalars)
        guard let first = u.first else { throw fail("empty term") }
        var i = 0
        func readUCHAR(_ n: Int) throws(SPARQLResultsReadError) -> Unicode.Scalar {
            guard i + n <= u.count, let v = UInt32(String(String.UnicodeScalarView(u[i..<i + n])), radix: 16), let sc = Unicode.Scalar(v) else {
                throw fail("invalid \\u escape in \(s)")
            }
            i += n
            return sc
        }
        func readIRI() throws(SPARQLResultsReadError) -> String {
            i += 1 // <
            var out = String.UnicodeScalarView()
            while i < u.count, u[i] != ">" {
                if u[i] == "\\" {
                    guard i + 1 < u.count else { throw fail("bad escape in IRI") }
                    let e = u[i + 1]
                    i += 2
                    if e == "u" { out.append(try readUCHAR(4)) } else if e == "U" { out.append(try readUCHAR(8)) } else { throw fail("bad escape in IRI") }
                } else {
                    out.append(u[i]); i += 1
                }
            }
            guard i < u.count else { throw fail("unterminated IRI in \(s)") }
            i += 1
            return String(out)
        }
        switch first {
        case "<":
            let iri = try readIRI()
            guard i == u.count else { throw fail("text after IRI in \(s)") }
            return .iri(IRI(unchecked: iri))
        case "_":
            guard s.hasPrefix("_:"), s.count > 2 else { throw fail("invalid blank node \(s)") }
            return .blankNode(BlankNode(sanitising: String(s.dropFirst(2))))
        case "\"", "'":
            i = 1
            var lex = String.UnicodeScalarView()
            while true {
                guard i < u.count else { throw fail("unterminated string in \(s)") }
                let c = u[i]
                if c == first { i += 1; break }
                if c == "\\" {
                    guard i + 1 < u.count else { throw fail("bad escape") }
                    let e = u[i + 1]
                    i += 2
                    switch e {
                    case "t": lex.append("\t")
                    case "b": lex.append("\u{08}")
                    case "n": lex.append("\n")
                    case "r": lex.append("\r")
                    case "f": lex.append("\u{0C}")
                    case "\"": lex.append("\"")
                    case "'": lex.append("'")
                    case "\\": lex.append("\\")
                    case "u": lex.append(try readUCHAR(4))
                    case "U": lex.append(try readUCHAR(8))
                    default: throw fail("invalid escape \\\(e)")
                    }
                } else {
                    lex.append(c); i += 1
                }
            }
            let lexical = String(lex)
            if i == u.count { return .literal(Literal(lexical)) }
            if u[i] == "@" {
                let tag = String(String.UnicodeScalarView(u[(i + 1)...]))
                guard Literal.isValidLanguageTag(tag) else { throw fail("invalid language tag in \(s)") }
                return .literal(Literal(lexical, uncheckedLanguage: tag))
            }
            if u[i] == "^", i + 2 < u.count, u[i + 1] == "^", u[i + 2] == "<" {
                i += 2
                let dt = try readIRI()
                guard i == u.count else { throw fail("text after datatype in \(s)") }
                return .literal(Literal(lexical, datatype: IRI(unchecked: dt)))
            }
            throw fail("text after string in \(s)")
        default:
            if s == "true" || s == "false" { return .literal(Literal(s, datatype: XSD.boolean)) }
            if SPARQLResultsWriter.isTurtleInteger(s) { return .literal(Literal(s, datatype: XSD.integer)) }
            if SPARQLResultsWriter.isTurtleDecimal(s) { return .literal(Literal(s, datatype: XSD.decimal)) }
            if SPARQLResultsWriter.isTurtleDouble(s) { return .literal(Literal(s, datatype: XSD.double)) }
            throw fail("cannot read term \(s)")
        }
    }
}
