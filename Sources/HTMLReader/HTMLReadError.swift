internal import RDF

/// Why an HTML page could not be read.
///
/// `description` is one line, `FILE:LINE: message` (or `FILE: message` when
/// there is no line), ready for a command line to print. Lines are 1-based
/// lines of the HTML source; libxml2 records no columns, so none is given.
///
/// The error is a struct with a `kind`, so new kinds can be added without
/// breaking callers' switches.
public struct HTMLReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let name: String
        init(_ name: String) { self.name = name }
        /// The file is empty or holds only white space.
        public static let empty = Kind("empty")
        /// The file is larger than the reader's size cap.
        public static let tooLarge = Kind("tooLarge")
        /// The file holds binary data (a NUL byte, or a control byte where a file signature sits).
        public static let binary = Kind("binary")
        /// libxml2 stopped before the end of the document (markup nested deeper than its limit, …).
        public static let parserStopped = Kind("parserStopped")
        /// libxml2 could not create its parser or document (out of memory).
        public static let library = Kind("library")

        public var description: String { name }
    }

    public var kind: Kind
    /// The file (or other source name) the page came from.
    public var file: String
    /// The 1-based line of the HTML source the problem is on, when known.
    public var line: Int?
    /// One line saying what is wrong.
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        SourcePosition.diagnostic(file: file, line: line, column: nil, message: message)
    }
}
