import RDF
import Testing
@testable import RaptorIO

@Suite struct DatasetWriterTests {
    static let ex = Namespace(prefix: "ex", iri: "http://ex.org/")
    static func iri(_ local: String) -> IRI { ex[local] }

    /// A dataset with a default graph, two named graphs, a literal with a
    /// quote, a newline and a language tag, a decimal (which Raptor's Turtle
    /// writer alone would corrupt) and a blank node shared by two graphs.
    static var sample: Dataset {
        var d = Dataset()
        let b = BlankNode(unchecked: "shared")
        d.insert(Quad(Triple(iri("a"), iri("p"), Literal("x"))))
        d.insert(Triple(iri("a"), RDFVocabulary.type, iri("C")), into: .iri(iri("g1")))
        d.insert(Triple(iri("a"), iri("says"), Literal("say \"hi\"\nthen go", uncheckedLanguage: "en")), into: .iri(iri("g1")))
        d.insert(Triple(iri("a"), iri("n"), Literal("5", datatype: XSD.decimal)), into: .iri(iri("g1")))
        d.insert(Triple(iri("a"), iri("knows"), Term.blankNode(b)), into: .iri(iri("g1")))
        d.insert(Quad(Triple(Term.blankNode(b), iri("name"), Term.literal(Literal("B"))), graph: .iri(iri("g2"))))
        return d
    }

    static func quads(_ d: Dataset) -> Set<String> {
        Set(d.quads.map { "\($0.triple) \($0.graph.map { "\($0)" } ?? "default")" })
    }

    @Test func trigReadsBackToTheSameQuads() throws {
        let text = try DatasetWriter.string(from: Self.sample, syntax: .trig, namespaces: [Self.ex])
        #expect(text.hasPrefix("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n@prefix ex: <http://ex.org/> .\n"))
        #expect(text.contains("\n<http://ex.org/g1> {\n"))
        #expect(text.contains("\n{\n"))  // the default graph's block
        // No directive inside a block.
        let afterFirstBlock = text[text.range(of: "{\n")!.upperBound...]
        #expect(!afterFirstBlock.contains("@prefix"))
        let back = try RDFParser.parseDataset(string: text, syntax: .trig)
        #expect(back.graphNames == [.iri(Self.iri("g1")), .iri(Self.iri("g2"))])
        #expect(back.defaultGraph.count == 1)
        #expect(back.namedGraph(.iri(Self.iri("g1"))).count == 4)
        #expect(back.namedGraph(.iri(Self.iri("g1"))).contains(Triple(Self.iri("a"), Self.iri("n"), Literal("5", datatype: XSD.decimal))))
        // The blank node is one node across the two graphs.
        let knows = back.namedGraph(.iri(Self.iri("g1"))).triples(predicate: Self.iri("knows"))[0].object
        #expect(back.namedGraph(.iri(Self.iri("g2"))).triples[0].subject == knows)
    }

    @Test func nquadsCarryGraphNames() throws {
        let text = try DatasetWriter.string(from: Self.sample, syntax: .nquads)
        #expect(text.contains("<http://ex.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/C> <http://ex.org/g1> .\n"))
        let back = try RDFParser.parseDataset(string: text, syntax: .nquads)
        #expect(back.namedGraph(.iri(Self.iri("g1"))).count == 4)
        #expect(back.defaultGraph.count == 1)
    }

    @Test func writingIsDeterministicAndRefusesOtherSyntaxes() throws {
        let first = try DatasetWriter.string(from: Self.sample, syntax: .trig, namespaces: [Self.ex])
        let second = try DatasetWriter.string(from: Self.sample, syntax: .trig, namespaces: [Self.ex])
        #expect(first == second)
        #expect(throws: RaptorError.self) { try DatasetWriter.string(from: Self.sample, syntax: .turtle) }
        var bad = Dataset()
        bad.insert(Triple(Self.iri("a"), Self.iri("p"), Self.iri("b")), into: .literal(Literal("g")))
        #expect(throws: RaptorError.self) { try DatasetWriter.string(from: bad, syntax: .trig) }
    }

    @Test func directivesAreStrippedOnlyAtTheTop() {
        let turtle = "@prefix ex: <http://ex.org/> .\n@base <http://ex.org/> .\n\nex:a\n    ex:p \"@prefix x\" .\n"
        #expect(DatasetWriter.withoutDirectives(turtle) == "ex:a\n    ex:p \"@prefix x\" .\n")
    }

    @Test func fileDestination() throws {
        let path = TestSupport.temporaryFile("out.trig")
        try DatasetWriter.write(Self.sample, syntax: .trig, namespaces: [Self.ex], to: .file(path: path))
        let back = try RDFParser.parseDataset(file: path, syntax: .trig)
        #expect(back.quads.count == 6)
        #expect(throws: RaptorError.self) { try DatasetWriter.write(Self.sample, syntax: .trig, to: .file(path: "/nonexistent/dir/x.trig")) }
    }
}
