import RDF
import SPARQLSyntax

extension SPARQLResultsReader {
    public static func readCSV(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var cursor = TextCursor(text)
        var records: [[String?]] = []
        var record: [String?] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var fieldStarted = false
        func endField() { record.append(quoted || !field.isEmpty ? String(field) : nil); field = String.UnicodeScalarView(); quoted = false; fieldStarted = false }
        while let c = cursor.current {
            if c == "\"" && !fieldStarted {
                quoted = true; fieldStarted = true
                let start = cursor.position
                cursor.advance()
                while true {
                    guard let d = cursor.current else { throw SPARQLResultsReadError(.syntax, "unterminated quoted CSV field", at: start) }
                    cursor.advance()
                    if d == "\"" {
                        if cursor.current == "\"" { field.append("\""); cursor.advance() } else { break }
                    } else {
                        field.append(d)
                    }
                }
                continue
            }
            if c == "," { endField(); cursor.advance(); continue }
            if c == "\r" || c == "\n" {
                cursor.advance()
                if c == "\r" && cursor.current == "\n" { cursor.advance() }
                endField(); records.append(record); record = []
                continue
            }
            if quoted { throw SPARQLResultsReadError(.syntax, "text after a closing quote", at: cursor.position) }
            field.append(c); fieldStarted = true
            cursor.advance()
        }
        if fieldStarted || !record.isEmpty { endField(); records.append(record) }
        guard let header = records.first else { throw SPARQLResultsReadError(.structure, "empty CSV document") }
        let variables = header.map { Variable($0 ?? "") }
        var rows: [[Variable: Term]] = []
        for r in records.dropFirst() {
            var row: [Variable: Term] = [:]
            for (i, v) in r.enumerated() where i < variables.count {
                guard let v else { continue }
                if v.hasPrefix("_:") && v.count > 2 { row[variables[i]] = .blankNode(BlankNode(sanitising: String(v.dropFirst(2)))) } else { row[variables[i]] = .literal(Literal(v)) }
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }
}
