#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The whole content of a file as one byte array, read with `open`/`read` straight into the
/// array: no `Data` in between and no second copy (a page of 50 MB costs 50 MB, not 100).
///
///     let bytes = FileBytes.read(atPath: "Examples/pages/000_0b91f1119559f398.txt")   // [UInt8]?
///
/// - Complexity: O(file size); one allocation of the size `fstat` gives, grown only when the
///   file holds more by the time it is read (a pipe, a file being written).
public enum FileBytes {
    /// The bytes of the file at `path`; nil when it cannot be opened or read (missing, no
    /// permission, a directory), as `FileManager.contents(atPath:)` gives nil.
    public static func read(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) : 0
        var failed = false
        // The size `fstat` gives, read straight into the array.
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let n = readSome(fd, UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])))
                if n < 0 { failed = true; return }
                if n == 0 { return }
                count += n
            }
        }
        if failed { return nil }
        // Whatever follows (a file that grew, or one `fstat` gives no size for), through a
        // buffer that is not zeroed first (one read at the end of every file finds nothing).
        return withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 1) { chunk -> [UInt8]? in
            while true {
                let n = readSome(fd, chunk)
                if n < 0 { return nil }
                if n == 0 { return bytes }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<n]))
            }
        }
    }

    /// One `read(2)`, repeated on EINTR: the byte count (0 at the end), -1 on an error.
    private static func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 || errno != EINTR { return n }
        }
    }
}
