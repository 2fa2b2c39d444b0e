import Foundation
import RDF

/// Reads SPARQL 1.1 Query Results TSV and CSV
/// (https://www.w3.org/TR/sparql11-results-csv-tsv/).
enum TabularResultReader {
    /// TSV: a header of `?var`s, then RDF terms in Turtle/SPARQL syntax; empty cells are unbound.
    static func readTSV(path: String) throws -> QueryOutcome {
        guard let data = FileManager.default.contents(atPath: path) else { throw ResultFileError("cannot read \(path)") }
        return try readTSV(text: String(decoding: data, as: UTF8.self), path: path)
    }

    static func readTSV(text: String, path: String) throws -> QueryOutcome {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { throw ResultFileError("\(path): empty") }
        let variables = header.isEmpty ? [] : header.split(separator: "\t", omittingEmptySubsequences: false).map { v in
            v.hasPrefix("?") || v.hasPrefix("$") ? String(v.dropFirst()) : String(v)
        }
        var rows: [[String: Term]] = []
        for line in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            var row: [String: Term] = [:]
            for (i, cell) in cells.enumerated() where i < variables.count && !cell.isEmpty {
                row[variables[i]] = try term(String(cell), path: path)
            }
            rows.append(row)
        }
        return .solutions(variables: variables, rows: rows)
    }

    /// One RDF term in the TSV (Turtle) syntax.
    static func term(_ s: String, path: String) throws -> Term {
        // Work on scalars: a quote followed by a combining character is one Swift Character.
        let first = s.unicodeScalars.first, last = s.unicodeScalars.last
        if first == "<", last == ">" {
            var v = s.unicodeScalars.dropFirst()
            v = v.dropLast()
            return .iri(IRI(unchecked: String(String.UnicodeScalarView(v))))
        }
        if s.unicodeScalars.starts(with: "_:".unicodeScalars) { return .blankNode(BlankNode(sanitising: String(String.UnicodeScalarView(s.unicodeScalars.dropFirst(2))))) }
        if first == "\"" {
            var lexical = String.UnicodeScalarView()
            var scalars = Array(s.unicodeScalars.dropFirst())
            var i = 0
            while i < scalars.count, scalars[i] != "\"" {
                if scalars[i] == "\\", i + 1 < scalars.count {
                    let e = scalars[i + 1]
                    switch e {
                    case "t": lexical.append("\t")
                    case "n": lexical.append("\n")
                    case "r": lexical.append("\r")
                    case "b": lexical.append("\u{08}")
                    case "f": lexical.append("\u{0C}")
                    case "u", "U":
                        let n = e == "u" ? 4 : 8
                        let hex = String(String.UnicodeScalarView(scalars[(i + 2)..<min(i + 2 + n, scalars.count)]))
                        if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { lexical.append(u) }
                        i += n
                    default: lexical.append(e)
                    }
                    i += 2
                } else {
                    lexical.append(scalars[i])
                    i += 1
                }
            }
            scalars = Array(scalars[min(i + 1, scalars.count)...])
            let rest = String(String.UnicodeScalarView(scalars))
            let text = String(lexical)
            if rest.unicodeScalars.first == "@" { return .literal(Literal(text, uncheckedLanguage: String(rest.unicodeScalars.dropFirst()))) }
            if rest.unicodeScalars.starts(with: "^^<".unicodeScalars), rest.unicodeScalars.last == ">" {
                return .literal(Literal(text, datatype: IRI(unchecked: String(String.UnicodeScalarView(rest.unicodeScalars.dropFirst(3).dropLast())))))
            }
            return .literal(Literal(text))
        }
        if s == "true" || s == "false" { return .literal(Literal(s, datatype: XSD.boolean)) }
        if s.contains("e") || s.contains("E") { return .literal(Literal(s, datatype: XSD.double)) }
        if s.contains(".") { return .literal(Literal(s, datatype: XSD.decimal)) }
        if Int(s) != nil || s.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "+" }) {
            return .literal(Literal(s, datatype: XSD.integer))
        }
        throw ResultFileError("\(path): cannot read TSV term \(s)")
    }

    /// CSV (RFC 4180): the header and the rows as strings (an empty string is unbound).
    static func readCSV(text: String) -> (variables: [String], rows: [[String]]) {
        var records: [[String]] = []
        var field = ""
        var record: [String] = []
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n" {
                // handled at \n
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        guard let header = records.first else { return ([], []) }
        return (header, Array(records.dropFirst()))
    }
}
