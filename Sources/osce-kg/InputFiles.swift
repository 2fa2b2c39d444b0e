import Foundation

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
            for file in try expand([path], extensions: extensions) where seen.insert((file as NSString).standardizingPath).inserted {
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
        let fm = FileManager.default
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Missing(path: path) }
            guard isDirectory.boolValue else { out.append(path); continue }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                while let rel = walker.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { walker.skipDescendants(); continue }
                    let full = (path as NSString).appendingPathComponent(rel)
                    var dir: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue,
                       extensions.contains((name as NSString).pathExtension.lowercased()) {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty { throw NoPages(path: path, extensions: extensions) }
            out += found.sorted()
        }
        // A file named twice (directly or through a folder) is read once.
        var seen = Set<String>()
        return out.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
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
