import RDF

/// A solution the chosen results format cannot hold.
///
/// Thrown by `SPARQLResultsWriter.write(variables:rows:format:prefixes:to:)` for the XML format
/// when a term holds U+FFFE or U+FFFF, which XML (1.0 and 1.1) excludes even as a character
/// reference; the rows before it have been written.
public struct SPARQLResultsWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One line naming the format, the variable and the term (in N-Triples form).
    public let message: String
    /// The offending term, in N-Triples form.
    public let term: String

    public init(_ message: String, term: String) {
        self.message = message
        self.term = term
    }

    public var description: String { message }
}
