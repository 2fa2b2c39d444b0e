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
        #expect(nt.description == "x.txt:1:1: not a page: the text is RDF (Turtle or N-Triples: 1 of 1 lines are directives or triples)" + NonPageDetector.rdfHint)
        let query = try #require(error("SELECT ?s WHERE { ?s ?p ?o }\n"))
        #expect(query.description == "x.txt:1:1: not a page: the text is a SPARQL query (1 of 1 lines are prologue, query form, patterns or modifiers); run it with `osce-kg query --query FILE --data …`")
        let prefixed = try #require(error("PREFIX ex: <http://a.example/>\nSELECT * { ?s ex:p ?o } LIMIT 5\n"))
        #expect(prefixed.message.hasPrefix("not a page: the text is a SPARQL query (2 of 2 lines"))
        let object = try #require(error("{\"a\": 1, \"b\": [1, 2]}\n"))
        #expect(object.description == "x.txt:1:1: not a page: the text is JSON (1 of 1 lines are JSON syntax)" + NonPageDetector.rdfHint)
        #expect(error("[1, 2, 3]\n")?.kind == .notAPage)
    }

    @Test func shortPageTextIsNotTakenForData() {
        // Not RDF, SPARQL or JSON: whatever the layout decides, not "not a page".
        for text in ["Select committee meets in Vienna.\n", "[Photo] OSCE Mission to Serbia\n", "{Draft} Statement by the Chair\n",
                     "OSCE trains border police: a course in Chisinau.\n"] {
            #expect(error(text)?.kind != .notAPage, "\(text)")
        }
    }
}
