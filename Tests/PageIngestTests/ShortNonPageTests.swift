import Foundation
import Testing
import RDF
@testable import PageIngest

/// RDF, SPARQL and JSON of a line or two given as a page are refused as what they are (with what
/// to do instead), not as an "unknown page kind"; page text of a line or two is not refused so.
@Suite struct ShortNonPageTests {
    let ingester = PageIngester()

    func error(_ text: String) -> IngestError? {
        do {
            _ = try ingester.ingest(text: text, source: "x.txt")
            return nil
        } catch {
            return error
        }
    }

    @Test func oneOrTwoLinesOfRDFSPARQLOrJSONAreNamed() throws {
        let nt = try #require(error("<http://a.example/s> <http://a.example/p> \"x\" .\n"))
        #expect(nt.kind == .notAPage)
        #expect(nt.description == "x.txt:1:1: not a page: the text is RDF (N-Triples: 1 of 1 lines are triples); load it with `osce-kg query --data FILE --data-format ntriples`")
        let query = try #require(error("SELECT ?s WHERE { ?s ?p ?o }\n"))
        #expect(query.description == "x.txt:1:1: not a page: the text is a SPARQL query (1 of 1 lines are prologue, query form, patterns or modifiers); run it with `osce-kg query --query FILE --data …`")
        let prefixed = try #require(error("PREFIX ex: <http://a.example/>\nSELECT * { ?s ex:p ?o } LIMIT 5\n"))
        #expect(prefixed.message.hasPrefix("not a page: the text is a SPARQL query (2 of 2 lines"))
        let object = try #require(error("{\"a\": 1, \"b\": [1, 2]}\n"))
        #expect(object.description == "x.txt:1:1: not a page: the text is JSON (1 of 1 lines are JSON syntax)" + NonPageDetector.jsonHint)
        #expect(error("[1, 2, 3]\n")?.kind == .notAPage)
    }

    /// RDF is named by the syntax whose line grammar its lines follow (each line scored against
    /// N-Triples, N-Quads and Turtle/TriG). Before: a comment first, or a statement without its
    /// final `.`, gave "unknown page kind", and N-Quads was "Turtle or N-Triples".
    @Test func rdfIsNamedByItsSyntax() throws {
        let s = "<http://a.example/s>", p = "<http://a.example/p>", g = "<http://a.example/g>"
        func message(_ text: String) throws -> String {
            let e = try #require(error(text), "\(text)")
            #expect(e.kind == .notAPage)
            return e.message
        }
        let hint = { (format: String) in "; load it with `osce-kg query --data FILE --data-format \(format)`" }
        #expect(try message("# exported by a tool\n\(s) \(p) \"x\" .\n")
            == "not a page: the text is RDF (N-Triples: 1 of 1 lines are triples, besides 1 comment line)" + hint("ntriples"))
        #expect(try message("\(s) \(p) \"x\"\n")
            == "not a page: the text is RDF (N-Triples: 1 of 1 lines are triples, 1 without its final '.')" + hint("ntriples"))
        #expect(try message("\(s) \(p) \"x\" .\n\(s) \(p) \"y\"@en\n# end\n")
            == "not a page: the text is RDF (N-Triples: 2 of 2 lines are triples, besides 1 comment line, 1 without its final '.')" + hint("ntriples"))
        #expect(try message("\(s) \(p) \"x\" \(g) .\n\(s) \(p) _:b .\n")
            == "not a page: the text is RDF (N-Quads: 2 of 2 lines are triples or quads)" + hint("nquads"))
        #expect(try message("\(s) \(p) \"x\" \(g)\n")
            == "not a page: the text is RDF (N-Quads: 1 of 1 lines are triples or quads, 1 without its final '.')" + hint("nquads"))
        #expect(try message("@prefix ex: <http://a.example/> .\nex:s ex:p \"x\" .\n\(s) \(p) \"y\" .\n")
            == "not a page: the text is RDF (Turtle: 3 of 3 lines are directives or triples)" + hint("turtle"))
        #expect(try message("@prefix ex: <http://a.example/> .\nex:g {\n  ex:s ex:p \"x\" .\n}\n")
            == "not a page: the text is RDF (TriG: 4 of 4 lines are directives, triples or graph blocks)" + hint("trig"))
    }

    /// Comment-like and angle-bracket page text is not RDF.
    @Test func pageTextWithHashesOrBracketsIsNotRDF() {
        for text in ["# Press release\nOSCE trains border police in Chisinau.\n", "<b>Note</b> the office opens today\n",
                     "#OSCE #Moldova\n", "<http://a.example/s> is the address of the new office\n"] {
            #expect(error(text)?.kind != .notAPage, "\(text)")
        }
    }

    @Test func shortPageTextIsNotTakenForData() {
        // Not RDF, SPARQL or JSON: whatever the layout decides, not "not a page".
        for text in ["Select committee meets in Vienna.\n", "[Photo] OSCE Mission to Serbia\n", "{Draft} Statement by the Chair\n",
                     "OSCE trains border police: a course in Chisinau.\n"] {
            #expect(error(text)?.kind != .notAPage, "\(text)")
        }
    }
}
