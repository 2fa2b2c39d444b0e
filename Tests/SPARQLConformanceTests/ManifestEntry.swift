/// One test of a W3C test manifest (the `mf:`/`qt:` vocabularies of the
/// SPARQL test suites: https://www.w3.org/2001/sw/DataAccess/tests/).
struct ManifestEntry: Sendable {
    enum Kind: String, Sendable {
        case positiveSyntax, negativeSyntax, queryEvaluation, csvResultFormat, other
    }

    /// The test's IRI, e.g. `http://www.w3.org/2001/sw/DataAccess/tests/data-r2/basic/manifest#base-prefix-1`.
    var iri: String
    var name: String
    var kind: Kind
    /// The `rdf:type` local name as written (e.g. `PositiveSyntaxTest11`).
    var typeName: String
    /// The manifest file (absolute path) that lists the test.
    var manifestPath: String
    /// For syntax tests the action file; for evaluation tests `qt:query`.
    var queryPath: String?
    var dataPaths: [String] = []
    /// `qt:graphData` files, each with the IRI naming its graph.
    var graphData: [(iri: String, path: String)] = []
    var resultPath: String?
    var approval: String?
    var laxCardinality = false
    /// Whether the action names a SERVICE endpoint (`qt:serviceData`).
    var usesService = false
}
