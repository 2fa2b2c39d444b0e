/// An RDF term: an IRI, a blank node or a literal (RDF 1.1 Concepts §3.1).
///
/// `description` prints the term in N-Triples form, so printing a term gives
/// valid syntax. Terms order as blank nodes < IRIs < literals, then by their
/// text, which gives a deterministic total order (it is not SPARQL's ORDER BY
/// order; see SPARQL 1.1 §15.1 for that).
public enum Term: Hashable, Comparable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case blankNode(BlankNode)
    case literal(Literal)

    public var description: String {
        switch self {
        case .iri(let i): return i.description
        case .blankNode(let b): return b.description
        case .literal(let l): return l.description
        }
    }

    public var iri: IRI? { if case .iri(let i) = self { return i } else { return nil } }
    public var blankNode: BlankNode? { if case .blankNode(let b) = self { return b } else { return nil } }
    public var literal: Literal? { if case .literal(let l) = self { return l } else { return nil } }
    public var isIRI: Bool { iri != nil }
    public var isBlankNode: Bool { blankNode != nil }
    public var isLiteral: Bool { literal != nil }

    private var rank: Int {
        switch self {
        case .blankNode: return 0
        case .iri: return 1
        case .literal: return 2
        }
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a < b
        case (.blankNode(let a), .blankNode(let b)): return a < b
        case (.literal(let a), .literal(let b)): return a < b
        default: return lhs.rank < rhs.rank
        }
    }
}

extension IRI {
    /// This IRI as a `Term`.
    public var term: Term { .iri(self) }
}

extension Literal {
    /// This literal as a `Term`.
    public var term: Term { .literal(self) }
}

extension BlankNode {
    /// This blank node as a `Term`.
    public var term: Term { .blankNode(self) }
}
