#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where serialised bytes go: a memory buffer, or a file descriptor written
/// through a 64 KiB buffer. The C iostream callbacks only append here; write
/// failures are recorded and reported by `flush()`/`close()`.
final class OutputSink {
    private(set) var buffer: [UInt8] = []
    private let descriptor: Int32?
    private var ownsDescriptor: Bool
    private(set) var failure: Int32?
    private static let flushThreshold = 1 << 16

    /// A sink that keeps everything in memory.
    init() {
        descriptor = nil
        ownsDescriptor = false
        buffer.reserveCapacity(1 << 12)
    }

    /// A sink that writes to `descriptor` (closing it at the end when `owns`).
    init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        ownsDescriptor = owns
        buffer.reserveCapacity(OutputSink.flushThreshold + 4096)
    }

    /// Opens (creating or truncating) the file at `path` for writing.
    /// Returns `nil` and leaves `errno` set when the file cannot be opened.
    static func file(_ path: String) -> OutputSink? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        return OutputSink(descriptor: fd, owns: true)
    }

    var isMemory: Bool { descriptor == nil }

    func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
        if descriptor != nil, buffer.count >= OutputSink.flushThreshold { flush() }
    }

    func append(byte: UInt8) {
        buffer.append(byte)
        if descriptor != nil, buffer.count >= OutputSink.flushThreshold { flush() }
    }

    /// Writes the buffered bytes to the descriptor (no-op for memory sinks).
    func flush() {
        guard let descriptor, failure == nil else { return }
        var start = 0
        buffer.withUnsafeBytes { raw in
            while start < raw.count {
                let n = write(descriptor, raw.baseAddress! + start, raw.count - start)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                start += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Takes the bytes written so far (memory sinks).
    func takeBuffer() -> [UInt8] {
        let out = buffer
        buffer = []
        return out
    }

    /// Flushes and closes an owned descriptor; returns the first failure's errno.
    func close() -> Int32? {
        flush()
        if let descriptor, ownsDescriptor {
            ownsDescriptor = false
            if OutputSink.closeDescriptor(descriptor) != 0, failure == nil { failure = errno }
        }
        return failure
    }

    deinit {
        if let descriptor, ownsDescriptor { _ = OutputSink.closeDescriptor(descriptor) }
    }
}

extension OutputSink {
    static func closeDescriptor(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        return Glibc.close(fd)
        #else
        return Darwin.close(fd)
        #endif
    }
}
