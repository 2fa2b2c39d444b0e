import RDF
import Testing
@testable import SPARQLSyntax

/// Syntax errors: kinds, positions and messages.
@Suite struct ParserErrorTests {
    func failure(_ text: String) -> SPARQLSyntaxError? {
        do {
            _ = try SPARQLParser.parse(text, baseIRI: IRI(unchecked: "http://example.org/base"))
            return nil
        } catch {
            return error
        }
    }

    @Test func unexpectedTokenNamesLineColumnFoundAndExpected() throws {
        let e = try #require(failure("PREFIX : <http://e/>\nSELECT ?x\n{ ?x :p ?y WHERE }"))
        #expect(e.kind == .unexpectedToken(found: "WHERE", expected: "'.', '}' or a graph pattern"))
        #expect(e.position.line == 3 && e.position.column == 12)
        #expect(e.position.offset == 21 + 10 + 11)
        #expect(e.description == "line 3, column 12: expected '.', '}' or a graph pattern but found 'WHERE'")
    }

    @Test func missingCloseBrace() throws {
        let e = try #require(failure("SELECT * { ?s ?p ?o . OPTIONAL { ?s ?q ?r }"))
        #expect(e.description == "line 1, column 44: expected a triple pattern, a graph pattern or '}' but found end of input")
    }

    @Test func undefinedPrefixIsAParseError() throws {
        let e = try #require(failure("SELECT * {\n  ?s foaf:name ?n }"))
        #expect(e.kind == .undefinedPrefix("foaf"))
        #expect(e.position == SourcePosition(line: 2, column: 6, offset: 16))
    }

    @Test func unterminatedString() throws {
        let e = try #require(failure("SELECT * { ?s ?p \"abc }"))
        #expect(e.kind == .unterminatedString)
        #expect(e.position.column == 18)
    }

    @Test func positionsCountUnicodeScalarsAndUTF8Bytes() throws {
        let e = try #require(failure("SELECT * { ?s ?p \"é€\" ) }"))
        // `)` follows 17 ASCII scalars, a quote, é (2 bytes), € (3 bytes), a quote and a space.
        #expect(e.position.column == 23)
        #expect(e.position.offset == 17 + 1 + 2 + 3 + 1 + 1)
    }

    @Test func bindOfVariableInScope() throws {
        let e = try #require(failure("SELECT * { ?s ?p ?o BIND(1 AS ?o) }"))
        #expect(e.kind == .variableAlreadyInScope("o"))
        #expect(e.position.column == 31)
    }

    @Test func selectExpressionVariableInScope() throws {
        #expect(failure("SELECT (1 AS ?s) { ?s ?p ?o }")?.kind == .variableAlreadyInScope("s"))
        #expect(failure("SELECT (1 AS ?x) (2 AS ?x) {}")?.kind == .variableAlreadyInScope("x"))
    }

    @Test func aggregateRules() throws {
        #expect(failure("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }")?.kind == .aggregateNotAllowed)
        #expect(failure("SELECT (SUM(COUNT(?o)) AS ?x) { ?s ?p ?o }")?.kind == .aggregateNotAllowed)
        #expect(failure("SELECT ?p (COUNT(?o) AS ?n) { ?s ?p ?o }")?.kind == .ungroupedVariable("p"))
        #expect(failure("SELECT ?s (?o AS ?x) { ?s ?p ?o } GROUP BY ?s")?.kind == .ungroupedVariable("o"))
        #expect(failure("SELECT * { ?s ?p ?o } GROUP BY ?s")?.kind == .selectAllWithGroupBy)
        #expect(failure("SELECT ?k (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (STR(?s) AS ?k)") == nil)
    }

    @Test func blankNodeLabelAcrossBasicGraphPatterns() throws {
        #expect(failure("ASK { _:a ?p ?o OPTIONAL { ?o ?q ?r } _:a ?q ?z }")?.kind == .blankNodeLabelReused("a"))
        #expect(failure("ASK { _:a ?p ?o { _:a ?q ?z } }")?.kind == .blankNodeLabelReused("a"))
        // A FILTER does not end the basic graph pattern.
        #expect(failure("ASK { _:a ?p ?o FILTER(?o) _:a ?q ?z }") == nil)
    }

    @Test func valuesRowLength() throws {
        #expect(failure("SELECT * { VALUES (?a ?b) { (1) } }")?.kind == .valuesArity(expected: 2, found: 1))
    }

    @Test func escapesOutsideStringsAndSurrogates() throws {
        #expect(failure("SELECT * { ?s ?p \\u0031 }")?.kind == .unexpectedCharacter("\\"))
        #expect(failure("SELECT * { ?s ?p '\\uD800' }")?.kind == .invalidEscape("\\uD800"))
        #expect(failure("SELECT * { ?s ?p 'a\\qb' }")?.kind == .invalidEscape("\\q"))
    }

    @Test func relativeIRIWithoutBase() throws {
        #expect(throws: SPARQLSyntaxError.self) { try SPARQLParser.parse("ASK { <a> ?p ?o }") }
    }

    @Test func builtinArity() throws {
        let e = try #require(failure("ASK { FILTER(STRLEN(?a, ?b)) }"))
        #expect(e.kind == .wrongArgumentCount(function: "STRLEN", expected: "1", found: 2))
        #expect(e.description == "line 1, column 14: STRLEN takes 1 argument, not 2")
        #expect(failure("ASK { FILTER(SUBSTR(?a)) }")?.kind == .wrongArgumentCount(function: "SUBSTR", expected: "2 to 3", found: 1))
        #expect(failure("ASK { FILTER(SUBSTR(?a, 1, 2)) }") == nil)
    }

    @Test func trailingGarbage() throws {
        let e = try #require(failure("ASK {} }"))
        #expect(e.kind == .unexpectedToken(found: "}", expected: "end of query"))
    }
}

@Suite struct ParserNestingTests {
    @Test(arguments: [
        (String(repeating: "(", count: 5000), String(repeating: ")", count: 5000)),
        (String(repeating: "{", count: 5000), String(repeating: "}", count: 5000)),
    ])
    func deepNestingIsAnErrorNotACrash(_ open: String, _ close: String) throws {
        let q = open.hasPrefix("(") ? "ASK { FILTER(\(open)1\(close)) }" : "ASK { \(open)\(close) }"
        do {
            _ = try SPARQLParser.parse(q)
            Issue.record("accepted nesting of 5000")
        } catch {
            #expect(error.kind == .nestingTooDeep(limit: SPARQLParser.maximumNesting))
        }
    }

    @Test func nestingWithinTheLimitParses() throws {
        let n = SPARQLParser.maximumNesting - 10
        let q = "ASK { ?s ?p " + String(repeating: "[ <http://e/p> ", count: n) + "1" + String(repeating: "]", count: n) + " }"
        guard case .bgp(let ts) = try SPARQLParser.parse(q).pattern else { Issue.record("not a BGP"); return }
        #expect(ts.count == n + 1)
    }
}
