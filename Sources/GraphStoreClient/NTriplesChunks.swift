import Foundation
import RDF

/// A graph cut into N-Triples request bodies of at most `limit` triples,
/// made one at a time as the sequence is iterated (only the current body
/// is in memory beside the graph).
///
/// A blank node's label means one node only inside one request body (the
/// store mints a fresh node per body), so every triple that reaches a blank
/// node, and every triple connected to those through shared blank nodes,
/// goes in the same body: such a group is never split, and a group larger
/// than `limit` is sent as one body of its own. Triples without blank nodes
/// come first, in the graph's order, then the groups in the order of their
/// first triple.
///
///     for chunk in NTriplesChunks(graph.triples, limit: 10_000) { try client.write(chunk.body, …) }
///
/// - Complexity: O(n α(n)) for n triples, over one pass to find the groups.
/// Source: RDF 1.1 N-Triples §2.3 (blank node labels are scoped to the document).
public struct NTriplesChunks: Sequence {
    /// One request body: `count` triples, one N-Triples line each (UTF-8, `\n` ends every line).
    public struct Chunk: Sendable {
        public let body: Data
        public let count: Int
    }

    private let triples: [Triple]
    private let limit: Int
    /// Indexes of the triples without a blank node, in order.
    private let plain: [Int]
    /// Indexes of the triples with blank nodes, one array per connected group.
    private let groups: [[Int]]

    /// - Parameter limit: the most triples in one body (at least 1), except for a single blank-node group that is larger.
    public init(_ triples: [Triple], limit: Int) {
        self.triples = triples
        self.limit = Swift.max(1, limit)
        var plain: [Int] = []
        var finder = UnionFind()
        var blankTriples: [(index: Int, node: Int)] = []
        for (i, t) in triples.enumerated() {
            let nodes = [t.subject, t.object].compactMap(\.blankNode)
            guard let first = nodes.first else { plain.append(i); continue }
            let a = finder.id(first.description)
            for other in nodes.dropFirst() { finder.union(a, finder.id(other.description)) }
            blankTriples.append((i, a))
        }
        var groupOfRoot: [Int: Int] = [:]
        var groups: [[Int]] = []
        for (i, node) in blankTriples {
            let root = finder.find(node)
            if let g = groupOfRoot[root] { groups[g].append(i) } else { groupOfRoot[root] = groups.count; groups.append([i]) }
        }
        self.plain = plain
        self.groups = groups
    }

    /// The number of triples in all the bodies.
    public var tripleCount: Int { triples.count }

    public func makeIterator() -> Iterator { Iterator(chunks: self) }

    public struct Iterator: IteratorProtocol {
        let chunks: NTriplesChunks
        var plainNext = 0
        var groupNext = 0

        public mutating func next() -> Chunk? {
            var body = Data()
            var count = 0
            func append(_ i: Int) {
                body.append(contentsOf: chunks.triples[i].description.utf8)
                body.append(0x0A)
                count += 1
            }
            while count < chunks.limit && plainNext < chunks.plain.count {
                append(chunks.plain[plainNext])
                plainNext += 1
            }
            while groupNext < chunks.groups.count {
                let group = chunks.groups[groupNext]
                if count > 0 && count + group.count > chunks.limit { break }
                group.forEach { append($0) }
                groupNext += 1
            }
            return count == 0 ? nil : Chunk(body: body, count: count)
        }
    }
}

/// Disjoint sets of blank-node labels (union by size, path halving).
private struct UnionFind {
    private var ids: [String: Int] = [:]
    private var parent: [Int] = []
    private var size: [Int] = []

    mutating func id(_ label: String) -> Int {
        if let i = ids[label] { return i }
        let i = parent.count
        ids[label] = i
        parent.append(i)
        size.append(1)
        return i
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
