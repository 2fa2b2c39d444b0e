import RDF

/// Why an evaluation could not run: a folder that does not exist or holds no annotated page,
/// or an expected-facts file that cannot be read or does not follow the schema.
///
/// `description` is one line, `FILE:LINE:COLUMN: message` (or `FILE: message` when there is
/// no position), ready for a CLI to print. Positions follow `SourcePosition`.
public struct EvaluationError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// A folder or file named for evaluation does not exist.
        case missingPath
        /// A file exists but cannot be read.
        case unreadable
        /// An expected-facts file is not JSON, or not in the schema of the pages README.
        case invalidExpectedFile
        /// The folder holds no page with expected facts: nothing would be measured.
        case nothingToEvaluate
    }

    public let kind: Kind
    public let file: String
    public let position: SourcePosition?
    public let message: String

    public init(_ kind: Kind, file: String, position: SourcePosition? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String {
        SourcePosition.diagnostic(file: file, line: position?.line, column: position?.column, message: message)
    }
}
