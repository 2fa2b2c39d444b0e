internal import CLibXML2

/// A document parsed by libxml2's HTML parser: the only owner of its `htmlDocPtr`, freed in
/// `deinit` (the only call of `xmlFreeDoc`). This file and `HTMLParserContext` are the only code
/// that touches libxml2 types.
///
/// Not thread-safe: each render parses its own document. libxml2 itself is initialised once per
/// process (`HTMLParserContext.initialiseLibrary`).
final class HTMLDocument {
    private let pointer: htmlDocPtr

    init(adopting pointer: htmlDocPtr) {
        self.pointer = pointer
    }

    deinit { xmlFreeDoc(pointer) }

    /// Walks the document in document order, handing each event to `visit` as it is met (no list
    /// of events is kept: a 15 MB page's events cost more memory than its tree). Iterative: the
    /// parser's depth limit bounds the tree, but nothing here depends on it.
    ///
    /// With each list item's start, `visit` is told whether the item holds a rendered nested list
    /// of its own (`holdsList`): a list element among its descendants, not inside a nested list
    /// item (whose own list it is) nor inside a dropped element. Each node is scanned for this by
    /// its nearest list-item ancestor only, so the walk stays O(n).
    ///
    /// A text's start line: libxml2 records on a text node the line reached when the parser handed
    /// over its first chunk (the text's end, unless an entity or the chunk size split it), so the
    /// start is at least that line less the text's newlines, and at least the furthest line an
    /// earlier start tag or text reached.
    func walk(_ visit: (HTMLEvent, _ holdsList: Bool) -> Void) {
        // The furthest source line known to be reached so far: a lower bound for what follows.
        var cursor = 1
        var node: xmlNodePtr? = pointer.pointee.children
        let documentNode = UnsafeMutableRawPointer(pointer)
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let element = Self.element(current)
                cursor = max(cursor, element.line)
                visit(.start(element), element.role == .listItem && Self.holdsList(current))
                descend = current.pointee.children != nil
                if !descend { visit(.end(name: element.name), false) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = Self.string(content)
                    var newlines = 0
                    for byte in text.utf8 where byte == 0x0A { newlines += 1 }
                    let start = max(cursor, Int(xmlGetLineNo(current)) - newlines)
                    visit(.text(text, line: start), false)
                    cursor = start + newlines
                }
            default:
                break  // comments, processing instructions, DTD nodes: no text
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Next sibling, closing the elements we climb out of.
            var climb = current
            while climb.pointee.next == nil {
                guard let parent = climb.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode else { return }
                visit(.end(name: Self.name(parent)), false)
                climb = parent
            }
            node = climb.pointee.next
        }
    }

    /// Whether the list item `item` holds a list of its own (see `walk`): its subtree, without
    /// nested list items' and dropped elements' subtrees.
    private static func holdsList(_ item: xmlNodePtr) -> Bool {
        let top = UnsafeMutableRawPointer(item)
        var node: xmlNodePtr? = item.pointee.children
        while let current = node {
            var descend = false
            if current.pointee.type == XML_ELEMENT_NODE {
                switch element(current).role {
                case .list: return true
                case .listItem, .dropped: break
                default: descend = current.pointee.children != nil
                }
            }
            if descend {
                node = current.pointee.children
                continue
            }
            var climb = current
            while climb.pointee.next == nil {
                guard let parent = climb.pointee.parent, UnsafeMutableRawPointer(parent) != top else { return false }
                climb = parent
            }
            node = climb.pointee.next
        }
        return false
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            if let rawName = a.pointee.name {
                let name = string(rawName).lowercased()
                if attributes[name] == nil {
                    var value = ""
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += string(content) }
                        child = c.pointee.next
                    }
                    attributes[name] = value
                }
            }
            attribute = a.pointee.next
        }
        return HTMLElement(name: name(node), attributes: attributes, line: max(Int(xmlGetLineNo(node)), 0))
    }

    private static func name(_ node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        return string(raw).lowercased()
    }

    /// A NUL-terminated UTF-8 string from libxml2 (its internal encoding), decoded with repair,
    /// its C1 controls read as browsers read the references that give them (`&#147;` → “:
    /// `TextDecoding.replacingC1Controls`).
    static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        let bytes = UnsafeBufferPointer(start: pointer, count: count)
        if let mapped = TextDecoding.replacingC1Controls(bytes) { return String(decoding: mapped, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
