import Foundation
import Glibc

/// Expands command-line paths into the list of files to read.
///
/// A file argument is taken as is, whatever its extension. A directory is
/// walked recursively and contributes the files whose extension is in
/// `extensions` (hidden files and directories are skipped). The result is
/// sorted by path within each directory argument, so runs are deterministic.
/// A file reached twice is kept once, at its first place. `-` stands for
/// standard input (see `standardInput`).
///
/// Errors: a path that does not exist, and a folder that holds no file with
/// one of `extensions`, are errors naming the path (a misspelt or empty
/// folder must not pass for an empty corpus).
struct InputFiles {
    /// A command-line path that does not exist.
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): no such file or directory" }
    }

    /// A folder argument in which no file has a page extension.
    struct NoPages: Error, CustomStringConvertible {
        let path: String
        let extensions: Set<String>
        var description: String {
            "\(path): no page files in this folder (looked for \(extensions.sorted().map { "*.\($0)" }.joined(separator: ", ")))"
        }
    }

    /// The command-line argument that means standard input.
    static let standardInputArgument = "-"
    /// The name standard input goes by in diagnostics and provenance
    /// (`<stdin>:3:1: …`), as compilers call it.
    static let standardInput = "<stdin>"
    /// Its path for page identity when the page has no URL: the page slug `stdin`.
    static let standardInputPagePath = "stdin"

    /// `expand`, with each page's path relative to the input root it was
    /// found under (the page's identity when it has no URL; see
    /// `PageCorpus.ingest`): for a folder argument, the path under the folder
    /// (`news/index.txt`); for a file argument, its file name. `-` gives the
    /// file `standardInput` with the page path `standardInputPagePath`.
    /// - Throws: `Missing`, `NoPages`.
    static func expandPages(_ paths: [String], extensions: Set<String>) throws -> (files: [String], pagePaths: [String]) {
        var files: [String] = []
        var pagePaths: [String] = []
        var seen = Set<String>()
        for path in paths {
            if path == standardInputArgument {
                if seen.insert(standardInput).inserted {
                    files.append(standardInput)
                    pagePaths.append(standardInputPagePath)
                }
                continue
            }
            var isDirectory: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            for (file, key) in try entries(of: path, extensions: extensions) where seen.insert(key).inserted {
                files.append(file)
                if isFolder {
                    var rel = String(file.dropFirst(path.count))
                    while rel.hasPrefix("/") { rel.removeFirst() }
                    pagePaths.append(rel)
                } else {
                    pagePaths.append((file as NSString).lastPathComponent)
                }
            }
        }
        return (files, pagePaths)
    }

    /// The files `paths` name (see the type's documentation).
    /// - Throws: `Missing`, `NoPages`.
    static func expand(_ paths: [String], extensions: Set<String>) throws -> [String] {
        // A file named twice (directly or through a folder) is read once.
        var seen = Set<String>()
        var out: [String] = []
        for path in paths {
            for (file, key) in try entries(of: path, extensions: extensions) where seen.insert(key).inserted { out.append(file) }
        }
        return out
    }

    /// The files one argument names, sorted by path for a folder, each with the key that tells
    /// a file named twice: the standardised argument plus the path under it (one Foundation
    /// call per argument, not per file: a folder of 100,000 pages lists in a few MB).
    /// - Throws: `Missing`, `NoPages`.
    private static func entries(of path: String, extensions: Set<String>) throws -> [(file: String, key: String)] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Missing(path: path) }
        let root = (path as NSString).standardizingPath
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return [(path, root)] }
        var found: [String] = []
        walk(directory: path, extensions: extensions, into: &found)
        if found.isEmpty { throw NoPages(path: path, extensions: extensions) }
        found.sort()
        let prefix = path.hasSuffix("/") ? path.count : path.count + 1
        return found.map { ($0, root + "/" + $0.dropFirst(prefix)) }
    }

    /// Appends to `found` the files under `directory` (its path joined with each name, as
    /// `NSString.appendingPathComponent` would) whose extension, lower-cased, is in
    /// `extensions`; names starting with `.` are skipped, directories are walked, a symbolic
    /// link counts as what it points to but a linked directory is not entered (no cycles).
    /// An unreadable directory contributes nothing.
    private static func walk(directory: String, extensions: Set<String>, into found: inout [String]) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var subdirectories: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let full = base + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var mode = info.st_mode & S_IFMT
            if mode == S_IFDIR { subdirectories.append(full); continue }
            if mode == S_IFLNK {
                guard stat(full, &info) == 0 else { continue }
                mode = info.st_mode & S_IFMT
                if mode == S_IFDIR { continue }
            }
            if let dot = name.lastIndex(of: "."), dot != name.startIndex,
               extensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(full)
            }
        }
        for sub in subdirectories { walk(directory: sub, extensions: extensions, into: &found) }
    }
}

extension InputFiles {
    /// Reads standard input to its end.
    /// - Throws: `Failure` naming `<stdin>` when it cannot be read (a directory, a closed descriptor).
    static func readStandardInput() throws -> [UInt8] {
        do {
            return [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
        } catch {
            throw Failure("\(standardInput): cannot read standard input: \(error.localizedDescription)")
        }
    }
}
