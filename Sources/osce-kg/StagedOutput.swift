import Foundation

/// An output file written beside its final name and moved there only when
/// complete, so a failed export keeps the previous file whole (as `rsync`
/// and Jena's `riot --output` to a file do not, but editors do).
///
/// The staging file is `.NAME.osce-kg-PID.part` in the final file's
/// directory (so the move is one `rename(2)` on one file system). Only a
/// regular file or a name not yet taken is staged: a device, a FIFO or
/// `/dev/stdout` is written in place, as is anything in a directory the
/// process cannot create files in (then a failure there cannot be undone).
/// A symbolic link is followed: its target is replaced.
struct StagedOutput {
    /// The path the writer writes to: the staging file, or the final path itself.
    let writingPath: String
    /// The final path (symbolic links resolved).
    let finalPath: String

    init(_ path: String) {
        let target = OutputPaths.canonical(path)
        finalPath = target
        let files = FileManager.default
        let directory = (target as NSString).deletingLastPathComponent
        var isRegular = true
        if let attributes = try? files.attributesOfItem(atPath: target) {
            isRegular = (attributes[.type] as? FileAttributeType) == .typeRegular
        }
        if isRegular, files.isWritableFile(atPath: directory.isEmpty ? "." : directory) {
            let name = (target as NSString).lastPathComponent
            writingPath = (directory as NSString).appendingPathComponent(".\(name).osce-kg-\(ProcessInfo.processInfo.processIdentifier).part")
        } else {
            writingPath = target
        }
    }

    /// Whether the writer writes to a staging file.
    var isStaged: Bool { writingPath != finalPath }

    /// Moves the complete staging file to its final name (replacing the old file).
    /// - Throws: `Failure` naming both paths when the move fails.
    func commit() throws {
        guard isStaged else { return }
        if rename(writingPath, finalPath) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw Failure("\(finalPath): cannot move the finished export there from \(writingPath): \(reason)")
        }
    }

    /// Removes the staging file after a failure; the final file is untouched.
    func discard() {
        guard isStaged else { return }
        unlink(writingPath)
    }
}
