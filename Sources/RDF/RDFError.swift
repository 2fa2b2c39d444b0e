/// An error in building an RDF term or structure from invalid input.
///
/// The error is a struct with a `kind`, so new kinds can be added without
/// breaking callers' switches.
public struct RDFError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        case invalidIRI
        case invalidBlankNodeLabel
        case invalidLanguageTag
        case invalidLiteral
        case invalidPrefix
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
