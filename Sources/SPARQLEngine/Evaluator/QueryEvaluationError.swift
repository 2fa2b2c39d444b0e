/// An error that ends the evaluation of a query (not an expression error:
/// those are values, SPARQL 1.1 §17.2, and never end a query).
public struct QueryEvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The deadline given in `EvaluationOptions.deadline` passed.
        case timeout
        /// The query uses a feature outside this engine (SERVICE).
        case unsupported
        /// A graph named in FROM / FROM NAMED could not be loaded (§13.2).
        case datasetLoad
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
