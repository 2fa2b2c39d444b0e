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
/// A page with fewer than two such items gives its listing rows instead, when it has two or
/// more: an `article` element (HTML §4.3.2: a self-contained composition, one per teaser of a
/// listing) or an element with a listing-row class (`HTMLClassVocabulary.listingRows`: Drupal
/// Views' `views-row`), not inside another row, titled by its first heading (`h1`–`h6`) or element
/// with a row-title class (`HTMLClassVocabulary.rowTitles`: Drupal 7's `views-field-title`), and
/// dated by its first `datetime` attribute (`<time datetime>`) or RDFa date (`content` on an
/// element whose `property` names a date: Drupal 7's `property="dc:date dc:created"`); none: no
/// date. A row counts only when another row of the same
/// kind (element name and row class) has the same parent element: a listing repeats its rows,
/// where a release's own `article` stands alone.
///
/// Call `consume` with every event after the renderer has taken it, and the number of lines the
/// renderer has so far, so that an item's lines are the ones rendered between its start and end.
///
/// Source: HTML Living Standard §5.2 (microdata: `itemscope`, `itemprop`, property scoping),
/// §4.3.2 (`article`), §4.10.1 (`time`); schema.org `CreativeWork` (`headline`, `name`,
/// `datePublished`).
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

    /// A listing row being read: its depth, parent element, kind, first line, first heading's
    /// text (and the heading's depth while it is read) and first `<time>` date.
    private struct Row {
        var depth: Int
        var parent: Int
        var kind: String
        var firstLine: Int
        var title: String?
        var heading: (depth: Int, text: String)?
        var date: String?
    }

    /// The class names of listing rows.
    let vocabulary: HTMLClassVocabulary
    private var depth = 0
    private var open: [Scope] = []
    private var capture: Capture?
    private var found: [(order: Int, block: RenderedHTML.ItemBlock)] = []
    private var started = 0
    /// The identities of the open elements (numbered in start order), the next one, the open row,
    /// and the rows read with their parent and kind.
    private var elements: [Int] = []
    private var nextElement = 0
    private var row: Row?
    private var rows: [(parent: Int, kind: String, block: RenderedHTML.ItemBlock)] = []

    init(vocabulary: HTMLClassVocabulary = .none) {
        self.vocabulary = vocabulary
    }

    /// The items read, in the order they start: the microdata items, or with fewer than two of
    /// them the repeated listing rows when there are two or more.
    var blocks: [RenderedHTML.ItemBlock] {
        if found.count < 2 {
            var kinds: [String: Int] = [:]
            for r in rows { kinds["\(r.parent) \(r.kind)", default: 0] += 1 }
            let repeated = rows.filter { kinds["\($0.parent) \($0.kind)"]! >= 2 }
            if repeated.count >= 2 { return repeated.map(\.block) }
        }
        return found.sorted { $0.order < $1.order }.map(\.block)
    }

    mutating func consume(_ event: HTMLEvent, lineCount: Int) {
        switch event {
        case .start(let element):
            depth += 1
            let parent = elements.last ?? -1
            elements.append(nextElement)
            nextElement += 1
            guard element.role != .dropped || element.name == "meta" else { return }
            startRow(element, parent: parent, lineCount: lineCount)
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
            endRow(lineCount: lineCount)
            elements.removeLast()
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
            row?.heading?.text += text
        }
    }

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Starts a listing row at `element`, or reads its first heading or `<time>` inside the open one.
    private mutating func startRow(_ element: HTMLElement, parent: Int, lineCount: Int) {
        guard element.role != .dropped else { return }
        if row != nil {
            if row?.title == nil, row?.heading == nil,
               Self.headings.contains(element.name) || HTMLClassVocabulary.has(element, vocabulary.rowTitles) {
                row?.heading = (depth, "")
            }
            if row?.date == nil {
                if let value = element["datetime"] {
                    row?.date = HTMLMetadata.isoDate(value)
                } else if let value = element["content"], element["property"]?.lowercased().contains("date") == true {
                    row?.date = HTMLMetadata.isoDate(value)
                }
            }
            return
        }
        let classes = element["class"].map { $0.lowercased().unicodeScalars.split(whereSeparator: HTMLWhiteSpace.contains).map(String.init) } ?? []
        let rowClasses = classes.filter(vocabulary.listingRows.contains)
        guard element.name == "article" || !rowClasses.isEmpty else { return }
        row = Row(depth: depth, parent: parent, kind: ([element.name] + rowClasses.sorted()).joined(separator: " "), firstLine: lineCount)
    }

    /// Ends the open row's heading, or the row (kept when it has a title and lines).
    private mutating func endRow(lineCount: Int) {
        guard var r = row else { return }
        if let h = r.heading, h.depth == depth {
            r.title = HTMLMetadata.nonEmpty(h.text)
            r.heading = nil
            row = r
        }
        guard r.depth == depth else { return }
        row = nil
        if let title = r.title, lineCount > r.firstLine {
            rows.append((parent: r.parent, kind: r.kind, block: RenderedHTML.ItemBlock(title: title, date: r.date, lines: r.firstLine..<lineCount)))
        }
    }

    private mutating func set(_ text: String, headline: Bool, scope: Int) {
        guard let value = HTMLMetadata.nonEmpty(text) else { return }
        if headline { open[scope].headline = open[scope].headline ?? value } else { open[scope].name = open[scope].name ?? value }
    }
}
