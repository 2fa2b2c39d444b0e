/// Reads the dated schema.org items of a page's microdata as the document is walked, with the
/// rendered lines each one spans: the entries of a blog or news listing (Joomla's
/// `itemprop="blogPost"`, WordPress's `BlogPosting`, a `NewsArticle` per teaser).
///
/// An item is an element with `itemscope` whose own properties (not those of an item nested in
/// it, per microdata's scoping) give a name (`itemprop="headline"`, else `itemprop="name"`: the
/// text of the element, or its `content`) and a publication date (`itemprop="datePublished"`:
/// `datetime`, else `content`, as an ISO 8601 calendar date). An item without both is not kept
/// (a `Person` has a name but no date). Items are listed in the order they start.
///
/// Call `consume` with every event after the renderer has taken it, and the number of lines the
/// renderer has so far, so that an item's lines are the ones rendered between its start and end.
///
/// Source: HTML Living Standard §5.2 (microdata: `itemscope`, `itemprop`, property scoping);
/// schema.org `CreativeWork` (`headline`, `name`, `datePublished`).
struct HTMLItemBlocks {
    private struct Scope {
        var depth: Int
        var order: Int
        var firstLine: Int
        var headline: String?
        var name: String?
        var date: String?
    }

    /// The text being read for a property of the scope at `scope` (an index into `open`).
    private struct Capture {
        var scope: Int
        var depth: Int
        var isHeadline: Bool
        var text = ""
    }

    private var depth = 0
    private var open: [Scope] = []
    private var capture: Capture?
    private var found: [(order: Int, block: RenderedHTML.ItemBlock)] = []
    private var started = 0

    /// The items read, in the order they start.
    var blocks: [RenderedHTML.ItemBlock] { found.sorted { $0.order < $1.order }.map(\.block) }

    mutating func consume(_ event: HTMLEvent, lineCount: Int) {
        switch event {
        case .start(let element):
            depth += 1
            guard element.role != .dropped || element.name == "meta" else { return }
            if let props = element["itemprop"], !open.isEmpty, capture == nil {
                // A property of the innermost item (an element with both starts a nested item).
                let words = props.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                let scope = open.count - 1
                let isHeadline = words.contains("headline")
                if isHeadline || words.contains("name") {
                    if let content = element["content"] {
                        set(content, headline: isHeadline, scope: scope)
                    } else if element.role != .dropped {
                        capture = Capture(scope: scope, depth: depth, isHeadline: isHeadline)
                    }
                }
                if words.contains("datepublished"), open[scope].date == nil {
                    open[scope].date = (element["datetime"] ?? element["content"]).flatMap(HTMLMetadata.isoDate)
                }
            }
            if element["itemscope"] != nil {
                open.append(Scope(depth: depth, order: started, firstLine: lineCount))
                started += 1
            }
        case .end:
            if let c = capture, c.depth == depth {
                set(c.text, headline: c.isHeadline, scope: c.scope)
                capture = nil
            }
            if let scope = open.last, scope.depth == depth {
                open.removeLast()
                if let title = scope.headline ?? scope.name, let date = scope.date, lineCount > scope.firstLine {
                    found.append((order: scope.order, block: RenderedHTML.ItemBlock(title: title, date: date, lines: scope.firstLine..<lineCount)))
                }
            }
            depth -= 1
        case .text(let text, _):
            capture?.text += text
        }
    }

    private mutating func set(_ text: String, headline: Bool, scope: Int) {
        guard let value = HTMLMetadata.nonEmpty(text) else { return }
        if headline { open[scope].headline = open[scope].headline ?? value } else { open[scope].name = open[scope].name ?? value }
    }
}
