import RDF
import SPARQLSyntax

/// Writes SELECT and ASK results in the formats of `SPARQLResultsFormat`.
public struct SPARQLResultsWriter {
    /// Writes a solution sequence. Rows are `[Term?]` aligned with `variables`
    /// (`nil` = unbound).
    public static func write(variables: [Variable], rows: some Sequence<[Term?]>, format: SPARQLResultsFormat,
                             to output: inout some TextOutputStream) {
    }

    /// Writes an ASK result.
    public static func write(boolean: Bool, format: SPARQLResultsFormat, to output: inout some TextOutputStream) {
    }
}
