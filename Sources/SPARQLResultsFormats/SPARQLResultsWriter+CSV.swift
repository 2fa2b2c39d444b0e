import Foundation
import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
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
}
