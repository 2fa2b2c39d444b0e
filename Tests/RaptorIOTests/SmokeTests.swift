import Testing
import RDF
@testable import RaptorIO

@Suite struct SmokeTests {
    @Test func turtleFromFixture() throws {
        let ex = Namespace(prefix: "ex", iri: "http://ex.org/")
        var g = Graph()
        g.insert(Triple(ex["a"], RDFVocabulary.type, ex["C"]))
        g.insert(Triple(ex["a"], ex["name"], Literal("Vienna \"x\"\n\\")))
        g.insert(Triple(ex["a"], ex["n"], Literal("5", datatype: XSD.decimal)))
        g.insert(Triple(ex["a"], ex["lang"], try Literal("Wien", language: "de-AT")))
        let text = try RDFSerialization.string(from: g, syntax: .turtle, namespaces: [ex])
        print(text)
        let back = try RDFParser.parseGraph(string: text, syntax: .turtle)
        #expect(back == g)
    }
}
