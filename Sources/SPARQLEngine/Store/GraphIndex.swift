import SPARQLOptimizer
/// The three permutation indexes (SPO, POS, OSP) of one graph, as sorted
/// arrays of `IndexKey`, with per-predicate statistics.
///
/// Every combination of bound positions is a prefix of one permutation
/// (s, sp, spo → SPO; p, po → POS; o, os → OSP), so a triple-pattern lookup
/// is two binary searches: O(log n), and the range size is an exact count.
/// Memory: 36 bytes per triple (and, while `build` runs, 12 more per
/// triple and 8 per term id of scratch).
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
    ///
    /// SPO: a stable counting sort of the triples by subject, then each
    /// subject's run sorted by (predicate, object) (runs are short: a
    /// subject's triples), then duplicates dropped. OSP is SPO stably
    /// counting-sorted by object ((o, s, p) follows, as SPO is ordered by
    /// (s, p)); POS is OSP stably counting-sorted by predicate ((p, o, s)).
    /// Ids are dense, so each counting sort is two linear passes; no
    /// comparison sort of the whole index.
    /// - Complexity: O(n + k) time for n triples and k term ids (plus the
    ///   sorts of the subject runs); memory 12 bytes per triple and 8 bytes
    ///   per id of scratch beyond the indexes.
    func build() {
        guard !pending.isEmpty else { return }
        var all = spo
        all.append(contentsOf: pending)
        pending = []
        var maxID: UInt32 = 0
        for k in all { maxID = max(maxID, k.a, k.b, k.c) }
        var counts = [Int](repeating: 0, count: Int(maxID) + 2)
        all = GraphIndex.countingSort(all, by: \.a, counts: &counts)
        GraphIndex.sortRuns(&all)
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
        // OSP: by object, stable over SPO, so (o, s, p).
        var o = GraphIndex.countingSort(all, by: \.c, counts: &counts)
        for i in o.indices { let k = o[i]; o[i] = IndexKey(k.c, k.a, k.b) }
        // POS: by predicate, stable over OSP (keys there are (o, s, p)), so (p, o, s).
        var p = GraphIndex.countingSort(o, by: \.c, counts: &counts)
        for i in p.indices { let k = p[i]; p[i] = IndexKey(k.c, k.a, k.b) }
        osp = o
        pos = p
        nodeCache = nil
        computeStatistics(maxID: maxID)
    }

    /// `keys` stably sorted by the component at `key` (ids below
    /// `counts.count - 1`); `counts` is scratch, all zero on entry and exit.
    private static func countingSort(_ keys: [IndexKey], by key: KeyPath<IndexKey, UInt32>, counts: inout [Int]) -> [IndexKey] {
        let n = keys.count
        let result = [IndexKey](unsafeUninitializedCapacity: n) { out, initialized in
            keys.withUnsafeBufferPointer { input in
                counts.withUnsafeMutableBufferPointer { c in
                    switch key {
                    case \IndexKey.a: scatter(input, out, c) { $0.a }
                    case \IndexKey.b: scatter(input, out, c) { $0.b }
                    default: scatter(input, out, c) { $0.c }
                    }
                }
            }
            initialized = n
        }
        return result
    }

    @inline(__always)
    private static func scatter(_ input: UnsafeBufferPointer<IndexKey>, _ out: UnsafeMutableBufferPointer<IndexKey>,
                                _ c: UnsafeMutableBufferPointer<Int>, _ id: (IndexKey) -> UInt32) {
        for k in input { c[Int(id(k)) + 1] += 1 }
        // prefix sums: c[i] = first output position of id i
        var sum = 0
        for i in 0..<c.count {
            sum += c[i]
            c[i] = sum
        }
        for k in input {
            let i = Int(id(k))
            (out.baseAddress! + c[i]).initialize(to: k)
            c[i] += 1
        }
        // leave the scratch zeroed
        for i in 0..<c.count { c[i] = 0 }
    }

    /// Sorts each run of keys with equal `a` by (b, c): insertion sort for
    /// short runs, the standard sort for long ones.
    private static func sortRuns(_ keys: inout [IndexKey]) {
        keys.withUnsafeMutableBufferPointer { buf in
            let n = buf.count
            var start = 0
            while start < n {
                let a = buf[start].a
                var end = start + 1
                while end < n && buf[end].a == a { end += 1 }
                if end - start > 32 {
                    var run = UnsafeMutableBufferPointer(rebasing: buf[start..<end])
                    run.sort()
                } else if end - start > 1 {
                    for i in (start + 1)..<end {
                        let k = buf[i]
                        var j = i
                        while j > start && k < buf[j - 1] {
                            buf[j] = buf[j - 1]
                            j -= 1
                        }
                        buf[j] = k
                    }
                }
                start = end
            }
        }
    }

    /// Per predicate: triples and distinct objects from POS, distinct
    /// subjects from the (s, p) runs of SPO, counted in a dense array per
    /// predicate slot (a map from id to slot, `maxID + 1` entries, while it
    /// runs) rather than a dictionary update per run.
    private func computeStatistics(maxID: UInt32) {
        var slotOf = [Int32](repeating: -1, count: Int(maxID) + 1)
        var predicates: [TermID] = []
        var counts: [PredicateStatistics] = []
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
            slotOf[Int(p)] = Int32(predicates.count)
            predicates.append(p)
            counts.append(PredicateStatistics(triples: triples, distinctSubjects: 0, distinctObjects: objects))
        }
        spo.withUnsafeBufferPointer { keys in
            var lastS: UInt32 = 0, lastP: UInt32 = 0
            for j in keys.indices {
                let k = keys[j]
                if j == 0 || k.a != lastS || k.b != lastP {
                    lastS = k.a
                    lastP = k.b
                    counts[Int(slotOf[Int(k.b)])].distinctSubjects += 1
                }
            }
        }
        var stats: [TermID: PredicateStatistics] = [:]
        stats.reserveCapacity(predicates.count)
        for (slot, p) in predicates.enumerated() { stats[p] = counts[slot] }
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
