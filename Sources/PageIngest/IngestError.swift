import RDF

/// Why a page could not be ingested.
///
/// `description` is one line, `FILE:LINE:COL: message` (or `FILE: message`
/// when there is no position), ready for a CLI to print.
public struct IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// The file is empty or holds only white space.
        case empty
        /// The file holds binary data (NUL or other control bytes).
        case binary
        /// The page has text, but no layout the ingester knows (no type line, title with dateline,
        /// listing labels, site menu or known section header).
        case unknownKind
        /// The file could not be read.
        case unreadable
        /// The file is larger than the reader accepts (HTML pages: 16 MiB).
        case tooLarge
        /// The HTML parser stopped before the end of the page (markup nested too deeply, …).
        case malformedMarkup
        /// The text is not a page at all: RDF, XML or HTML markup, source code, or a data table
        /// (CSV/TSV). The message says which and why.
        case notAPage
    }

    public let kind: Kind
    /// The file (or other source name) the page came from.
    public let file: String
    /// Where in the file the problem is (1-based line and column in Unicode scalars, 0-based byte offset;
    /// column 0 when only the line is known, as for HTML pages).
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
