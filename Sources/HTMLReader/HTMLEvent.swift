/// One step of a walk through a parsed HTML document, in document order: the C tree flattened
/// into Swift values, so that nothing past `HTMLDocument` touches libxml2 and nothing recurses.
enum HTMLEvent: Hashable {
    /// An element's start, with its attributes.
    case start(HTMLElement)
    /// The end of the element named (every `start` has its `end`, implied ones included, so the
    /// events nest: an end closes the latest open start).
    case end(name: String)
    /// A text node's content, entities decoded, white space as written. `line` is the HTML source
    /// line the text starts on (see `RenderedLine.sourceLine` for the 16-bit limit).
    case text(String, line: Int)
}

/// An element as the parser built it.
struct HTMLElement: Hashable {
    /// The tag name in lower case (`p`, `li`, `osce-menu`).
    var name: String
    /// Attributes by lower-case name, values decoded; the first of a repeated name wins.
    var attributes: [String: String]
    /// The HTML source line of the end of its start tag (0 for elements the parser implied).
    var line: Int
    /// How it takes part in the rendered text (computed once).
    var role: HTMLElementRole = .inline

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        role = HTMLElementRole.of(self)
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }
}
