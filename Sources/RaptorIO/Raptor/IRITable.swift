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
/// Open addressing with linear probing over a power-of-two table, hashed
/// with 64-bit FNV-1a over 8-byte words (no `Hasher` seeding per lookup).
/// Raptor's own URI interning (a balanced tree searched with `memcmp`) is
/// switched off for parsing, as this table does the same job faster.
///
/// - Complexity: O(length) expected per lookup; memory O(distinct IRIs).
typealias IRITable = InternTable<IRI>

/// Values that remember the text they were interned under.
protocol InternKey {
    /// The bytes the value was interned under, passed to `body`.
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension IRI: InternKey {
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var value = self.value
        return value.withUTF8(body)
    }
}

/// A blank node with the Raptor label it was interned under.
struct InternedBlank: InternKey {
    var label: String
    var node: BlankNode
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var l = label
        return l.withUTF8(body)
    }
}

struct InternTable<Value: InternKey> {
    private var hashes: [UInt64]
    private var values: [Value?]
    private var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
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
            if stored == h, let candidate = values[slot], InternTable.equal(candidate, p, n) { return candidate }
            slot = (slot + 1) & mask
        }
        let made = make(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
        hashes[slot] = h
        values[slot] = made
        count += 1
        if count * 2 > hashes.count { grow() }
        return made
    }

    private static func equal(_ value: Value, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        value.withKeyBytes { buffer in buffer.count == n && (n == 0 || memcmp(buffer.baseAddress!, p, n) == 0) }
    }

    private mutating func grow() {
        let oldHashes = hashes, oldValues = values
        let size = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        for i in 0..<oldHashes.count where oldHashes[i] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[i]) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[i]
            values[slot] = oldValues[i]
        }
    }
}
