/// How an element takes part in the rendered text: the CSS display defaults of the HTML standard's
/// rendering section (§15.3, "Non-replaced elements"), reduced to what a text rendering needs.
///
/// Source: HTML Living Standard §15.3.1–15.3.8 (hidden elements, flow content, lists, tables).
enum HTMLElementRole: Hashable {
    /// Not rendered with its content (`script`, `style`, `head`, form controls, embedded media, …).
    case dropped
    /// Starts and ends a line (`p`, `div`, `h1`, `section`, `tr`, …).
    case block
    /// A list container (`ul`, `ol`, `menu`, `dir`, `dl`): a block whose items get markers.
    case list
    /// A list item or description term/details (`li`, `dt`, `dd`): a block starting with `- `.
    case listItem
    /// A table row: a block whose cells share one line.
    case tableRow
    /// A table cell (`td`, `th`): inline, separated from the previous cell of its row by a tab.
    case tableCell
    /// `br`: ends the line.
    case lineBreak
    /// `pre` (and the obsolete `listing`, `xmp`, `plaintext`): a block whose newlines end lines.
    case preformatted
    /// Everything else, unknown and custom elements included: text flows through.
    case inline

    static let table: [String: HTMLElementRole] = {
        var t: [String: HTMLElementRole] = [:]
        for name in [
            "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
            "canvas", "audio", "video", "picture", "img", "input", "select", "datalist", "textarea", "button",
            "map", "area", "param", "source", "track", "meta", "link", "base", "frame", "frameset", "applet",
        ] { t[name] = .dropped }
        for name in [
            "html", "body", "address", "article", "aside", "blockquote", "center", "details", "dialog", "div",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "legend", "main", "nav", "noframes", "p", "search", "section", "summary", "table",
            "thead", "tbody", "tfoot", "caption", "optgroup", "option",
        ] { t[name] = .block }
        for name in ["ul", "ol", "menu", "dir", "dl"] { t[name] = .list }
        for name in ["li", "dt", "dd"] { t[name] = .listItem }
        t["tr"] = .tableRow
        t["td"] = .tableCell
        t["th"] = .tableCell
        t["br"] = .lineBreak
        for name in ["pre", "listing", "xmp", "plaintext"] { t[name] = .preformatted }
        return t
    }()

    /// The role of an element: `.dropped` for an element hidden by its `hidden` attribute or an
    /// inline `display: none` / `visibility: hidden` style; an inline `display` style turns a text
    /// element into a block (`block`, `flex`, `grid`, `table`, `list-item`) or into inline content
    /// (`inline`, `inline-block`, `inline-flex`); otherwise the element's default.
    static func of(_ element: HTMLElement) -> HTMLElementRole {
        if element["hidden"] != nil { return .dropped }
        let role = table[element.name] ?? .inline
        guard let style = element["style"] else { return role }
        let compact = String(String.UnicodeScalarView(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
        if compact.contains("visibility:hidden") { return .dropped }
        guard let display = declaration("display", in: compact) else { return role }
        if display == "none" { return .dropped }
        guard role == .inline || role == .block else { return role }
        switch display {
        case "block", "flex", "grid", "table", "list-item", "flow-root": return .block
        case "inline", "inline-block", "inline-flex", "inline-grid", "inline-table", "contents": return .inline
        default: return role
        }
    }

    /// The value of `property` in a compacted (white-space free, lower-case) style attribute.
    private static func declaration(_ property: String, in style: String) -> String? {
        for item in style.split(separator: ";") {
            let parts = item.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0] == property {
                return String(parts[1].split(separator: "!").first ?? "")
            }
        }
        return nil
    }
}
