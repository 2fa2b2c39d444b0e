/// The graph of a Graph Store that a request writes: the store's default
/// graph, or a named graph.
///
/// Source: SPARQL 1.1 Graph Store HTTP Protocol §4.2 (indirect graph
/// identification: `?default` and `?graph=IRI` on the store's URL).
public enum GraphTarget: Hashable, Sendable, CustomStringConvertible {
    /// The store's default graph (`?default`).
    case defaultGraph
    /// The named graph called by this IRI (`?graph=IRI`, percent-encoded).
    case named(String)

    /// `default graph` or `<IRI>`, as messages print it.
    public var description: String {
        switch self {
        case .defaultGraph: return "default graph"
        case .named(let iri): return "<\(iri)>"
        }
    }
}

/// How a request changes its graph.
///
/// Source: SPARQL 1.1 Graph Store HTTP Protocol §5.3 (PUT) and §5.5 (POST).
public enum GraphWriteMode: String, Sendable {
    /// HTTP PUT: the body replaces the graph's content.
    case replace = "PUT"
    /// HTTP POST: the body's triples are added to the graph (RDF merge).
    case add = "POST"
}
