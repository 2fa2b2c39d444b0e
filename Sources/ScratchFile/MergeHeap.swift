/// The binary min-heap of a k-way merge of sorted runs (Knuth, TAOCP §5.4.1): the indices
/// of the runs that still have a head, ordered by the caller's comparison of their heads.
/// `SortedPairs.Merge` and `DatasetDescription.DistinctCounter` merge their spilled runs
/// through it. The heap holds no heads itself: `less(a, b)` compares the heads of runs `a`
/// and `b` (run indices, not heap positions), so the runs stay with their owner.
public struct MergeHeap: Sendable {
    @usableFromInline var heap: [Int]

    /// A heap of `runs` (indices of runs that have a head), ordered by `less`.
    @inlinable
    public init(runs: [Int], less: (Int, Int) -> Bool) {
        heap = runs
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i, less: less) }
    }

    /// The run whose head comes first, or `nil` when every run is exhausted.
    @inlinable
    public var top: Int? { heap.first }

    /// Restores the order after the top run advanced: `exhausted` when it has no head left
    /// (it leaves the heap), else its new head is compared by `less`.
    @inlinable
    public mutating func topAdvanced(exhausted: Bool, less: (Int, Int) -> Bool) {
        guard !heap.isEmpty else { return }
        if exhausted {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0, less: less) }
    }

    @inlinable
    mutating func siftDown(_ start: Int, less: (Int, Int) -> Bool) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count && less(heap[l], heap[m]) { m = l }
            if r < heap.count && less(heap[r], heap[m]) { m = r }
            if m == i { return }
            heap.swapAt(i, m)
            i = m
        }
    }
}
