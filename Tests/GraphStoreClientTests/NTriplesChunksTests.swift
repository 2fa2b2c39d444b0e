import Foundation
import GraphStoreClient
import RDF
import Testing

/// `NTriplesChunks`: bounded bodies, every triple once, blank-node groups never split.
@Suite struct NTriplesChunksTests {
    static let p = IRI(unchecked: "http://ex.org/p")
    static func iri(_ n: Int) -> Term { .iri(IRI(unchecked: "http://ex.org/s\(n)")) }
    static func blank(_ id: String) -> Term { .blankNode(BlankNode(unchecked: id)) }

    static func lines(_ chunk: NTriplesChunks.Chunk) -> [String] {
        String(decoding: chunk.body, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func plainTriplesInBoundedBodiesInOrder() {
        let triples = (0..<25).map { Triple(Self.iri($0), Self.p, .literal(Literal("v\($0)\n\"q\""))) }
        let chunks = Array(NTriplesChunks(triples, limit: 10))
        #expect(chunks.map(\.count) == [10, 10, 5])
        #expect(chunks.flatMap(Self.lines) == triples.map(\.description))
        // Each line is N-Triples with the newline and quote escaped; the body ends with a newline.
        #expect(Self.lines(chunks[0])[0] == #"<http://ex.org/s0> <http://ex.org/p> "v0\n\"q\"" ."#)
        #expect(chunks.allSatisfy { $0.body.last == 0x0A })
    }

    @Test func blankNodeGroupsStayTogether() {
        // _:a - _:b linked, _:c alone; the group {a, b} has 4 triples.
        var triples = (0..<3).map { Triple(Self.iri($0), Self.p, Self.iri($0 + 100)) }
        triples += [
            Triple(Self.blank("a"), Self.p, Self.iri(1)),
            Triple(Self.blank("c"), Self.p, Self.iri(2)),
            Triple(Self.iri(3), Self.p, Self.blank("b")),
            Triple(Self.blank("a"), Self.p, Self.blank("b")),
            Triple(Self.blank("b"), Self.p, .literal(Literal("x"))),
        ]
        let chunks = Array(NTriplesChunks(triples, limit: 3))
        let bodies = chunks.map(Self.lines)
        #expect(chunks.reduce(0) { $0 + $1.count } == triples.count)
        #expect(Set(bodies.flatMap { $0 }) == Set(triples.map(\.description)))
        // Every body that mentions _:a or _:b holds all four of that group's triples.
        let withAB = bodies.filter { $0.contains { $0.contains("_:a") || $0.contains("_:b") } }
        #expect(withAB.count == 1)
        #expect(withAB.first?.count == 4)  // larger than the limit: alone in its body
        // The plain triples come first, in order.
        #expect(bodies[0] == triples[0..<3].map(\.description))
    }

    @Test func emptyGraphHasNoChunk() {
        #expect(Array(NTriplesChunks([], limit: 5)).isEmpty)
    }
}
