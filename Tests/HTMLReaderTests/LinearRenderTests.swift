import Foundation
import Glibc
import Testing
@testable import HTMLReader

/// Rendering is linear in the page's size, whatever its shape: four times the bytes take well
/// under eight times the time (the thread's CPU time, the least of five runs each, so other work
/// on the machine does not count; a ratio, not a timing). The
/// renderer walks libxml2's tree once, keeping no list of events, and a list item's nested list
/// is found by scanning the item's own subtree only.
@Suite struct LinearRenderTests {
    /// Shapes of large pages: many paragraphs with inline markup, a menu of items each holding a
    /// nested list, one item holding everything, one long text node, table rows.
    static let shapes: [(name: String, unit: String, open: String, close: String)] = [
        ("paragraphs", "<p>The Mission met <b>officials</b> and <a href=\"/x\">partners</a> &amp; media.</p>\n", "<body>", "</body>"),
        ("nested menus", "<li><a href=\"/w\">Our work</a><ul><li>Arms control</li><li>Elections</li></ul></li>\n", "<ul>", "</ul>"),
        ("one item holding all", "<div><span>text</span> <em>more</em></div>\n", "<ul><li>", "</li></ul>"),
        ("one text node", "word and word, more words \n", "<p>", "</p>"),
        ("table rows", "<tr><td>Vienna</td><td>2020</td><td>12</td></tr>\n", "<table>", "</table>"),
    ]

    static func page(_ shape: (name: String, unit: String, open: String, close: String), bytes: Int) -> [UInt8] {
        let count = max(1, bytes / shape.unit.utf8.count)
        return Array(("<html><body>" + shape.open + String(repeating: shape.unit, count: count) + shape.close + "</body></html>\n").utf8)
    }

    /// This thread's CPU time in seconds.
    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func fastest(_ bytes: [UInt8]) throws -> Double {
        var best = Double.infinity
        for _ in 0..<5 {
            let start = threadCPUTime()
            _ = try HTMLReader.render(bytes: bytes, source: "big.html")
            best = min(best, threadCPUTime() - start)
        }
        return best
    }

    @Test func renderingIsLinearInThePageSize() throws {
        for shape in Self.shapes {
            let small = try Self.fastest(Self.page(shape, bytes: 1 << 17))
            let large = try Self.fastest(Self.page(shape, bytes: 1 << 19))
            #expect(large / small < 8.0, "\(shape.name): four times the bytes took \(large / small)× the time")
        }
    }

    /// The large shapes render to the lines the rules give (the nested menus as the captures
    /// show them: `-`, the item's own text, then its items).
    @Test func largeShapesRenderAsSmallOnes() throws {
        let menus = try HTMLReader.render(bytes: Self.page(Self.shapes[1], bytes: 1 << 12), source: "m.html").lines.map(\.text)
        #expect(Array(menus.prefix(8)) == ["-", "Our work", "- Arms control", "- Elections", "-", "Our work", "- Arms control", "- Elections"])
        let oneItem = try HTMLReader.render(bytes: Self.page(Self.shapes[2], bytes: 1 << 10), source: "i.html").lines.map(\.text)
        #expect(oneItem.first == "- text more")
        #expect(oneItem.dropFirst().allSatisfy { $0 == "text more" })
        let text = try HTMLReader.render(bytes: Self.page(Self.shapes[3], bytes: 1 << 12), source: "t.html").lines
        #expect(text.count == 1)
        #expect(text.first?.text.hasPrefix("word and word, more words word and") == true)
        let rows = try HTMLReader.render(bytes: Self.page(Self.shapes[4], bytes: 1 << 10), source: "r.html").lines.map(\.text)
        #expect(rows.allSatisfy { $0 == "Vienna\t2020\t12" })
    }
}
