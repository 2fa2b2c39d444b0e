/// An error from the OSCE module.
///
/// Errors are values with a `kind`, so that callers switch on the kind and
/// not on the message.
public struct OSCEError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The base IRI given to `IRIPolicy` is not an absolute IRI.
        case invalidBaseIRI
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
