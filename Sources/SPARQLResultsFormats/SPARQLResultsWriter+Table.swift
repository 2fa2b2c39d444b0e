import RDF
import SPARQLSyntax

extension SPARQLResultsWriter {
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
