#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where serialised bytes go: a growing memory buffer, or a file descriptor
/// written through a 64 KiB buffer.
///
/// Raptor writes much of its output one byte at a time, so the C iostream
/// callbacks reach the buffer through `state`, a pointer to plain storage
/// (no class-property exclusivity checks on that path). Write failures are
/// recorded and reported by `close()`.
final class OutputSink {
    struct State {
        var bytes: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
        /// -1 for a memory sink.
        var descriptor: Int32
        var failure: Int32
        /// Rewrite `\UXXXXXXXX` escapes to JSON `\uXXXX` (surrogate pairs), see `JSONEscapeRepair`.
        var repairJSON = false
        var repair = JSONEscapeRepair()
    }

    let state: UnsafeMutablePointer<State>
    private var ownsDescriptor: Bool
    private static let flushThreshold = 1 << 16

    private init(descriptor: Int32, owns: Bool, capacity: Int) {
        state = .allocate(capacity: 1)
        state.initialize(to: State(bytes: .allocate(capacity: capacity), count: 0, capacity: capacity, descriptor: descriptor, failure: 0))
        ownsDescriptor = owns
    }

    /// A sink that keeps everything in memory.
    convenience init() { self.init(descriptor: -1, owns: false, capacity: 1 << 12) }

    /// A sink that writes to `descriptor` (closing it at the end when `owns`).
    convenience init(descriptor: Int32, owns: Bool) {
        self.init(descriptor: descriptor, owns: owns, capacity: OutputSink.flushThreshold)
    }

    /// Opens (creating or truncating) the file at `path` for writing.
    /// Returns `nil` and leaves `errno` set when the file cannot be opened.
    static func file(_ path: String) -> OutputSink? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        return OutputSink(descriptor: fd, owns: true)
    }

    var isMemory: Bool { state.pointee.descriptor < 0 }

    /// Appends bytes; called from the C iostream callbacks with `state`.
    static func append(_ state: UnsafeMutablePointer<State>, _ source: UnsafeRawPointer, _ n: Int) {
        if state.pointee.repairJSON {
            let bytes = source.assumingMemoryBound(to: UInt8.self)
            for k in 0..<n { appendRepairing(state, bytes[k]) }
            return
        }
        if state.pointee.count + n > state.pointee.capacity {
            makeRoom(state, n)
            if n > state.pointee.capacity {
                // Larger than the (now empty) file buffer: write straight through.
                writeAll(state, source, n)
                return
            }
        }
        (state.pointee.bytes + state.pointee.count).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: n)
        state.pointee.count += n
    }

    static func append(_ state: UnsafeMutablePointer<State>, byte: UInt8) {
        if state.pointee.repairJSON {
            appendRepairing(state, byte)
            return
        }
        appendRaw(state, byte)
    }

    private static func appendRepairing(_ state: UnsafeMutablePointer<State>, _ byte: UInt8) {
        var out: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let n = withUnsafeMutableBytes(of: &out) { state.pointee.repair.feed(byte, into: $0) }
        withUnsafeBytes(of: &out) { raw in for k in 0..<n { appendRaw(state, raw[k]) } }
    }

    private static func appendRaw(_ state: UnsafeMutablePointer<State>, _ byte: UInt8) {
        if state.pointee.count == state.pointee.capacity { makeRoom(state, 1) }
        state.pointee.bytes[state.pointee.count] = byte
        state.pointee.count += 1
    }

    private static func makeRoom(_ state: UnsafeMutablePointer<State>, _ n: Int) {
        if state.pointee.descriptor >= 0 {
            flush(state)
            return
        }
        var capacity = state.pointee.capacity * 2
        while capacity < state.pointee.count + n { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.initialize(from: state.pointee.bytes, count: state.pointee.count)
        state.pointee.bytes.deallocate()
        state.pointee.bytes = bigger
        state.pointee.capacity = capacity
    }

    static func flush(_ state: UnsafeMutablePointer<State>) {
        guard state.pointee.descriptor >= 0 else { return }
        writeAll(state, UnsafeRawPointer(state.pointee.bytes), state.pointee.count)
        state.pointee.count = 0
    }

    private static func writeAll(_ state: UnsafeMutablePointer<State>, _ source: UnsafeRawPointer, _ n: Int) {
        guard state.pointee.failure == 0 else { return }
        var start = 0
        while start < n {
            let written = write(state.pointee.descriptor, source + start, n - start)
            if written < 0 {
                if errno == EINTR { continue }
                state.pointee.failure = errno
                return
            }
            start += written
        }
    }

    /// Takes the bytes written so far (memory sinks).
    func takeText() -> String {
        let text = String(decoding: UnsafeBufferPointer(start: state.pointee.bytes, count: state.pointee.count), as: UTF8.self)
        state.pointee.count = 0
        return text
    }

    /// Flushes and closes an owned descriptor; returns the first failure's errno.
    func close() -> Int32? {
        OutputSink.flush(state)
        if state.pointee.descriptor >= 0, ownsDescriptor {
            ownsDescriptor = false
            if OutputSink.closeDescriptor(state.pointee.descriptor) != 0, state.pointee.failure == 0 { state.pointee.failure = errno }
        }
        return state.pointee.failure == 0 ? nil : state.pointee.failure
    }

    deinit {
        if ownsDescriptor { _ = OutputSink.closeDescriptor(state.pointee.descriptor) }
        state.pointee.bytes.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    static func closeDescriptor(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        return Glibc.close(fd)
        #else
        return Darwin.close(fd)
        #endif
    }
}
