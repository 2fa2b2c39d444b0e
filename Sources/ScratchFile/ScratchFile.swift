import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file with no name: scratch space on disk for data too large to
/// hold in memory during one run (an export's page facts, the fingerprints
/// its statistics count), written by appending and read back by offset.
///
/// The file is created in `directory` (by default `$TMPDIR`, else `/tmp`)
/// with `mkstemp` and unlinked at once: only the open descriptor reaches it,
/// so nothing is left in the folder while it is used, and its space is given
/// back when the `ScratchFile` is freed or the process ends, however it ends
/// (an error, a signal, a crash). The object is the descriptor's one owner
/// and closes it in `deinit`.
///
///     let scratch = try ScratchFile(prefix: "osce-kg-spill")
///     let at = try scratch.append([1, 2, 3])   // 0
///     try scratch.read(count: 3, at: at)       // [1, 2, 3]
///
/// Appends from several threads each get their own bytes (the offset is
/// reserved atomically before the write); reads may run at any time.
///
/// - Complexity: `append` and `read` one system call per call (more for short
///   transfers), O(bytes).
public final class ScratchFile: Sendable {
    private let descriptor: Int32
    private let end = Atomic<Int>(0)

    /// The bytes appended so far.
    public var size: Int { end.load(ordering: .acquiring) }

    /// Creates the file (then unlinks it) in `directory`, named `prefix-XXXXXX` until unlinked.
    /// - Parameter purpose: what the file holds, for the error message (`the results`).
    /// - Throws: `ScratchFileError` naming the folder (and `purpose`) and the system's reason when no file
    ///   can be made there: `/tmp/x: cannot create a temporary file for the results: No such file or directory`.
    public init(directory: String? = nil, prefix: String = "osce-kg-scratch", purpose: String? = nil) throws(ScratchFileError) {
        let folder = directory ?? ScratchFile.defaultDirectory
        var template = Array((folder as NSString).appendingPathComponent(prefix + "-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            let what = purpose.map { "a temporary file for \($0)" } ?? "a temporary file"
            throw ScratchFileError(description: "\(folder): cannot create \(what): \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// `$TMPDIR` when set and not empty, else `/tmp`.
    public static var defaultDirectory: String {
        ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    /// Appends `bytes` and returns the offset of their first byte.
    /// - Throws: `ScratchFileError` when the file cannot be written (a full disk).
    @discardableResult
    public func append(_ bytes: some ContiguousBytes) throws(ScratchFileError) -> Int {
        let result: Result<Int, ScratchFileError> = bytes.withUnsafeBytes { raw in
            let offset = end.add(raw.count, ordering: .acquiringAndReleasing).oldValue
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    return .failure(ScratchFileError(description: "cannot write a temporary file: \(String(cString: strerror(errno)))"))
                }
                done += n
            }
            return .success(offset)
        }
        return try result.get()
    }

    /// Reads up to `buffer.count` bytes at `offset` into `buffer`; returns how many (fewer only at the end of the file).
    /// - Throws: `ScratchFileError` when the file cannot be read.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(ScratchFileError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw ScratchFileError(description: "cannot read a temporary file: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// The `count` bytes at `offset`.
    /// - Throws: `ScratchFileError` when the file cannot be read or ends before them.
    public func read(count: Int, at offset: Int) throws(ScratchFileError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = try out.withUnsafeMutableBytes { raw in Result { () throws(ScratchFileError) in try read(into: raw, at: offset) } }.get()
        guard n == count else {
            throw ScratchFileError(description: "a temporary file ends at byte \(offset + n), before the \(count) bytes at \(offset)")
        }
        return out
    }
}

/// A temporary file that cannot be made, written or read (`ScratchFile`).
public struct ScratchFileError: Error, CustomStringConvertible, Sendable {
    /// What failed and the system's reason.
    public let description: String

    public init(description: String) { self.description = description }
}
