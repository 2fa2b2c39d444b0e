import Testing
import RDF
@testable import RaptorIO

/// Turtle written in batches (`TurtleBatches`): one header, every batch's
/// subjects grouped, and the same graph read back whatever the batch size.
@Suite struct TurtleBatchTests {
    static let ex = Namespace(prefix: "ex", iri: "http://example.org/")

    /// Twelve subjects, three triples each (one with a literal the guard keeps
    /// for the N-Triples tail), and a blank node, given subject by subject.
    static let graph: Graph = {
        var g = Graph()
        for i in 0..<12 {
            let s = IRI.ex("s\(i)")
            g.insert(Triple(s, RDFVocabulary.type, IRI.ex("Thing")))
            g.insert(Triple(s, IRI.ex("name"), Literal("name \(i)")))
            g.insert(Triple(s, IRI.ex("next"), IRI.ex("s\((i + 1) % 12)")))
        }
        g.insert(Triple(IRI.ex("s3"), IRI.ex("count"), Literal("1.", datatype: XSD.decimal)))
        g.insert(Triple(.iri(IRI.ex("s5")), IRI.ex("part"), .blankNode(BlankNode(unchecked: "b1"))))
        g.insert(Triple(.blankNode(BlankNode(unchecked: "b1")), IRI.ex("name"), .literal(Literal("part"))))
        return g
    }()

    func turtle(batch: Int) throws -> String {
        let writer = try RDFWriter(syntax: .turtle, destination: .memory, baseIRI: IRI.ex(""), namespaces: [Self.ex],
                                   encodingLines: true, turtleBatch: batch)
        for t in Self.graph { try writer.write(t) }
        return try writer.finish() ?? ""
    }

    @Test(arguments: [1, 4, 7, 1 << 16])
    func batchesReadBackToTheSameGraph(batch: Int) throws {
        let text = try turtle(batch: batch)
        let back = try RDFParser.parseGraph(string: text, syntax: .turtle)
        // The same graph: one blank node, whatever its label.
        func canonical(_ g: Graph) -> Set<String> {
            Set(g.triples.map { t in
                [t.subject, .iri(t.predicate), t.object].map { $0.isBlankNode ? "_:x" : $0.description }.joined(separator: " ")
            })
        }
        #expect(back.count == Self.graph.count)
        #expect(canonical(back) == canonical(Self.graph), "\(text)")
        // One header: `@base` and each prefix once, before every subject.
        #expect(text.components(separatedBy: "@prefix ex:").count == 2)
        #expect(text.components(separatedBy: "@base").count == 2)
        #expect(text.hasPrefix("@base"))
        #expect(try turtle(batch: batch) == text)
    }

    @Test func oneBatchIsRaptorsWholeDocument() throws {
        // A batch as large as the graph: the text of one serializer, subjects grouped once.
        let whole = try turtle(batch: 1 << 16)
        #expect(whole.components(separatedBy: "\nex:s1\n").count == 2 || whole.components(separatedBy: "\n<s1>\n").count == 2, "\(whole)")
        // Batches of 4 triples end where the subject changes: no subject is split (3 triples each).
        let small = try turtle(batch: 4)
        #expect(small.components(separatedBy: " a ex:Thing").count - 1 == 12 || small.components(separatedBy: "ex:Thing").count - 1 >= 12)
        #expect(small != whole)  // each batch sorted on its own
    }
}
