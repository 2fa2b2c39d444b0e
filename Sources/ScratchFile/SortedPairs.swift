/// A set of string pairs sorted in bounded memory: the releases that attest
/// each post holding, the pages a dataset description lists, whose number
/// grows with the pages of an export while they are only needed, in order,
/// at its end.
///
/// Pairs go into an array of at most about `memoryLimit` bytes (their strings' heap
/// bytes and 32 a pair: `heapBytes`); when it is full, it is sorted, its duplicates dropped, and written as one run to a
/// nameless temporary file (`ScratchFile`), and the array starts again.
/// `merged()` reads the runs and the array back in order, each distinct pair
/// once. Below the limit nothing is written; a file that cannot be made or
/// written leaves the pairs in memory (the result is the same, the memory unbounded).
///
///     var pairs = SortedPairs(memoryLimit: 1 << 20)
///     pairs.insert("b", "2"); pairs.insert("a", "9"); pairs.insert("b", "2")
///     var merge = try pairs.merged()
///     while let (key, value) = try merge.next() { … }   // ("a", "9"), ("b", "2")
///
/// Order: by `key`, then `value`, each compared with `String`'s `<` (the
/// order of `[String].sorted()`), so a caller sorting the same strings in
/// memory gets the same order.
///
/// A copy shares the file (each copy appends runs of its own and reads only those).
///
/// - Complexity: `insert` amortised O(1) plus O(log m) per pair written in a
///   run of m pairs; `merged()` then O(n log r) for n pairs in r runs (`SortedRuns`). Memory:
///   about `memoryLimit` bytes, and a 32 KiB buffer per run while merging.
public struct SortedPairs: Sendable {
    /// One pair, ordered by key then value (`String`'s `<`), as a run record: each string
    /// a 4-byte little-endian length and its UTF-8 bytes.
    struct Pair: RunRecord {
        let key: String
        let value: String

        static func < (a: Pair, b: Pair) -> Bool { a.key != b.key ? a.key < b.key : a.value < b.value }

        func write(to bytes: inout [UInt8]) {
            for text in [key, value] {
                bytes.appendLittleEndian(UInt32(text.utf8.count))
                bytes.append(contentsOf: text.utf8)
            }
        }

        init(key: String, value: String) {
            self.key = key
            self.value = value
        }

        init(from reader: inout RunReader<Pair>) throws(ScratchFileError) {
            func field() throws(ScratchFileError) -> String {
                let n = Int(try reader.uint32())
                return String(decoding: try reader.bytes(n), as: UTF8.self)
            }
            key = try field()
            value = try field()
        }
    }

    private var pairs: [Pair] = []
    private var pendingBytes = 0
    private var runs: SortedRuns<Pair>
    private var canSpill = true
    private let memoryLimit: Int

    /// Pairs holding at most about `memoryLimit` bytes in memory (`heapBytes` of their strings and
    /// 32 bytes a pair), spilling runs to a
    /// file in `directory` (`nil`: `$TMPDIR`) named `prefix-…` until it is unlinked;
    /// `Int.max` never spills.
    public init(memoryLimit: Int = 4 << 20, directory: String? = nil, prefix: String = "osce-kg-sorted") {
        self.memoryLimit = max(1, memoryLimit)
        runs = SortedRuns(directory: directory, prefix: prefix)
    }

    /// True when no pair was inserted.
    public var isEmpty: Bool { pairs.isEmpty && runs.isEmpty }

    /// True when some pairs were written to the temporary file.
    public var hasSpilled: Bool { !runs.isEmpty }

    /// Adds the pair (`key`, `value`) (kept once, however often it is inserted).
    public mutating func insert(_ key: String, _ value: String) {
        pairs.append(Pair(key: key, value: value))
        pendingBytes += 32 + Self.heapBytes(key) + Self.heapBytes(value)
        if pendingBytes >= memoryLimit && canSpill { spill() }
    }

    /// The heap bytes a string of the array holds: none when it is stored inline (15 UTF-8
    /// bytes or fewer), else its bytes, its 32-byte object header and the allocator's rounding
    /// and header (about 16). A string shared with others is counted as if it were not.
    static func heapBytes(_ text: String) -> Int {
        let n = text.utf8.count
        return n <= 15 ? 0 : n + 48
    }

    /// The array, sorted, without duplicates.
    private func sortedPairs() -> [Pair] {
        var out: [Pair] = []
        out.reserveCapacity(pairs.count)
        for p in pairs.sorted() where out.last != p { out.append(p) }
        return out
    }

    /// Writes the array as a sorted run and empties it (or keeps it, when the file fails).
    private mutating func spill() {
        do {
            try runs.write(sortedPairs())
            pairs.removeAll(keepingCapacity: true)
            pendingBytes = 0
        } catch {
            canSpill = false  // The same pairs still, from memory.
        }
    }

    /// The pairs in order, each once. The pairs stay: `merged()` may be called again.
    /// - Throws: `ScratchFileError` when a run cannot be read.
    public func merged() throws(ScratchFileError) -> Merge {
        Merge(try runs.merged(with: sortedPairs()))
    }

    /// The distinct pairs of every run in order (`SortedRuns.Merge`).
    public struct Merge: Sendable {
        private var merge: SortedRuns<Pair>.Merge

        init(_ merge: SortedRuns<Pair>.Merge) { self.merge = merge }

        /// The next distinct pair, or `nil` after the last.
        /// - Throws: `ScratchFileError` when a run cannot be read back.
        public mutating func next() throws(ScratchFileError) -> (key: String, value: String)? {
            try merge.next().map { ($0.key, $0.value) }
        }
    }
}
