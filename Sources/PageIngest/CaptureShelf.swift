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
        /// When spilling: the location of capture `i` in `store`, or nil when it is held (or removed).
        private var locations: [CaptureStore.Location?] = []
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

        private mutating func set(_ location: CaptureStore.Location?, at index: Int) {
            if index >= locations.count { locations += repeatElement(nil, count: index + 1 - locations.count) }
            locations[index] = location
        }

        /// Capture `index` (a `put` gave it), or nil when there is none (never put, or removed).
        /// - Throws: `SpillError` when its record cannot be read back whole.
        func capture(at index: Int) throws(SpillError) -> Capture? {
            if let c = held[index] { return c }
            guard index < locations.count, let location = locations[index], let store else { return nil }
            let bytes = try store.read(location)
            do { return try Capture(decoding: bytes) } catch {
                throw SpillError(description: "the temporary file of page facts is damaged (record at byte \(location.offset), \(error))")
            }
        }

        /// Forgets capture `index` (it was added).
        mutating func remove(_ index: Int) {
            held[index] = nil
            if index < locations.count { locations[index] = nil }
        }
    }
}
