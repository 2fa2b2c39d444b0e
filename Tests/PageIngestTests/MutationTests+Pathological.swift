import Foundation
import Testing
@testable import PageIngest

/// Pathological pages are read in linear time: the example page whose release body is one
/// huge line of a repeated shape (plain words, many quotes, many names, many dates, many State
/// names, no spaces, quotes or names in one endless sentence, opening marks never closed, a run
/// of capitalised words without punctuation, a line of pipes, a table row repeated). Linearity is checked by the ratio of two sizes' times
/// (four times the bytes must take less than eight times the time, a margin for a shared
/// machine; quadratic work takes about sixteen), never by a wall-clock threshold.
/// `make bench-pathological` measures the 50 MB
/// cases of the same shapes in a release build.
extension MutationTests {
    /// The repeated text of each shape (`Benchmarks/pathological/generate_pages.py` has the same).
    static let pathologicalShapes: [(name: String, unit: String)] = [
        ("plain", "the participants discussed co-operation in the region and agreed on further steps "),
        ("quotes", "“We must act now and together,” said Ambassador Ulrika Funered. She added: “The programme is ambitious.” "),
        ("names", "Ambassador Ulrika Funered, Dr. Anna Berg, Minister Igli Hasani and Thomas Greminger met Valiant Richey. "),
        ("dates", "On 5 May 2019, 12 June 2020 and 3 March 2021 the meetings took place, "),
        ("states", "Sweden, the Republic of Moldova, the Russian Federation, Bosnia and Herzegovina and Swedish experts "),
        ("nospace", "abcdefghijklmnopqrstuvwxyz0123456789"),
        ("quotesentence", "“a passage” and “another passage” by Ambassador Ulrika Funered, "),
        ("namesentence", "Ambassador Ulrika Funered and Minister Igli Hasani and "),
        ("unclosed", "“We must act now and together said Ambassador Ulrika Funered "),
        ("capitals", "Ambassador Ulrika Funered Head Of The Mission To Moldova Anna Berg Vienna Sweden "),
        ("pipes", "|"),
        ("table", "| Ulrika Funered | Head of Mission | Sweden | 5 May 2019 | "),
    ]

    /// The seed example page with its release body replaced by one line of `unit` repeated to
    /// about `bytes` bytes (after a dateline).
    static func pathologicalPage(_ unit: String, bytes: Int) throws -> [UInt8] {
        let page = ExamplePageTests.pagesDirectory.appendingPathComponent("000_0b91f1119559f398.txt")
        let lines = try String(contentsOf: page, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("VIENNA, 11 May 2020") })
        var text = lines[..<start].joined(separator: "\n") + "\nVIENNA, 11 May 2020 – "
        text.reserveCapacity(text.utf8.count + bytes + unit.utf8.count)
        let count = bytes / unit.utf8.count + 1
        text += String(repeating: unit, count: count)
        return Array(text.utf8) + [0x0A]
    }

    @Test func pathologicalLinesAreReadInLinearTime() throws {
        for (shape, unit) in Self.pathologicalShapes {
            let small = try Self.pathologicalPage(unit, bytes: 1 << 16)
            let large = try Self.pathologicalPage(unit, bytes: 1 << 18)
            // Read at all: facts or a clean refusal naming the file, never a crash.
            do throws(IngestError) {
                _ = try PageIngester().ingest(bytes: small, source: "long.txt")
            } catch {
                #expect(error.description.hasPrefix("long.txt"))
            }
            let ratio = LongLineTests.fastest(large) / LongLineTests.fastest(small)
            #expect(ratio < 8.0, "\(shape): four times the bytes took \(ratio)× the time")
        }
    }

    /// The facts of a pathological page are still read: the speaker of the repeated passage and
    /// the States of the repeated list.
    @Test func aPathologicalLineKeepsItsFacts() throws {
        let quotes = try Self.pathologicalPage(Self.pathologicalShapes[1].unit, bytes: 1 << 14)
        let facts = try PageIngester().ingest(bytes: quotes, source: "quotes.txt")
        let release = try #require(facts.items.first)
        #expect(release.people.map(\.name) == ["Ulrika Funered"])
        #expect(release.quotes.first?.speaker == "Ulrika Funered")
        #expect(release.quotes.allSatisfy { $0.speaker == "Ulrika Funered" })
        let states = try Self.pathologicalPage(Self.pathologicalShapes[4].unit, bytes: 1 << 14)
        let stateFacts = try #require(try PageIngester().ingest(bytes: states, source: "states.txt").items.first)
        #expect(stateFacts.statesMentioned.contains("Sweden"))
        #expect(stateFacts.statesMentioned.contains("Russian Federation"))
        #expect(stateFacts.statesMentioned.contains("Bosnia and Herzegovina"))
    }
}
