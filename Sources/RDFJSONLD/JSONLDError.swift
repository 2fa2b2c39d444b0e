import RDF

/// An error from writing or reading JSON-LD.
///
/// `kind` says what went wrong; `message` names the offending term, prefix or member;
/// `position` is where in a document being read (nil when writing). `description` reads
/// `LINE:COLUMN: message` when there is a position.
public struct JSONLDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// A prefix that cannot be a JSON-LD term, or two IRIs for one prefix.
        case invalidContext
        /// A term that cannot be written: an IRI that is not absolute or holds
        /// characters no IRI may hold, a literal as subject.
        case invalidTerm
        /// An absolute IRI whose scheme is a term of the context (`state:x`
        /// when `state` is a prefix), which every JSON-LD processor would read
        /// as a compact IRI (JSON-LD 1.1 "IRI confused with prefix").
        case confusedWithPrefix
        /// Reading: the document is not JSON (RFC 8259).
        case syntax
        /// Reading: JSON that breaks a JSON-LD rule (a keyword's value of the wrong kind, a
        /// term with no IRI, an invalid IRI or language tag).
        case invalidDocument
        /// Reading: a feature this reader does not provide (a remote context, `@import`).
        case unsupported
    }

    /// What went wrong.
    public let kind: Kind
    /// One line naming the term, prefix or member.
    public let message: String
    /// Where in the document read (see `SourcePosition`); nil for writing errors.
    public let position: SourcePosition?

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
        self.position = nil
    }

    public init(_ kind: Kind, _ message: String, at position: SourcePosition) {
        self.kind = kind
        self.message = message
        self.position = position
    }

    public var description: String { position.map { "\($0): \(message)" } ?? message }
}
