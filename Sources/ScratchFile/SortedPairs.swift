/// A set of string pairs sorted in bounded memory: the releases that attest
/// each post holding, the pages a dataset description lists, whose number
/// grows with the pages of an export while they are only needed, in order,
/// at its end.
///
/// Pairs go into an array of at most `memoryLimit` bytes of text; when it is
/// full, it is sorted, its duplicates dropped, and written as one run to a
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
///   run of m pairs; `merged()` then O(n log r) for n pairs in r runs. Memory:
///   `memoryLimit` bytes of text (plus 32 bytes a pair), and a 64 KiB buffer per run while merging.
public struct SortedPairs: Sendable {
    /// A run written to the file: its offset and its length in bytes.
    struct Run: Sendable {
        let offset: Int
        let bytes: Int
    }

    private var pairs: [(String, String)] = []
    private var pendingBytes = 0
    private var runs: [Run] = []
    private var file: ScratchFile?
    private var canSpill = true
    private let memoryLimit: Int
    private let directory: String?
    private let prefix: String

    /// Pairs holding at most `memoryLimit` bytes of text in memory, spilling runs to a
    /// file in `directory` (`nil`: `$TMPDIR`) named `prefix-…` until it is unlinked;
    /// `Int.max` never spills.
    public init(memoryLimit: Int = 4 << 20, directory: String? = nil, prefix: String = "osce-kg-sorted") {
        self.memoryLimit = max(1, memoryLimit)
        self.directory = directory
        self.prefix = prefix
    }

    /// True when no pair was inserted.
    public var isEmpty: Bool { pairs.isEmpty && runs.isEmpty }

    /// True when some pairs were written to the temporary file.
    public var hasSpilled: Bool { !runs.isEmpty }

    /// Adds the pair (`key`, `value`) (kept once, however often it is inserted).
    public mutating func insert(_ key: String, _ value: String) {
        pairs.append((key, value))
        pendingBytes += key.utf8.count + value.utf8.count + 32
        if pendingBytes >= memoryLimit && canSpill { spill() }
    }

    /// The array, sorted, without duplicates.
    private func sortedPairs() -> [(String, String)] {
        var out: [(String, String)] = []
        out.reserveCapacity(pairs.count)
        for p in pairs.sorted(by: Self.less) where out.last.map({ !Self.same($0, p) }) ?? true { out.append(p) }
        return out
    }

    /// Writes the array as a sorted run and empties it (or keeps it, when the file fails).
    private mutating func spill() {
        do {
            if file == nil { file = try ScratchFile(directory: directory, prefix: prefix) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(pendingBytes)
            for (key, value) in sortedPairs() {
                Self.appendField(key, to: &bytes)
                Self.appendField(value, to: &bytes)
            }
            let offset = try file!.append(bytes)
            runs.append(Run(offset: offset, bytes: bytes.count))
            pairs.removeAll(keepingCapacity: true)
            pendingBytes = 0
        } catch {
            canSpill = false  // The same pairs still, from memory.
        }
    }

    /// Appends `text` as a 4-byte little-endian length and its UTF-8 bytes.
    private static func appendField(_ text: String, to bytes: inout [UInt8]) {
        let n = UInt32(text.utf8.count)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: n >> UInt32(shift))) }
        bytes.append(contentsOf: text.utf8)
    }

    static func less(_ a: (String, String), _ b: (String, String)) -> Bool {
        a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
    }

    /// Equal as `less` orders them (neither before the other).
    static func same(_ a: (String, String), _ b: (String, String)) -> Bool { a.0 == b.0 && a.1 == b.1 }

    /// The pairs in order, each once. The pairs stay: `merged()` may be called again.
    /// - Throws: `ScratchFileError` when a run cannot be read.
    public func merged() throws(ScratchFileError) -> Merge {
        var sources: [RunReader] = []
        if let file {
            for run in runs { sources.append(try RunReader(file: file, run: run)) }
        }
        sources.append(RunReader(pairs: sortedPairs()))
        return Merge(sources: sources)
    }

    /// The distinct pairs of every run in order: a k-way merge through a binary heap of the runs by head pair.
    public struct Merge: Sendable {
        private var sources: [RunReader]
        private var heap: MergeHeap
        private var last: (String, String)?

        init(sources: [RunReader]) {
            self.sources = sources
            heap = MergeHeap(runs: sources.indices.filter { sources[$0].head != nil }) {
                SortedPairs.less(sources[$0].head!, sources[$1].head!)
            }
        }

        /// The next distinct pair, or `nil` after the last.
        /// - Throws: `ScratchFileError` when a run cannot be read back.
        public mutating func next() throws(ScratchFileError) -> (key: String, value: String)? {
            while let top = heap.top {
                let pair = sources[top].head!
                try sources[top].advance()
                let sources = self.sources
                heap.topAdvanced(exhausted: sources[top].head == nil) { SortedPairs.less(sources[$0].head!, sources[$1].head!) }
                if let last, SortedPairs.same(last, pair) { continue }
                last = pair
                return pair
            }
            return nil
        }
    }

    /// The pairs of one run in order, read 64 KiB at a time (or of an array in memory).
    struct RunReader: Sendable {
        private let file: ScratchFile?
        /// The file offset of the first byte not yet read, and the run's end.
        private var next: Int
        private let end: Int
        /// Bytes read and not yet decoded: `buffer[position...]`.
        private var buffer: [UInt8] = []
        private var position = 0
        private var memory: [(String, String)] = []
        private var index = 0
        private(set) var head: (String, String)?

        static let chunk = 1 << 16

        init(file: ScratchFile, run: Run) throws(ScratchFileError) {
            self.file = file
            next = run.offset
            end = run.offset + run.bytes
            try advance()
        }

        init(pairs: [(String, String)]) {
            file = nil
            next = 0
            end = 0
            memory = pairs
            head = pairs.first
        }

        mutating func advance() throws(ScratchFileError) {
            guard file != nil else {
                index += 1
                head = index < memory.count ? memory[index] : nil
                return
            }
            guard position < buffer.count || next < end else { head = nil; return }
            let key = try field()
            let value = try field()
            head = (key, value)
        }

        /// The next length-prefixed string of the run.
        private mutating func field() throws(ScratchFileError) -> String {
            try fill(4)
            var n = 0
            for i in 0..<4 { n |= Int(buffer[position + i]) << (8 * i) }
            position += 4
            try fill(n)
            let text = String(decoding: buffer[position..<position + n], as: UTF8.self)
            position += n
            return text
        }

        /// Makes at least `count` bytes available at `position`, reading more of the run.
        private mutating func fill(_ count: Int) throws(ScratchFileError) {
            guard buffer.count - position < count, let file else { return }
            buffer.removeFirst(position)
            position = 0
            let want = min(max(Self.chunk, count - buffer.count), end - next)
            guard buffer.count + want >= count else {
                throw ScratchFileError(description: "a temporary file of sorted text ends early at byte \(next + want)")
            }
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: want))
            let at = next
            let read = try buffer.withUnsafeMutableBytes { raw in
                Result { () throws(ScratchFileError) in try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]), at: at) }
            }.get()
            guard read == want else { throw ScratchFileError(description: "a temporary file of sorted text ends early at byte \(next + read)") }
            next += want
        }
    }
}
