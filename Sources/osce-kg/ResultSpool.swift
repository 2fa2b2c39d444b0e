import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ScratchFile

/// A temporary file that holds a query's serialised results until they are
/// complete, so that `query --timeout` prints either the whole document or
/// nothing, while memory holds only a write buffer (not every row).
///
///     let spool = try ResultSpool()
///     var sink = spool
///     try SPARQLResultsWriter.write(variables: vars, rows: rows, format: .tsv, prefixes: [], to: &sink)
///     try spool.copyToStandardOutput()    // only when evaluation finished
///
/// The file is a `ScratchFile` in `$TMPDIR` (default `/tmp`): nameless while
/// it is used, so it is gone when the spool is released, whatever ends the
/// run (success, an error, a timeout, a crash or a kill).
///
/// A failed write (a full disk) is kept and reported by
/// `copyToStandardOutput()`; later writes are dropped.
///
/// - Complexity: O(1) memory (a 64 KiB buffer); O(n) time and disk in the output size.
final class ResultSpool: TextOutputStream {
    private let file: ScratchFile
    private var buffer: [UInt8] = []
    private var failure: Failure?
    private static let bufferSize = 1 << 16

    /// Creates the (nameless) temporary file.
    /// - Throws: `Failure` naming the directory when the file cannot be created.
    init() throws {
        do { file = try ScratchFile(prefix: "osce-kg-results", purpose: "the results") } catch { throw Failure(error.description) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        do { try file.append(buffer) } catch {
            failure = Failure("cannot write the temporary results file: \(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies everything written to standard output, from the start.
    /// - Throws: `Failure` for a failed write to the spool or to standard output.
    func copyToStandardOutput() throws {
        flush()
        if let failure { throw failure }
        var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
        var offset = 0
        while offset < file.size {
            let n: Int
            do { n = try chunk.withUnsafeMutableBytes { raw in Result { () throws(ScratchFileError) in try file.read(into: raw, at: offset) } }.get() } catch {
                throw Failure("cannot read the temporary results file: \(error)")
            }
            if n == 0 { throw Failure("the temporary results file ends at byte \(offset), before its \(file.size) bytes") }
            if let error = FileDescriptor.writeAll(1, chunk[..<n]) { throw Failure("write failed: \(error)") }
            offset += n
        }
    }
}

/// Writing whole buffers to a POSIX file descriptor.
enum FileDescriptor {
    /// Writes every byte of `bytes` to `fd`, retrying short writes and `EINTR`.
    /// - Returns: `nil` on success, else the system's reason (`No space left on device`).
    static func writeAll(_ fd: Int32, _ bytes: some ContiguousBytes) -> String? {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
    }
}
