import Foundation
import Testing
@testable import HTMLReader

/// Bad input gets one clear error naming the file (and line when known), never a crash.
@Suite struct BadInputTests {
    func error(_ bytes: [UInt8], maximumBytes: Int = HTMLReader.defaultMaximumBytes) -> HTMLReadError? {
        do {
            _ = try HTMLReader.render(bytes: bytes, source: "page.html", maximumBytes: maximumBytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndWhiteSpace() {
        #expect(error([])?.kind == .empty)
        #expect(error([])?.description == "page.html: empty file (0 bytes)")
        #expect(error(Array(" \n\t\r\n".utf8))?.kind == .empty)
    }

    @Test func binaryFilesNamedHTML() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let e = error(png)
        #expect(e?.kind == .binary)
        #expect(e?.line == 2)
        #expect(e?.description == "page.html:2: binary data, not HTML: control byte 0x1A at byte offset 6")
        let nul = Array("<p>text</p>\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2000) + [0] + Array("</p>".utf8)
        #expect(error(nul)?.description == "page.html:2: binary data, not HTML: NUL byte at byte offset 2012")
        // A stray control character deep in the text is not a file signature.
        let stray = Array("<p>".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2000) + [0x07] + Array("</p>".utf8)
        #expect(error(stray) == nil)
    }

    @Test func oversizedFiles() {
        let bytes = Array("<p>\(String(repeating: "a", count: 200))</p>".utf8)
        let e = error(bytes, maximumBytes: 100)
        #expect(e?.kind == .tooLarge)
        #expect(e?.description == "page.html: file too large for the HTML reader: 207 bytes, the limit is 100 bytes")
        #expect(error(bytes, maximumBytes: 207) == nil)
    }

    @Test func deepNestingIsACleanErrorInBoundedTime() throws {
        for element in ["div", "span", "li", "table"] {
            let html = "<body>\n" + String(repeating: "<\(element)>", count: 10_000) + "deep" + String(repeating: "</\(element)>", count: 10_000)
            let start = ContinuousClock.now
            let e = error(Array(html.utf8))
            #expect(ContinuousClock.now - start < .seconds(10))
            if let e {
                #expect(e.kind == .parserStopped)
                #expect(e.line == 2)
                #expect(!e.description.contains("\n"))
            }
        }
        let divs = "<body>\n" + String(repeating: "<div>", count: 10_000) + "deep"
        #expect(error(Array(divs.utf8))?.description
            == "page.html:2: the HTML parser stopped early: markup nested deeper than libxml2 allows (256 elements without HTML_PARSE_HUGE)")
        // Within the limit, deep markup renders.
        let ok = String(repeating: "<div>", count: 200) + "deep" + String(repeating: "</div>", count: 200)
        #expect(try Fixture.texts(ok) == ["deep"])
    }

    @Test func arbitraryBytesNeverCrash() {
        var state: UInt64 = 0x4854_4D4C
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let pieces = ["<", ">", "</", "<p>", "<li>", "<ul>", "</ul>", "<!--", "-->", "<script>", "</script>", "&", "&amp;",
                      "&#", ";", "\"", "'", "=", " ", "\n", "<![CDATA[", "]]>", "<?xml", "<!DOCTYPE", "é", "\u{FEFF}", "x"]
        var rendered = 0
        for _ in 0..<500 {
            var html = ""
            for _ in 0..<Int(next() % 60) { html += pieces[Int(next() % UInt64(pieces.count))] }
            do {
                let page = try HTMLReader.render(bytes: Array(html.utf8), source: "r.html")
                #expect(page.lines.allSatisfy { !$0.text.isEmpty && $0.text.first != " " && $0.text.last != " " && $0.sourceLine >= 1 })
                rendered += 1
            } catch {
                #expect(!error.description.contains("\n"))
            }
        }
        #expect(rendered > 0)
    }
}
