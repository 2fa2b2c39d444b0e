import RDF

/// One message Raptor logged while parsing or serialising.
///
/// Built from a `raptor_log_message`: its level, text and locator. The
/// position is `nil` when Raptor did not know the line (locator line < 0).
/// Units follow `SourcePosition`, with two Raptor caveats: `column` is 0
/// when Raptor knows only the line (its Turtle and TriG parsers report no
/// columns; the N-Triples and N-Quads parsers do), and Raptor's columns
/// count bytes, which equals scalars on ASCII lines. `offset` is 0 unless
/// the parser reports it. Positions found by RaptorIO's own input checks
/// (NUL, surrogate escapes) have exact columns in scalars and byte offsets.
public struct RaptorMessage: Hashable, Sendable, CustomStringConvertible {
    /// The severity of a message (Raptor's `raptor_log_level`).
    public enum Level: Int, Hashable, Sendable, Comparable, CustomStringConvertible {
        case trace, debug, info, warning, error, fatal

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        public var description: String {
            switch self {
            case .trace: return "trace"
            case .debug: return "debug"
            case .info: return "info"
            case .warning: return "warning"
            case .error: return "error"
            case .fatal: return "fatal"
            }
        }
    }

    public var level: Level
    public var text: String
    /// Where in the input the message applies, or `nil` when Raptor did not say.
    public var position: SourcePosition?
    /// Raptor's error code, or `nil` when it gave none.
    public var code: Int?

    public init(level: Level, text: String, position: SourcePosition? = nil, code: Int? = nil) {
        self.level = level
        self.text = text
        self.position = position
        self.code = code
    }

    /// `line:column`, or `line` when the column is unknown (0).
    static func show(_ p: SourcePosition) -> String { p.column > 0 ? "\(p.line):\(p.column)" : "\(p.line)" }

    /// Whether the message is an error or a fatal error.
    public var isError: Bool { level >= .error }

    /// `LINE:COLUMN: level: text` (or `level: text` without a position).
    public var description: String {
        if let position { return "\(RaptorMessage.show(position)): \(level): \(text)" }
        return "\(level): \(text)"
    }
}
