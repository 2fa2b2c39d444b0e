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
///   an XML 1.1 reader accepts). A term holding U+FFFE or U+FFFF, which no
///   XML version holds, throws `SPARQLResultsWriteError`.
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
    /// - Throws: `SPARQLResultsWriteError` (XML only) for a term holding U+FFFE or U+FFFF, which
    ///   XML cannot hold; the rows before it have been written.
    public static func write(variables: [Variable], rows: some Sequence<[Term?]>, format: SPARQLResultsFormat,
                             prefixes: [Namespace] = [], to output: inout some TextOutputStream) throws(SPARQLResultsWriteError) {
        switch format {
        case .json: writeJSON(variables: variables, rows: rows, to: &output)
        case .xml: try writeXML(variables: variables, rows: rows, to: &output)
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
}
