/// Which elements hold page furniture around the content (a cookie banner, a sidebar of related
/// items, the page footer, pagination) rather than the page's own text: their rendered lines are
/// marked `RenderedLine.isBoilerplate`.
///
/// An element is furniture when (checked on its start tag, with what encloses it):
/// - it is a dialog: a `dialog` element, or ARIA `role="dialog"` / `"alertdialog"` (cookie and
///   consent banners, modals);
/// - it is a form or a search region: a `form` or `search` element, or ARIA `role="search"`
///   (a listing's exposed filters, whose `<label>`s and `<option>`s name places and States, a
///   search box): its controls and their labels are no page text (a form that wraps the whole
///   page, as ASP.NET writes one, is undone as below, and so is one that holds a paragraph or a
///   heading: `isFormContent`);
/// - it is complementary content outside an article: an `aside` (or `role="complementary"`) not
///   inside an `article` (HTML §4.3.5: an `aside` inside an article is part of it, a pull quote or
///   a glossary; outside, it is a sidebar);
/// - it is the page's footer: a `footer` not inside `article`, `aside`, `main`, `nav` or
///   `section`, or `role="contentinfo"` (the ARIA mapping of HTML-AAM: only such a footer is the
///   page's `contentinfo` landmark);
/// - one of its `class` or `id` words (split at anything but letters and digits and where a
///   capital follows a small letter or digit, as in Joomla's `itemToolbar`; lower-cased) names
///   furniture (`boilerplateWords`: the "unlikely candidates" of Mozilla Readability, reduced to
///   the ones that never name an article's own text, with its `tags` and a CMS's `toolbar` of
///   print and e-mail links), unless another word names the content (`contentWords`) or the
///   element is `html`, `body`, `main` or `article`.
///
/// The renderer undoes the mark of a region that turns out to hold the page's content: an
/// `h1`, a `main` or an `article` inside it (a sidebar class on a wrapper of the whole page).
///
/// Source: HTML Living Standard §4.3.5 (`aside`), §4.3.8 (`footer`), §4.4.15 (`search`),
/// §4.10.3 (`form`), §4.11.4 (`dialog`); HTML
/// Accessibility API Mappings (`footer` → `contentinfo` only when scoped to the body); WAI-ARIA
/// 1.2 landmark roles; Mozilla Readability's `unlikelyCandidates` / `okMaybeItsACandidate`.
enum HTMLBoilerplate {
    /// `class`/`id` words that name page furniture.
    static let boilerplateWords: Set<String> = [
        "cookie", "cookies", "gdpr", "consent", "sidebar", "related", "pagination", "pager", "footer", "tags", "toolbar",
    ]
    /// `class`/`id` words that name the content itself: an element with one is never furniture
    /// by its words (`main-content`, `article-body`).
    static let contentWords: Set<String> = ["main", "article", "body"]

    /// Elements whose start inside a furniture region shows that the region holds the content.
    static func isContent(_ element: HTMLElement) -> Bool {
        switch element.name {
        case "h1", "main", "article": true
        default: roles(of: element).contains("main")
        }
    }

    /// A form region (`form`, `search`, `role="search"`), which prose inside makes content.
    static func isForm(_ element: HTMLElement) -> Bool {
        element.name == "form" || element.name == "search" || roles(of: element).contains("search")
    }

    /// Elements whose start inside a form shows that the form wraps page text (a whole page in
    /// one ASP.NET form with no `h1`, `main` or `article`): a paragraph or a heading. A filter or
    /// search form holds labels and controls only.
    static func isFormContent(_ element: HTMLElement) -> Bool {
        switch element.name {
        case "p", "h2", "h3", "h4", "h5", "h6": true
        default: false
        }
    }

    /// Whether `element` starts a furniture region.
    /// - Parameters:
    ///   - insideArticle: an `article` is open around it.
    ///   - insideSectioning: an `article`, `aside`, `main`, `nav` or `section` is open around it.
    static func isBoilerplate(_ element: HTMLElement, insideArticle: Bool, insideSectioning: Bool) -> Bool {
        switch element.name {
        case "html", "body", "main", "article": return false
        case "dialog", "form", "search": return true
        case "aside": if !insideArticle { return true }
        case "footer": if !insideSectioning { return true }
        default: break
        }
        let roles = roles(of: element)
        if roles.contains("dialog") || roles.contains("alertdialog") || roles.contains("contentinfo") || roles.contains("search") { return true }
        if roles.contains("complementary") && !insideArticle { return true }
        var furniture = false
        for attribute in ["class", "id"] {
            guard let value = element[attribute] else { continue }
            for word in words(value) {
                if contentWords.contains(word) { return false }
                if boilerplateWords.contains(word) { furniture = true }
            }
        }
        return furniture
    }

    /// The lower-cased words of a `role` attribute.
    private static func roles(of element: HTMLElement) -> [Substring] {
        guard let role = element["role"] else { return [] }
        return role.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    /// The lower-cased ASCII words of a `class` or `id` value (`cookie-banner region--sidebar_first`
    /// → `cookie`, `banner`, `region`, `sidebar`, `first`; `itemImageCaption` → `item`, `image`,
    /// `caption`).
    static func words(_ value: String) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        var previous: UInt8 = 0
        for byte in value.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                // camelCase: a capital after a small letter or a digit starts a word.
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(previous) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous) {
                    out.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
                word.append(byte | 0x20)
            default:
                if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }
}
