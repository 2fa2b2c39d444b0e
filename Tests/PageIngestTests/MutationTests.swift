import Foundation
import Testing
@testable import PageIngest

/// A deterministic generator (SplitMix64), so every run feeds the same mutations.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// No input crashes the ingester: every example page, mutated by random byte deletions,
/// insertions (random bytes and structural snippets), truncations and line shuffles,
/// gives either facts or an `IngestError`.
@Suite struct MutationTests {
    static let snippets: [String] = [
        "“", "”", "\"", "„", "“", "«", "»", "’", "-\n", "\n-\n", "- Date:\n", "- Place:\n- ", "Publishing date: ",
        "Content type: ", "VIENNA, 3 May 2019 – ", "VIENNA- ", ", said Ambassador ", " he said.", "Dr. ", "(MP, ",
        "\u{00A0}", "\n", "\r\n", " and ", "Press release\n", "Newsroom\n", "–", "—", "--", ":", ",", ".", "\u{FEFF}",
    ]

    static func mutate(_ page: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = page
        let operations = Int.random(in: 1...4, using: &rng)
        for _ in 0..<operations {
            let n = bytes.count
            switch Int.random(in: 0..<7, using: &rng) {
            case 0 where n > 0:
                let at = Int.random(in: 0..<n, using: &rng)
                let length = Int.random(in: 1...min(40, n - at), using: &rng)
                bytes.removeSubrange(at..<(at + length))
            case 1:
                let at = Int.random(in: 0...n, using: &rng)
                let junk = (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
                bytes.insert(contentsOf: junk, at: at)
            case 2:
                let at = Int.random(in: 0...n, using: &rng)
                bytes.insert(contentsOf: Array(snippets[Int.random(in: 0..<snippets.count, using: &rng)].utf8), at: at)
            case 3 where n > 0:
                bytes.removeSubrange(Int.random(in: 0..<n, using: &rng)..<n)
            case 4 where n > 1:
                let a = Int.random(in: 0..<n, using: &rng)
                let b = Int.random(in: 0..<n, using: &rng)
                bytes.swapAt(a, b)
            case 5 where n > 0:
                // Duplicate a slice (repeated lines, labels, quotes).
                let at = Int.random(in: 0..<n, using: &rng)
                let length = Int.random(in: 1...min(200, n - at), using: &rng)
                bytes.insert(contentsOf: bytes[at..<(at + length)], at: Int.random(in: 0...n, using: &rng))
            default:
                // Drop all newlines or all spaces in a window.
                guard n > 0 else { continue }
                let at = Int.random(in: 0..<n, using: &rng)
                let end = min(n, at + 300)
                let window = bytes[at..<end].filter { $0 != 0x0A && $0 != 0x20 }
                bytes.replaceSubrange(at..<end, with: window)
            }
        }
        return bytes
    }

    @Test func mutatedPagesNeverCrash() throws {
        var rng = SplitMix64(state: 0x05CE_2025)
        let ingester = PageIngester()
        let encoder = JSONEncoder()
        var facts = 0
        var errors = 0
        let perPage = 150
        for name in ExamplePageTests.pageNames {
            let page = try ExamplePageTests.bytes(name)
            for _ in 0..<perPage {
                let input = Self.mutate(page, &rng)
                do {
                    let result = try ingester.ingest(bytes: input, source: name)
                    // Facts are always encodable, and only the last item can be the truncated one.
                    _ = try encoder.encode(result)
                    #expect(result.items.dropLast().allSatisfy { !$0.truncated })
                    #expect(!result.language.isEmpty)
                    facts += 1
                } catch let error as IngestError {
                    #expect(!error.message.isEmpty)
                    #expect(!error.description.contains("\n"))
                    errors += 1
                }
            }
        }
        #expect(facts + errors == perPage * ExamplePageTests.pageNames.count)
        #expect(facts > 0)
        #expect(errors > 0)
    }

    @Test func arbitraryBytesNeverCrash() {
        var rng = SplitMix64(state: 42)
        let ingester = PageIngester()
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...400, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = try? ingester.ingest(bytes: bytes, source: "random.bin")
            let text = String((0..<Int.random(in: 0...300, using: &rng)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &rng)))
            })
            _ = try? ingester.ingest(text: "Press release\nT\n" + text, source: "random.txt")
        }
    }

    /// HTML pages, mutated the way saved pages break: cut at random points, random tags dropped,
    /// tags and entities inserted, plus the byte mutations above, give facts or one-line errors.
    @Test func mutatedHTMLPagesNeverCrash() throws {
        var rng = SplitMix64(state: 0x4854_4D4C)
        let ingester = PageIngester()
        let htmlSnippets = ["<p>", "</p>", "<li>", "<ul>", "</ul>", "</div>", "<div>", "<br>", "<!--", "-->", "<script>",
                            "</script>", "<dl><dt>Date:</dt><dd>", "&nbsp;", "&ldquo;", "&#8211;", "&", "<", ">", "\"", "<table><tr><td>"]
        var facts = 0
        var errors = 0
        for name in ["01-press-release-moldova-border-training", "04-listing-newsroom-2019"] {
            let page = try HTMLPageTests.html(name)
            for round in 0..<120 {
                var bytes = page
                switch round % 4 {
                case 0:
                    let cut = Int.random(in: 0..<bytes.count, using: &rng)
                    bytes.removeSubrange(cut...)
                case 1:
                    // Drop random tags.
                    for _ in 0..<Int.random(in: 1...20, using: &rng) {
                        let starts = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") }
                        guard !starts.isEmpty else { break }
                        let start = starts[Int.random(in: 0..<starts.count, using: &rng)]
                        guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { break }
                        bytes.removeSubrange(start...end)
                    }
                case 2:
                    for _ in 0..<Int.random(in: 1...10, using: &rng) {
                        let snippet = htmlSnippets[Int.random(in: 0..<htmlSnippets.count, using: &rng)]
                        let at = Int.random(in: 0...bytes.count, using: &rng)
                        bytes.insert(contentsOf: Array(snippet.utf8), at: at)
                    }
                default:
                    bytes = Self.mutate(bytes, &rng)
                }
                do {
                    let result = try ingester.ingest(bytes: bytes, source: name + ".html")
                    #expect(result.items.dropLast().allSatisfy { !$0.truncated })
                    facts += 1
                } catch {
                    #expect(!error.message.isEmpty)
                    #expect(!error.description.contains("\n"))
                    #expect(error.description.hasPrefix(name + ".html"))
                    errors += 1
                }
            }
        }
        #expect(facts + errors == 240)
        #expect(facts > 100)
    }

    /// Nesting far past libxml2's depth limit is one clean error in bounded time, for the
    /// elements whose nesting the parser handles differently.
    @Test func deeplyNestedHTMLIsACleanError() {
        let ingester = PageIngester()
        for element in ["div", "span", "ul", "blockquote"] {
            let html = "<html><body>\n" + String(repeating: "<\(element)>", count: 10_000) + "Press release"
                + String(repeating: "</\(element)>", count: 10_000) + "</body></html>"
            let start = ContinuousClock.now
            do {
                _ = try ingester.ingest(bytes: Array(html.utf8), source: "deep.html")
                Issue.record("10,000 nested <\(element)> gave facts")
            } catch {
                #expect(error.kind == .malformedMarkup)
                #expect(error.description.hasPrefix("deep.html:2: the HTML parser stopped early: markup nested deeper"))
            }
            #expect(ContinuousClock.now - start < .seconds(10))
        }
    }
}
