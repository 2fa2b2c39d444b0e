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
///   a run (m = `memoryLimit`); `counts` O(k log r) for k keys written in r runs. Memory: O(m) keys of 24 bytes, and a 64 KiB read buffer per run while counting.
public struct DistinctCounter: Sendable {
    /// One key: a fingerprint under a tag, ordered by tag then fingerprint.
    struct Key: Hashable, Comparable, Sendable {
        let high: UInt64
        let low: UInt64
        let tag: UInt32

        static func < (a: Key, b: Key) -> Bool { (a.tag, a.high, a.low) < (b.tag, b.high, b.low) }
        func hash(into hasher: inout Hasher) { hasher.combine(low ^ UInt64(tag)) }
    }

    /// A run written to the file: its offset and its number of keys.
    private struct Run: Sendable {
        let offset: Int
        let count: Int
    }

    private var keys: Set<Key> = []
    private var runs: [Run] = []
    private var file: ScratchFile?
    private var canSpill = true
    private let memoryLimit: Int
    private let directory: String?

    /// A counter holding at most `memoryLimit` keys in memory (24 bytes each, in a hash
    /// set of twice that room at most), spilling runs to a file in `directory` (`nil`: `$TMPDIR`).
    public init(memoryLimit: Int = 3 << 17, directory: String? = nil) {
        self.memoryLimit = max(1, memoryLimit)
        self.directory = directory
    }

    /// True when some keys were written to the temporary file.
    public var hasSpilled: Bool { !runs.isEmpty }

    /// Counts `fingerprint` under `tag` (once, however often it is inserted under that tag).
    public mutating func insert(_ fingerprint: Fingerprint, tag: Int) {
        keys.insert(Key(high: fingerprint.high, low: fingerprint.low, tag: UInt32(tag)))
        if keys.count >= memoryLimit && canSpill { spill() }
    }

    /// Writes the set as a sorted run and empties it (or keeps it, when the file fails).
    private mutating func spill() {
        do {
            if file == nil { file = try ScratchFile(directory: directory, prefix: "osce-kg-distinct") }
            let sorted = keys.sorted()
            let offset = try file!.append(sorted.withUnsafeBytes { Array($0) })
            runs.append(Run(offset: offset, count: sorted.count))
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
        guard let file, !runs.isEmpty else {
            for key in keys { count(key) }
            return counts
        }
        var sources = try runs.map { run throws(ScratchFileError) in try RunReader(file: file, run: run) }
        sources.append(RunReader(keys: keys.sorted()))
        // A k-way merge through a binary heap of the runs by head key; a key is counted
        // when it differs from the last one counted.
        var heap = MergeHeap(runs: sources.indices.filter { sources[$0].head != nil }) { sources[$0].head! < sources[$1].head! }
        var last: Key?
        while let top = heap.top {
            let key = sources[top].head!
            if key != last { count(key); last = key }
            try sources[top].advance()
            heap.topAdvanced(exhausted: sources[top].head == nil) { sources[$0].head! < sources[$1].head! }
        }
        return counts
    }

    /// The keys of one run in order, read a buffer at a time (or of an array in memory).
    private struct RunReader {
        private let file: ScratchFile?
        private var next: Int
        private let end: Int
        private var buffer: [Key]
        private var index = 0
        private(set) var head: Key?

        static let bufferKeys = (1 << 16) / MemoryLayout<Key>.stride

        init(file: ScratchFile, run: Run) throws(ScratchFileError) {
            self.file = file
            next = run.offset
            end = run.offset + run.count * MemoryLayout<Key>.stride
            buffer = []
            try refill()
        }

        init(keys: [Key]) {
            file = nil
            next = 0
            end = 0
            buffer = keys
            head = keys.first
        }

        mutating func advance() throws(ScratchFileError) {
            index += 1
            if index < buffer.count { head = buffer[index]; return }
            try refill()
        }

        private mutating func refill() throws(ScratchFileError) {
            guard let file, next < end else { head = nil; return }
            let n = min(Self.bufferKeys, (end - next) / MemoryLayout<Key>.stride)
            var keys = [Key](repeating: Key(high: 0, low: 0, tag: 0), count: n)
            let bytes = n * MemoryLayout<Key>.stride
            let start = next
            let read = try keys.withUnsafeMutableBytes { raw in Result { () throws(ScratchFileError) in try file.read(into: raw, at: start) } }.get()
            guard read == bytes else { throw ScratchFileError(description: "a temporary file of counts ends early at byte \(next + read)") }
            next += bytes
            buffer = keys
            index = 0
            head = keys.first
        }
    }
}
