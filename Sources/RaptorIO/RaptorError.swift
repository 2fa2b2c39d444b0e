import RDF

/// An error from reading or writing RDF through Raptor.
///
/// It carries Raptor's own log messages (with their positions) and the file
/// involved, if any. `description` reads like a compiler diagnostic:
///
///     bad.ttl:3:14: syntax error at '}'
///
/// The error is a struct with a `kind`, so new kinds can be added without
/// breaking callers' switches.
public struct RaptorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let name: String
        init(_ name: String) { self.name = name }
        /// The input is not valid in its syntax.
        public static let parse = Kind("parse")
        /// Raptor failed to write, or reported an error while writing.
        public static let serialize = Kind("serialize")
        /// A term cannot be written correctly (invalid IRI, language tag,
        /// blank-node label, NUL in a literal, or a term the syntax cannot hold).
        public static let invalidTerm = Kind("invalidTerm")
        /// A file could not be opened, read or written.
        public static let io = Kind("io")
        /// The syntax cannot be read (or written) by Raptor.
        public static let unsupportedSyntax = Kind("unsupportedSyntax")
        /// A Raptor object could not be created (out of memory, library fault).
        public static let library = Kind("library")
        /// The writer was used after `finish()`.
        public static let finished = Kind("finished")

        public var description: String { name }
    }

    public var kind: Kind
    /// A one-line summary (the first error message when Raptor gave one).
    public var message: String
    /// Every message Raptor logged during the call, in order (warnings included).
    public var messages: [RaptorMessage]
    /// The file read or written, when there is one.
    public var file: String?
    /// The term at fault, in N-Triples form, for `.invalidTerm`.
    public var term: String?

    public init(kind: Kind, message: String, messages: [RaptorMessage] = [], file: String? = nil, term: String? = nil) {
        self.kind = kind
        self.message = message
        self.messages = messages
        self.file = file
        self.term = term
    }

    /// The position of the first error message that has one.
    public var position: SourcePosition? {
        messages.first(where: { $0.isError && $0.position != nil })?.position
            ?? messages.first(where: { $0.position != nil })?.position
    }

    /// `FILE:LINE:COLUMN: message`, leaving out the parts that are unknown
    /// (the column is left out when it is 0, see `RaptorMessage`);
    /// further error messages follow on their own lines.
    public var description: String {
        var head = ""
        if let file { head += file + ":" }
        if let position { head += RaptorMessage.show(position) + ":" }
        var out = head.isEmpty ? message : head + " " + message
        let errors = messages.filter(\.isError)
        for extra in errors.dropFirst() {
            out += "\n"
            if let file { out += file + ":" }
            if let p = extra.position { out += RaptorMessage.show(p) + ": " } else if file != nil { out += " " }
            out += extra.text
        }
        return out
    }
}
