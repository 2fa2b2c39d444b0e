/// A set of triples that remembers the order in which they were first added
/// (RDF 1.1 Concepts §3: a graph is a set; the order only makes output
/// deterministic).
///
/// Adding a triple that is already present does nothing.
///
///     var g = Graph()
///     g.insert(Triple(IRI(unchecked: "http://ex.org/a"), RDFVocabulary.type, IRI(unchecked: "http://ex.org/C")))
///     g.count   // 1
///
/// This is the exchange graph used by the exporter and the Raptor binding.
/// The SPARQL engine builds its own indexed store from it.
public struct Graph: Sendable, Sequence {
    private var order: [Triple] = []
    private var members: Set<Triple> = []

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for t in triples { insert(t) }
    }

    /// The number of distinct triples.
    /// - Complexity: O(1).
    public var count: Int { order.count }
    public var isEmpty: Bool { order.isEmpty }

    /// Adds `triple` if it is not already in the graph.
    /// - Returns: `true` when the triple was new.
    /// - Complexity: amortised O(1).
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        guard members.insert(triple).inserted else { return false }
        order.append(triple)
        return true
    }

    /// Adds every triple of `triples` not already present.
    public mutating func insert<S: Sequence>(contentsOf triples: S) where S.Element == Triple {
        for t in triples { insert(t) }
    }

    /// - Complexity: O(1).
    public func contains(_ triple: Triple) -> Bool { members.contains(triple) }

    /// The triples in insertion order.
    public var triples: [Triple] { order }

    /// The triples in the deterministic order of `Triple.<`.
    /// - Complexity: O(n log n).
    public func sorted() -> [Triple] { order.sorted() }

    public func makeIterator() -> IndexingIterator<[Triple]> { order.makeIterator() }

    /// The triples matching a pattern; `nil` matches anything.
    /// - Complexity: O(n) (a scan; the SPARQL engine has indexes).
    public func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) -> [Triple] {
        order.filter {
            (subject == nil || $0.subject == subject!) && (predicate == nil || $0.predicate == predicate!)
                && (object == nil || $0.object == object!)
        }
    }
}

extension Graph: Equatable {
    /// Two graphs are equal when they hold the same triples, whatever the
    /// insertion order (this is not blank-node isomorphism).
    public static func == (lhs: Graph, rhs: Graph) -> Bool { lhs.members == rhs.members }
}

/// An RDF dataset: a default graph and named graphs (RDF 1.1 Concepts §4).
/// Named graphs keep the order in which their names were first seen.
public struct Dataset: Sendable {
    public var defaultGraph = Graph()
    public private(set) var graphNames: [Term] = []
    private var named: [Term: Graph] = [:]

    public init() {}

    /// The named graph called `name` (empty if absent).
    public func namedGraph(_ name: Term) -> Graph { named[name] ?? Graph() }

    /// Adds a quad to the default graph or to its named graph.
    public mutating func insert(_ quad: Quad) {
        guard let g = quad.graph else { defaultGraph.insert(quad.triple); return }
        if named[g] == nil { graphNames.append(g); named[g] = Graph() }
        named[g]!.insert(quad.triple)
    }

    /// Adds `triple` to the named graph `name`, creating it if needed.
    public mutating func insert(_ triple: Triple, into name: Term) {
        insert(Quad(triple, graph: name))
    }

    /// Replaces or creates the named graph `name`.
    public mutating func setNamedGraph(_ name: Term, _ graph: Graph) {
        if named[name] == nil { graphNames.append(name) }
        named[name] = graph
    }

    /// Every quad: the default graph's first, then each named graph's.
    public var quads: [Quad] {
        var out = defaultGraph.triples.map { Quad($0) }
        for name in graphNames { out += named[name]!.triples.map { Quad($0, graph: name) } }
        return out
    }
}
