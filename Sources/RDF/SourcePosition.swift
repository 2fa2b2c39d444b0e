/// A position in a text source.
///
/// Unit: `line` and `column` are 1-based; `column` counts Unicode scalars;
/// `offset` is 0-based and counts UTF-8 bytes. Every other type that reports
/// a position refers to this definition.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int = 0) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Prints as `line:column`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A half-open range of positions in a text source (see `SourcePosition`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public var description: String { start.description }
}

extension SourcePosition {
    /// One diagnostic line in the compiler form every error and warning of the package uses:
    /// `FILE:LINE:COLUMN: message`, `FILE:LINE: message` when the column is unknown (nil or 0,
    /// as for HTML sources, which give lines only), `FILE: message` when the line is unknown.
    public static func diagnostic(file: String, line: Int?, column: Int?, message: String) -> String {
        guard let line else { return "\(file): \(message)" }
        guard let column, column != 0 else { return "\(file):\(line): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }
}
