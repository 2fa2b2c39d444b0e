import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A temporary file that holds a query's serialised results until they are
/// complete, so that `query --timeout` prints either the whole document or
/// nothing, while memory holds only a write buffer (not every row).
///
///     let spool = try ResultSpool()
///     var sink = spool
///     try SPARQLResultsWriter.write(variables: vars, rows: rows, format: .tsv, prefixes: [], to: &sink)
///     try spool.copyToStandardOutput()    // only when evaluation finished
///
/// The file is created in `$TMPDIR` (default `/tmp`) with `mkstemp` and
/// unlinked at once: only the open descriptor reaches it, so it is gone
/// when the spool is released, whatever ends the run (success, an error, a
/// timeout, a crash or a kill). The spool is the descriptor's one owner and
/// closes it in `deinit`.
///
/// A failed write (a full disk) is kept and reported by
/// `copyToStandardOutput()`; later writes are dropped.
///
/// - Complexity: O(1) memory (a 64 KiB buffer); O(n) time and disk in the output size.
final class ResultSpool: TextOutputStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Failure?
    private static let bufferSize = 1 << 16

    /// Creates and unlinks the temporary file.
    /// - Throws: `Failure` naming the directory when the file cannot be created.
    init() throws {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory as NSString).appendingPathComponent("osce-kg-results-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw Failure("\(directory): cannot create a temporary file for the results: \(String(cString: strerror(errno)))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { close(descriptor) }

    func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        if let error = FileDescriptor.writeAll(descriptor, buffer) {
            failure = Failure("cannot write the temporary results file: \(error)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies everything written to standard output, from the start.
    /// - Throws: `Failure` for a failed write to the spool or to standard output.
    func copyToStandardOutput() throws {
        flush()
        if let failure { throw failure }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw Failure("cannot rewind the temporary results file: \(String(cString: strerror(errno)))")
        }
        var chunk = [UInt8](repeating: 0, count: Self.bufferSize)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure("cannot read the temporary results file: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return }
            if let error = FileDescriptor.writeAll(1, chunk[..<n]) { throw Failure("write failed: \(error)") }
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
