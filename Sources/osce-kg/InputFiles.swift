import Foundation
import Glibc

/// Expands command-line paths into the list of files to read.
///
/// A file argument is taken as is, whatever its extension. A directory is
/// walked recursively and contributes the files whose extension is in
/// `extensions` (hidden files and directories are skipped). The result is
/// sorted by path within each directory argument, so runs are deterministic.
/// A file reached twice (by device and inode, whatever the path) is kept
/// once, at its first place. `-` stands for
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

    /// Files named more than once on one command line (`a.txt ./a.txt dir/../a.txt`, a folder
    /// and a file inside it, a hard link): each is read once, at its first place, and the run
    /// says so once (`warning`).
    struct Repeated {
        /// Each repeated file's first name, with the other names it was given under, in input order.
        var files: [(first: String, others: [String])] = []

        /// One line for the whole run, nil when no file was repeated:
        /// `a.txt was given 3 times (also as ./a.txt, dir/../a.txt): it is read once`, plus how
        /// many other files were repeated.
        var warning: String? {
            guard let (first, others) = files.first else { return nil }
            let shown = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
            var line = "\(first) was given \(others.count + 1) times (also as \(shown))"
            if files.count > 1 {
                line += ", and \(files.count - 1) other file\(files.count == 2 ? " was" : "s were") given more than once"
            }
            return line + ": each file is read once"
        }

        fileprivate var index: [FileKey: Int] = [:]

        fileprivate mutating func note(_ key: FileKey, first: String, again: String) {
            if let i = index[key] {
                files[i].others.append(again)
            } else {
                index[key] = files.count
                files.append((first, [again]))
            }
        }
    }

    /// What tells one file from another: its device and inode (`stat`), whatever path names it.
    fileprivate struct FileKey: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
        /// Standard input, which has no file of its own here.
        static let standardInput = FileKey(device: .max, inode: .max)
        private init(device: UInt64, inode: UInt64) {
            self.device = device
            self.inode = inode
        }
    }

    /// `expand`, with each page's path relative to the input root it was
    /// found under (the page's identity when it has no URL; see
    /// `PageCorpus.ingest`): for a folder argument, the path under the folder
    /// (`news/index.txt`); for a file argument, its file name. `-` gives the
    /// file `standardInput` with the page path `standardInputPagePath`.
    /// A file is one file by its device and inode, however it is named: the
    /// second and later names of a file are left out and listed in `repeated`.
    /// - Throws: `Missing`, `NoPages`.
    static func expandPages(_ paths: [String], extensions: Set<String>) throws -> (files: [String], pagePaths: [String], repeated: Repeated) {
        var files: [String] = []
        var pagePaths: [String] = []
        var seen: [FileKey: String] = [:]
        var repeated = Repeated()
        for path in paths {
            if path == standardInputArgument {
                if let first = seen[.standardInput] {
                    repeated.note(.standardInput, first: first, again: standardInput)
                } else {
                    seen[.standardInput] = standardInput
                    files.append(standardInput)
                    pagePaths.append(standardInputPagePath)
                }
                continue
            }
            let (isFolder, found) = try entries(of: path, extensions: extensions)
            for (file, key) in found {
                if let first = seen[key] {
                    repeated.note(key, first: first, again: file)
                    continue
                }
                seen[key] = file
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
        return (files, pagePaths, repeated)
    }

    /// The files `paths` name (see the type's documentation).
    /// - Throws: `Missing`, `NoPages`.
    static func expand(_ paths: [String], extensions: Set<String>) throws -> [String] {
        // A file named twice (directly or through a folder) is read once.
        var seen = Set<FileKey>()
        var out: [String] = []
        for path in paths {
            for (file, key) in try entries(of: path, extensions: extensions).files where seen.insert(key).inserted { out.append(file) }
        }
        return out
    }

    /// The files one argument names, sorted by path for a folder, each with its device and inode,
    /// and whether the argument is a folder.
    /// - Throws: `Missing`, `NoPages`.
    private static func entries(of path: String, extensions: Set<String>) throws -> (isFolder: Bool, files: [(file: String, key: FileKey)]) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw Missing(path: path) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return (false, [(path, FileKey(info))]) }
        var found: [(file: String, key: FileKey)] = []
        walk(directory: path, extensions: extensions, into: &found)
        if found.isEmpty { throw NoPages(path: path, extensions: extensions) }
        found.sort { $0.file < $1.file }
        return (true, found)
    }

    /// Appends to `found` the files under `directory` (its path joined with each name, as
    /// `NSString.appendingPathComponent` would), with their device and inode, whose extension, lower-cased, is in
    /// `extensions`; names starting with `.` are skipped, directories are walked, a symbolic
    /// link counts as what it points to but a linked directory is not entered (no cycles).
    /// An unreadable directory contributes nothing.
    private static func walk(directory: String, extensions: Set<String>, into found: inout [(file: String, key: FileKey)]) {
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
                found.append((full, FileKey(info)))
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
