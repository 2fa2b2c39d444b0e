import RDF
import RDFJSONLD
import Testing

/// `JSONLDContext.prefixes(_:clearOfSchemesIn:)`: a prefix that is the scheme of an IRI in the graph is left out.
@Suite struct JSONLDContextSchemeTests {
    static let ex = Namespace(prefix: "ex", iri: "http://ex.org/")
    static let a = Namespace(prefix: "a", iri: "http://a.org/")
    static let urn = Namespace(prefix: "urn", iri: "http://urn.example/")

    @Test func dropsOnlyClashingPrefixesInOrder() throws {
        let p = IRI(unchecked: "http://a.org/p")
        let triples = [
            Triple(.iri(IRI(unchecked: "ex:zz")), p, .literal(Literal("x"))),
            Triple(.iri(IRI(unchecked: "http://a.org/s")), p, .literal(Literal("1", datatype: IRI(unchecked: "urn:type:int")))),
        ]
        let kept = JSONLDContext.prefixes([Self.urn, Self.ex, Self.a], clearOfSchemesIn: triples)
        #expect(kept.map(\.prefix) == ["a"])
        // The context without them compacts every IRI of the graph.
        let context = try JSONLDContext(vocabulary: nil, prefixes: kept)
        #expect(try context.compact(nodeIRI: IRI(unchecked: "ex:zz")) == "ex:zz")
        // With the clashing prefix kept, compaction refuses the IRI.
        let clashing = try JSONLDContext(vocabulary: nil, prefixes: [Self.ex])
        #expect(throws: JSONLDError.self) { try clashing.compact(nodeIRI: IRI(unchecked: "ex:zz")) }
    }

    @Test func schemeFollowedBySlashesDoesNotClash() {
        let http = Namespace(prefix: "http", iri: "http://h.example/")
        let triples = [Triple(.iri(IRI(unchecked: "http://a.org/s")), IRI(unchecked: "http://a.org/p"), .iri(IRI(unchecked: "ex://host/x")))]
        #expect(JSONLDContext.prefixes([http, Self.ex, Self.a], clearOfSchemesIn: triples).map(\.prefix) == ["http", "ex", "a"])
    }
}
