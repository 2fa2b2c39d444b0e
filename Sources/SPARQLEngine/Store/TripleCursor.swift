/// An iterator over the triples of one index range: the answer to a
/// triple-pattern lookup (`QueryableDataset.match`). Copying it is cheap
/// (it shares the index storage).
public struct TripleCursor: IteratorProtocol, Sendable {
    let keys: [IndexKey]
    var position: Int
    let end: Int
    let permutation: Permutation

    init(keys: [IndexKey], range: Range<Int>, permutation: Permutation) {
        self.keys = keys
        self.position = range.lowerBound
        self.end = range.upperBound
        self.permutation = permutation
    }

    /// A cursor over an explicit list of triples (for datasets without
    /// permutation indexes).
    public init(triples: [EncodedTriple]) {
        self.keys = triples.map { IndexKey($0.subject, $0.predicate, $0.object) }
        self.position = 0
        self.end = keys.count
        self.permutation = .spo
    }

    /// The empty cursor.
    public static let empty = TripleCursor(keys: [], range: 0..<0, permutation: .spo)

    /// The number of triples left.
    public var remaining: Int { end - position }

    @inline(__always)
    public mutating func next() -> EncodedTriple? {
        guard position < end else { return nil }
        let k = keys[position]
        position += 1
        return permutation.triple(k)
    }
}
