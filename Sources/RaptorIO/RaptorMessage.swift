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

    /// The text of a message as Raptor formatted it, made safe to print.
    ///
    /// Raptor 2.0.15's N-Triples parser formats "Illegal string escape \\c
    /// in \"%s\"" with the address of a local pointer in place of the string,
    /// so the message carries bytes of process memory after `in`: that part
    /// is dropped. Any other text is decoded as UTF-8 (ill-formed bytes become
    /// U+FFFD) and C0 control characters and DEL are written as `\u{XX}`, so a
    /// message is always one line of clean text.
    /// - Complexity: O(n) in the message length.
    static func cleanText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var count = bytes.count
        let marker = Array("Illegal string escape \\".utf8)
        if count > marker.count + 1, bytes.starts(with: marker) {
            // "Illegal string escape \X in \"…garbage…\"": keep "…\X".
            count = marker.count + 1
        }
        let decoded = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
        var out = ""
        out.unicodeScalars.reserveCapacity(count)
        for u in decoded.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F {
                out += "\\u{\(String(u.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
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
