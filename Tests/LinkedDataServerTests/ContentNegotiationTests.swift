import Testing
@testable import LinkedDataServer

@Suite struct ContentNegotiationTests {
    static let graphTypes = ResponseFormat.forGraphs.map(\.mediaType)
    static let tableTypes = ResponseFormat.forSolutions.map(\.mediaType)

    @Test func noAcceptGivesTheDefault() {
        #expect(ContentNegotiation.choose(accept: nil, offered: Self.graphTypes) == "text/turtle")
        #expect(ContentNegotiation.choose(accept: "", offered: Self.tableTypes) == "application/sparql-results+json")
        #expect(ContentNegotiation.choose(accept: "*/*", offered: Self.tableTypes) == "application/sparql-results+json")
    }

    @Test func qualityValuesDecide() {
        #expect(ContentNegotiation.choose(accept: "text/html;q=0.9, text/turtle", offered: Self.graphTypes) == "text/turtle")
        #expect(ContentNegotiation.choose(accept: "text/turtle;q=0.2, application/ld+json;q=0.8", offered: Self.graphTypes) == "application/ld+json")
        #expect(ContentNegotiation.choose(accept: "application/sparql-results+xml;q=0.5, text/csv", offered: Self.tableTypes) == "text/csv")
        // A browser's header: HTML first.
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        #expect(ContentNegotiation.choose(accept: browser, offered: Self.graphTypes) == "text/html")
        #expect(ContentNegotiation.choose(accept: browser, offered: Self.tableTypes) == "text/html")
    }

    @Test func theMostSpecificRangeGivesTheQuality() {
        // text/* at 0.9 but text/turtle excluded: N-Triples (application/*) is not accepted, text/plain is.
        #expect(ContentNegotiation.choose(accept: "text/*;q=0.9, text/turtle;q=0", offered: Self.graphTypes) == "text/plain")
        #expect(ContentNegotiation.choose(accept: "*/*;q=0.1, application/n-triples", offered: Self.graphTypes) == "application/n-triples")
    }

    @Test func nothingAcceptableIsNil() {
        #expect(ContentNegotiation.choose(accept: "image/png", offered: Self.graphTypes) == nil)
        #expect(ContentNegotiation.choose(accept: "text/turtle;q=0", offered: ["text/turtle"]) == nil)
        #expect(throws: ServerError.self) { try ResponseFormat.negotiate(accept: "image/png", from: ResponseFormat.forSolutions, what: "x") }
        do {
            _ = try ResponseFormat.negotiate(accept: "image/png", from: ResponseFormat.forSolutions, what: "x")
        } catch {
            #expect(error.status == 406)
            #expect(error.message.contains("application/sparql-results+json"))
        }
    }

    @Test func parametersAndCaseAreRead() {
        let ranges = ContentNegotiation.ranges("Text/Turtle; charset=utf-8; q=0.4 , application/n-triples;q=bad")
        #expect(ranges == [.init(type: "text", subtype: "turtle", quality: 0.4), .init(type: "application", subtype: "n-triples", quality: 1)])
    }
}
