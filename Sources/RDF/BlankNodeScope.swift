import Synchronization

/// The blank-node scope of one source document in a merge of several
/// (RDF 1.1 Semantics §5.2: merging graphs standardises their blank nodes
/// apart).
///
/// A blank-node label means one node within one document only: `_:n1` in
/// two files, or the `[ ]` that Raptor numbers `genid1` afresh in every
/// Turtle file, are different nodes. Loading each document with its own
/// scope keeps them apart in a store that identifies blank nodes by label.
///
/// The label of a node in scope `k` is the document's label prefixed with
/// `s<k>_`, except in scope 0 (the first document), which keeps its labels
/// as written unless one already has that form (`s<digits>_…`), which then
/// gets `s0_` in front. The mapping is injective over all scopes together,
/// deterministic, and gives valid `BlankNode` labels:
///
///     let scopes = BlankNodeScopes()
///     let a = scopes.next(), b = scopes.next()
///     a.node(BlankNode(unchecked: "n1"))   // _:n1
///     b.node(BlankNode(unchecked: "n1"))   // _:s1_n1
///     a.node(BlankNode(unchecked: "s1_n1")) // _:s0_s1_n1
///
/// Source: RDF 1.1 Semantics §5.2 (merging); RDF 1.1 Concepts §3.4.
public struct BlankNodeScope: Hashable, Sendable {
    /// The scope's number, from 0.
    public let index: Int

    public init(index: Int) { self.index = index }

    /// The node that `label` of this scope's document stands for.
    /// - Complexity: O(length of the label).
    public func node(_ label: BlankNode) -> BlankNode {
        if index == 0 && !BlankNodeScope.isScoped(label.id) { return label }
        return BlankNode(unchecked: "s\(index)_" + label.id)
    }

    /// The term with its blank node (if it is one) moved into this scope.
    public func term(_ term: Term) -> Term {
        if case .blankNode(let b) = term { return .blankNode(node(b)) }
        return term
    }

    /// Whether `label` has the form of a scoped label, `s<digits>_…`.
    static func isScoped(_ label: String) -> Bool {
        var it = label.utf8.makeIterator()
        guard it.next() == UInt8(ascii: "s") else { return false }
        var digits = 0
        while let b = it.next() {
            if b >= 0x30 && b <= 0x39 { digits += 1; continue }
            return b == UInt8(ascii: "_") && digits > 0
        }
        return false
    }
}

/// Hands out blank-node scopes, one per source document of a load, in order
/// (0, 1, 2, …). Safe to share between threads.
public final class BlankNodeScopes: Sendable {
    private let counter = Mutex<Int>(0)

    public init() {}

    /// A scope no document of this allocator has had.
    public func next() -> BlankNodeScope {
        BlankNodeScope(index: counter.withLock { n in
            defer { n += 1 }
            return n
        })
    }
}
