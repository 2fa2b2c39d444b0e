import RDF

/// A non-fatal problem with a page that still gave facts.
///
/// `description` is one line, `FILE:LINE:COL: message` (or `FILE: message`).
public struct IngestWarning: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// The page holds only the site menu.
        case navigationOnly = "navigation-only"
        /// The capture was cut off (mid-word, inside a quote, or inside a UTF-8 sequence).
        case truncated
        /// A page kind that holds releases, but no release could be found.
        case noRelease = "no-release"
        /// A release with a title and no body: no paragraph, quote or caption under the title
        /// (a page saved before its text loaded, or the title alone copied). The item is kept.
        case noBody = "no-body"
        /// The page has prose but no layout the reader knows: the item was read from the best
        /// title candidate and the text below it.
        case unknownLayout = "unknown-layout"
        /// The page held Unicode noncharacters (U+FDD0…U+FDEF, U+FFFE, U+FFFF, U+1FFFE, …):
        /// they were replaced by U+FFFD (`Noncharacters.replace(in:)`).
        case noncharacter
        /// A page that is not valid in its encoding: undeclared and not UTF-8 (read as
        /// Windows-1252, or as UTF-8 with U+FFFD when the file is mostly UTF-8: `TextDecoding`), or
        /// an HTML page declared UTF-8 with bad bytes (`HTMLEncoding`). The position is the first bad byte's.
        case encoding
        /// A file whose name has no HTML extension but whose content is HTML markup (a fragment
        /// saved as `.txt`: `HTMLReader.sniffsAsHTML`): it was read as HTML, as a browser sniffs it.
        case htmlContent = "html-content"
        /// A quotation mark that nothing closes: the passage was bounded at the comma before its
        /// attribution, or at its paragraph's end (`ReleaseAnalyzer.unclosedQuotations`).
        case unclosedQuotation = "unclosed-quotation"
        /// A `Date` label whose value is no calendar date (`31 February 2021`, `Tomorrow`): the
        /// release is kept undated (`PageIngester.unreadDateWarnings`).
        case unreadDate = "unread-date"
    }

    public let kind: Kind
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(_ kind: Kind, file: String, position: SourcePosition? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = position?.line
        self.column = position?.column
        self.message = message
    }

    /// The warning for noncharacters replaced by U+FFFD (text and HTML pages alike): the first at
    /// `position`, its code point `value`, and `count` in the page.
    static func noncharacters(file: String, position: SourcePosition?, value: UInt32, count: Int) -> IngestWarning {
        let times = count == 1 ? "" : " (\(count) in the page)"
        let code = "U+" + String(value, radix: 16, uppercase: true)
        return IngestWarning(.noncharacter, file: file, position: position, message:
            "noncharacter \(code) replaced by U+FFFD\(times): noncharacters are not text (no RDF syntax carries U+FFFE or U+FFFF, and an HTML parser drops them)")
    }

    public var description: String {
        SourcePosition.diagnostic(file: file, line: line, column: column, message: message)
    }
}
