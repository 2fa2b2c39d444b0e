import Foundation
import Glibc
import PageIngest

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

    /// The page files of a command line, listed (`InputFiles.listPages`): each file once, at its
    /// first place, with its page path, packed (`PageFileList`); the files given more than once;
    /// and which file is which by device and inode, for `file(sameAs:)`.
    struct PageListing {
        /// The files in input order, each with its page path.
        var pages = PageFileList()
        /// The files named more than once.
        var repeated = Repeated()
        /// Whether standard input is one of the files (`standardInput`).
        var readsStandardInput = false
        /// Each listed file's place in `pages`, by device and inode.
        fileprivate var index: [FileKey: Int32] = [:]

        /// The listed file that is the file at `path` (by device and inode, symbolic links
        /// followed), by the name it was listed under; nil when `path` names no existing file or
        /// none listed. (Every listed file existed when it was listed, so a path that names no
        /// file is none of them.)
        func file(sameAs path: String) -> String? {
            var info = stat()
            guard stat(path, &info) == 0, let i = index[FileKey(info)], pages.file(Int(i)) != standardInput else { return nil }
            return pages.file(Int(i))
        }

        /// Adds `file` with its page path, or notes it as repeated when its file is listed already.
        fileprivate mutating func add(_ file: String, pagePath: String, key: FileKey) {
            if let first = index[key] {
                repeated.note(key, first: pages.file(Int(first)), again: file)
                return
            }
            precondition(pages.count < Int(Int32.max), "more than 2^31 page files")
            index[key] = Int32(pages.count)
            pages.append(file, pagePath: pagePath)
        }
    }

    /// Lists the page files `paths` name (see the type's documentation), with each page's path
    /// relative to the input root it was found under (the page's identity when it has no URL;
    /// see `PageCorpus.ingest`): for a folder argument, the path under the folder
    /// (`news/index.txt`); for a file argument, its file name. `-` gives the
    /// file `standardInput` with the page path `standardInputPagePath`.
    /// A file is one file by its device and inode, however it is named: the
    /// second and later names of a file are left out and listed in `repeated`.
    ///
    /// Memory: the files are packed as they are listed (`PageFileList`); a folder's files are
    /// sorted in one byte arena (`FoundFiles`), so a folder of 100,000 pages costs about its
    /// paths' bytes and 50 bytes a file, not two `String`s and a tuple a file.
    /// - Throws: `Missing`, `NoPages`.
    static func listPages(_ paths: [String], extensions: Set<String>) throws -> PageListing {
        var listing = PageListing()
        for path in paths {
            if path == standardInputArgument {
                listing.add(standardInput, pagePath: standardInputPagePath, key: .standardInput)
                listing.readsStandardInput = true
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else { throw Missing(path: path) }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                listing.add(path, pagePath: (path as NSString).lastPathComponent, key: FileKey(info))
                continue
            }
            var found = FoundFiles()
            walk(directory: path, extensions: extensions, into: &found)
            if found.count == 0 { throw NoPages(path: path, extensions: extensions) }
            // A found file's path is the folder's path, a `/` unless the folder's path ends with one, and the rest.
            let folder = path.utf8.count
            for i in found.sortedOrder() {
                let file = found.path(Int(i))
                var rel = file.utf8.dropFirst(folder)
                while rel.first == UInt8(ascii: "/") { rel = rel.dropFirst() }
                listing.add(file, pagePath: String(Substring(rel)), key: found.keys[Int(i)])
            }
        }
        return listing
    }

    /// `listPages`, as arrays: the files, their page paths, and the files named more than once.
    /// - Throws: `Missing`, `NoPages`.
    static func expandPages(_ paths: [String], extensions: Set<String>) throws -> (files: [String], pagePaths: [String], repeated: Repeated) {
        let listing = try listPages(paths, extensions: extensions)
        let pages = listing.pages
        return (Array(pages.files), (0..<pages.count).map { pages.pagePath($0) ?? "" }, listing.repeated)
    }

    /// The files found under one folder, packed: their paths' bytes in one arena, with each
    /// file's device and inode.
    private struct FoundFiles {
        private var bytes: [UInt8] = []
        /// Where path i ends in `bytes` (it starts where path i - 1 ends).
        private var ends: [Int] = []
        /// Whether path i is all ASCII (then byte order is `String` order).
        private var isASCII: [Bool] = []
        private(set) var keys: [FileKey] = []

        var count: Int { ends.count }

        mutating func append(_ path: String, key: FileKey) {
            var ascii = true
            for b in path.utf8 {
                if b >= 0x80 { ascii = false }
                bytes.append(b)
            }
            ends.append(bytes.count)
            isASCII.append(ascii)
            keys.append(key)
        }

        private func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

        /// Path `i`.
        func path(_ i: Int) -> String { String(decoding: bytes[range(i)], as: UTF8.self) }

        /// The indices of the paths in the order of the paths as `String`s: by bytes for two ASCII
        /// paths, else by `String` comparison (canonical equivalence).
        /// - Complexity: O(n log n) comparisons.
        func sortedOrder() -> [Int32] {
            var order = (0..<Int32(count)).map { $0 }
            bytes.withUnsafeBufferPointer { all in
                order.sort { a, b in
                    let x = range(Int(a)), y = range(Int(b))
                    if isASCII[Int(a)] && isASCII[Int(b)] {
                        return UnsafeBufferPointer(rebasing: all[x]).lexicographicallyPrecedes(UnsafeBufferPointer(rebasing: all[y]))
                    }
                    return String(decoding: all[x], as: UTF8.self) < String(decoding: all[y], as: UTF8.self)
                }
            }
            return order
        }
    }

    /// Appends to `found` the files under `directory` (its path joined with each name, as
    /// `NSString.appendingPathComponent` would), with their device and inode, whose extension, lower-cased, is in
    /// `extensions`; names starting with `.` are skipped, directories are walked, a symbolic
    /// link counts as what it points to but a linked directory is not entered (no cycles).
    /// An unreadable directory contributes nothing.
    private static func walk(directory: String, extensions: Set<String>, into found: inout FoundFiles) {
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
                found.append(full, key: FileKey(info))
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
