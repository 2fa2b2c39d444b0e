@testable import GraphStoreClient
import Testing

/// `DigestChallenge` against RFC 7616 §3.9.1's worked example (MD5 and SHA-256).
@Suite struct DigestChallengeTests {
    static let header = #"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=%@, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#

    static func challenge(_ algorithm: String) throws -> DigestChallenge {
        try #require(DigestChallenge(header: header.replacingOccurrences(of: "%@", with: algorithm)))
    }

    static func response(_ authorization: String) -> String? {
        DigestChallenge.parameters(authorization.dropFirst("Digest ".count))["response"]
    }

    @Test func rfc7616ExampleMD5() throws {
        let c = try Self.challenge("MD5")
        #expect(c.realm == "http-auth@example.org" && c.qop == "auth" && c.opaque == "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS" && !c.stale)
        let a = c.authorization(method: "GET", uri: "/dir/index.html", user: "Mufasa", password: "Circle of Life", nc: 1,
                                cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        #expect(Self.response(a) == "8ca523f5e9506fed4657c9700eebdbec")
        #expect(a.contains(#"nc=00000001"#) && a.contains(#"uri="/dir/index.html""#) && a.contains("qop=auth,"))
    }

    @Test func rfc7616ExampleSHA256() throws {
        let a = try Self.challenge("SHA-256").authorization(method: "GET", uri: "/dir/index.html", user: "Mufasa", password: "Circle of Life",
                                                            nc: 1, cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        #expect(Self.response(a) == "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
    }

    @Test func challengesItCannotAnswer() {
        #expect(DigestChallenge(header: #"Basic realm="x""#) == nil)
        #expect(DigestChallenge(header: #"Digest realm="x", nonce="n", algorithm=SHA-512-256"#) == nil)
        #expect(DigestChallenge(header: #"Digest realm="x", nonce="n", qop="auth-int""#) == nil)
        #expect(DigestChallenge(header: #"Digest nonce="n""#) == nil)
        // Without qop (RFC 2069), with an escaped quote, stale.
        let c = DigestChallenge(header: #"Digest realm="a \"b\"", nonce="n", stale=TRUE"#)
        #expect(c?.realm == #"a "b""# && c?.qop == nil && c?.stale == true && c?.algorithm == "MD5")
    }

    @Test func requestTargetIsThePercentEncodedPathAndQuery() {
        #expect(GraphStoreClient.requestTarget("http://h:8890/sparql-graph-crud-auth?graph=urn%3Ag") == "/sparql-graph-crud-auth?graph=urn%3Ag")
        #expect(GraphStoreClient.requestTarget("http://h") == "/")
    }
}
