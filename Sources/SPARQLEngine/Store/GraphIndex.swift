import SPARQLOptimizer
/// The three permutation indexes (SPO, POS, OSP) of one graph, as sorted
/// arrays of `IndexKey`, with per-predicate statistics.
///
/// Every combination of bound positions is a prefix of one permutation
/// (s, sp, spo → SPO; p, po → POS; o, os → OSP), so a triple-pattern lookup
/// is two binary searches: O(log n), and the range size is an exact count.
/// Memory: 36 bytes per triple.
final class GraphIndex: @unchecked Sendable {
    private(set) var spo: [IndexKey] = []
    private(set) var pos: [IndexKey] = []
    private(set) var osp: [IndexKey] = []
    private(set) var statistics: [TermID: PredicateStatistics] = [:]
    private var nodeCache: [TermID]?

    /// Triples added since the last `build`, in SPO order keys (unsorted).
    var pending: [IndexKey] = []

    var count: Int { spo.count }

    /// Sorts the pending triples into the indexes and recomputes statistics.
    /// - Complexity: O(n log n).
    func build() {
        guard !pending.isEmpty else { return }
        var all = spo
        all.append(contentsOf: pending)
        pending = []
        all.sort()
        // deduplicate in place
        if all.count > 1 {
            var w = 1
            for r in 1..<all.count where all[r] != all[w - 1] {
                all[w] = all[r]
                w += 1
            }
            all.removeLast(all.count - w)
        }
        spo = all
        var p = [IndexKey]()
        p.reserveCapacity(all.count)
        for k in all { p.append(IndexKey(k.b, k.c, k.a)) }
        p.sort()
        pos = p
        var o = [IndexKey]()
        o.reserveCapacity(all.count)
        for k in all { o.append(IndexKey(k.c, k.a, k.b)) }
        o.sort()
        osp = o
        nodeCache = nil
        computeStatistics()
    }

    private func computeStatistics() {
        var stats: [TermID: PredicateStatistics] = [:]
        var i = 0
        let n = pos.count
        while i < n {
            let p = pos[i].a
            var triples = 0, objects = 0
            var lastO: UInt32 = 0
            while i < n && pos[i].a == p {
                if triples == 0 || pos[i].b != lastO { objects += 1; lastO = pos[i].b }
                triples += 1
                i += 1
            }
            stats[p] = PredicateStatistics(triples: triples, distinctSubjects: 0, distinctObjects: objects)
        }
        var lastS: UInt32 = 0, lastP: UInt32 = 0
        for (j, k) in spo.enumerated() where j == 0 || k.a != lastS || k.b != lastP {
            lastS = k.a
            lastP = k.b
            stats[k.b]?.distinctSubjects += 1
        }
        statistics = stats
    }

    @inline(__always)
    private static func lowerBound(_ keys: [IndexKey], _ count: Int, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        // first index whose prefix (of length count) is >= (a, b, c)
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let k = keys[mid]
            let less: Bool
            if k.a != a { less = k.a < a } else if count == 1 { less = false } else if k.b != b { less = k.b < b } else if count == 2 { less = false } else { less = k.c < c }
            if less { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    @inline(__always)
    private static func upperBound(_ keys: [IndexKey], _ count: Int, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        // first index whose prefix is > (a, b, c)
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            let k = keys[mid]
            let lessOrEqual: Bool
            if k.a != a { lessOrEqual = k.a < a } else if count == 1 { lessOrEqual = true } else if k.b != b { lessOrEqual = k.b < b } else if count == 2 { lessOrEqual = true } else { lessOrEqual = k.c <= c }
            if lessOrEqual { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The index and range holding the triples that match; 0 is a wildcard.
    func lookup(_ s: TermID, _ p: TermID, _ o: TermID) -> (keys: [IndexKey], range: Range<Int>, permutation: Permutation) {
        let keys: [IndexKey]
        let perm: Permutation
        let a: UInt32, b: UInt32, c: UInt32, n: Int
        switch (s != 0, p != 0, o != 0) {
        case (false, false, false): return (spo, 0..<spo.count, .spo)
        case (true, false, false): keys = spo; perm = .spo; a = s; b = 0; c = 0; n = 1
        case (true, true, false): keys = spo; perm = .spo; a = s; b = p; c = 0; n = 2
        case (true, true, true): keys = spo; perm = .spo; a = s; b = p; c = o; n = 3
        case (false, true, false): keys = pos; perm = .pos; a = p; b = 0; c = 0; n = 1
        case (false, true, true): keys = pos; perm = .pos; a = p; b = o; c = 0; n = 2
        case (false, false, true): keys = osp; perm = .osp; a = o; b = 0; c = 0; n = 1
        case (true, false, true): keys = osp; perm = .osp; a = o; b = s; c = 0; n = 2
        }
        let lo = GraphIndex.lowerBound(keys, n, a, b, c)
        let hi = GraphIndex.upperBound(keys, n, a, b, c)
        return (keys, lo..<max(lo, hi), perm)
    }

    func cursor(_ s: TermID, _ p: TermID, _ o: TermID) -> TripleCursor {
        let r = lookup(s, p, o)
        return TripleCursor(keys: r.keys, range: r.range, permutation: r.permutation)
    }

    func count(_ s: TermID, _ p: TermID, _ o: TermID) -> Int {
        if s == 0 && p == 0 && o == 0 { return spo.count }
        return lookup(s, p, o).range.count
    }

    /// The distinct subjects and objects, ascending by id.
    func nodes() -> [TermID] {
        if let nodeCache { return nodeCache }
        var out = [TermID]()
        var i = 0, j = 0
        var last: TermID = 0
        func push(_ x: TermID) { if x != last { out.append(x); last = x } }
        while i < spo.count || j < osp.count {
            if j >= osp.count || (i < spo.count && spo[i].a <= osp[j].a) { push(spo[i].a); i += 1 } else { push(osp[j].a); j += 1 }
        }
        nodeCache = out
        return out
    }
}
