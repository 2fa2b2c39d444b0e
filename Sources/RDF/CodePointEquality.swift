// RDF terms are equal when their strings are equal code point by code point
// (RDF 1.1 Concepts §3.2–§3.3: "two IRIs are equal if and only if they are
// equivalent under Simple String Comparison"). Swift's `String ==` and
// `String.hash(into:)` use Unicode canonical equivalence instead, which
// would merge an NFC and an NFD spelling of the same text into one term.
// These helpers compare and hash the UTF-8 bytes, which is also faster.

extension String {
    /// Equality by Unicode code points (UTF-8 bytes), not canonical equivalence.
    @inlinable
    static func codePointsEqual(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        // Native strings are contiguous UTF-8: compare the buffers (a tight loop) instead of
        // iterating the UTF-8 views element by element.
        let contiguous: Bool? = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in String.sameBytes(pa, pb) }
        } ?? nil
        return contiguous ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether two buffers of the same length hold the same bytes: compared
    /// 8 bytes at a time (unaligned loads), then byte by byte; storage shared
    /// by both (interned strings) is equal at once.
    @inlinable
    static func sameBytes(_ pa: UnsafeBufferPointer<UInt8>, _ pb: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = pa.count
        guard n == pb.count else { return false }
        guard n > 0, let a = pa.baseAddress, let b = pb.baseAddress else { return true }
        if a == b { return true }
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Order by Unicode code points (UTF-8 byte order is code point order):
    /// -1, 0 or 1. Not `<` on `String`, which orders by canonical equivalence.
    /// - Complexity: O(length of the common prefix), over contiguous bytes.
    @inlinable
    public static func codePointCompare(_ a: String, _ b: String) -> Int {
        let contiguous: Int?? = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                let n = Swift.min(pa.count, pb.count)
                var i = 0
                if n >= 8, let a = pa.baseAddress, let b = pb.baseAddress {
                    // skip the equal 8-byte words of the common prefix
                    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
                    while i + 8 <= n, ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { i += 8 }
                }
                while i < n {
                    let x = pa[i], y = pb[i]
                    if x != y { return x < y ? -1 : 1 }
                    i += 1
                }
                return pa.count == pb.count ? 0 : (pa.count < pb.count ? -1 : 1)
            }
        }
        if let c = contiguous ?? nil { return c }
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// Feeds the UTF-8 bytes (and their count) to `hasher`.
    @inlinable
    func hashCodePoints(into hasher: inout Hasher) {
        let done: Void? = utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { for byte in utf8 { hasher.combine(byte) } }
        hasher.combine(utf8.count)
    }
}

extension IRI {
    public static func == (lhs: IRI, rhs: IRI) -> Bool { String.codePointsEqual(lhs.value, rhs.value) }
    public func hash(into hasher: inout Hasher) { value.hashCodePoints(into: &hasher) }
}

extension BlankNode {
    public static func == (lhs: BlankNode, rhs: BlankNode) -> Bool { String.codePointsEqual(lhs.id, rhs.id) }
    public func hash(into hasher: inout Hasher) { id.hashCodePoints(into: &hasher) }
}

extension Literal {
    /// Term equality (RDF 1.1 Concepts §3.3): same lexical form and datatype
    /// by code points, and language tags equal ignoring case (§3.3: tags
    /// are compared case-insensitively).
    public static func == (lhs: Literal, rhs: Literal) -> Bool {
        guard String.codePointsEqual(lhs.lexicalForm, rhs.lexicalForm), lhs.datatype == rhs.datatype else { return false }
        switch (lhs.language, rhs.language) {
        case (nil, nil): return true
        case let (l?, r?): return String.codePointsEqual(l, r) || l.lowercased() == r.lowercased()
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        lexicalForm.hashCodePoints(into: &hasher)
        datatype.hash(into: &hasher)
        if let language { language.lowercased().hashCodePoints(into: &hasher) }
    }
}

extension IRI {
    /// True when the IRI starts with `prefix`, code point by code point (a namespace test under
    /// Simple String Comparison, RDF 1.1 Concepts §3.2 — not `String.hasPrefix`, which compares
    /// by canonical equivalence and is much slower).
    /// - Complexity: O(`prefix.utf8.count`).
    public func starts(with prefix: String) -> Bool {
        let v = value.utf8, p = prefix.utf8
        guard v.count >= p.count else { return false }
        let contiguous: Bool? = v.withContiguousStorageIfAvailable { pv in
            p.withContiguousStorageIfAvailable { pp in pv.prefix(pp.count).elementsEqual(pp) }
        } ?? nil
        return contiguous ?? v.starts(with: p)
    }
}
