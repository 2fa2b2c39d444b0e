extension PageCorpus {
    /// The analysed captures of a corpus between reading and adding them,
    /// by their index in input order: held in memory, or, when spilling,
    /// encoded (`Capture.encoded()`) into a `CaptureStore` file and read back
    /// when their page is added, so memory holds a location per capture
    /// instead of its facts.
    ///
    /// A capture that cannot be spilled (no temporary file can be made, or
    /// the disk is full) is held in memory instead: spilling saves memory,
    /// it never fails a read.
    ///
    /// - Complexity: `put` and `take` O(capture) (one encoding or decoding).
    struct CaptureShelf {
        private var held: [Int: Capture] = [:]
        /// When spilling: the location of capture `i` in `store` (its offset, -1 when it is held or
        /// removed, and its byte count): 12 bytes a capture.
        private var offsets: [Int] = []
        private var counts: [Int32] = []
        private let store: CaptureStore?
        /// False once a write failed: later captures are held.
        private var canWrite = true

        /// A shelf holding every capture in memory.
        init() { store = nil }

        /// A shelf spilling every capture into a file made by `makeStore` (held in memory when it throws).
        init(spillingTo makeStore: () throws -> CaptureStore) {
            store = try? makeStore()
        }

        /// True when captures are spilled to a file.
        var isSpilling: Bool { store != nil && canWrite }

        /// Puts capture `index` (indices given in increasing order), with its bytes when
        /// spilling (`encoded`, else encoded here).
        mutating func put(_ capture: Capture, at index: Int, encoded: [UInt8]? = nil) {
            if let store, canWrite {
                do {
                    let location = try store.append(encoded ?? capture.encoded())
                    set(location, at: index)
                    return
                } catch {
                    canWrite = false  // Nothing more is written to a file that failed once.
                }
            }
            held[index] = capture
        }

        private mutating func set(_ location: CaptureStore.Location, at index: Int) {
            precondition(location.count <= Int(Int32.max), "a capture record of 2 GiB or more")
            if index >= offsets.count {
                offsets += repeatElement(-1, count: index + 1 - offsets.count)
                counts += repeatElement(0, count: index + 1 - counts.count)
            }
            offsets[index] = location.offset
            counts[index] = Int32(location.count)
        }

        /// Capture `index` (a `put` gave it), or nil when there is none (never put, or removed).
        /// - Throws: `SpillError` when its record cannot be read back whole.
        func capture(at index: Int) throws(SpillError) -> Capture? {
            if let c = held[index] { return c }
            guard index < offsets.count, offsets[index] >= 0, let store else { return nil }
            let location = CaptureStore.Location(offset: offsets[index], count: Int(counts[index]))
            let bytes = try store.read(location)
            do { return try Capture(decoding: bytes) } catch {
                throw SpillError(description: "the temporary file of page facts is damaged (record at byte \(location.offset), \(error))")
            }
        }

        /// Forgets capture `index` (it was added).
        mutating func remove(_ index: Int) {
            held[index] = nil
            if index < offsets.count { offsets[index] = -1 }
        }
    }
}
