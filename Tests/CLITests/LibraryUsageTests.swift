import Foundation
import Testing

/// The README's library example (`Examples/LibraryUsage/main.swift`) builds, runs and prints
/// what it says, and the README quotes it verbatim.
@Suite struct LibraryUsageTests {
    static let source = CLIRunner.root.appendingPathComponent("Examples/LibraryUsage/main.swift")
    static let heading = "## Using the libraries from Swift"

    @Test func exampleRunsOnTheSeedPage() throws {
        let binary = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("library-usage")
        let out = try CLIRunner.run(executable: binary, [CLIRunner.seed.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            read back 3 triples, same graph: true
            pressRelease: Sweden hosts first meeting of Mediterranean Partners for Co-operation Group, focuses on information technology and human trafficking (2020-05-11)
            "Igli Hasani"
            "OSCE"@en
            "Thomas Greminger"
            "Ulrika Funered"
            "Valiant Richey"

            """)
    }

    /// A page with no news item (a navigation page) prints its kind, not a crash.
    @Test func exampleRunsOnANavigationOnlyPage() throws {
        let binary = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("library-usage")
        let out = try CLIRunner.run(executable: binary, [CLIRunner.examplePage("11-navigation-only-2024.txt").path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            read back 3 triples, same graph: true
            navigationOnly: no news item on this page
            "OSCE"@en

            """)
    }

    /// The first `swift` code block after the README heading is the example file, byte for byte.
    @Test func readmeQuotesTheExampleVerbatim() throws {
        let readme = try String(contentsOf: CLIRunner.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "\n" + Self.heading + "\n"))
        let open = try #require(readme.range(of: "\n```swift\n", range: section.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "\n```\n", range: open.upperBound..<readme.endIndex))
        let quoted = String(readme[open.upperBound..<close.lowerBound]) + "\n"
        let source = try String(contentsOf: Self.source, encoding: .utf8)
        #expect(quoted == source)
    }
}
