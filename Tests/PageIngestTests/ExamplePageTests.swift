import Foundation
import Testing
@testable import PageIngest

/// The example pages (the seed and the 16 synthetic pages) against their expected facts.
@Suite struct ExamplePageTests {
    static let pagesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/pages")

    static let pageNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: pagesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: pagesDirectory.appendingPathComponent(name + ".txt")))
    }

    @Test func allExamplePagesArePresent() {
        #expect(Self.pageNames.count == 17)
        #expect(Self.pageNames.contains("000_0b91f1119559f398"))
    }

    @Test(arguments: pageNames)
    func pageMatchesExpectedFacts(_ name: String) throws {
        let facts = try PageIngester().ingest(bytes: Self.bytes(name), source: name + ".txt")
        let actualData = try JSONEncoder().encode(facts)
        let actual = try JSONSerialization.jsonObject(with: actualData)
        let expectedData = try Data(contentsOf: Self.pagesDirectory.appendingPathComponent(name + ".expected.json"))
        let expected = try JSONSerialization.jsonObject(with: expectedData)
        let diffs = ExpectedFacts.differences(expected: expected, actual: actual)
        #expect(diffs.isEmpty, Comment(rawValue: "\(name):\n" + diffs.joined(separator: "\n")))
    }
}
