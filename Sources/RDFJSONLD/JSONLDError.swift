/// An error from writing JSON-LD.
///
/// `kind` says what went wrong; `message` names the offending term or prefix.
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
    }

    /// What went wrong.
    public let kind: Kind
    /// One line naming the term or prefix.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
