import Foundation
import Testing
import RDF
import TestSupport
@testable import RaptorIO

/// One entry of a W3C RDF 1.1 test manifest (rdft: vocabulary).
struct W3CTest: CustomStringConvertible, Sendable {
    enum Kind: String, Sendable {
        case positiveSyntax, negativeSyntax, eval, negativeEval
    }
    var suite: String
    var name: String
    var kind: Kind
    var action: String
    var result: String?
    var base: String
    var description: String { name }
}

/// The W3C RDF 1.1 N-Triples and Turtle suites (copied into Fixtures/),
/// run through `RDFParser`; manifests are read with `RDFParser` too.
///
/// A test on `expectedFailures` must fail and any other must pass, so a fix
/// in Raptor (or a regression here) shows up.
@Suite struct W3CSuiteTests {
    static let bases = [
        "rdf-n-triples": "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-n-triples/",
        "rdf-turtle": "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/",
    ]

    /// Raptor 2.0.15 faults (RAPTOR-LIMITS.md) that RaptorIO cannot work around, one reason each.
    static let expectedFailures: [String: String] = [
        "literal_all_controls": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "literal_ascii_boundaries": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "LITERAL1_ascii_boundaries": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "LITERAL1_all_controls": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "LITERAL_LONG1_ascii_boundaries": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "LITERAL2_ascii_boundaries": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "LITERAL_LONG2_ascii_boundaries": "U+0000 in a literal: Raptor cuts the literal there, so RaptorIO refuses the document",
        "IRI-resolution-08": "Raptor's RFC 3986 resolution differs for this reference",
    ]

    static func entries(_ suite: String) -> [W3CTest] {
        let dir = TestSupport.fixtures.appendingPathComponent(suite)
        let base = bases[suite]!
        guard let manifest = try? RDFParser.parseGraph(file: dir.appendingPathComponent("manifest.ttl").path, syntax: .turtle,
                                                       baseIRI: IRI(unchecked: base + "manifest.ttl")) else { return [] }
        let mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
        let rdft = "http://www.w3.org/ns/rdftest#"
        func object(_ s: Term, _ p: String) -> Term? { manifest.triples(subject: s, predicate: IRI(unchecked: p)).first?.object }
        // Walk mf:entries ( … ).
        guard let root = manifest.triples(predicate: IRI(unchecked: mf + "entries")).first else { return [] }
        var node = root.object
        var out: [W3CTest] = []
        while node != .iri(RDFVocabulary.nil), let entry = object(node, RDFVocabulary.first.value) {
            defer { node = object(node, RDFVocabulary.rest.value) ?? .iri(RDFVocabulary.nil) }
            guard let type = object(entry, RDFVocabulary.type.value)?.iri?.value,
                  let name = object(entry, mf + "name")?.literal?.lexicalForm,
                  let action = object(entry, mf + "action")?.iri?.value else { continue }
            let kind: W3CTest.Kind
            switch type.dropFirst(rdft.count) {
            case "TestTurtlePositiveSyntax", "TestNTriplesPositiveSyntax": kind = .positiveSyntax
            case "TestTurtleNegativeSyntax", "TestNTriplesNegativeSyntax": kind = .negativeSyntax
            case "TestTurtleEval": kind = .eval
            case "TestTurtleNegativeEval": kind = .negativeEval
            default: continue
            }
            out.append(W3CTest(suite: suite, name: name, kind: kind, action: action,
                               result: object(entry, mf + "result")?.iri?.value, base: base))
        }
        return out
    }

    static func localPath(_ test: W3CTest, _ iri: String) -> String {
        TestSupport.fixtures.appendingPathComponent(test.suite).appendingPathComponent(String(iri.dropFirst(test.base.count))).path
    }

    /// Runs one test; returns nil when it passes, or why it fails.
    static func run(_ test: W3CTest) -> String? {
        let syntax: RDFSyntax = test.suite == "rdf-turtle" ? .turtle : .ntriples
        let path = localPath(test, test.action)
        do {
            let graph = try RDFParser.parseGraph(file: path, syntax: syntax, baseIRI: IRI(unchecked: test.action))
            switch test.kind {
            case .positiveSyntax: return nil
            case .negativeSyntax, .negativeEval: return "accepted an invalid document (\(graph.count) triples)"
            case .eval:
                guard let result = test.result else { return "no mf:result" }
                let expected = try RDFParser.parseGraph(file: localPath(test, result), syntax: .ntriples, baseIRI: IRI(unchecked: result))
                // The N-Triples reader lowercases language tags (RDF 1.1 Concepts §3.3 allows it).
                return GraphIsomorphism.isomorphic(graph, expected, caseInsensitiveLanguage: true)
                    ? nil : "graph differs:\n" + GraphIsomorphism.difference(expected, graph, caseInsensitiveLanguage: true)
            }
        } catch {
            switch test.kind {
            case .negativeSyntax, .negativeEval: return nil
            default: return "rejected a valid document: \(error)"
            }
        }
    }

    @Test(arguments: entries("rdf-n-triples"))
    func nTriples(_ test: W3CTest) {
        check(test)
    }

    @Test(arguments: entries("rdf-turtle"))
    func turtle(_ test: W3CTest) {
        check(test)
    }

    func check(_ test: W3CTest) {
        let failure = Self.run(test)
        if let reason = Self.expectedFailures[test.name] {
            #expect(failure != nil, "\(test.name) is listed as an expected failure (\(reason)) but passes: remove it from the list")
        } else {
            #expect(failure == nil, "\(test.name) (\(test.kind)): \(failure ?? "")")
        }
    }

    @Test func manifestsAreComplete() {
        #expect(Self.entries("rdf-n-triples").count == 70)
        #expect(Self.entries("rdf-turtle").count == 313)
    }
}
