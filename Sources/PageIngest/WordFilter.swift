/// A filter over a set of words by first byte and byte length: tells in O(1), without making a
/// `String` or hashing, that a token is not one of the words (the set is asked only when it may be).
///
///     let f = WordFilter(["he", "she"])
///     f.mayContain(token.utf8)   // false for `the` (3 bytes after `t`), true for `sh…` of 3 bytes
///
/// Shape: 256 × 64 bits (2 KiB): per first byte, the lengths (63 for 63 bytes or more) of the words.
/// - Complexity: `init` O(words); `mayContain` O(1).
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init(_ words: some Sequence<String>) {
        for w in words {
            guard let f = w.utf8.first else { bits[0] |= 1; continue }   // (the empty word: length 0)
            bits[Int(f)] |= 1 << UInt64(min(w.utf8.count, 63))
        }
    }

    /// False when no word has the first byte and the length of `word`'s bytes.
    @inline(__always)
    func mayContain(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = word.first else { return bits[0] & 1 != 0 }
        return bits[Int(f)] & (1 << UInt64(min(word.count, 63))) != 0
    }
}
