import RDF
import SPARQLSyntax

/// One solution of a SELECT query: a binding of the projected variables
/// (SPARQL 1.1 §18.1.8 solution mapping), with `values` aligned to
/// `variables` (`nil` = unbound). The result writers take `values`.
public struct Solution: Hashable, Sendable, CustomStringConvertible {
    /// The projected variables (shared by every solution of a result).
    public let variables: [Variable]
    /// The value of each variable of `variables`, nil when unbound.
    public let values: [Term?]

    public init(variables: [Variable], values: [Term?]) {
        self.variables = variables
        self.values = values
    }

    /// A solution from a dictionary (variables in the given order).
    public init(_ bindings: [Variable: Term], variables: [Variable]) {
        self.variables = variables
        self.values = variables.map { bindings[$0] }
    }

    /// The value bound to `variable`, nil when unbound or not projected.
    public subscript(_ variable: Variable) -> Term? {
        guard let i = variables.firstIndex(of: variable) else { return nil }
        return values[i]
    }

    /// The value bound to the variable called `name` (without `?`).
    public subscript(_ name: String) -> Term? { self[Variable(name)] }

    /// The bound variables and their values.
    public var bindings: [Variable: Term] {
        var out: [Variable: Term] = [:]
        for (v, t) in zip(variables, values) { if let t { out[v] = t } }
        return out
    }

    /// `?x=<a> ?y=UNDEF`-style text, for debugging and test messages.
    public var description: String {
        zip(variables, values).map { "\($0)=\($1.map(\.description) ?? "UNDEF")" }.joined(separator: " ")
    }
}
