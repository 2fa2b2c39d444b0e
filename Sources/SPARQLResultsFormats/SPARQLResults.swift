import RDF
import SPARQLSyntax

/// A result read back from a results document: a solution sequence (SELECT)
/// or a boolean (ASK).
public enum SPARQLResults: Hashable, Sendable {
    /// The declared variables, in order, and one dictionary per solution
    /// holding the bound variables only.
    case bindings(variables: [Variable], rows: [[Variable: Term]])
    case boolean(Bool)

    public var variables: [Variable] {
        if case .bindings(let v, _) = self { return v }
        return []
    }

    public var rows: [[Variable: Term]] {
        if case .bindings(_, let r) = self { return r }
        return []
    }

    public var boolean: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }
}
