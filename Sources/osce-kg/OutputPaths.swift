import Foundation

/// Telling whether two paths name the same file, before either is written.
enum OutputPaths {
    /// True when `a` and `b` name one file: equal once made absolute
    /// (against the current directory), standardised (`.`/`..` removed) and
    /// with symbolic links resolved (`same.ttl`, `./same.ttl`, `/cwd/same.ttl`,
    /// a link to a file not written yet), or two existing names of one file
    /// (a hard link: the same device and file number).
    static func same(_ a: String, _ b: String) -> Bool {
        if canonical(a) == canonical(b) { return true }
        let files = FileManager.default
        guard let x = try? files.attributesOfItem(atPath: a), let y = try? files.attributesOfItem(atPath: b),
              let nx = x[.systemFileNumber] as? NSNumber, let ny = y[.systemFileNumber] as? NSNumber,
              let dx = x[.systemNumber] as? NSNumber, let dy = y[.systemNumber] as? NSNumber
        else { return false }
        return nx == ny && dx == dy
    }

    /// Why a file cannot be written at `path`, found before any page is read (so a run of
    /// thousands of pages does not fail at its end): `path` is a folder, or its folder does
    /// not exist or is not a folder. `nil` when neither holds (what `open` may still refuse,
    /// such as permissions, is reported when the file is written).
    static func cannotWrite(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "is a folder; give a file name"
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return nil }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            return "its folder \(folder) does not exist"
        }
        return isFolder.boolValue ? nil : "\(folder) is not a folder"
    }

    /// `path` made absolute, standardised and with symbolic links resolved,
    /// including a link whose target does not exist yet (Foundation leaves
    /// such a link as it is); at most 32 links are followed.
    static func canonical(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var hops = 0
        while hops < 32, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            url = URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
            hops += 1
        }
        return url.resolvingSymlinksInPath().path
    }
}
