#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The owner of a file descriptor opened for reading (or borrowing
/// standard input, which is never closed).
final class InputFile {
    let descriptor: Int32
    private let owns: Bool

    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        descriptor = fd
        owns = true
    }

    init(standardInput: Void) {
        descriptor = 0
        owns = false
    }

    /// Reads up to `buffer.count` bytes; returns the count (0 at end of file) or `nil` with `errno` set.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { return n }
            if errno != EINTR { return nil }
        }
    }

    deinit {
        if owns {
            #if canImport(Glibc)
            _ = Glibc.close(descriptor)
            #else
            _ = Darwin.close(descriptor)
            #endif
        }
    }
}
