import DatasetDescription
import Digests
import Foundation
import PageIngest

/// The SHA-256 of the pages an export read, the input of the export's key
/// (`DescriptionSettings.exportKey(time:inputDigest:)`).
enum InputDigest {
    /// The lowercase hex SHA-256 over, for each file of `files` in order, its
    /// byte count as 8 big-endian bytes and its bytes (from `contents` when
    /// present: standard input; none when it cannot be read). Paths are left
    /// out: the same pages give the same digest from any folder.
    static func of(files: some Sequence<String>, contents: [String: [UInt8]]) -> String {
        var hash = SHA256()
        for file in files {
            let bytes = contents[file] ?? FileBytes.read(atPath: file) ?? []
            let n = UInt64(bytes.count)
            hash.update((0..<8).map { UInt8(truncatingIfNeeded: n >> (56 - 8 * UInt64($0))) })
            hash.update(bytes)
        }
        return hash.hexDigest()
    }
}
