import RDF
import Testing
@testable import LinkedDataServer

@Suite struct ProtocolRequestTests {
    @Test func formDecoding() throws {
        let pairs = try FormEncoding.decode("query=SELECT%20*%20WHERE%7B%7D&default-graph-uri=a+b&&flag")
        #expect(pairs.map(\.name) == ["query", "default-graph-uri", "flag"])
        #expect(pairs.map(\.value) == ["SELECT * WHERE{}", "a b", ""])
        #expect(try FormEncoding.decode("q=%C3%A9")[0].value == "é")
        #expect(throws: ServerError.self) { try FormEncoding.decode("query=%ZZ") }
        #expect(throws: ServerError.self) { try FormEncoding.decode("query=%C3") }  // not UTF-8
        #expect(FormEncoding.encode("a b/é") == "a%20b%2F%C3%A9")
    }

    @Test func getWithDataset() throws {
        let r = try ProtocolRequest(queryString: "query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fex%2Fg1&named-graph-uri=http%3A%2F%2Fex%2Fg2&named-graph-uri=http%3A%2F%2Fex%2Fg3",
                                    maxQueryLength: 100)
        #expect(r.query == "ASK{}")
        #expect(r.defaultGraphs == [IRI(unchecked: "http://ex/g1")])
        #expect(r.namedGraphs == [IRI(unchecked: "http://ex/g2"), IRI(unchecked: "http://ex/g3")])
        #expect(try ProtocolRequest(queryString: nil, maxQueryLength: 100).query == nil)
    }

    @Test func postForms() throws {
        let form = try ProtocolRequest(contentType: "application/x-www-form-urlencoded; charset=UTF-8", body: Array("query=ASK+%7B%7D".utf8),
                                       queryString: nil, maxQueryLength: 100)
        #expect(form.query == "ASK {}")
        let direct = try ProtocolRequest(contentType: "application/sparql-query", body: Array("\u{FEFF}ASK {}".utf8),
                                         queryString: "default-graph-uri=urn%3Ax", maxQueryLength: 100)
        #expect(direct.query == "ASK {}")
        #expect(direct.defaultGraphs == [IRI(unchecked: "urn:x")])
    }

    func status(_ body: () throws -> Void) -> Int? {
        do { try body(); return nil } catch { return (error as? ServerError)?.status ?? -1 }
    }

    @Test func refusals() {
        #expect(status { _ = try ProtocolRequest(queryString: "update=INSERT+DATA+%7B%7D", maxQueryLength: 100) } == 400)
        #expect(status { _ = try ProtocolRequest(contentType: "application/sparql-update", body: Array("INSERT DATA {}".utf8), queryString: nil, maxQueryLength: 100) } == 400)
        #expect(status { _ = try ProtocolRequest(contentType: "text/plain", body: Array("ASK {}".utf8), queryString: nil, maxQueryLength: 100) } == 415)
        #expect(status { _ = try ProtocolRequest(contentType: nil, body: [], queryString: nil, maxQueryLength: 100) } == 415)
        #expect(status { _ = try ProtocolRequest(queryString: "query=ASK%7B%7D&query=ASK%7B%7D", maxQueryLength: 100) } == 400)
        #expect(status { _ = try ProtocolRequest(queryString: "query=" + String(repeating: "a", count: 101), maxQueryLength: 100) } == 414)
        #expect(status { _ = try ProtocolRequest(contentType: "application/sparql-query", body: Array(repeating: 65, count: 101), queryString: nil, maxQueryLength: 100) } == 413)
        #expect(status { _ = try ProtocolRequest(queryString: "query=ASK%7B%7D&default-graph-uri=not+an+iri", maxQueryLength: 100) } == 400)
        #expect(status { _ = try ProtocolRequest(contentType: "application/x-www-form-urlencoded", body: Array("x=1".utf8), queryString: nil, maxQueryLength: 100) } == 400)
    }
}
