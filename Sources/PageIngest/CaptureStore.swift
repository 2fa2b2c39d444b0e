import ScratchFile

/// Byte records kept out of memory in a nameless temporary file
/// (`ScratchFile`), read back by their location: where `PageCorpus` keeps
/// each page's analysed facts between reading the corpus and adding the page
/// (see `PageCorpus.read`).
///
/// Records are appended through a buffer of `bufferSize` bytes (one write
/// per buffer); a record still in the buffer is read from there. The file
/// has no name while it is used, and goes with the store (or the process).
///
///     let store = try CaptureStore()
///     let at = try store.append([1, 2, 3])
///     try store.read(at)   // [1, 2, 3]
///
/// One owner: the store is not `Sendable`; one thread uses it at a time.
/// - Complexity: `append` amortised O(record), `read` O(record) (one `pread`
///   unless the record is in the buffer).
final class CaptureStore {
    /// Where a record is: its byte offset in the file and its length.
    struct Location: Hashable {
        let offset: Int
        let count: Int
    }

    private let file: ScratchFile
    private var buffer: [UInt8] = []
    /// The file offset of `buffer`'s first byte (the bytes before it are written).
    private var flushed = 0
    private let bufferSize: Int

    /// The bytes of all records appended so far.
    var size: Int { flushed + buffer.count }

    /// Creates the (nameless) file in `directory` (`nil`: `$TMPDIR`, else `/tmp`).
    /// - Throws: `SpillError` naming the folder and the system's reason when no file can be made there.
    init(directory: String? = nil, bufferSize: Int = 1 << 20) throws(SpillError) {
        do { file = try ScratchFile(directory: directory, prefix: "osce-kg-spill") } catch {
            throw SpillError(description: "cannot make the temporary file of page facts: \(error)")
        }
        self.bufferSize = max(1, bufferSize)
        buffer.reserveCapacity(self.bufferSize)
    }

    /// Appends `record` and returns where it is.
    /// - Throws: `SpillError` when the file cannot be written (a full disk).
    func append(_ record: [UInt8]) throws(SpillError) -> Location {
        let at = Location(offset: size, count: record.count)
        if buffer.count + record.count > bufferSize { try flush() }
        if record.count >= bufferSize {
            try write(record)
        } else {
            buffer.append(contentsOf: record)
        }
        return at
    }

    /// The record at `location` (one `append` gave it).
    /// - Throws: `SpillError` when the file cannot be read back, or ends before the record.
    func read(_ location: Location) throws(SpillError) -> [UInt8] {
        if location.offset >= flushed {
            let start = location.offset - flushed
            guard start + location.count <= buffer.count else {
                throw SpillError(description: "no record of page facts at byte \(location.offset)")
            }
            return Array(buffer[start..<start + location.count])
        }
        do { return try file.read(count: location.count, at: location.offset) } catch {
            throw SpillError(description: "cannot read back the temporary file of page facts: \(error)")
        }
    }

    private func flush() throws(SpillError) {
        guard !buffer.isEmpty else { return }
        try write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: [UInt8]) throws(SpillError) {
        do { try file.append(bytes) } catch {
            throw SpillError(description: "cannot write the temporary file of page facts: \(error)")
        }
        flushed += bytes.count
    }
}

/// The temporary file that holds the pages' analysed facts during an export
/// (`PageCorpus.read`) cannot be made, written or read back.
public struct SpillError: Error, CustomStringConvertible {
    /// What failed and the system's reason.
    public let description: String
}
