import RDF
import SPARQLSyntax

/// Writes SELECT and ASK results in the formats of `SPARQLResultsFormat`.
///
/// - JSON: SPARQL 1.1 Query Results JSON Format (W3C Rec 2013) §3: `head.vars`,
///   `results.bindings`, one object per solution with the bound variables
///   only; terms as `{"type": "uri"|"literal"|"bnode", "value": …}` with
///   `xml:lang` or `datatype` (omitted for xsd:string). ASK: `{"head":{},"boolean":…}`.
/// - XML: SPARQL Query Results XML Format (Second Edition) §2. Characters
///   XML 1.0 cannot carry raw are written as character references (`&#xD;`
///   so that a CR survives parsing; other C0 controls likewise, which only
///   an XML 1.1 reader accepts).
/// - CSV: SPARQL 1.1 Query Results CSV and TSV Formats §2: header of bare
///   variable names, values as IRI text / lexical form / `_:label`, fields
///   with `"`, `,`, CR or LF quoted (RFC 4180), lines ended by CRLF.
/// - TSV: same document §3: header `?var`, terms in Turtle syntax
///   (integers, decimals and doubles whose lexical form is valid Turtle are
///   written bare), unbound as an empty field, lines ended by LF.
/// - table: an aligned text table like Jena arq's, see `writeTable`.
///
/// Every format but `table` streams: rows are written as they come and
/// memory stays constant. The table needs each column's width, so it
/// collects all rows first (O(rows × columns) memory).
///
/// Output is deterministic: the same rows give byte-identical text.
public struct SPARQLResultsWriter {
    /// Writes a solution sequence. Rows are `[Term?]` aligned with
    /// `variables` (`nil` = unbound). `prefixes` (e.g. the query's PREFIX
    /// declarations) shorten IRIs in the text table only; the W3C formats
    /// always write full IRIs.
    public static func write(variables: [Variable], rows: some Sequence<[Term?]>, format: SPARQLResultsFormat,
                             prefixes: [Namespace] = [], to output: inout some TextOutputStream) {
        switch format {
        case .json: writeJSON(variables: variables, rows: rows, to: &output)
        case .xml: writeXML(variables: variables, rows: rows, to: &output)
        case .csv: writeCSV(variables: variables, rows: rows, to: &output)
        case .tsv: writeTSV(variables: variables, rows: rows, to: &output)
        case .table: writeTable(variables: variables, rows: rows, prefixes: prefixes, to: &output)
        }
    }

    /// Writes an ASK result. CSV and TSV (which the standard does not define
    /// for ASK) print a one-column table with header `_askResult` and the
    /// value `true`/`false`, as Jena does; the text table prints
    /// `Ask => Yes` / `Ask => No`.
    public static func write(boolean: Bool, format: SPARQLResultsFormat, to output: inout some TextOutputStream) {
        let value = boolean ? "true" : "false"
        switch format {
        case .json:
            output.write("{\n  \"head\": { },\n  \"boolean\": \(value)\n}\n")
        case .xml:
            output.write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n  </head>\n  <boolean>\(value)</boolean>\n</sparql>\n")
        case .csv:
            output.write("_askResult\r\n\(value)\r\n")
        case .tsv:
            output.write("?_askResult\n\(value)\n")
        case .table:
            output.write(boolean ? "Ask => Yes\n" : "Ask => No\n")
        }
    }

    // MARK: JSON

    static func writeJSON(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write("{\n  \"head\": {\n    \"vars\": [")
        out.write(variables.map { " " + jsonString($0.name) }.joined(separator: ","))
        out.write(" ]\n  },\n  \"results\": {\n    \"bindings\": [")
        var first = true
        for row in rows {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write("      {")
            var firstBinding = true
            for (i, v) in variables.enumerated() where i < row.count {
                guard let t = row[i] else { continue }
                out.write(firstBinding ? "\n" : ",\n")
                firstBinding = false
                out.write("        " + jsonString(v.name) + ": " + jsonTerm(t))
            }
            out.write(firstBinding ? "}" : "\n      }")
        }
        out.write(first ? "]\n  }\n}\n" : "\n    ]\n  }\n}\n")
    }

    static func jsonTerm(_ t: Term) -> String {
        switch t {
        case .iri(let i): return "{ \"type\": \"uri\", \"value\": \(jsonString(i.value)) }"
        case .blankNode(let b): return "{ \"type\": \"bnode\", \"value\": \(jsonString(b.id)) }"
        case .literal(let l):
            var s = "{ \"type\": \"literal\", \"value\": \(jsonString(l.lexicalForm))"
            if let lang = l.language { s += ", \"xml:lang\": \(jsonString(lang))" }
            else if l.datatype != XSD.string { s += ", \"datatype\": \(jsonString(l.datatype.value))" }
            return s + " }"
        }
    }

    /// A JSON string (RFC 8259 §7), through the package's one escaper, `JSONText.quoted`.
    static func jsonString(_ s: String) -> String { JSONText.quoted(s) }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    // MARK: XML

    static func writeXML(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n")
        for v in variables { out.write("    <variable name=\"\(xmlEscape(v.name, attribute: true))\"/>\n") }
        out.write("  </head>\n  <results>\n")
        for row in rows {
            out.write("    <result>\n")
            for (i, v) in variables.enumerated() where i < row.count {
                guard let t = row[i] else { continue }
                out.write("      <binding name=\"\(xmlEscape(v.name, attribute: true))\">")
                switch t {
                case .iri(let iri): out.write("<uri>\(xmlEscape(iri.value, attribute: false))</uri>")
                case .blankNode(let b): out.write("<bnode>\(xmlEscape(b.id, attribute: false))</bnode>")
                case .literal(let l):
                    if let lang = l.language {
                        out.write("<literal xml:lang=\"\(xmlEscape(lang, attribute: true))\">")
                    } else if l.datatype != XSD.string {
                        out.write("<literal datatype=\"\(xmlEscape(l.datatype.value, attribute: true))\">")
                    } else {
                        out.write("<literal>")
                    }
                    out.write(xmlEscape(l.lexicalForm, attribute: false) + "</literal>")
                }
                out.write("</binding>\n")
            }
            out.write("    </result>\n")
        }
        out.write("  </results>\n</sparql>\n")
    }

    /// Escapes `&`, `<`, `>` (and `"` in attributes); CR, other C0 controls
    /// and U+FFFE/U+FFFF as character references.
    static func xmlEscape(_ s: String, attribute: Bool) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#xA;"
            case "\t" where attribute: out += "&#x9;"
            case "\n", "\t": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                    out += "&#x" + String(u.value, radix: 16, uppercase: true) + ";"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    // MARK: CSV

    static func writeCSV(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write(variables.map { csvField($0.name) }.joined(separator: ",") + "\r\n")
        for row in rows {
            var line = ""
            for i in variables.indices {
                if i > 0 { line += "," }
                if i < row.count, let t = row[i] { line += csvField(csvValue(t)) }
            }
            out.write(line + "\r\n")
        }
    }

    /// The CSV text of a term (CSV/TSV Formats §2.3): IRI text, literal
    /// lexical form (no datatype or language), `_:label` for blank nodes.
    public static func csvValue(_ t: Term) -> String {
        switch t {
        case .iri(let i): return i.value
        case .blankNode(let b): return "_:" + b.id
        case .literal(let l): return l.lexicalForm
        }
    }

    static func csvField(_ s: String) -> String {
        var needsQuotes = false
        for u in s.unicodeScalars where u == "\"" || u == "," || u == "\n" || u == "\r" { needsQuotes = true; break }
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: TSV

    static func writeTSV(variables: [Variable], rows: some Sequence<[Term?]>, to out: inout some TextOutputStream) {
        out.write(variables.map { "?" + $0.name }.joined(separator: "\t") + "\n")
        for row in rows {
            var line = ""
            for i in variables.indices {
                if i > 0 { line += "\t" }
                if i < row.count, let t = row[i] { line += turtleTerm(t, prefixes: []) }
            }
            out.write(line + "\n")
        }
    }

    /// A term in Turtle syntax (Turtle §2.5, §6.4): `<iri>` (or `p:local`
    /// when a prefix covers it and the local part is a plain name), `_:label`,
    /// `"…"` with ECHAR escapes (`\t \n \r \" \\`, other controls as
    /// `\uXXXX`), `@lang` or `^^<datatype>`; xsd:integer, xsd:decimal,
    /// xsd:double and xsd:boolean whose lexical form is valid bare Turtle are
    /// written bare.
    public static func turtleTerm(_ t: Term, prefixes: [Namespace]) -> String {
        switch t {
        case .iri(let i): return turtleIRI(i, prefixes: prefixes)
        case .blankNode(let b): return "_:" + b.id
        case .literal(let l):
            let lex = l.lexicalForm
            if l.language == nil {
                switch l.datatype {
                case XSD.integer: if isTurtleInteger(lex) { return lex }
                case XSD.decimal: if isTurtleDecimal(lex) { return lex }
                case XSD.double: if isTurtleDouble(lex) { return lex }
                case XSD.boolean: if lex == "true" || lex == "false" { return lex }
                default: break
                }
            }
            let s = l.quotedLexicalForm
            if let lang = l.language { return s + "@" + lang }
            if l.datatype == XSD.string { return s }
            return s + "^^" + turtleIRI(l.datatype, prefixes: prefixes)
        }
    }

    static func turtleIRI(_ i: IRI, prefixes: [Namespace]) -> String {
        var best: Namespace?
        for ns in prefixes where i.starts(with: ns.iri) && ns.iri.count > (best?.iri.count ?? -1) {
            let local = i.value.dropFirst(ns.iri.count)
            if isPlainLocalName(local) { best = ns }
        }
        if let ns = best { return ns.prefix + ":" + i.value.dropFirst(ns.iri.count) }
        var s = "<"
        for u in i.value.unicodeScalars {
            // Characters IRIREF excludes are written as \u escapes (Turtle §6.4).
            if u.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(u) { s += "\\u" + hex4(u.value) } else { s.unicodeScalars.append(u) }
        }
        return s + ">"
    }

    /// A conservative PN_LOCAL test: letters, digits, `_`, `-`, not starting
    /// with `-`, and non-empty (so that the prefixed name is always valid).
    static func isPlainLocalName(_ s: Substring) -> Bool {
        guard let f = s.unicodeScalars.first, f != "-" else { return false }
        return s.unicodeScalars.allSatisfy { u in
            (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A) || u == "_" || u == "-"
        }
    }

    /// Turtle INTEGER `[+-]?[0-9]+`.
    static func isTurtleInteger(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        return !u.isEmpty && u.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Turtle DECIMAL `[+-]?[0-9]*\.[0-9]+`.
    static func isTurtleDecimal(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "+" || u.first == "-" { u = u.dropFirst() }
        let parts = u.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { return false }
        return parts[0].utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && parts[1].utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Turtle DOUBLE `[+-]?([0-9]+\.[0-9]*EXPONENT|\.[0-9]+EXPONENT|[0-9]+EXPONENT)`.
    static func isTurtleDouble(_ s: String) -> Bool {
        guard let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return false }
        var mant = s[..<e]
        var exp = s[s.index(after: e)...]
        if mant.first == "+" || mant.first == "-" { mant = mant.dropFirst() }
        if exp.first == "+" || exp.first == "-" { exp = exp.dropFirst() }
        guard !exp.isEmpty, exp.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let parts = mant.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return false }
        return parts.contains { !$0.isEmpty }
    }

    // MARK: Table

    /// Writes an aligned text table like Jena arq's default output:
    ///
    ///     -------------------------------
    ///     | s                    | o    |
    ///     ===============================
    ///     | <http://example/s1>  | "a"  |
    ///     | ex:s2                | 42   |
    ///     -------------------------------
    ///
    /// Cells hold terms in Turtle form (see `turtleTerm`), shortened with
    /// `prefixes` (typically the query's PREFIX declarations). Unbound cells
    /// are blank. Widths count Unicode scalars (East Asian wide characters
    /// are counted as one column). Not streaming: all rows are held to
    /// compute the column widths.
    public static func writeTable(variables: [Variable], rows: some Sequence<[Term?]>, prefixes: [Namespace],
                                  to out: inout some TextOutputStream) {
        let cells: [[String]] = rows.map { row in
            variables.indices.map { i in i < row.count ? row[i].map { turtleTerm($0, prefixes: prefixes) } ?? "" : "" }
        }
        var widths = variables.map { $0.name.unicodeScalars.count }
        for row in cells { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.unicodeScalars.count) } }
        // Each column is "| " + cell + " ", plus the final "|".
        let total = widths.reduce(0) { $0 + $1 + 3 } + 1
        let rule = String(repeating: "-", count: total) + "\n"
        func line(_ values: [String]) -> String {
            var s = ""
            for (i, v) in values.enumerated() {
                s += "| " + v + String(repeating: " ", count: widths[i] - v.unicodeScalars.count) + " "
            }
            return s + "|\n"
        }
        out.write(rule)
        out.write(line(variables.map(\.name)))
        out.write(String(repeating: "=", count: total) + "\n")
        for row in cells { out.write(line(row)) }
        out.write(rule)
    }
}
