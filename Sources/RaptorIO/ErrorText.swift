#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text for C `errno` values.
enum ErrorText {
    static func errno(_ code: Int32? = nil) -> String {
        let value = code ?? {
            #if canImport(Glibc)
            return Glibc.errno
            #else
            return Darwin.errno
            #endif
        }()
        guard let text = strerror(value) else { return "error \(value)" }
        return String(cString: text)
    }
}
