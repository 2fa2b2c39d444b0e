/// The order of the three positions in a permutation index.
public enum Permutation: UInt8, Sendable {
    /// subject, predicate, object
    case spo
    /// predicate, object, subject
    case pos
    /// object, subject, predicate
    case osp

    @inline(__always)
    func key(_ t: EncodedTriple) -> IndexKey {
        switch self {
        case .spo: return IndexKey(t.subject, t.predicate, t.object)
        case .pos: return IndexKey(t.predicate, t.object, t.subject)
        case .osp: return IndexKey(t.object, t.subject, t.predicate)
        }
    }

    @inline(__always)
    func triple(_ k: IndexKey) -> EncodedTriple {
        switch self {
        case .spo: return EncodedTriple(k.a, k.b, k.c)
        case .pos: return EncodedTriple(k.c, k.a, k.b)
        case .osp: return EncodedTriple(k.b, k.c, k.a)
        }
    }
}
