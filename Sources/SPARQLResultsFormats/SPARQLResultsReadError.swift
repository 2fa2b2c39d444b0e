import RDF

/// An error in reading a SPARQL results document.
public struct SPARQLResultsReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The text is not well-formed in its syntax (XML, JSON, CSV, TSV).
        case syntax
        /// Well-formed, but not a results document (missing `head`, unknown term type, …).
        case structure
        /// A term in the document is invalid (bad IRI, language tag, blank node label).
        case invalidTerm
    }

    public let kind: Kind
    public let message: String
    /// Where in the input, when known.
    public let position: SourcePosition?

    public init(_ kind: Kind, _ message: String, at position: SourcePosition? = nil) {
        self.kind = kind
        self.message = message
        self.position = position
    }

    public var description: String {
        if let position { return "\(position): \(message)" }
        return message
    }
}
