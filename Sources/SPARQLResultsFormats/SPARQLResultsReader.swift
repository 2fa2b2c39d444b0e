import RDF
import SPARQLSyntax

/// Reads SPARQL results documents, for comparing an engine's answers with
/// expected results (the W3C suites' `.srx`, `.srj`, `.tsv`, `.csv` files).
///
/// - XML (SPARQL Query Results XML Format, Second Edition): `head/variable`,
///   `results/result/binding` with `uri`, `literal` (`xml:lang`,
///   `datatype`), `bnode`; or `boolean`.
/// - JSON (SPARQL 1.1 Query Results JSON Format): `head.vars`,
///   `results.bindings` (term types `uri`, `literal`, `typed-literal` of the
///   2007 note, `bnode`); or `boolean`.
/// - TSV: header `?a\t?b`, terms in Turtle syntax (bare numbers and
///   booleans read as xsd:integer/decimal/double/boolean), empty field = unbound.
/// - CSV: header of names; since CSV drops term kinds, every value reads
///   as a simple literal except `_:label`, which reads as a blank node; an
///   empty field is unbound. Compare with `csvProjection(_:)` of the other side.
///
/// IRIs are taken as written (not validated); language tags as written.
/// Line ends may be LF or CRLF in every format.
public enum SPARQLResultsReader {
    /// Reads a document in `format`.
    /// - Throws: `SPARQLResultsReadError` with the position of the fault;
    ///   `.structure` for `.table`, which has no reader.
    public static func read(_ text: String, format: SPARQLResultsFormat) throws(SPARQLResultsReadError) -> SPARQLResults {
        switch format {
        case .xml: return try readXML(text)
        case .json: return try readJSON(text)
        case .tsv: return try readTSV(text)
        case .csv: return try readCSV(text)
        case .table: throw SPARQLResultsReadError(.structure, "the text table format cannot be read back")
        }
    }

    /// The format for a file extension (`srx`/`xml`, `srj`/`json`, `tsv`, `csv`), or nil.
    public static func format(forExtension ext: String) -> SPARQLResultsFormat? {
        switch ext.lowercased() {
        case "srx", "xml": return .xml
        case "srj", "json": return .json
        case "tsv": return .tsv
        case "csv": return .csv
        default: return nil
        }
    }

    /// What the CSV reader gives back for a term written as CSV: blank nodes
    /// stay blank nodes, IRIs and literals become simple literals of their
    /// text (CSV/TSV Formats §2.3).
    public static func csvProjection(_ t: Term) -> Term {
        switch t {
        case .blankNode: return t
        case .iri(let i): return .literal(Literal(i.value))
        case .literal(let l): return .literal(Literal(l.lexicalForm))
        }
    }
}

extension String {
    /// The string without leading and trailing XML white space (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        let ws: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
        var s = Substring(self)
        while let f = s.unicodeScalars.first, ws.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, ws.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}
