import Foundation
import RDF

/// Term identity for the dictionary: code-point (UTF-8 byte) equality of
/// lexical forms and IRIs (RDF 1.1 Concepts §3.2–3.3 compare by code
/// points, while Swift's `String ==` uses canonical equivalence), and
/// case-insensitive language tags (RDF 1.1 Concepts §3.3: tags compare
/// case-insensitively). A fast 64-bit hash over the UTF-8 bytes.
enum TermHashing {
    @inline(__always)
    static func mix(_ h: UInt64, _ v: UInt64) -> UInt64 {
        var x = (h ^ v) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return x
    }

    @inline(__always)
    static func hash(_ s: String, _ seed: UInt64, lowercase: Bool = false) -> UInt64 {
        // Native strings: their contiguous UTF-8, borrowed (no copy, no reference counting).
        if let h = s.utf8.withContiguousStorageIfAvailable({ hash($0, seed, lowercase: lowercase) }) { return h }
        var s = s
        return s.withUTF8 { hash($0, seed, lowercase: lowercase) }
    }

    @inline(__always)
    static func hash(_ buf: UnsafeBufferPointer<UInt8>, _ seed: UInt64, lowercase: Bool) -> UInt64 {
        var h = seed
        var i = 0
        let n = buf.count
        let raw = UnsafeRawPointer(buf.baseAddress)
        while i + 8 <= n {
            // little-endian word of bytes i..<i+8, as the byte loop below assembles them
            var w = UInt64(littleEndian: raw.unsafelyUnwrapped.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if lowercase { w |= 0x2020_2020_2020_2020 & ((w & 0x4040_4040_4040_4040) >> 1) }
            h = mix(h, w)
            i += 8
        }
        var w: UInt64 = UInt64(n) << 56
        var k: UInt64 = 0
        while i < n {
            var b = buf[i]
            if lowercase && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            w |= UInt64(b) << (8 * k)
            k += 1
            i += 1
        }
        h = mix(h, w)
        return h
    }

    static func hash(_ t: Term) -> UInt64 {
        switch t {
        case .iri(let i): return hash(i.value, 1)
        case .blankNode(let b): return hash(b.id, 2)
        case .literal(let l):
            var h = hash(l.lexicalForm, 3)
            if let lang = l.language { h = hash(lang, h, lowercase: true) } else { h = hash(l.datatype.value, h) }
            return h
        }
    }

    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        // Contiguous UTF-8 (native strings) compared with memcmp, without copying either string.
        let fast = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                pa.count == pb.count && (pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.elementsEqual(b.utf8)
    }

    static func sameLanguage(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8) { x, y in
            (x >= 0x41 && x <= 0x5A ? x | 0x20 : x) == (y >= 0x41 && y <= 0x5A ? y | 0x20 : y)
        }
    }

    /// Whether `a` and `b` are the same RDF term.
    /// (One switch per term rather than over the pair `(a, b)`: a tuple of
    /// the two would copy both, a retain and a release per string.)
    static func equal(_ a: Term, _ b: Term) -> Bool {
        switch a {
        case .iri(let x):
            guard case .iri(let y) = b else { return false }
            return same(x.value, y.value)
        case .blankNode(let x):
            guard case .blankNode(let y) = b else { return false }
            return same(x.id, y.id)
        case .literal(let x):
            guard case .literal(let y) = b, same(x.lexicalForm, y.lexicalForm) else { return false }
            switch x.language {
            case nil:
                return y.language == nil && same(x.datatype.value, y.datatype.value)
            case let l?:
                guard let m = y.language else { return false }
                return sameLanguage(l, m)
            }
        }
    }
}

/// A term wrapped so that `Hashable` follows `TermHashing`.
struct ExactTerm: Hashable {
    let term: Term
    init(_ term: Term) { self.term = term }
    static func == (a: ExactTerm, b: ExactTerm) -> Bool { TermHashing.equal(a.term, b.term) }
    func hash(into hasher: inout Hasher) { hasher.combine(TermHashing.hash(term)) }
}
