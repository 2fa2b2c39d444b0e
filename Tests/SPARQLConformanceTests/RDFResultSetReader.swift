import RDF

/// Reads results written in the RDF result-set vocabulary (`rs:`,
/// http://www.w3.org/2001/sw/DataAccess/tests/result-set#) from a graph.
enum RDFResultSetReader {
    static let rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"

    /// The result set in `graph`, or nil when the graph holds no `rs:ResultSet`.
    static func read(_ graph: Graph) -> (QueryOutcome, ordered: Bool)? {
        let g = GraphIndex(graph)
        guard let set = graph.first(where: { $0.predicate == RDFVocabulary.type && $0.object == .iri(IRI(unchecked: rs + "ResultSet")) })?.subject else {
            return nil
        }
        if let b = g.objects(set, rs + "boolean").first?.literal {
            return (.boolean(b.lexicalForm == "true" || b.lexicalForm == "1"), false)
        }
        let variables = g.objects(set, rs + "resultVariable").compactMap { $0.literal?.lexicalForm }
        var indexed: [(Int, [String: Term])] = []
        var ordered = false
        for (n, solution) in g.objects(set, rs + "solution").enumerated() {
            var row: [String: Term] = [:]
            for binding in g.objects(solution, rs + "binding") {
                guard let name = g.objects(binding, rs + "variable").first?.literal?.lexicalForm,
                      let value = g.objects(binding, rs + "value").first else { continue }
                row[name] = value
            }
            var index = n
            if let i = g.objects(solution, rs + "index").first?.literal.flatMap({ Int($0.lexicalForm) }) {
                index = i
                ordered = true
            }
            indexed.append((index, row))
        }
        if ordered { indexed.sort { $0.0 < $1.0 } }
        return (.solutions(variables: variables, rows: indexed.map(\.1)), ordered)
    }
}
