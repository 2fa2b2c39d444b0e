import RDF

/// The expected (or actual) outcome of a query, in a form the comparison works on.
enum QueryOutcome {
    /// SELECT: the variable names and the rows (unbound variables absent).
    case solutions(variables: [String], rows: [[String: Term]])
    case boolean(Bool)
    case graph(Graph)
}
