import RDF
import RaptorIO
import SPARQLEngine

/// Loads RDF documents into an `IndexedDataset` as one RDF merge: every
/// document (each file, standard input, each graph handed in, each
/// FROM / FROM NAMED graph) gets its own blank-node scope, so `_:n1` of two
/// files, or the `[ ]` of two Turtle files, stay two nodes (RDF 1.1
/// Semantics §5.2; see `BlankNodeScope`).
///
/// This is the one load path of the query command (`--data`,
/// `--named-graph`, standard input, ingested pages, FROM / FROM NAMED) and
/// of the W3C conformance runner.
///
///     let loader = DatasetLoader()
///     try loader.load(file: "a.ttl", baseIRI: IRI(unchecked: "file:///a.ttl"))
///     try loader.load(file: "b.ttl", baseIRI: IRI(unchecked: "file:///b.ttl"))
///     loader.store.finishLoading()
///     // _:n1 of a.ttl is _:n1, _:n1 of b.ttl is _:s1_n1.
///
/// Scopes are numbered in load order, so the same loads in the same order
/// give the same labels. Not for concurrent loading into one store; `graph`
/// (FROM loading) may be called from any thread.
///
/// - Complexity: O(n) per document of n triples, plus the store's `add`.
public final class DatasetLoader: Sendable {
    /// Where the triples of a document go.
    public enum Target: Hashable, Sendable {
        /// Quads keep their graph (N-Quads, TriG); triples go to the default graph.
        case asWritten
        /// Everything goes to the default graph (graph names are dropped).
        case defaultGraph
        /// Everything goes to the named graph `name` (declared even when empty).
        case named(Term)
    }

    /// The store being filled; call `store.finishLoading()` after the last load.
    public let store: IndexedDataset
    /// Whether every triple of a named graph is also added to the default
    /// graph (`--union-default-graph`; the store drops duplicates).
    public let unionDefaultGraph: Bool
    private let scopes = BlankNodeScopes()

    /// - Parameters:
    ///   - store: the store to fill (default: a new one).
    ///   - unionDefaultGraph: see the property.
    public init(store: IndexedDataset = IndexedDataset(), unionDefaultGraph: Bool = false) {
        self.store = store
        self.unionDefaultGraph = unionDefaultGraph
    }

    /// Loads a file as one document.
    /// - Parameters:
    ///   - syntax: the syntax, or `nil` for the file extension (then Raptor's guess).
    ///   - baseIRI: the base of relative IRIs (normally the file's `file://` IRI).
    /// - Throws: `RaptorError` (`.io`, `.parse`, `.unsupportedSyntax`); the
    ///   triples of the chunks read before the error have been added.
    public func load(file path: String, syntax: RDFSyntax? = nil, baseIRI: IRI, into target: Target = .asWritten) throws(RaptorError) {
        let scope = scopes.next()
        declare(target)
        try RDFParser.parse(file: path, syntax: syntax, baseIRI: baseIRI, blankNodeScope: scope) { add($0, target) }
    }

    /// Loads standard input, in `syntax`, as one document.
    public func loadStandardInput(syntax: RDFSyntax, baseIRI: IRI, into target: Target = .asWritten) throws(RaptorError) {
        let scope = scopes.next()
        declare(target)
        try RDFParser.parse(standardInput: syntax, baseIRI: baseIRI, blankNodeScope: scope) { add($0, target) }
    }

    /// Loads quads already parsed from one document (with labels as parsed)
    /// or made in memory (ingested pages), as one document.
    public func load<S: Sequence>(quads: S, into target: Target = .asWritten) where S.Element == Quad {
        let scope = scopes.next()
        declare(target)
        for q in quads {
            add(Quad(Triple(scope.term(q.triple.subject), q.triple.predicate, scope.term(q.triple.object)),
                     graph: q.graph.map(scope.term)), target)
        }
    }

    /// Loads the triples of one graph (one document) into `target`.
    public func load(graph: Graph, into target: Target = .defaultGraph) {
        load(quads: graph.lazy.map { Quad($0, graph: nil) }, into: target)
    }

    /// Reads a file as one graph in a scope of its own, for FROM / FROM NAMED
    /// (SPARQL 1.1 §13.2): the evaluator merges the graphs it is given, so
    /// each must already be standardised apart from the others and from the
    /// store's. Named-graph quads are merged into the graph.
    /// - Throws: `RaptorError`; nothing is returned on error.
    public func graph(file path: String, syntax: RDFSyntax? = nil, baseIRI: IRI) throws(RaptorError) -> Graph {
        let scope = scopes.next()
        var graph = Graph()
        try RDFParser.parse(file: path, syntax: syntax, baseIRI: baseIRI, blankNodeScope: scope) { graph.insert($0.triple) }
        return graph
    }

    /// Quads already parsed from one document (a JSON-LD file), as one graph in a scope of
    /// its own, for FROM / FROM NAMED (see `graph(file:syntax:baseIRI:)`).
    public func graph(quads: [Quad]) -> Graph {
        let scope = scopes.next()
        var graph = Graph()
        for q in quads { graph.insert(Triple(scope.term(q.triple.subject), q.triple.predicate, scope.term(q.triple.object))) }
        return graph
    }

    private func declare(_ target: Target) {
        if case .named(let name) = target { store.declareNamedGraph(name) }
    }

    private func add(_ quad: Quad, _ target: Target) {
        let graph: Term?
        switch target {
        case .asWritten: graph = quad.graph
        case .defaultGraph: graph = nil
        case .named(let name): graph = name
        }
        store.add(quad.triple, graph: graph)
        if unionDefaultGraph && graph != nil { store.add(quad.triple) }
    }
}
