import RDF
import Testing
@testable import LinkedDataServer

@Suite struct EntityPathTests {
    @Test func serverAddressBase() {
        let paths = EntityPath(base: IRI(unchecked: "http://127.0.0.1:7878/"))
        #expect(paths.basePath == "/")
        #expect(paths.iris(forPath: "/person/ivica-dacic") == [IRI(unchecked: "http://127.0.0.1:7878/person/ivica-dacic")])
        #expect(paths.path(for: IRI(unchecked: "http://127.0.0.1:7878/state/se")) == "/state/se")
        #expect(paths.path(for: IRI(unchecked: "http://example.org/state/se")) == nil)
        // Never a protocol-relative link to another host.
        #expect(paths.path(for: IRI(unchecked: "http://127.0.0.1:7878//evil.example/x")) == nil)
    }

    @Test func publishedBaseIsServedAtItsPath() {
        let paths = EntityPath(base: IRI(unchecked: "https://w3id.org/osce-kg/resource/"))
        #expect(paths.basePath == "/osce-kg/resource/")
        #expect(paths.iris(forPath: "/osce-kg/resource/state/se") == [IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se")])
        #expect(paths.iris(forPath: "/state/se").isEmpty)
        #expect(paths.path(for: IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se")) == "/osce-kg/resource/state/se")
        // A percent-encoded path names the IRI with the decoded characters too.
        #expect(paths.iris(forPath: "/osce-kg/resource/person/%D0%B8%D0%B2%D0%B0%D0%BD").last == IRI(unchecked: "https://w3id.org/osce-kg/resource/person/иван"))
    }

    @Test func fragmentBaseIsNotServed() {
        let paths = EntityPath(base: IRI(unchecked: "http://example.org/ns#"))
        #expect(paths.basePath == nil)
        #expect(paths.iris(forPath: "/ns").isEmpty)
    }

    @Test func htmlEscaping() {
        #expect(HTMLText.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(HTMLText.escape("a\u{0}b") == "a\u{FFFD}b")
    }
}
