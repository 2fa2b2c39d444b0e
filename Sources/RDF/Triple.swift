/// An RDF triple (RDF 1.1 Concepts §3.1).
///
/// The subject is an IRI or blank node and the predicate an IRI; the type
/// does not enforce the subject's kind, so that SPARQL CONSTRUCT can build
/// candidate triples and drop the invalid ones (SPARQL 1.1 §16.2)
/// through `isValid`.
public struct Triple: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: IRI
    public var object: Term

    public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public init(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        self.init(.iri(subject), predicate, object)
    }

    public init(_ subject: IRI, _ predicate: IRI, _ object: IRI) {
        self.init(.iri(subject), predicate, .iri(object))
    }

    public init(_ subject: IRI, _ predicate: IRI, _ object: Literal) {
        self.init(.iri(subject), predicate, .literal(object))
    }

    /// Whether the subject is an IRI or a blank node.
    public var isValid: Bool { !subject.isLiteral }

    /// The triple as one N-Triples line, without the newline.
    public var description: String { "\(subject) \(predicate) \(object) ." }

    public static func < (lhs: Triple, rhs: Triple) -> Bool {
        if lhs.subject != rhs.subject { return lhs.subject < rhs.subject }
        if lhs.predicate != rhs.predicate { return lhs.predicate < rhs.predicate }
        return lhs.object < rhs.object
    }
}

/// A triple in a named graph, or in the default graph when `graph` is `nil`
/// (RDF 1.1 Concepts §4).
public struct Quad: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var triple: Triple
    /// The graph name (an IRI or blank node), `nil` for the default graph.
    public var graph: Term?

    public init(_ triple: Triple, graph: Term? = nil) {
        self.triple = triple
        self.graph = graph
    }

    public var subject: Term { triple.subject }
    public var predicate: IRI { triple.predicate }
    public var object: Term { triple.object }

    /// The quad as one N-Quads line, without the newline.
    public var description: String {
        if let graph { return "\(triple.subject) \(triple.predicate) \(triple.object) \(graph) ." }
        return triple.description
    }

    public static func < (lhs: Quad, rhs: Quad) -> Bool {
        if lhs.graph != rhs.graph {
            guard let l = lhs.graph else { return true }
            guard let r = rhs.graph else { return false }
            return l < r
        }
        return lhs.triple < rhs.triple
    }
}
