import Foundation
import Testing

/// `osce-kg serve` in a real headless browser: Debian's chromium driven by
/// Selenium (`Tests/Browser/serve_browser_test.py`). `make test` installs
/// chromium, chromium-driver and selenium; elsewhere the test is skipped
/// with the reason.
@Suite struct ServeBrowserTests {
    /// True when chromium, chromedriver and the venv's selenium are all there.
    static let browserAvailable: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        func onPath(_ name: String) -> Bool {
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        guard onPath("chromium") || onPath("chromium-browser"), onPath("chromedriver") else { return false }
        return (try? CLIRunner.python(["-c", "import selenium"]))??.status == 0
    }()

    @Test(.enabled(if: browserAvailable, "needs chromium, chromium-driver and selenium in .venv (make deps-browser venv)"))
    func personOrganisationAndQueryForm() throws {
        let server = try ServerProcess(["--data", CLIRunner.seed.path, "--quiet"])
        let script = CLIRunner.root.appendingPathComponent("Tests/Browser/serve_browser_test.py").path
        let query = CLIRunner.root.appendingPathComponent("Examples/queries/who-said-what.rq").path
        let out = try #require(try CLIRunner.python([
            script, "--server", "http://127.0.0.1:\(server.port)", "--person", "/person/ulrika-funered",
            "--organisation", "Permanent Delegation of Sweden to the OSCE", "--query-file", query, "--expect", "Ulrika Funered",
        ]))
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.contains("ok: the results table shows 'Ulrika Funered'"), "\(out.stdout)")
        #expect(server.stop() == 0)
    }
}
