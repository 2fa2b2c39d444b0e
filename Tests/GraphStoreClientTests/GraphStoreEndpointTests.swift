import GraphStoreClient
import Testing

/// `GraphStoreEndpoint`: request URLs (§4.2 indirect identification), credentials, refused URLs.
@Suite struct GraphStoreEndpointTests {
    @Test func defaultAndNamedGraphURLs() throws {
        let store = try GraphStoreEndpoint("http://127.0.0.1:7878/store")
        #expect(store.url(for: .defaultGraph) == "http://127.0.0.1:7878/store?default")
        #expect(store.url(for: .named("https://w3id.org/osce-kg/resource/page/a b#x&y=1"))
                == "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fosce-kg%2Fresource%2Fpage%2Fa%20b%23x%26y%3D1")
    }

    @Test func existingQueryIsKept() throws {
        let store = try GraphStoreEndpoint("https://example.org/ds/data?token=abc")
        #expect(store.url(for: .named("urn:g")) == "https://example.org/ds/data?token=abc&graph=urn%3Ag")
        #expect(store.url(for: .defaultGraph) == "https://example.org/ds/data?token=abc&default")
    }

    @Test func refusesWhatIsNoHTTPEndpoint() {
        for text in ["127.0.0.1:7878/store", "ftp://host/store", "http:///store", "http://host/store#frag", "store"] {
            #expect(throws: GraphStoreError.self) { try GraphStoreEndpoint(text) }
            do { _ = try GraphStoreEndpoint(text) } catch {
                #expect(error.kind == .invalidEndpoint)
                #expect(error.description.hasPrefix("\(text): not a store URL"))
            }
        }
    }

    @Test func credentialsSplitAtTheFirstColon() throws {
        let c = try #require(GraphStoreEndpoint.Credentials(parsing: "dba:pa:ss"))
        #expect(c.user == "dba" && c.password == "pa:ss")
        // base64("dba:pa:ss")
        #expect(c.basicAuthorization == "Basic ZGJhOnBhOnNz")
        #expect(GraphStoreEndpoint.Credentials(parsing: "nocolon") == nil)
        #expect(GraphStoreEndpoint.Credentials(parsing: ":secret") == nil)
    }

    @Test func errorsNameRequestStatusAndBody() {
        let refused = GraphStoreError(.refused(status: 404, body: "no such path"), request: "PUT http://h/x?default")
        #expect(refused.description == "PUT http://h/x?default: the store answered 404 Not Found: no such path")
        let down = GraphStoreError(.unreachable(reason: "Could not connect to the server", attempts: 4), request: "POST http://h/x?default")
        #expect(down.description == "POST http://h/x?default: cannot reach the store (Could not connect to the server) after 4 attempts")
    }

    @Test func backoffDoublesUpToTheMaximum() {
        let retry = RetryPolicy(attempts: 6, initialDelay: 0.5, maximumDelay: 3)
        #expect((1...5).map { retry.delay(after: $0) } == [0.5, 1, 2, 3, 3])
        #expect(RetryPolicy(attempts: 0).attempts == 1)
        #expect(RetryPolicy.isTransient(status: 503) && !RetryPolicy.isTransient(status: 500) && !RetryPolicy.isTransient(status: 404))
    }
}
