/// A record that a sorted run in a `ScratchFile` holds: written as bytes
/// (`write(to:)`) and read back in the same order (`init(from:)`).
/// `SortedPairs` (pairs of strings) and `DatasetDescription.DistinctCounter`
/// (tagged fingerprints) spill their sorted runs as such records.
public protocol RunRecord: Comparable, Sendable {
    /// Appends the record's bytes to `bytes`.
    func write(to bytes: inout [UInt8])
    /// Reads one record that `write(to:)` wrote, at the reader's position.
    /// - Throws: `ScratchFileError` when the run ends within the record or cannot be read.
    init(from reader: inout RunReader<Self>) throws(ScratchFileError)
}

/// Sorted runs of records spilled to one nameless temporary file, merged back
/// in order: the disk half of `SortedPairs` and `DistinctCounter` (their
/// owners keep the records in memory, sort them, and hand each full batch
/// here as a run).
///
///     var runs = SortedRuns<Pair>(directory: nil, prefix: "osce-kg-sorted")
///     try runs.write(sortedBatch)
///     var merge = try runs.merged(with: sortedInMemory)
///     while let r = try merge.next() { … }   // each distinct record once, in order
///
/// A copy shares the file (each copy appends runs of its own and reads only those).
/// - Complexity: `write` O(bytes), with a 64 KiB write buffer; `merged` then O(n log r) for n records in r runs,
///   with a 32 KiB read buffer per run.
public struct SortedRuns<Record: RunRecord>: Sendable {
    /// A run written to the file: its offset and its length in bytes.
    struct Run: Sendable {
        let offset: Int
        let bytes: Int
    }

    private var file: ScratchFile?
    private var runs: [Run] = []
    private let directory: String?
    private let prefix: String

    /// Runs to be written to a file made in `directory` (`nil`: `$TMPDIR`), named `prefix-…` until unlinked.
    public init(directory: String?, prefix: String) {
        self.directory = directory
        self.prefix = prefix
    }

    /// True when no run was written.
    public var isEmpty: Bool { runs.isEmpty }

    /// Writes `sorted` (in order, duplicates allowed) as one run, making the file on the first call.
    /// - Throws: `ScratchFileError` when the file cannot be made or written (nothing of the run is kept then).
    /// The run's bytes go out `chunk` bytes at a time (the file is this value's alone, so the
    /// chunks follow each other): memory holds one chunk, not a copy of the run.
    public mutating func write(_ sorted: some Sequence<Record>) throws(ScratchFileError) {
        if file == nil { file = try ScratchFile(directory: directory, prefix: prefix) }
        let start = file!.size
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.chunk + 256)
        for r in sorted {
            r.write(to: &bytes)
            if bytes.count >= Self.chunk {
                try file!.append(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        if !bytes.isEmpty { try file!.append(bytes) }
        runs.append(Run(offset: start, bytes: file!.size - start))
    }

    /// The bytes written to the file at once.
    static var chunk: Int { 1 << 16 }

    /// The distinct records of every run and of `memory` (sorted), in order.
    /// - Throws: `ScratchFileError` when a run cannot be read.
    public func merged(with memory: [Record]) throws(ScratchFileError) -> Merge {
        var sources: [RunReader<Record>] = []
        if let file {
            for run in runs { sources.append(try RunReader(file: file, offset: run.offset, bytes: run.bytes)) }
        }
        sources.append(RunReader(records: memory))
        return Merge(sources: sources)
    }

    /// The distinct records of several sorted runs in order: a k-way merge through a
    /// binary heap of the runs by head record (`MergeHeap`).
    ///
    /// (Inlinable, with the readers it drives, so that each record type's merge is specialised
    /// in its owner's module: the generic merge compared and read every record through witness tables.)
    public struct Merge: Sendable {
        @usableFromInline var sources: [RunReader<Record>]
        @usableFromInline var heap: MergeHeap
        @usableFromInline var last: Record?

        init(sources: [RunReader<Record>]) {
            self.sources = sources
            heap = MergeHeap(runs: sources.indices.filter { sources[$0].head != nil }) { sources[$0].head! < sources[$1].head! }
        }

        /// The next distinct record, or `nil` after the last.
        /// - Throws: `ScratchFileError` when a run cannot be read back.
        @inlinable
        public mutating func next() throws(ScratchFileError) -> Record? {
            while let top = heap.top {
                let record = sources[top].head!
                try sources[top].advance()
                // (The heap is moved out while it reads the heads: no copy of either array.)
                var heap = self.heap
                self.heap = MergeHeap(runs: []) { _, _ in false }
                let exhausted = sources[top].head == nil
                sources.withUnsafeBufferPointer { s in
                    heap.topAdvanced(exhausted: exhausted) { s[$0].head! < s[$1].head! }
                }
                self.heap = heap
                if let last, last == record { continue }
                last = record
                return record
            }
            return nil
        }
    }
}

/// The records of one sorted run in order, read from its file 32 KiB at a
/// time (or of an array in memory): `SortedRuns.Merge`'s sources, and what a
/// `RunRecord` reads its bytes from (`bytes(_:)`).
public struct RunReader<Record: RunRecord>: Sendable {
    @usableFromInline let file: ScratchFile?
    /// The file offset of the first byte not yet read, and the run's end.
    @usableFromInline var next: Int
    @usableFromInline let end: Int
    /// Bytes read and not yet decoded: `buffer[position...]`.
    @usableFromInline var buffer: [UInt8] = []
    @usableFromInline var position = 0
    @usableFromInline var memory: [Record] = []
    @usableFromInline var index = 0
    /// The record at the reader's position, `nil` once the run is exhausted.
    @inlinable public var head: Record? { current }
    @usableFromInline var current: Record?

    static var chunk: Int { 1 << 15 }

    /// A reader of the run of `bytes` bytes at `offset` in `file`.
    init(file: ScratchFile, offset: Int, bytes: Int) throws(ScratchFileError) {
        self.file = file
        next = offset
        end = offset + bytes
        try advance()
    }

    /// A reader of `records` (sorted) held in memory.
    init(records: [Record]) {
        file = nil
        next = 0
        end = 0
        memory = records
        current = records.first
    }

    /// Moves to the next record.
    /// - Throws: `ScratchFileError` when the run cannot be read or ends within a record.
    @inlinable
    mutating func advance() throws(ScratchFileError) {
        guard file != nil else {
            index += 1
            current = index < memory.count ? memory[index] : nil
            return
        }
        guard position < buffer.count || next < end else { current = nil; return }
        current = try Record(from: &self)
    }

    /// The next `count` bytes of the run (for `RunRecord.init(from:)`).
    /// - Throws: `ScratchFileError` when the run ends before them or cannot be read.
    @inlinable
    public mutating func bytes(_ count: Int) throws(ScratchFileError) -> ArraySlice<UInt8> {
        try fill(count)
        defer { position += count }
        return buffer[position..<position + count]
    }

    /// The next 4 bytes of the run as a little-endian number.
    @inlinable
    public mutating func uint32() throws(ScratchFileError) -> UInt32 {
        try UInt32(truncatingIfNeeded: littleEndian(4))
    }

    /// The next 8 bytes of the run as a little-endian number.
    @inlinable
    public mutating func uint64() throws(ScratchFileError) -> UInt64 {
        try littleEndian(8)
    }

    /// The next `count` (at most 8) bytes of the run as a little-endian number, read in place.
    @inlinable
    mutating func littleEndian(_ count: Int) throws(ScratchFileError) -> UInt64 {
        if buffer.count - position < count { try fill(count) }
        let at = position
        position += count
        return buffer.withUnsafeBufferPointer { b in
            var n: UInt64 = 0
            for i in 0..<count { n |= UInt64(b[at + i]) << (8 * UInt64(i)) }
            return n
        }
    }

    /// Makes at least `count` bytes available at `position`, reading more of the run.
    @usableFromInline
    mutating func fill(_ count: Int) throws(ScratchFileError) {
        guard buffer.count - position < count else { return }
        guard let file else { throw ScratchFileError(description: "a run held in memory has no bytes to read") }
        buffer.removeFirst(position)
        position = 0
        let want = min(max(Self.chunk, count - buffer.count), end - next)
        guard buffer.count + want >= count else {
            throw ScratchFileError(description: "a temporary file of sorted runs ends early at byte \(next + want)")
        }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: want))
        let at = next
        let read = try buffer.withUnsafeMutableBytes { raw in
            Result { () throws(ScratchFileError) in try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]), at: at) }
        }.get()
        guard read == want else { throw ScratchFileError(description: "a temporary file of sorted runs ends early at byte \(next + read)") }
        next += want
    }
}

extension Array where Element == UInt8 {
    /// Appends `n` as 4 little-endian bytes (what `RunReader.uint32()` reads).
    public mutating func appendLittleEndian(_ n: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: n >> UInt32(shift))) }
    }

    /// Appends `n` as 8 little-endian bytes (what `RunReader.uint64()` reads).
    public mutating func appendLittleEndian(_ n: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { append(UInt8(truncatingIfNeeded: n >> UInt64(shift))) }
    }
}
