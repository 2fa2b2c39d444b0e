import RDF

/// The dictionary of an `IndexedDataset`: term ↔ id, ids dense from 1.
/// Term identity is `TermHashing.equal` (code points; language tags
/// case-insensitive): the first spelling seen is the one stored.
///
/// Storage: one `[Term]` (id → term), a parallel `[UInt32]` of hashes and an
/// open-addressing table of ids (term → id); no per-term objects beyond the
/// terms' own strings. Lookup and insertion are expected O(1).
final class TermTable: @unchecked Sendable {
    private(set) var terms: [Term]
    private var hashes: [UInt32]
    /// Open-addressing table: `id | hash << 32`, 0 = empty.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        terms = [.iri(IRI(unchecked: "urn:x-osce-kg:unbound"))]
        hashes = [0]
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        terms.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity + 1)
    }

    /// The number of terms (ids run from 1 to `count`).
    var count: Int { terms.count - 1 }

    @inline(__always)
    private static func hash(_ term: Term) -> UInt32 {
        let h = TermHashing.hash(term)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The id of `term`, or nil when it is not in the table.
    func id(of term: Term) -> TermID? {
        let h = TermTable.hash(term)
        var i = Int(h) & mask
        let tag = UInt64(h) << 32
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let id = TermID(truncatingIfNeeded: slot)
                if isTerm(id, term) { return id }
            }
            i = (i + 1) & mask
        }
    }

    /// The id of `term`, adding it when new.
    func intern(_ term: Term) -> TermID {
        let h = TermTable.hash(term)
        var i = Int(h) & mask
        let tag = UInt64(h) << 32
        while true {
            let slot = slots[i]
            if slot == 0 { break }
            if slot & 0xFFFF_FFFF_0000_0000 == tag {
                let id = TermID(truncatingIfNeeded: slot)
                if isTerm(id, term) { return id }
            }
            i = (i + 1) & mask
        }
        let id = TermID(terms.count)
        if case .blankNode(let b) = term { noteBlankLabel(b.id) }
        terms.append(term)
        hashes.append(h)
        slots[i] = UInt64(id) | tag
        if terms.count * 2 > slots.count { grow() }
        return id
    }

    @inline(__always)
    func term(_ id: TermID) -> Term { terms[Int(id)] }

    /// Whether the term of `id` is `term`, compared in place (no copy of the stored term).
    @inline(__always)
    private func isTerm(_ id: TermID, _ term: Term) -> Bool {
        terms.withUnsafeBufferPointer { TermHashing.equal($0[Int(id)], term) }
    }

    /// The number of `x`s after `fn` in a prefix that no blank-node label
    /// of the table starts with: one more than the longest run of `x` after
    /// a leading `fn` (0 when no label starts with `fn`).
    private(set) var blankPrefixPadding = 0

    private func noteBlankLabel(_ label: String) {
        var it = label.utf8.makeIterator()
        guard it.next() == UInt8(ascii: "f"), it.next() == UInt8(ascii: "n") else { return }
        var run = 0
        while it.next() == UInt8(ascii: "x") { run += 1 }
        if run + 1 > blankPrefixPadding { blankPrefixPadding = run + 1 }
    }

    private func grow() {
        let size = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for id in 1..<hashes.count {
            var i = Int(hashes[id]) & newMask
            while newSlots[i] != 0 { i = (i + 1) & newMask }
            newSlots[i] = UInt64(id) | UInt64(hashes[id]) << 32
        }
        slots = newSlots
        mask = newMask
    }
}
