#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RDF

/// Interns values (IRIs, blank nodes) by the UTF-8 bytes of their text during
/// one parse, so each distinct string is built once and shared by every
/// statement that uses it.
///
/// Open addressing with linear probing over a power-of-two table of
/// (hash, index) slots, hashed with 64-bit FNV-1a over 8-byte words (no
/// `Hasher` seeding per lookup). The key bytes are kept in one byte arena,
/// so a lookup compares bytes with `memcmp` without touching the values (no
/// reference counting), and growing the table moves only integers.
/// Raptor's own URI interning (a balanced tree searched with `memcmp`) is
/// switched off for parsing, as this table does the same job faster.
///
/// - Complexity: O(length) expected per lookup; memory O(distinct values
///   and their bytes).
typealias IRITable = InternTable<IRI>

struct InternTable<Value> {
    /// Per slot: the key's hash (never 0), 0 for an empty slot.
    private var hashes: [UInt64]
    /// Per slot: the index of its value in `values`.
    private var indexes: [UInt32]
    private var values: [Value] = []
    /// Where each value's key starts in `keyBytes`; one more entry than `values`.
    private var keyStarts: [Int] = [0]
    private var keyBytes: [UInt8] = []
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        indexes = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0x100000001b3
            h ^= h >> 29
            i += 8
        }
        while i < n {
            h = (h ^ UInt64(p[i])) &* 0x100000001b3
            i += 1
        }
        h ^= h >> 32
        return h | 1 // 0 marks an empty slot
    }

    /// The value interned for the `n` bytes at `p`; on first sight, `make`
    /// builds it from the text.
    mutating func value(_ p: UnsafePointer<UInt8>, _ n: Int, make: (String) -> Value) -> Value {
        let h = InternTable.hash(p, n)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { break }
            if stored == h {
                let index = Int(indexes[slot])
                if sameKey(index, p, n) { return values[index] }
            }
            slot = (slot + 1) & mask
        }
        let made = make(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
        hashes[slot] = h
        indexes[slot] = UInt32(values.count)
        values.append(made)
        keyBytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        keyStarts.append(keyBytes.count)
        if values.count * 2 > hashes.count { grow() }
        return made
    }

    @inline(__always)
    private func sameKey(_ index: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let start = keyStarts[index]
        guard keyStarts[index + 1] - start == n else { return false }
        return n == 0 || keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, p, n) == 0 }
    }

    private mutating func grow() {
        let oldHashes = hashes, oldIndexes = indexes
        let size = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        indexes = [UInt32](repeating: 0, count: size)
        mask = size - 1
        for i in 0..<oldHashes.count where oldHashes[i] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[i]) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[i]
            indexes[slot] = oldIndexes[i]
        }
    }
}
