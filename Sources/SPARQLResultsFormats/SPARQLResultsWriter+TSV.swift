import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
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
}
