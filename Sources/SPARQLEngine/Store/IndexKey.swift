/// One entry of a permutation index: the three ids of a triple in the
/// index's order (e.g. predicate, object, subject for POS). Stride 12 bytes.
struct IndexKey: Hashable, Comparable, Sendable {
    var a: UInt32
    var b: UInt32
    var c: UInt32

    @inline(__always)
    init(_ a: UInt32, _ b: UInt32, _ c: UInt32) { self.a = a; self.b = b; self.c = c }

    @inline(__always)
    static func < (l: IndexKey, r: IndexKey) -> Bool {
        if l.a != r.a { return l.a < r.a }
        if l.b != r.b { return l.b < r.b }
        return l.c < r.c
    }
}
