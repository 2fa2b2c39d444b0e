import Testing
import RDF
@testable import RaptorIO

/// Exact output for the escaping cases, determinism, and how the Turtle
/// guard places terms Raptor would get wrong.
@Suite struct SerializationTests {
    static let s = IRI.ex("s"), p = IRI.ex("p")
    static let ex = Namespace(prefix: "ex", iri: "http://example.org/")

    func turtle(_ objects: [Term], base: IRI? = nil) throws -> String {
        try RDFSerialization.string(from: Graph(objects.map { Triple(.iri(Self.s), Self.p, $0) }), syntax: .turtle, baseIRI: base, namespaces: [Self.ex])
    }

    @Test func nTriplesEscaping() throws {
        let g = Graph([
            Triple(.iri(Self.s), Self.p, .literal(Literal("a\\b\"c\nd\re\tf\u{01}g\u{7F}h Öß 😀"))),
            Triple(.iri(Self.s), Self.p, .literal(try Literal("x", language: "en-GB"))),
            Triple(.blankNode(BlankNode(unchecked: "b0")), Self.p, .literal(Literal("5", datatype: XSD.decimal))),
        ])
        let text = try RDFSerialization.string(from: g, syntax: .ntriples)
        #expect(text == """
            <http://example.org/s> <http://example.org/p> "a\\\\b\\"c\\nd\\re\\tf\\u0001g\\u007Fh \\u00D6\\u00DF \\U0001F600" .
            <http://example.org/s> <http://example.org/p> "x"@en-GB .
            _:b0 <http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#decimal> .

            """)
        #expect(try RDFParser.parseGraph(string: text, syntax: .ntriples).count == 3)
    }

    @Test func turtleKeepsSafeLiteralsAndMovesUnsafeOnesToTheTail() throws {
        let text = try turtle([
            .literal(Literal("7", datatype: XSD.integer)), .literal(Literal("5", datatype: XSD.decimal)),
            .literal(Literal("true", datatype: XSD.boolean)), .literal(Literal("1", datatype: XSD.boolean)),
            .literal(Literal("a\rb")), .literal(try Literal("Wien", language: "de-AT")),
        ])
        #expect(text == """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix ex: <http://example.org/> .

            ex:s
                ex:p 7, "Wien"@de-AT, true .

            <http://example.org/s> <http://example.org/p> "5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
            <http://example.org/s> <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#boolean> .
            <http://example.org/s> <http://example.org/p> "a\\rb" .

            """)
    }

    @Test func turtleBaseAndPrefixes() throws {
        let text = try RDFSerialization.string(
            from: Graph([Triple(IRI(unchecked: "http://example.org/base/doc"), Self.p, IRI(unchecked: "http://example.org/base/doc#me"))]),
            syntax: .turtle, baseIRI: IRI(unchecked: "http://example.org/base/"), namespaces: [Self.ex])
        #expect(text.contains("@base <http://example.org/base/> ."))
        #expect(text.contains("<doc>"))
        #expect(text.contains("ex:p <doc#me>"))
        let back = try RDFParser.parseGraph(string: text, syntax: .turtle, baseIRI: IRI(unchecked: "http://elsewhere.org/"))
        #expect(back.triples.first?.object == .iri(IRI(unchecked: "http://example.org/base/doc#me")))
    }

    @Test func cyclesAndSharedListsGoToTheTail() throws {
        var g = Graph()
        let c1 = Term.blankNode(BlankNode(unchecked: "c1")), c2 = Term.blankNode(BlankNode(unchecked: "c2"))
        g.insert(Triple(c1, Self.p, c2))
        g.insert(Triple(c2, Self.p, c1))
        g.insert(Triple(.iri(Self.s), Self.p, .blankNode(BlankNode(unchecked: "tree"))))
        g.insert(Triple(.blankNode(BlankNode(unchecked: "tree")), Self.p, .literal(Literal("leaf"))))
        let text = try RDFSerialization.string(from: g, syntax: .turtle, namespaces: [Self.ex])
        #expect(text.hasSuffix("""
            ex:s
                ex:p [
                    ex:p "leaf"
                ] .

            _:c1 <http://example.org/p> _:c2 .
            _:c2 <http://example.org/p> _:c1 .

            """))
    }

    @Test(arguments: RDFSyntax.allCases.filter(\.canWrite))
    func outputIsDeterministic(_ syntax: RDFSyntax) throws {
        var g = Graph()
        for fault in FaultCase.all where !fault.xmlRefuses && fault.name != "IRIs" { g.insert(contentsOf: fault.graph) }
        if syntax == .atom || syntax == .rss10 {
            // Feed writers refuse graphs without a feed, with an error rather than a crash.
            #expect(throws: RaptorError.self) { try RDFSerialization.string(from: g, syntax: syntax) }
            return
        }
        let a = try RDFSerialization.string(from: g, syntax: syntax, namespaces: [Self.ex])
        let b = try RDFSerialization.string(from: g, syntax: syntax, namespaces: [Self.ex])
        #expect(a == b)
        #expect(!a.isEmpty)
    }

    @Test func largeStreamingFileMatchesMemory() throws {
        var triples: [Triple] = []
        for i in 0..<20_000 {
            triples.append(Triple(IRI.ex("e\(i)"), Self.p, Literal("value \(i) with text to fill the buffer")))
        }
        let path = TestSupport.temporaryFile("big.nt")
        try RDFSerialization.write(Graph(triples), syntax: .ntriples, to: .file(path: path))
        let text = try RDFSerialization.string(from: Graph(triples), syntax: .ntriples)
        var count = 0
        try RDFParser.parse(file: path) { _ in count += 1 }
        #expect(count == 20_000)
        #expect(try RDFParser.parseGraph(string: text, syntax: .ntriples).count == 20_000)
    }
}
