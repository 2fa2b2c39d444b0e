/// A 128-bit fingerprint of a term or a triple: equal terms (by `==`: code
/// points, language tags ignoring case) have equal fingerprints, and two
/// different ones collide with a probability of about 2⁻¹²⁸ per pair.
///
///     var seen = Set<Fingerprint>()
///     seen.insert(Fingerprint(triple)).inserted   // true the first time
///
/// For sets of millions of terms or triples where holding the terms
/// themselves would cost their strings: a fingerprint is 16 bytes whatever
/// the term's length. Over n = 10⁸ distinct triples the chance of any
/// collision is about n²/2¹²⁹ ≈ 10⁻²³. The value is the same in every run
/// and on every machine (no random seed), so a collision, should one ever
/// happen, would at least be reproducible.
///
/// - Complexity: O(bytes of the term's strings), about 8 bytes per step.
///
/// Source: two independent 64-bit multiply–xorshift lanes over the UTF-8
/// bytes, each field length-prefixed so that field boundaries count.
public struct Fingerprint: Hashable, Sendable {
    public let high: UInt64
    public let low: UInt64

    /// The fingerprint of `term`.
    public init(_ term: Term) {
        var h = FingerprintHasher()
        h.combine(term)
        (high, low) = h.finish()
    }

    /// The fingerprint of `triple`: of its subject, predicate and object in order.
    public init(_ triple: Triple) {
        var h = FingerprintHasher()
        h.combine(triple.subject)
        h.combine(triple.predicate.value, tag: 1)
        h.combine(triple.object)
        (high, low) = h.finish()
    }

    /// The fingerprint of a subject and a predicate (the key of a
    /// single-valued property), different from every triple's.
    public init(_ subject: Term, _ predicate: IRI) {
        var h = FingerprintHasher()
        h.combine(subject)
        h.combine(predicate.value, tag: 6)
        (high, low) = h.finish()
    }

    /// The fingerprint of an IRI (the same as of `Term.iri(iri)`).
    public init(_ iri: IRI) {
        self.init(Term.iri(iri))
    }

    /// Hashes only `low`: it is already uniformly mixed.
    public func hash(into hasher: inout Hasher) { hasher.combine(low) }

    /// The hash a `Set` or `Dictionary` uses, without a `Hasher`: `low`
    /// (already uniformly mixed) with the table's `seed`, through one
    /// multiply–xorshift step. Swift's tables seed each storage differently
    /// so that copying one table into another does not cluster; the multiply
    /// keeps that property (a plain XOR with the seed would not). About a
    /// tenth of the cost of SipHash through `hash(into:)`, and the sets of
    /// fingerprints (de-duplication, statistics) make one look-up per triple.
    public func _rawHashValue(seed: Int) -> Int {
        var x = (low ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
        x ^= x >> 29
        return Int(truncatingIfNeeded: x)
    }
}

/// The two lanes of `Fingerprint`.
struct FingerprintHasher {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    @inline(__always)
    private mutating func mix(_ w: UInt64) {
        a = (a ^ w) &* 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 32
        b = (b &+ w) &* 0xC4CE_B9FE_1A85_EC53
        b = (b << 29) | (b >> 35)
    }

    mutating func combine(_ term: Term) {
        switch term {
        case .iri(let i): combine(i.value, tag: 1)
        case .blankNode(let n): combine(n.id, tag: 2)
        case .literal(let l):
            combine(l.lexicalForm, tag: 3)
            combine(l.datatype.value, tag: 4)
            if let language = l.language {
                // Tags compare ignoring case: hash the lower-cased form (ASCII in valid tags).
                if language.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    combine(language.lowercased(), tag: 5)
                } else {
                    combine(language, tag: 5)
                }
            }
        }
    }

    /// Feeds `tag`, the byte count and the UTF-8 bytes of `s`.
    mutating func combine(_ s: String, tag: UInt64) {
        var s = s
        let n = s.utf8.count
        mix(tag << 56 | UInt64(n))
        s.withUTF8 { p in
            var i = 0
            while i + 8 <= n {
                mix(UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)))
                i += 8
            }
            if i < n {
                var w: UInt64 = 0
                var shift: UInt64 = 0
                while i < n { w |= UInt64(p[i]) << shift; shift += 8; i += 1 }
                mix(w)
            }
        }
    }

    /// The two lanes, finalised (avalanche of each).
    func finish() -> (UInt64, UInt64) {
        func fmix(_ x: UInt64) -> UInt64 {
            var x = x
            x ^= x >> 33
            x = x &* 0xFF51_AFD7_ED55_8CCD
            x ^= x >> 33
            x = x &* 0xC4CE_B9FE_1A85_EC53
            x ^= x >> 33
            return x
        }
        return (fmix(a ^ (b >> 1)), fmix(b &+ a))
    }
}
