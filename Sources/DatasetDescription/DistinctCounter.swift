import RDF
import ScratchFile

/// Counts distinct fingerprints under each of several tags, exactly, in
/// bounded memory: the distinct subjects, objects, entities and class
/// instances of an export's VoID statistics (`GraphStatistics.Accumulator`),
/// whose number grows with the pages.
///
/// Keys (a tag and a `Fingerprint`) go into a hash set of at most
/// `memoryLimit` keys; when it is full, its keys are sorted and written as
/// one run to a nameless temporary file (`ScratchFile`), and the set starts
/// again. `counts(tags:)` merges the runs and the set in key order and counts
/// each distinct key once per tag. Below the limit nothing is written (the
/// counts come from the set alone); a file that cannot be made or written
/// leaves the keys in memory (the counts stay exact, the memory unbounded).
///
///     var counter = DistinctCounter()
///     counter.insert(Fingerprint(.iri(a)), tag: 0)
///     counter.insert(Fingerprint(.iri(a)), tag: 0)
///     counter.insert(Fingerprint(.iri(a)), tag: 1)
///     counter.counts(tags: 2)   // [1, 1]
///
/// A copy shares the file (each copy appends runs of its own and reads only those).
///
/// - Complexity: `insert` amortised O(1) plus O(log m) per key written in
///   a run (m = `memoryLimit`); `counts` O(k log r) for k keys written in r runs. Memory: O(m) keys of 24 bytes, the 48 KiB table of recent keys, and a 64 KiB read buffer per run while counting.
public struct DistinctCounter: Sendable {
    /// One key: a fingerprint under a tag, ordered by tag then fingerprint; in a run,
    /// 20 little-endian bytes (tag, high, low).
    struct Key: Hashable, RunRecord {
        let high: UInt64
        let low: UInt64
        let tag: UInt32

        init(high: UInt64, low: UInt64, tag: UInt32) {
            self.high = high
            self.low = low
            self.tag = tag
        }

        static func < (a: Key, b: Key) -> Bool { (a.tag, a.high, a.low) < (b.tag, b.high, b.low) }
        func hash(into hasher: inout Hasher) { hasher.combine(low ^ UInt64(tag)) }

        /// The hash the set uses, without a `Hasher` (as `Fingerprint._rawHashValue(seed:)`:
        /// `low` is already uniformly mixed): one multiply–xorshift step over it, the tag and
        /// the table's seed. Every triple inserts a few keys, so SipHash was a visible share of an export.
        func _rawHashValue(seed: Int) -> Int {
            var x = (low ^ (UInt64(tag) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(UInt(bitPattern: seed))) &* 0x9E37_79B9_7F4A_7C15
            x ^= x >> 29
            return Int(truncatingIfNeeded: x)
        }

        func write(to bytes: inout [UInt8]) {
            bytes.appendLittleEndian(tag)
            bytes.appendLittleEndian(high)
            bytes.appendLittleEndian(low)
        }

        init(from reader: inout RunReader<Key>) throws(ScratchFileError) {
            tag = try reader.uint32()
            high = try reader.uint64()
            low = try reader.uint64()
        }
    }

    private var keys: Set<Key> = []
    /// The last key inserted into each of `recentSlots` slots (by its hash): a key found there
    /// was inserted before and is counted already (in `keys` or in a run), so it is not looked
    /// up in `keys` again. Most keys an export inserts repeat one just inserted (a class, a
    /// State, the page of each excerpt): this small table stays in the processor's cache where
    /// the set (megabytes) does not. It only skips work: the counts are the same without it.
    private var recent: [Key]
    /// The number of `recent` slots (a power of two): 2,048 keys, 48 KiB.
    static let recentSlots = 1 << 11
    private var runs: SortedRuns<Key>
    private var canSpill = true
    private let memoryLimit: Int

    /// A counter holding at most `memoryLimit` keys in memory (24 bytes each, in a hash
    /// set of twice that room at most), spilling runs to a file in `directory` (`nil`: `$TMPDIR`).
    public init(memoryLimit: Int = 3 << 17, directory: String? = nil) {
        self.memoryLimit = max(1, memoryLimit)
        // (Tag UInt32.max is never inserted: `insert` takes tags below it, so no slot starts full.)
        recent = [Key](repeating: Key(high: 0, low: 0, tag: .max), count: Self.recentSlots)
        runs = SortedRuns(directory: directory, prefix: "osce-kg-distinct")
    }

    /// True when some keys were written to the temporary file.
    public var hasSpilled: Bool { !runs.isEmpty }

    /// Counts `fingerprint` under `tag` (once, however often it is inserted under that tag).
    /// - Precondition: `0 <= tag < UInt32.max`.
    public mutating func insert(_ fingerprint: Fingerprint, tag: Int) {
        let key = Key(high: fingerprint.high, low: fingerprint.low, tag: UInt32(tag))
        precondition(key.tag != .max, "DistinctCounter tags are below UInt32.max")
        let slot = Int(truncatingIfNeeded: (key.low ^ (UInt64(key.tag) &* 0xC2B2_AE3D_27D4_EB4F)) >> 40) & (Self.recentSlots - 1)
        if recent[slot] == key { return }
        recent[slot] = key
        keys.insert(key)
        if keys.count >= memoryLimit && canSpill { spill() }
    }

    /// Writes the set as a sorted run and empties it (or keeps it, when the file fails).
    private mutating func spill() {
        do {
            try runs.write(keys.sorted())
            keys.removeAll(keepingCapacity: true)
        } catch {
            canSpill = false  // Exact counts still, from memory.
        }
    }

    /// The number of distinct fingerprints under each tag `0..<tags`.
    /// - Throws: `ScratchFileError` when a run cannot be read back.
    public func counts(tags: Int) throws(ScratchFileError) -> [Int] {
        var counts = [Int](repeating: 0, count: tags)
        func count(_ key: Key) { if Int(key.tag) < tags { counts[Int(key.tag)] += 1 } }
        guard !runs.isEmpty else {
            for key in keys { count(key) }
            return counts
        }
        // Each distinct key of the runs and the set once (`SortedRuns.Merge`).
        var merge = try runs.merged(with: keys.sorted())
        while let key = try merge.next() { count(key) }
        return counts
    }
}
