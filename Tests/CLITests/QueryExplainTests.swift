import Foundation
import Testing

/// `osce-kg query --explain[=analyze]` and `--no-optimize`.
@Suite struct QueryExplainTests {
    static let data = """
        @prefix ex: <http://example.org/> .
        ex:a ex:knows ex:b ; ex:name "Alice"@en .
        ex:b ex:knows ex:c ; ex:name "Bob"@en , "Bob"@de .
        ex:c ex:name "Carol" .
        """
    static let query = """
        PREFIX ex: <http://example.org/>
        SELECT ?s ?n ?d WHERE { ?s ex:knows ?o ; ex:name ?n OPTIONAL { ?s ex:name ?d FILTER(lang(?d) = "de") } }
        """

    func withData<R>(_ body: (URL) throws -> R) throws -> R {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.data.write(to: dir.appendingPathComponent("data.ttl"), atomically: true, encoding: .utf8)
        return try body(dir)
    }

    /// The bare flag prints the algebra and the plan (the OPTIONAL's filter moved
    /// into its right side), with estimates and no actual counts, and no results.
    @Test func explainPrintsAlgebraAndPlan() throws {
        try withData { dir in
            let out = try CLIRunner.run(["query", "--data", "data.ttl", "--explain", Self.query], cwd: dir)
            #expect(out.status == 0)
            #expect(out.stdout.hasPrefix("algebra:\n(select (?s ?n ?d)\n"))
            #expect(out.stdout.contains("plan:\nproject (?s ?n ?d)"))
            #expect(out.stdout.contains("filter (= (lang ?d) \"de\")"))
            #expect(out.stdout.contains("[est "))
            #expect(!out.stdout.contains("actual"))
            #expect(!out.stdout.contains("Alice"))
            let again = try CLIRunner.run(["query", "--data", "data.ttl", "--explain", Self.query], cwd: dir)
            #expect(again.stdout == out.stdout)
        }
    }

    /// `--explain=analyze` runs the query and counts the rows of each operator.
    @Test func analyzeCountsRows() throws {
        try withData { dir in
            let out = try CLIRunner.run(["query", "--data", "data.ttl", "--explain=analyze", Self.query], cwd: dir)
            #expect(out.status == 0)
            // a: Alice; b: Bob@en and Bob@de, each with ?d = Bob@de
            #expect(out.stdout.contains(#/project \(\?s \?n \?d\) +\[est [0-9.]+, actual 3\]/#))
            let off = try CLIRunner.run(["query", "--data", "data.ttl", "--explain=analyze", "--no-optimize", Self.query], cwd: dir)
            #expect(off.stdout.contains("plan (not optimised):"))
            #expect(off.stdout.contains(#/project \(\?s \?n \?d\) +\[actual 3\]/#))
        }
    }

    /// Same results with and without the optimiser.
    @Test func noOptimizeSameResults() throws {
        try withData { dir in
            let q = Self.query + " ORDER BY ?s ?n ?d"
            let on = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "tsv", q], cwd: dir)
            let off = try CLIRunner.run(["query", "--data", "data.ttl", "--results", "tsv", "--no-optimize", q], cwd: dir)
            #expect(on.status == 0)
            #expect(on.stdout == off.stdout)
            #expect(on.stdout.split(separator: "\n").count == 4)
        }
    }
}
