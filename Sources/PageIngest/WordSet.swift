/// A set of words asked by a token's UTF-8 bytes: the answer of `Set<String>.contains` without
/// making a `String` or hashing it with SipHash (the extractors ask the lexicon's word sets at
/// every capitalised word; on a page of names that was a fifth of the time).
///
/// An ASCII query is answered from the table: ASCII strings are equal exactly when their bytes
/// are, and a listed word that is not ASCII is in the table under the ASCII string it is
/// canonically equivalent to, when there is one (`K` for `K` KELVIN SIGN, `;` for `;` GREEK
/// QUESTION MARK, `` ` `` for `` ` `` GREEK VARIA: the only characters whose canonical
/// decompositions are ASCII). Any other query is answered by the `Set<String>` itself (canonical
/// equivalence, as `String ==`), so `contains` is always `words.contains(String(decoding:))`.
///
///     let set = WordSet(["Office", "Mission"])
///     set.contains(token.utf8)   // true for the bytes of `Office`
///
/// Shape: open addressing over a power-of-two table of 32-bit slots (at least twice the words),
/// the ASCII words' bytes in one buffer; FNV-1a hashes (Fowler–Noll–Vo, 64-bit).
/// - Complexity: `init` O(bytes of the words); `contains` O(query bytes) expected.
struct WordSet: Sendable {
    /// The words, as given (the answer for a query that is not ASCII).
    let words: Set<String>
    /// Per slot, 1 + the index of the word there (`starts`), 0 for an empty slot.
    private var slots: [Int32]
    /// Word `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = [0]
    private var bytes: [UInt8] = []
    private let mask: Int

    init(_ words: Set<String>) {
        self.words = words
        var capacity = 16
        while capacity < 2 * words.count + 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        for w in words {
            if let ascii = Self.asciiEquivalent(w) { insert(ascii) }
        }
    }

    /// The ASCII bytes canonically equivalent to `word`, nil when there are none.
    private static func asciiEquivalent(_ word: String) -> [UInt8]? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return Array(word.utf8) }
        var mapped: [UInt8] = []
        for s in word.unicodeScalars {
            switch s.value {
            case 0..<0x80: mapped.append(UInt8(s.value))
            case 0x212A: mapped.append(0x4B)   // KELVIN SIGN ≡ K
            case 0x037E: mapped.append(0x3B)   // GREEK QUESTION MARK ≡ ;
            case 0x1FEF: mapped.append(0x60)   // GREEK VARIA ≡ `
            default: return nil
            }
        }
        // (Confirmed by `String ==` itself: the table never answers otherwise than the set.)
        return String(decoding: mapped, as: UTF8.self) == word ? mapped : nil
    }

    private mutating func insert(_ word: [UInt8]) {
        let hash = word.withUnsafeBufferPointer { Self.hash($0) }
        var i = hash & mask
        while slots[i] != 0 {
            if equal(Int(slots[i]) - 1, word) { return }
            i = (i + 1) & mask
        }
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        slots[i] = Int32(starts.count - 1)
    }

    private func equal(_ index: Int, _ word: [UInt8]) -> Bool {
        word.withUnsafeBufferPointer { equal(index, $0) }
    }

    @inline(__always)
    private func equal(_ index: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(starts[index]), b = Int(starts[index + 1])
        guard b - a == word.count else { return false }
        return bytes.withUnsafeBufferPointer { mine in
            for k in 0..<word.count where mine[a + k] != word[k] { return false }
            return true
        }
    }

    /// FNV-1a over the bytes, folded so that the low bits (the slot) depend on every byte.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// True when `word` (a token's UTF-8 bytes) is one of the words (`words.contains` of its `String`).
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt8 = 0
        for b in word {
            high |= b
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        guard high < 0x80 else { return words.contains(String(decoding: word, as: UTF8.self)) }
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[i] != 0 {
            if equal(Int(slots[i]) - 1, word) { return true }
            i = (i + 1) & mask
        }
        return false
    }

    /// True when `word` is one of the words (`words.contains(word)`).
    func contains(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { contains($0) } ?? words.contains(word)
    }
}

extension WordSet: Sequence {
    /// The words, in `Set<String>`'s order (no output depends on it).
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }
    var underestimatedCount: Int { words.count }

    /// True when the word of token `t` is one of the words (`contains(t.text)`), asked from its
    /// bytes: no `String` is made for an ASCII token.
    @inline(__always)
    func contains(_ t: Token) -> Bool { contains(t.utf8) }

    /// `words.isSuperset(of:)`.
    func isSuperset(of other: some Sequence<String>) -> Bool { words.isSuperset(of: other) }
    /// `words.isSubset(of: other.words)`.
    func isSubset(of other: WordSet) -> Bool { words.isSubset(of: other.words) }
    /// `words.union(other)`.
    func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }
}
