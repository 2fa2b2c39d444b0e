import Testing
import RDF
@testable import RaptorIO

/// Parses of several chunks, where statements are turned into quads on the
/// conversion stage's thread (`ConversionStage`): same quads, same order,
/// same errors as converting on the parsing thread.
@Suite struct ConversionStageTests {
    /// N-Triples of `n` statements with IRIs, blank nodes, and plain,
    /// language-tagged and typed literals, and the quads expected in order.
    static func document(_ n: Int) -> (String, [Quad]) {
        var text = ""
        var quads: [Quad] = []
        let p = IRI(unchecked: "http://ex.org/p")
        for i in 0..<n {
            let s = IRI(unchecked: "http://ex.org/s\(i % 97)")
            let object: Term
            switch i % 4 {
            case 0:
                text += "<\(s.value)> <\(p.value)> \"text \(i) é\" .\n"
                object = .literal(Literal("text \(i) é"))
            case 1:
                text += "<\(s.value)> <\(p.value)> \"mot \(i)\"@fr .\n"
                object = .literal(Literal("mot \(i)", uncheckedLanguage: "fr"))
            case 2:
                text += "<\(s.value)> <\(p.value)> \"\(i)\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                object = .literal(Literal("\(i)", datatype: IRI(unchecked: "http://www.w3.org/2001/XMLSchema#integer")))
            default:
                text += "<\(s.value)> <\(p.value)> _:b\(i % 13) .\n"
                object = .blankNode(BlankNode(unchecked: "b\(i % 13)"))
            }
            quads.append(Quad(Triple(.iri(s), p, object), graph: nil))
        }
        return (text, quads)
    }

    @Test func manyChunksKeepEveryStatementInOrder() throws {
        let (text, expected) = Self.document(20_000)
        #expect(text.utf8.count > 8 * RDFParser.chunkSize)
        var delivered: [Quad] = []
        try RDFParser.parse(string: text, syntax: .ntriples) { delivered.append($0) }
        #expect(delivered.count == expected.count)
        #expect(delivered == expected)
        // Run to run, the same quads in the same order.
        var again: [Quad] = []
        try RDFParser.parse(string: text, syntax: .ntriples) { again.append($0) }
        #expect(again == delivered)
    }

    @Test func invalidIRIInALaterChunkStopsBeforeItsChunk() {
        // Raptor's JSON parser passes the relative reference "rel" through;
        // RaptorIO refuses it. Statements after the first chunk's are delivered
        // by the conversion stage; the bad one's chunk and later ones are not.
        var objects: [String] = []
        for i in 0..<4000 { objects.append("{\"type\":\"literal\",\"value\":\"value number \(i) with some padding text\"}") }
        let good = "\"http://ex.org/p\":[" + objects.joined(separator: ",") + "]"
        let json = "{\"http://ex.org/a\":{" + good + "},\"http://ex.org/b\":{\"http://ex.org/q\":[{\"type\":\"uri\",\"value\":\"rel\"}]}}"
        #expect(json.utf8.count > 2 * RDFParser.chunkSize)
        var count = 0
        do {
            try RDFParser.parse(string: json, syntax: .json) { _ in count += 1 }
            Issue.record("a relative IRI must be refused")
        } catch {
            #expect(error.kind == .parse)
            #expect(error.message == "invalid IRI <rel>: no scheme")
        }
        #expect(count < 4000)
    }

    @Test func invalidIRIInTheOnlyChunkDeliversNothing() {
        let json = "{\"http://ex.org/a\":{\"http://ex.org/p\":[{\"type\":\"literal\",\"value\":\"x\"}]},\"http://ex.org/b\":{\"http://ex.org/q\":[{\"type\":\"uri\",\"value\":\"rel\"}]}}"
        var count = 0
        #expect(throws: RaptorError.self) { try RDFParser.parse(string: json, syntax: .json) { _ in count += 1 } }
        #expect(count == 0)
    }
}
