/// A set of one- and two-character ASCII prefixes, as bits: the O(1) refusal, without hashing or
/// allocating, of a word that no entry of a table can start.
///
///     var set = ASCIIPrefixSet()
///     set.insert("sl")
///     set.lookup("slowakischen")   // .member
///     set.lookup("the")            // .absent
///     set.lookup("šved")           // .unknown: not ASCII, the caller asks its table
///
/// Shape: 128 bits for one-character prefixes and 128 × 128 bits for two-character ones (2 KiB).
struct ASCIIPrefixSet: Sendable {
    private var singles = [UInt64](repeating: 0, count: 2)
    private var pairs = [UInt64](repeating: 0, count: 128 * 128 / 64)

    enum Answer { case member, absent, unknown }

    /// Adds `prefix` when it is one or two ASCII characters; returns false (and adds nothing)
    /// for any other string, which `lookup` can then not answer.
    @discardableResult
    mutating func insert(_ prefix: String) -> Bool {
        let u = Array(prefix.utf8)
        guard (1...2).contains(u.count), u.allSatisfy({ $0 < 0x80 }) else { return false }
        if u.count == 1 {
            singles[Int(u[0]) >> 6] |= 1 << UInt64(u[0] & 63)
        } else {
            let k = Int(u[0]) << 7 | Int(u[1])
            pairs[k >> 6] |= 1 << UInt64(k & 63)
        }
        return true
    }

    /// Whether the first `length` (1 or 2) characters of `word` are a member. `.unknown` unless
    /// the word's first `length + 1` bytes (or all of them, when fewer) are ASCII other than CR,
    /// so that its first characters are those bytes. With `lowercasing`, `A`–`Z` are read as
    /// `a`–`z` (as `StateIndex.key` folds them).
    func lookup(_ word: String, length: Int, lowercasing: Bool = false) -> Answer {
        lookup(utf8: word.utf8, length: length, lowercasing: lowercasing)
    }

    /// `lookup(_:length:lowercasing:)` on a word's UTF-8 bytes (a token's, without making its `String`).
    @inline(__always)
    func lookup(utf8 word: some Sequence<UInt8>, length: Int, lowercasing: Bool = false) -> Answer {
        var b: (UInt8, UInt8) = (0, 0)
        var n = 0
        for c in word {
            if c >= 0x80 || c == 0x0D { return .unknown }
            let c = lowercasing && c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            if n == 0 { b.0 = c } else if n == 1 { b.1 = c }
            n += 1
            if n > length { break }
        }
        guard n >= length else { return .unknown }
        if length == 1 { return singles[Int(b.0) >> 6] & (1 << UInt64(b.0 & 63)) != 0 ? .member : .absent }
        let k = Int(b.0) << 7 | Int(b.1)
        return pairs[k >> 6] & (1 << UInt64(k & 63)) != 0 ? .member : .absent
    }
}
