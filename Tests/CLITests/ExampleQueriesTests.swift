import Foundation
import Testing

/// The README's example queries give their recorded answers on the seed page.
@Suite struct ExampleQueriesTests {
    static let queries: [String] = {
        let dir = CLIRunner.root.appendingPathComponent("Examples/queries")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".rq") }.sorted()
    }()

    @Test func everyQueryHasAnExpectedOutput() {
        #expect(Self.queries.count >= 5)
        for q in Self.queries {
            let expected = CLIRunner.root.appendingPathComponent("Examples/queries/" + q.dropLast(3) + ".tsv")
            #expect(FileManager.default.fileExists(atPath: expected.path), "\(q) has no .tsv")
        }
    }

    @Test(arguments: queries)
    func queryGivesExpectedOutput(query: String) throws {
        let dir = CLIRunner.root.appendingPathComponent("Examples/queries")
        let expected = try String(contentsOf: dir.appendingPathComponent(query.dropLast(3) + ".tsv"), encoding: .utf8)
        let out = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--query", dir.appendingPathComponent(query).path,
                                     "--results", "tsv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == expected)
        #expect(out.stdout.split(separator: "\n").count > 1, "\(query) answers nothing")
    }
}
