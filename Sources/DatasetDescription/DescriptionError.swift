/// A failure while describing an export: a bad setting or an unreadable file.
///
///     DescriptionError(.invalidDate, "date '2024-13-01' is …").description
///
/// Source: this module.
public struct DescriptionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// `--date` or `SOURCE_DATE_EPOCH` is not a valid time.
        case invalidDate
        /// `--license`, `--endpoint` or `--dump-url` is not an absolute IRI.
        case invalidIRI
        /// A distribution file cannot be read.
        case unreadableFile
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
