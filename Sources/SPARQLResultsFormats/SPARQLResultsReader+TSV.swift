import RDF
import SPARQLSyntax

extension SPARQLResultsReader {
    public static func readTSV(_ text: String) throws(SPARQLResultsReadError) -> SPARQLResults {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first else { throw SPARQLResultsReadError(.structure, "empty TSV document") }
        var variables: [Variable] = []
        if !header.isEmpty {
            for (i, h) in header.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                guard h.first == "?" || h.first == "$" else {
                    throw SPARQLResultsReadError(.structure, "TSV header field '\(h)' does not start with '?'", at: SourcePosition(line: 1, column: i + 1))
                }
                variables.append(Variable(String(h.dropFirst())))
            }
        }
        var rows: [[Variable: Term]] = []
        for (n, line) in lines.dropFirst().enumerated() {
            var row: [Variable: Term] = [:]
            var column = 1
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if fields.count != max(variables.count, 1) && !(variables.isEmpty && line.isEmpty) {
                throw SPARQLResultsReadError(.structure, "TSV row has \(fields.count) fields, header has \(variables.count)", at: SourcePosition(line: n + 2, column: 1))
            }
            for (i, f) in fields.enumerated() where i < variables.count {
                if !f.isEmpty {
                    row[variables[i]] = try TurtleTermReader.read(String(f), line: n + 2, column: column)
                }
                column += f.unicodeScalars.count + 1
            }
            rows.append(row)
        }
        return .bindings(variables: variables, rows: rows)
    }
}
