import Foundation
import Testing

/// ORDER BY (SPARQL 1.1 §15.1): numbers equal in value but of different
/// datatypes (`25`, `25.0`, `"25"^^xsd:double`) leave the order to the next
/// condition, as pyoxigraph and Jena do; a new user found the datatype
/// deciding instead.
@Suite struct OrderByTiesTests {
    static let data = """
        @prefix : <http://ex/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        :eve :a 25 ; :n "Eve" .
        :bob :a 25.0 ; :n "Bob" .
        :fay :a "25"^^xsd:double ; :n "Fay" .
        :ann :a 3 ; :n "Ann" .
        """

    func names(_ order: String, limit: String = "") throws -> [String] {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("t.ttl")
        try Data(Self.data.utf8).write(to: file)
        let out = try CLIRunner.run(["query", "--data", file.path, "--results", "tsv",
                                     "PREFIX : <http://ex/> SELECT ?n WHERE { ?p :n ?n ; :a ?a } ORDER BY \(order) \(limit)"])
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout.split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func equalNumbersLeaveTheOrderToTheNextKey() throws {
        #expect(try names("DESC(?a) ?n") == ["\"Bob\"", "\"Eve\"", "\"Fay\"", "\"Ann\""])
        #expect(try names("?a DESC(?n)") == ["\"Ann\"", "\"Fay\"", "\"Eve\"", "\"Bob\""])
        // The bounded top-k path (ORDER BY with LIMIT) agrees.
        #expect(try names("DESC(?a) ?n", limit: "LIMIT 2") == ["\"Bob\"", "\"Eve\""])
    }
}
