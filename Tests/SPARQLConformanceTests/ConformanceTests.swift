import Foundation
import Testing

/// The W3C SPARQL 1.0 and 1.1 query test suites and the practice suite,
/// run from the manifests under `Fixtures/` (copied from w3c/rdf-tests,
/// see Fixtures/LICENSE.md).
///
/// A test fails the suite when it fails and is not listed in
/// `expected-failures.txt`, or when it is listed there and passes.
/// SERVICE and entailment tests are skipped (out of scope). A summary is
/// printed per suite, and written to `.build/conformance-<suite>.txt`.
@Suite(.serialized) struct ConformanceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    static let fixtures = directory + "/Fixtures"

    static let suites: [String: [String]] = [
        "sparql10": ["sparql/sparql10/manifest.ttl", "sparql/sparql10/extended-manifest-evaluation.ttl"],
        "sparql11": ["sparql/sparql11/manifest-sparql11-query.ttl", "sparql/sparql11/manifest-sparql11-results.ttl",
                     "sparql/sparql11/manifest-sparql11-fed.ttl", "sparql/sparql11/entailment/manifest.ttl"],
        "practice": ["practice/manifest.ttl"],
    ]

    /// Test IRI → reason, from expected-failures.txt (`IRI reason…` per line, `#` comments).
    static func expectedFailures() throws -> [String: String] {
        let text = try String(contentsOfFile: directory + "/expected-failures.txt", encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.hasPrefix("#") { continue }
            let parts = l.split(separator: " ", maxSplits: 1)
            out[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return out
    }

    /// The line with control characters escaped, so the report stays one line per test.
    static func printable(_ line: String) -> String {
        var out = ""
        for u in line.unicodeScalars {
            if u.value < 0x20 || u.value == 0x7F { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// Each suite with the optimiser on and off (`EvaluationOptions.optimize`):
    /// both must give the expected results, so the optimiser keeps its
    /// contract (same results as the algebra it was given) on every test.
    @Test(arguments: ["sparql10", "sparql11", "practice"], [true, false])
    func suite(_ name: String, optimize: Bool) throws {
        let expected = try Self.expectedFailures()
        var entries: [ManifestEntry] = []
        for m in Self.suites[name]! { entries += try ManifestReader.entries(manifest: Self.fixtures + "/" + m) }
        #expect(entries.count > 0)
        var counts: [String: (passed: Int, failed: Int, skipped: Int)] = [:]
        var report: [String] = []
        var unexpected: [String] = []
        var seen = Set<String>()
        for e in entries where seen.insert(e.iri).inserted {
            let started = Date()
            let outcome = ConformanceRunner.run(e, optimize: optimize)
            let seconds = Date().timeIntervalSince(started)
            let group: String
            switch e.kind {
            case .positiveSyntax: group = "syntax+"
            case .negativeSyntax: group = "syntax-"
            default: group = "evaluation"
            }
            var c = counts[group] ?? (0, 0, 0)
            switch outcome {
            case .passed:
                c.passed += 1
                if let reason = expected[e.iri] {
                    unexpected.append("PASSED but listed as expected failure: \(e.iri) (\(reason))")
                }
            case .failed(let why):
                c.failed += 1
                report.append("FAIL \(e.iri) [\(e.approval ?? "no approval")] — \(why)")
                if expected[e.iri] == nil { unexpected.append("FAILED: \(e.iri) [\(e.name)] — \(why)") }
            case .skipped(let why):
                c.skipped += 1
                report.append("SKIP \(e.iri) — \(why)")
            }
            if seconds > 10 { report.append("SLOW \(e.iri) — \(Int(seconds)) s") }
            counts[group] = c
        }
        var summary = ["\(name)\(optimize ? "" : " (optimiser off)"): \(seen.count) tests"]
        for g in ["syntax+", "syntax-", "evaluation"] {
            if let c = counts[g] { summary.append("  \(g): \(c.passed) passed, \(c.failed) failed, \(c.skipped) skipped") }
        }
        let text = (summary + report + unexpected.map { "UNEXPECTED " + $0 }).map(Self.printable).joined(separator: "\n") + "\n"
        print(text)
        let buildDir = URL(fileURLWithPath: Self.directory).deletingLastPathComponent().deletingLastPathComponent().path + "/.build"
        try? text.write(toFile: buildDir + "/conformance-\(name)\(optimize ? "" : "-unoptimised").txt", atomically: true, encoding: .utf8)
        #expect(unexpected.isEmpty, "\(unexpected.count) unexpected results in \(name) (listed above, and in .build/conformance-\(name).txt)")
    }
}
