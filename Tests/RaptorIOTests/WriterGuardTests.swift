import Testing
import RDF
@testable import RaptorIO

/// Terms that cannot be written correctly are refused before they reach
/// Raptor, with a `.invalidTerm` error naming the term.
@Suite struct WriterGuardTests {
    static let s = IRI.ex("s"), p = IRI.ex("p")

    func refusal(_ triple: Triple, _ syntax: RDFSyntax = .turtle) -> RaptorError? {
        do {
            _ = try RDFSerialization.string(from: Graph([triple]), syntax: syntax)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [RDFSyntax.turtle, .ntriples, .nquads, .rdfxml, .json])
    func invalidIRIs(_ syntax: RDFSyntax) {
        for bad in ["http://ex.org/a b", "http://ex.org/a>b", "http://ex.org/\"", "http://ex.org/{x}", "http://ex.org/a|b",
                    "http://ex.org/a^b", "http://ex.org/`", "http://ex.org/a\\b", "http://ex.org/a\nb", "relative/path", ""] {
            let error = refusal(Triple(.iri(Self.s), Self.p, .iri(IRI(unchecked: bad))), syntax)
            #expect(error?.kind == .invalidTerm, "\(bad.debugDescription) in \(syntax)")
            #expect(error?.term == "<\(bad)>")
        }
        #expect(refusal(Triple(.iri(Self.s), IRI(unchecked: "p"), .iri(Self.s)), syntax)?.kind == .invalidTerm)
        #expect(refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("x", datatype: IRI(unchecked: "no scheme")))), syntax)?.kind == .invalidTerm)
    }

    @Test func invalidLanguageTagsAndLabels() {
        let badTag = refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("x", uncheckedLanguage: "en GB"))))
        #expect(badTag?.kind == .invalidTerm)
        #expect(badTag?.term == "\"x\"@en GB")
        #expect(refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("x", datatype: RDFVocabulary.langString))))?.kind == .invalidTerm)
        for label in ["a b", "a.b.", "-x", "", "a:b"] {
            let error = refusal(Triple(.blankNode(BlankNode(unchecked: label)), Self.p, .iri(Self.s)), .ntriples)
            #expect(error?.kind == .invalidTerm, "label \(label.debugDescription)")
            #expect(error?.term == "_:\(label)")
        }
    }

    @Test(arguments: [RDFSyntax.turtle, .ntriples, .rdfxml, .json])
    func nulIsRefused(_ syntax: RDFSyntax) {
        let error = refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("a\u{0}b"))), syntax)
        #expect(error?.kind == .invalidTerm)
        #expect(error?.message.contains("U+0000") == true)
    }

    @Test func dotSegmentsAreRefusedWhereReadersResolveThem() throws {
        let triple = Triple(.iri(IRI(unchecked: "http://ex.org/a/../b")), Self.p, .iri(IRI(unchecked: "http://ex.org/./c")))
        #expect(refusal(triple, .turtle)?.kind == .invalidTerm)
        #expect(refusal(triple, .rdfxml)?.kind == .invalidTerm)
        let nt = try RDFSerialization.string(from: Graph([triple]), syntax: .ntriples)
        #expect(try RDFParser.parseGraph(string: nt, syntax: .ntriples) == Graph([triple]))
        #expect(TermCheck.hasDotSegment("http://ex.org/a/.."))
        #expect(TermCheck.hasDotSegment("file:///a/./b"))
        #expect(!TermCheck.hasDotSegment("http://ex.org/a.b/..c/.d"))
        #expect(!TermCheck.hasDotSegment("http://ex.org/a?x=/../"))
        #expect(!TermCheck.hasDotSegment("http://ex.org/a#/./"))
    }

    @Test func xmlRefusesControlCharacters() {
        #expect(refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("bell\u{07}"))), .rdfxml)?.kind == .invalidTerm)
        #expect(refusal(Triple(.iri(Self.s), Self.p, .literal(Literal("bell\u{07}"))), .turtle) == nil)
    }

    @Test func quadsAndLifecycle() throws {
        let writer = try RDFWriter(syntax: .turtle, destination: .memory)
        let quad = Quad(Triple(.iri(Self.s), Self.p, .iri(Self.s)), graph: .iri(IRI.ex("g")))
        #expect(throws: RaptorError.self) { try writer.write(quad) }
        #expect(throws: RaptorError.self) { try writer.write(Triple(.literal(Literal("x")), Self.p, .iri(Self.s))) }
        try writer.write(quad.triple)
        let text = try writer.finish()
        #expect(text == "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n\n<http://example.org/s>\n    <http://example.org/p> <http://example.org/s> .\n\n")
        do {
            try writer.write(quad.triple)
            Issue.record("write after finish must throw")
        } catch {
            #expect(error.kind == .finished)
        }
        #expect(throws: RaptorError.self) { try RDFWriter(syntax: .trig, destination: .memory) }
        #expect(throws: RaptorError.self) { try RDFWriter(syntax: .turtle, destination: .memory, namespaces: [Namespace(prefix: "a b", iri: "http://x/")]) }
        #expect(throws: RaptorError.self) {
            try RDFWriter(syntax: .turtle, destination: .memory, namespaces: [Namespace(prefix: "a", iri: "http://x/"), Namespace(prefix: "a", iri: "http://y/")])
        }
    }

    @Test func fileDestinationAndIOErrors() throws {
        let path = TestSupport.temporaryFile("out.nq")
        let writer = try RDFWriter(syntax: .nquads, destination: .file(path: path))
        let quad = Quad(Triple(.iri(Self.s), Self.p, .literal(Literal("x"))), graph: .iri(IRI.ex("g")))
        try writer.write(quad)
        #expect(try writer.finish() == nil)
        let dataset = try RDFParser.parseDataset(file: path)
        #expect(dataset.graphNames == [.iri(IRI.ex("g"))])
        #expect(dataset.namedGraph(.iri(IRI.ex("g"))) == Graph([quad.triple]))
        do {
            _ = try RDFWriter(syntax: .turtle, destination: .file(path: "/nonexistent-dir/x.ttl"))
            Issue.record("opening a file in a missing directory must throw")
        } catch {
            #expect(error.kind == .io)
            #expect(error.file == "/nonexistent-dir/x.ttl")
        }
    }
}
