import Dispatch
import Foundation
import HTMLReader
import OSCE

/// Ingests a corpus of page files into one knowledge graph: the pipeline
/// behind `osce-kg export` and `osce-kg query --data PAGES`.
///
/// Pages are read and analysed in parallel (the analysis is a pure function
/// of the page's bytes), then added to the builder page by page in the order
/// of `files` (the captures of one page together, see `ingest`), so the graph
/// does not depend on scheduling. A page that
/// cannot be read (missing, empty, binary, not UTF-8, an unknown kind)
/// produces one `PageDiagnostic` of severity `.error` and nothing else; the
/// other pages are still added. Pages that give facts with warnings
/// (navigation only, cut off mid-word) are added, and each warning is reported.
///
/// - Complexity: O(total bytes) for the analysis, spread over the cores;
///   the builder's cost is O(triples emitted).
public enum PageCorpus {
    /// The extensions of page files looked for in folders: text captures and saved HTML pages.
    public static let pageExtensions: Set<String> = Set(["txt"]).union(HTMLReader.fileExtensions)

    /// What a run did.
    public struct Summary: Sendable, Hashable {
        /// Pages that gave facts (with or without warnings).
        public var pagesRead = 0
        /// Pages that could not be read at all.
        public var pagesFailed = 0
        /// Distinct releases added to the graph (the same release from two pages counts once).
        public var releases = 0
    }

    /// Ingests `files` into `builder`.
    ///
    /// Page identity: a page is its URL (the `URL:` header, or an HTML
    /// canonical URL) when it has one, else its path under the input root
    /// (`pagePaths[i]`; the file name when `pagePaths` is `nil`): see
    /// `IRIPolicy.pageSlug(url:path:)`. Two different files without a URL
    /// whose paths collide (two `index.txt` given as files or from two input
    /// roots) are two pages, renamed by `PageIdentity`. Files that are the same page are
    /// captures of it: they give one page, and when the page holds one release,
    /// one release (its IRI and date taken from the winning capture, so a
    /// one-word title change does not make a second release, and a changed
    /// date does not stretch the post holdings it attests). The winning capture is the
    /// later one in the order of `files` (input order, which the CLI makes path
    /// order), except that a complete capture wins over one cut off mid-text.
    /// Where captures differ, the winner's single-valued facts (title, date,
    /// body, a quote's text) are kept; facts only another capture gives are
    /// added (the builder keeps the first value of a single-valued property,
    /// and captures are added winner first).
    ///
    /// Every page is analysed before any is added (`add` order is then fixed
    /// by input order alone), so memory holds the facts of every page.
    ///
    /// - Parameters:
    ///   - pagePaths: for each file, its path relative to the input root it
    ///     was found under (`news/index.txt`); `nil` uses the file names.
    ///   - contents: bytes the caller already holds for some of `files`
    ///     (standard input, under the name the caller gives it), analysed
    ///     instead of reading that path; HTML is told from text by content.
    ///   - stopAtFirstFailure: stop after the first page that fails (`--strict`).
    ///   - progress: called with the number of pages done so far.
    ///   - diagnostic: called once per error or warning, in file order.
    /// - Returns: the counts of pages read and failed, and of distinct releases added.
    public static func ingest(
        files: [String], pagePaths: [String]? = nil, contents: [String: [UInt8]] = [:],
        into builder: inout KnowledgeGraphBuilder, stopAtFirstFailure: Bool = false,
        progress: (Int) -> Void = { _ in }, diagnostic: (PageDiagnostic) -> Void
    ) -> Summary {
        var summary = Summary()
        let batchSize = 256
        var start = 0
        var captures: [Capture] = []
        let releasesBefore = builder.releaseCount
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let outcomes = analyse(batch, contents: contents)
            for (offset, outcome) in outcomes.enumerated() {
                switch outcome {
                case .failure(let error):
                    summary.pagesFailed += 1
                    diagnostic(PageDiagnostic(severity: .error, file: error.file, message: error.description))
                    if stopAtFirstFailure {
                        progress(start + offset + 1)
                        add(captures, into: &builder)
                        summary.releases = builder.releaseCount - releasesBefore
                        return summary
                    }
                case .success(let facts):
                    summary.pagesRead += 1
                    for warning in facts.warnings {
                        diagnostic(PageDiagnostic(severity: .warning, file: warning.file, message: warning.description))
                    }
                    let i = start + offset
                    let pagePath = pagePaths.flatMap { i < $0.count ? $0[i] : nil }
                    captures.append(Capture(order: i, facts: facts, pagePath: pagePath))
                }
            }
            start += batch.count
            progress(start)
        }
        add(captures, into: &builder)
        summary.releases = builder.releaseCount - releasesBefore
        return summary
    }

    /// What one file gives the graph, and its page identity (the page's
    /// facts themselves are not kept: only their releases and posts).
    struct Capture {
        let order: Int
        let source: String
        let url: String?
        private(set) var pagePath: String?
        let isTruncated: Bool
        var releases: [Release]
        let posts: [Post]
        private(set) var slug: String

        init(order: Int, facts: PageFacts, pagePath: String?) {
            self.order = order
            source = facts.source
            url = facts.url
            self.pagePath = pagePath
            isTruncated = facts.isTruncated
            releases = facts.releases()
            posts = facts.posts()
            slug = ""
            setPagePath(pagePath)
        }

        /// True when the page is identified by its path (it has no usable URL).
        var isIdentifiedByPath: Bool { url.flatMap(IRIPolicy.canonicalPageURL) == nil }

        /// Sets the path the page is identified by (when it has no URL) and the slug that follows.
        mutating func setPagePath(_ path: String?) {
            pagePath = path
            for i in releases.indices { releases[i].pagePath = path }
            slug = IRIPolicy.pageSlug(url: url, path: path ?? IRIPolicy.fileName(of: source))
        }
    }

    /// Adds the captures, page by page in order of first capture; the
    /// captures of one page winner first (see `ingest`). Releases cut off
    /// mid-text are added after every complete one, so that when two pages
    /// give the same release, the complete one's body and truncated flag win.
    static func add(_ captures: [Capture], into builder: inout KnowledgeGraphBuilder) {
        let captures = PageIdentity.disambiguated(captures)
        // A short form of a name on one page is the full name another page gives (`PersonAliases`).
        let aliases = PersonAliases(people: captures.flatMap { c in
            c.releases.flatMap(PersonAliases.people(of:)) + c.posts.compactMap { p in p.holder.map { ($0.name, [p.role]) } }
        })
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (i, c) in captures.enumerated() {
            if groups[c.slug] == nil { order.append(c.slug) }
            groups[c.slug, default: []].append(i)
        }
        var truncated: [Release] = []
        for slug in order {
            var group = groups[slug]!.map { captures[$0] }
            group.sort { a, b in
                if a.isTruncated != b.isTruncated { return !a.isTruncated }
                return a.order > b.order
            }
            if group.count > 1, group[0].releases.count == 1 {
                // One release: the winner's IRI, and its date where it has one (the date
                // also dates the post holdings the release attests).
                let winner = group[0].releases[0]
                for g in group.indices where group[g].releases.count == 1 {
                    group[g].releases[0].id = winner.slug
                    if winner.date != nil { group[g].releases[0].date = winner.date }
                }
            }
            for capture in group {
                builder.addPage(path: capture.source, url: capture.url, pagePath: capture.pagePath)
                for release in capture.releases.map(aliases.resolve) {
                    if release.truncated { truncated.append(release) } else { builder.add(release) }
                }
                for post in capture.posts { _ = builder.add(aliases.resolve(post)) }
            }
        }
        for release in truncated { builder.add(release) }
    }

    /// Reads and analyses pages concurrently (a file in `contents` from its
    /// bytes there); results are in input order.
    static func analyse(_ files: [String], contents: [String: [UInt8]] = [:]) -> [Result<PageFacts, IngestError>] {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<PageFacts, IngestError>?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let ingester = PageIngester()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            do throws(IngestError) {
                if let bytes = contents[files[i]] {
                    results[i] = .success(try ingester.ingest(bytes: bytes, source: files[i]))
                } else {
                    results[i] = .success(try ingester.ingest(fileAt: files[i]))
                }
            } catch {
                results[i] = .failure(error)
            }
        }
        return results.map { $0! }
    }
}

/// One line about one page: an error (the page was not exported) or a
/// warning (the page was exported, but something was missing or cut).
public struct PageDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public let severity: Severity
    public let file: String
    /// The full message, starting with the file name (and position when known).
    public let message: String

    /// `error: FILE:LINE:COL: why` or `warning: FILE: why`.
    public var description: String { "\(severity.rawValue): \(message)" }
}
