/// A triple of term ids (subject, predicate, object), the unit the indexes
/// of `IndexedDataset` store and `QueryableDataset.match` returns.
/// Stride 12 bytes.
public struct EncodedTriple: Hashable, Sendable {
    public var subject: TermID
    public var predicate: TermID
    public var object: TermID

    @inlinable
    public init(_ subject: TermID, _ predicate: TermID, _ object: TermID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }
}
