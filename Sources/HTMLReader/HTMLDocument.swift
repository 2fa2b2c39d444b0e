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

    /// The document as a flat list of events in document order (iterative: the parser's depth limit
    /// bounds the tree, but nothing here depends on it).
    ///
    /// A text's start line: libxml2 records on a text node the line reached when the parser handed
    /// over its first chunk (the text's end, unless an entity or the chunk size split it), so the
    /// start is at least that line less the text's newlines, and at least the furthest line an
    /// earlier start tag or text reached.
    func events() -> [HTMLEvent] {
        var out: [HTMLEvent] = []
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
                out.append(.start(element))
                descend = current.pointee.children != nil
                if !descend { out.append(.end(name: Self.name(current))) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let text = Self.string(content)
                    var newlines = 0
                    for byte in text.utf8 where byte == 0x0A { newlines += 1 }
                    let start = max(cursor, Int(xmlGetLineNo(current)) - newlines)
                    out.append(.text(text, line: start))
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
                guard let parent = climb.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode else {
                    return out
                }
                out.append(.end(name: Self.name(parent)))
                climb = parent
            }
            node = climb.pointee.next
        }
        return out
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

    /// A NUL-terminated UTF-8 string from libxml2 (its internal encoding), decoded with repair.
    static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}
