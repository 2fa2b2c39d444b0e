/// The page files of a corpus, each with its page path (its path under the
/// input root it was found under, see `PageCorpus.ingest`), packed into one
/// byte arena: what an export holds per page from listing its inputs to the
/// end of writing, so about 20 bytes a page plus the path's bytes, instead of
/// two `String`s (two heap blocks of 64 bytes or more each for a typical path).
///
/// A page path that ends the file's path (`news/index.txt` of
/// `site/news/index.txt`, or a file name) takes no bytes of its own, and
/// the rest of the file's path (`site/`, the folder given) is kept once for
/// the files that follow with the same one: a folder of pages costs about
/// its page paths' bytes and 20 bytes a page.
///
///     var list = PageFileList()
///     list.append("site/news/index.txt", pagePath: "news/index.txt")
///     list.file(0)       // "site/news/index.txt"
///     list.pagePath(0)   // "news/index.txt"
///
/// - Complexity: `append` amortised O(bytes); `file(_:)` and `pagePath(_:)` O(bytes) (one `String` made).
public struct PageFileList: Sendable {
    private var bytes: [UInt8] = []
    /// Where entry i's bytes end in `bytes` (it starts where entry i - 1 ends).
    private var ends: [Int] = []
    /// The length of file i's path after its prefix (the entry's first bytes).
    private var fileLengths: [Int32] = []
    /// Where page path i starts, from the entry's start: within the file's path when it is a
    /// suffix of it, else at `fileLengths[i]` (its own bytes follow); -1 when it has none.
    private var pagePathStarts: [Int32] = []
    /// The prefix of file i's path kept in `prefixes` (the part before its page path), -1 for none.
    private var prefixIndices: [Int32] = []
    private var prefixes: [[UInt8]] = []

    /// An empty list.
    public init() {}

    /// The list of `files` with `pagePaths` (one per file; `nil`: none has a page path).
    public init(files: [String], pagePaths: [String]?) {
        for (i, file) in files.enumerated() {
            append(file, pagePath: pagePaths.flatMap { i < $0.count ? $0[i] : nil })
        }
    }

    /// The number of files.
    public var count: Int { ends.count }

    /// Adds `file`, with its page path (`nil`: none, its file name then identifies it).
    public mutating func append(_ file: String, pagePath: String?) {
        let path = Array(file.utf8)
        var restStart = 0
        var prefix: Int32 = -1
        if let pagePath {
            // The part before a page path that ends the file's path (a valid page path starts on a
            // character's first byte, so the part is whole characters).
            let page = pagePath.utf8.count
            if page > 0, page < path.count, path[(path.count - page)...].elementsEqual(pagePath.utf8) {
                let head = path[..<(path.count - page)]
                if !(prefixes.last?.elementsEqual(head) ?? false) { prefixes.append(Array(head)) }
                prefix = Int32(prefixes.count - 1)
                restStart = head.count
            }
        }
        prefixIndices.append(prefix)
        let start = bytes.count
        bytes.append(contentsOf: path[restStart...])
        let length = bytes.count - start
        precondition(length < Int(Int32.max), "a file path of 2 GiB or more")
        fileLengths.append(Int32(length))
        if let pagePath {
            let page = pagePath.utf8.count
            if page <= length && bytes[(bytes.count - page)...].elementsEqual(pagePath.utf8) {
                pagePathStarts.append(Int32(length - page))
            } else {
                pagePathStarts.append(Int32(length))
                bytes.append(contentsOf: pagePath.utf8)
            }
        } else {
            pagePathStarts.append(-1)
        }
        ends.append(bytes.count)
    }

    /// The path of file `i`.
    public func file(_ i: Int) -> String {
        let start = i == 0 ? 0 : ends[i - 1]
        let rest = bytes[start..<start + Int(fileLengths[i])]
        guard prefixIndices[i] >= 0 else { return String(decoding: rest, as: UTF8.self) }
        return String(decoding: prefixes[Int(prefixIndices[i])] + rest, as: UTF8.self)
    }

    /// The page path of file `i`, or `nil` when it has none.
    public func pagePath(_ i: Int) -> String? {
        guard pagePathStarts[i] >= 0 else { return nil }
        let start = i == 0 ? 0 : ends[i - 1]
        let from = start + Int(pagePathStarts[i])
        let to = Int(pagePathStarts[i]) < Int(fileLengths[i]) ? start + Int(fileLengths[i]) : ends[i]
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// The files' paths in order, each made when it is reached.
    public var files: LazyMapSequence<Range<Int>, String> { (0..<count).lazy.map(file) }
}
