/// An error raised while evaluating a SPARQL expression (SPARQL 1.1 §17.2,
/// "Expression evaluation errors").
///
/// The evaluator turns it into the standard's outcomes: a FILTER whose
/// expression raises an error rejects the solution, a BIND leaves its
/// variable unbound, `||` and `&&` follow the three-valued table of §17.2.
public struct ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// An argument has the wrong kind of term or an incompatible datatype
        /// (the "type error" of §17.2), including ill-typed literals.
        case typeError
        /// A variable that the expression reads is not bound.
        case unboundVariable
        /// Integer or decimal division by zero (XPath op:numeric-divide, err:FOAR0001).
        case divisionByZero
        /// An argument has the right type but a value the function rejects
        /// (e.g. an invalid regular expression, an invalid language tag in STRLANG).
        case invalidArgument
        /// A function IRI or keyword the library does not implement.
        case unknownFunction
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func type(_ message: String) -> ExpressionError { ExpressionError(.typeError, message) }
}
