/// The output formats of SELECT and ASK results.
public enum SPARQLResultsFormat: String, CaseIterable, Sendable {
    /// An aligned text table with `|` borders, like Jena arq's default output.
    case table
    /// SPARQL 1.1 Query Results JSON Format.
    case json
    /// SPARQL Query Results XML Format (Second Edition).
    case xml
    /// SPARQL 1.1 Query Results CSV Format.
    case csv
    /// SPARQL 1.1 Query Results TSV Format.
    case tsv
}
