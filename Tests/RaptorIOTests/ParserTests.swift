import Testing
import RDF
@testable import RaptorIO

@Suite struct ParserTests {
    static let s = IRI.ex("s"), p = IRI.ex("p")

    @Test func turtleErrorPosition() throws {
        let text = "@prefix ex: <http://example.org/> .\nex:a ex:p \"ok\" .\nex:b ex:p ex:c ;\n     ex:q } .\n"
        let path = TestSupport.temporaryFile("bad.ttl")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var delivered: [Quad] = []
        do {
            try RDFParser.parse(file: path) { delivered.append($0) }
            Issue.record("a broken document must throw")
        } catch {
            #expect(error.kind == .parse)
            #expect(error.file == path)
            // Raptor's Turtle parser reports the line only (column 0 = unknown).
            #expect(error.position == SourcePosition(line: 4, column: 0, offset: 0))
            #expect(error.description.hasPrefix("\(path):4: syntax error"))
            #expect(error.messages.contains { $0.level == .error && $0.position?.line == 4 })
        }
        // The statements of the failing chunk are not delivered.
        #expect(delivered.isEmpty)
        #expect(throws: RaptorError.self) { try RDFParser.parseGraph(file: path) }
    }

    @Test func nTriplesErrorPositionHasAColumn() {
        let text = "<http://ex.org/a> <http://ex.org/p> \"x\" .\n<http://ex.org/a> <http://ex.org/p> bad .\n"
        do {
            _ = try RDFParser.parseGraph(string: text, syntax: .ntriples)
            Issue.record("must throw")
        } catch {
            #expect(error.position?.line == 2)
            // `bad` starts at column 37 (1-based); the grammar check refuses the line before Raptor reads it.
            #expect(error.position?.column == 37)
            #expect(error.description.hasPrefix("2:37: expected the object"))
        }
    }

    @Test func statementsBeforeTheFailingChunkAreDelivered() {
        var text = ""
        for i in 0..<3000 { text += "<http://ex.org/s\(i)> <http://ex.org/p> \"some text to fill the first chunk\" .\n" }
        let good = text.utf8.count
        text += "<http://ex.org/a> <http://ex.org/p> broken .\n"
        // Lines after the broken one, so that it lies inside a chunk of data (the
        // N-Triples feeder holds a block's last line end back for the next block:
        // a broken last line of the input is reported with the final block).
        for i in 0..<3000 { text += "<http://ex.org/t\(i)> <http://ex.org/p> \"more text after the broken line\" .\n" }
        #expect(good > RDFParser.chunkSize)
        var count = 0
        #expect(throws: RaptorError.self) { try RDFParser.parse(string: text, syntax: .ntriples) { _ in count += 1 } }
        #expect(count > 0 && count < 3000)
    }

    @Test func nulAndSurrogatesAreRefusedWithPositions() {
        let cases: [(String, Int, Int)] = [
            ("<http://ex.org/a> <http://ex.org/p> \"a\\u0000b\" .\n", 1, 39),
            ("<http://ex.org/a> <http://ex.org/p> \"ok\" .\n<http://ex.org/a> <http://ex.org/p> \"Ö\\U00000000\" .\n", 2, 39),
            ("<http://ex.org/a> <http://ex.org/p> \"a\u{0}b\" .\n", 1, 39),
            ("<http://ex.org/a> <http://ex.org/p> \"\\uD800\" .\n", 1, 38),
        ]
        for (text, line, column) in cases {
            do {
                _ = try RDFParser.parseGraph(string: text, syntax: .turtle)
                Issue.record("must throw: \(text.debugDescription)")
            } catch {
                #expect(error.kind == .parse)
                #expect(error.position?.line == line && error.position?.column == column, "\(text.debugDescription): \(error)")
            }
        }
        // An escaped backslash before u0000 is not an escape of U+0000.
        #expect((try? RDFParser.parseGraph(string: "<http://ex.org/a> <http://ex.org/p> \"\\\\u0000\" .", syntax: .turtle))?.count == 1)
    }

    @Test func blankNodeLabels() throws {
        // Raptor's N-Triples parser reads `_:o.` as the label "o."; RaptorIO strips the dot.
        let g = try RDFParser.parseGraph(string: "_:s <http://ex.org/p> _:o.\n_:o <http://ex.org/p> _:s .\n", syntax: .ntriples)
        #expect(g.count == 2)
        #expect(g.triples[0].object == g.triples[1].subject)
        // Generated labels are valid and deterministic.
        let turtle = "[] <http://ex.org/p> [ <http://ex.org/q> 1 ] ."
        let a = try RDFParser.parseGraph(string: turtle, syntax: .turtle)
        let b = try RDFParser.parseGraph(string: turtle, syntax: .turtle)
        #expect(a == b)
        #expect(a.triples.allSatisfy { t in [t.subject, t.object].allSatisfy { $0.blankNode.map { BlankNode.isValidLabel($0.id) } ?? true } })
        // Labels that are not valid BlankNode labels are sanitised injectively.
        let c = try RDFParser.parseGraph(string: "_:a.b <http://ex.org/p> _:ba_x2E_b .", syntax: .turtle)
        #expect(c.triples[0].subject != c.triples[0].object)
    }

    @Test func languageTagCase() throws {
        let line = "<http://ex.org/a> <http://ex.org/p> \"x\"@en-GB .\n"
        #expect(try RDFParser.parseGraph(string: line, syntax: .turtle).triples[0].object.literal?.language == "en-GB")
        // Known Raptor limit: its N-Triples parser lowercases tags (RDF 1.1 Concepts §3.3 allows it).
        #expect(try RDFParser.parseGraph(string: line, syntax: .ntriples).triples[0].object.literal?.language == "en-gb")
    }

    @Test func literalsAndDatasets() throws {
        let g = try RDFParser.parseGraph(string: "<http://ex.org/a> <http://ex.org/p> 1, 2.5, 1e0, true, \"s\", \"t\"^^<http://www.w3.org/2001/XMLSchema#string> .", syntax: .turtle)
        let datatypes = Set(g.triples.compactMap { $0.object.literal?.datatype })
        #expect(datatypes == [XSD.integer, XSD.decimal, XSD.double, XSD.boolean, XSD.string])
        #expect(g.count == 6)
        let trig = "<http://ex.org/g> { <http://ex.org/a> <http://ex.org/p> 1 } <http://ex.org/a> <http://ex.org/p> 2 ."
        let d = try RDFParser.parseDataset(string: trig, syntax: .trig)
        #expect(d.graphNames == [.iri(IRI(unchecked: "http://ex.org/g"))])
        #expect(d.defaultGraph.count == 1)
        #expect(d.namedGraph(.iri(IRI(unchecked: "http://ex.org/g"))).count == 1)
    }

    @Test func relativeIRIsFromJSONAreRefused() {
        let json = #"{ "s" : { "http://ex.org/p" : [ { "value" : "x", "type" : "literal" } ] } }"#
        #expect(throws: RaptorError.self) { try RDFParser.parseGraph(string: json, syntax: .json) }
    }

    @Test func missingFileAndUnreadableSyntax() {
        do {
            _ = try RDFParser.parseGraph(file: "/nonexistent/file.ttl")
            Issue.record("must throw")
        } catch {
            #expect(error.kind == .io)
        }
        #expect(throws: RaptorError.self) { try RDFParser.parseGraph(string: "", syntax: .dot) }
    }
}
