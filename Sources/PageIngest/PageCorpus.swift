import Dispatch
import Foundation
import HTMLReader
import OSCE
import Synchronization

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
    /// by input order alone); `ingest` holds the facts of every page in memory
    /// (it builds the whole graph there anyway), `read` spills them to a
    /// temporary file for large corpora.
    ///
    /// - Parameters:
    ///   - pagePaths: for each file, its path relative to the input root it
    ///     was found under (`news/index.txt`); `nil` uses the file names.
    ///   - contents: bytes the caller already holds for some of `files`
    ///     (standard input, under the name the caller gives it), analysed
    ///     instead of reading that path; HTML is told from text by content.
    ///   - stopAtFirstFailure: stop after the first page that fails (`--strict`).
    ///   - jobs: the number of pages analysed at once (`--jobs`); `nil` is
    ///     `defaultJobs`. The result does not depend on it: each page's
    ///     analysis is a pure function of its bytes, and pages are added in input order.
    ///   - progress: called with the number of pages done so far.
    ///   - diagnostic: called once per error or warning, in file order.
    /// - Returns: the counts of pages read and failed, and of distinct releases added.
    public static func ingest(
        files: [String], pagePaths: [String]? = nil, contents: [String: [UInt8]] = [:],
        into builder: inout KnowledgeGraphBuilder, stopAtFirstFailure: Bool = false, jobs: Int? = nil,
        progress: (Int) -> Void = { _ in }, diagnostic: (PageDiagnostic) -> Void
    ) -> Summary {
        // The whole graph is built in memory here: the facts are held too (a spill saves nothing).
        let reading = read(files: files, pagePaths: pagePaths, contents: contents, stopAtFirstFailure: stopAtFirstFailure,
                           jobs: jobs, spillAbove: nil, progress: progress, diagnostic: diagnostic)
        let releasesBefore = builder.releaseCount
        var adder = reading.adder()
        do {
            while try adder.addNext(into: &builder) {}
        } catch {
            preconditionFailure("captures held in memory are always there: \(error)")
        }
        var summary = reading.summary
        summary.releases = builder.releaseCount - releasesBefore
        return summary
    }

    /// Pages read and analysed (`read`), not yet added to a builder: the
    /// first half of `ingest`. Its `adder()` adds them.
    ///
    /// It holds, per page, only what orders and groups the pages (`PageAdder`)
    /// and the people's names `PersonAliases` resolves across pages; the
    /// pages' facts are on a `CaptureShelf` (in memory, or spilled to a temporary file
    /// that goes when the last copy of the reading and its adders goes).
    public struct Reading {
        /// Pages read and failed (`releases` is 0: nothing is added yet).
        public internal(set) var summary: Summary
        /// The captures in the order they are added: each page's captures winner first (see `PageAdder`).
        let plan: [Int32]
        /// Where each page's captures end in `plan` (one entry per page).
        let pageEnds: [Int32]
        /// For each page, whether its page window is retained (see `PageAdder`).
        let retained: [Bool]
        /// The keys of the release slugs that more than one page adds (`CaptureSummary.key("r", slug)`):
        /// only these are compared by body (`ReleaseBodyAgreement`) when they are added.
        let sharedReleases: Set<UInt64>
        /// The paths `PageIdentity` gave captures in place of theirs, by capture index.
        let renamed: [Int: String?]
        let aliases: PersonAliases
        let shelf: CaptureShelf

        /// True when the pages' facts were spilled to a temporary file.
        var isSpilled: Bool { shelf.isSpilling }

        /// An adder of these pages, in `ingest`'s order.
        public func adder() -> PageAdder { PageAdder(self) }

        /// The reading of `summaries` (the captures put on `shelf`, in input order; capture i's
        /// file is `files.file(summaries[i].order)`).
        init(summary: Summary, summaries: [CaptureSummary], files: PageFileList, shelf: CaptureShelf, names: PersonAliases.Names) {
            self.summary = summary
            self.shelf = shelf
            aliases = PersonAliases(names)
            var summaries = summaries
            let original = summaries.map(\.pagePath)
            let orders = summaries.map(\.order)
            PageIdentity.disambiguate(&summaries) { files.file(orders[$0]) }
            var renamed: [Int: String?] = [:]
            for i in summaries.indices where summaries[i].pagePath != original[i] {
                renamed[i] = summaries[i].pagePath
                // Its releases' slugs may follow its path: take their keys again.
                if var capture = try? shelf.capture(at: i) {
                    capture.setPagePath(summaries[i].pagePath)
                    summaries[i].takeKeys(of: capture)
                }
            }
            self.renamed = renamed
            // The captures of each page (by slug), in order of first capture.
            var index: [String: Int] = [:]
            var groups: [[Int32]] = []
            for (i, c) in summaries.enumerated() {
                if let g = index[c.slug] {
                    groups[g].append(Int32(i))
                } else {
                    index[c.slug] = groups.count
                    groups.append([Int32(i)])
                }
            }
            index = [:]
            var plan: [Int32] = []
            var pageEnds: [Int32] = []
            plan.reserveCapacity(summaries.count)
            pageEnds.reserveCapacity(groups.count)
            for g in groups.indices {
                // Winner first: a complete capture before a cut one, then the later in input order.
                groups[g].sort { a, b in
                    let x = summaries[Int(a)], y = summaries[Int(b)]
                    if x.isTruncated != y.isTruncated { return !x.isTruncated }
                    return x.order > y.order
                }
                plan += groups[g]
                pageEnds.append(Int32(plan.count))
            }
            (retained, sharedReleases) = Self.recurring(groups, in: summaries)
            self.plan = plan
            self.pageEnds = pageEnds
        }

        /// For each page (group of captures, winner first), whether a page or release it
        /// adds (by slug key) is also added by another page or among the releases cut off
        /// mid-text (added after the last page). The release slugs are those `PageAdder.unify`
        /// leaves: a page whose winner holds one release gives its slug to each capture holding one.
        /// Also returns the keys of the release slugs that more than one page (or a page and
        /// the releases cut off mid-text) adds.
        /// - Complexity: O(releases) hash look-ups.
        private static func recurring(_ groups: [[Int32]], in summaries: [CaptureSummary]) -> ([Bool], Set<UInt64>) {
            let end = groups.count  // the releases cut off mid-text
            var owner: [UInt64: Int] = [:]  // a page or release key → its group, or -1 for several
            var result = [Bool](repeating: false, count: groups.count)
            var keys: [[UInt64]] = Array(repeating: [], count: groups.count)
            var releaseKeys: [UInt64] = []
            func note(_ key: UInt64, _ g: Int) {
                if g < end { keys[g].append(key) }
                if let o = owner[key] { if o != g { owner[key] = -1 } } else { owner[key] = g }
            }
            for (g, members) in groups.enumerated() {
                let winner = summaries[Int(members[0])]
                let unified: UInt64? = members.count > 1 && winner.releaseCount == 1 ? winner.unifiedRelease : nil
                for i in members {
                    let c = summaries[Int(i)]
                    // Keys that could not be taken again after a rename: retained, always correct.
                    if c.keysAreStale { result[g] = true }
                    note(c.pageKey, g)
                    for release in c.releases {
                        let at = release.truncated ? end : g
                        note(release.page, at)
                        let key = c.releaseCount == 1 ? unified ?? release.release : release.release
                        note(key, at)
                        releaseKeys.append(key)
                    }
                }
            }
            for g in result.indices where !result[g] { result[g] = keys[g].contains { owner[$0] == -1 } }
            return (result, Set(releaseKeys.lazy.filter { owner[$0] == -1 }))
        }
    }

    /// The number of pages above which `read` spills the pages' facts to a
    /// temporary file by default (at or below it, they are held in memory):
    /// `OSCE_KG_SPILL_ABOVE` when it is set (`spillThresholdFromEnvironment()`), else 2,000.
    public static var defaultSpillThreshold: Int { (try? spillThresholdFromEnvironment()) ?? 2000 }

    /// `OSCE_KG_SPILL_ABOVE` read as a number of pages (0 spills every corpus): nil when unset or empty.
    /// - Throws: a message naming the variable when it is set to anything but an integer of 0 or more.
    public static func spillThresholdFromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(JobsError) -> Int? {
        guard let text = environment["OSCE_KG_SPILL_ABOVE"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let n = Int(text), n >= 0 else {
            throw JobsError(description: "OSCE_KG_SPILL_ABOVE=\(text): give a number of pages of 0 or more")
        }
        return n
    }

    /// Reads and analyses `files` as `ingest` does (the same diagnostics,
    /// progress and `stopAtFirstFailure`), without adding them to a builder:
    /// a caller that streams the graph (`osce-kg export`) then adds them page
    /// by page with `Reading.adder()`, writing each page's triples as it goes.
    ///
    /// Memory: with more than `spillAbove` files, each page's analysed facts
    /// are encoded into a nameless temporary file (`CaptureStore`, in `TMPDIR`)
    /// as the page is read, and read back when the page is added; the reading
    /// holds per page a summary of a few dozen bytes and its pages' paths, and the
    /// distinct people's names. `nil` never spills. The output is the same either way.
    public static func read(
        files: [String], pagePaths: [String]? = nil, contents: [String: [UInt8]] = [:], stopAtFirstFailure: Bool = false,
        jobs: Int? = nil, spillAbove: Int? = defaultSpillThreshold, progress: (Int) -> Void = { _ in },
        diagnostic: (PageDiagnostic) -> Void
    ) -> Reading {
        read(PageFileList(files: files, pagePaths: pagePaths), contents: contents, stopAtFirstFailure: stopAtFirstFailure,
             jobs: jobs, spillAbove: spillAbove, spillDirectory: nil, progress: progress, diagnostic: diagnostic)
    }

    /// `read(files:pagePaths:…)` of the files of `list` with their page paths: the same
    /// reading, with the paths packed (`PageFileList`, what `osce-kg export` keeps).
    public static func read(
        _ list: PageFileList, contents: [String: [UInt8]] = [:], stopAtFirstFailure: Bool = false,
        jobs: Int? = nil, spillAbove: Int? = defaultSpillThreshold, progress: (Int) -> Void = { _ in },
        diagnostic: (PageDiagnostic) -> Void
    ) -> Reading {
        read(list, contents: contents, stopAtFirstFailure: stopAtFirstFailure, jobs: jobs, spillAbove: spillAbove,
             spillDirectory: nil, progress: progress, diagnostic: diagnostic)
    }

    /// `read`, spilling into `spillDirectory` (`nil`: `$TMPDIR`, else `/tmp`; tests give a folder of their own).
    static func read(
        files: [String], pagePaths: [String]?, contents: [String: [UInt8]], stopAtFirstFailure: Bool, jobs: Int?,
        spillAbove: Int?, spillDirectory: String?, progress: (Int) -> Void, diagnostic: (PageDiagnostic) -> Void
    ) -> Reading {
        read(PageFileList(files: files, pagePaths: pagePaths), contents: contents, stopAtFirstFailure: stopAtFirstFailure,
             jobs: jobs, spillAbove: spillAbove, spillDirectory: spillDirectory, progress: progress, diagnostic: diagnostic)
    }

    /// `read` of a `PageFileList`, spilling into `spillDirectory`.
    static func read(
        _ files: PageFileList, contents: [String: [UInt8]], stopAtFirstFailure: Bool, jobs: Int?,
        spillAbove: Int?, spillDirectory: String?, progress: (Int) -> Void, diagnostic: (PageDiagnostic) -> Void
    ) -> Reading {
        var summary = Summary()
        let workers = max(1, jobs ?? defaultJobs)
        // Big enough batches that the workers rarely wait at a batch's end for the slowest page.
        let batchSize = 256 * workers
        var start = 0
        var shelf = spillAbove.map { files.count > $0 } == true ? CaptureShelf(spillingTo: { try CaptureStore(directory: spillDirectory) }) : CaptureShelf()
        var summaries: [CaptureSummary] = []
        var names = PersonAliases.Names()
        func reading() -> Reading { Reading(summary: summary, summaries: summaries, files: files, shelf: shelf, names: names) }
        while start < files.count {
            let range = start..<min(start + batchSize, files.count)
            let batch = range.map(files.file)
            let outcomes = analyse(batch, first: start, pagePaths: range.map(files.pagePath), contents: contents, jobs: workers,
                                   encode: shelf.isSpilling)
            for (offset, outcome) in outcomes.enumerated() {
                switch outcome {
                case .failure(let error):
                    summary.pagesFailed += 1
                    diagnostic(PageDiagnostic(severity: .error, file: error.file, message: error.description))
                    if stopAtFirstFailure {
                        progress(start + offset + 1)
                        return reading()
                    }
                case .success(let analysed):
                    summary.pagesRead += 1
                    for warning in analysed.warnings {
                        diagnostic(PageDiagnostic(severity: .warning, file: warning.file, message: warning.description))
                    }
                    names.add(analysed.capture)
                    shelf.put(analysed.capture, at: summaries.count, encoded: analysed.encoded)
                    summaries.append(CaptureSummary(analysed.capture))
                }
            }
            start += batch.count
            progress(start)
        }
        return reading()
    }

    /// Adds a `Reading`'s pages to a builder one page at a time, in the
    /// order `ingest` gives (see there): the pages in order of first
    /// capture, the captures of one page winner first, and last the
    /// releases cut off mid-text.
    ///
    /// Each page is added in its own page window of the builder
    /// (`KnowledgeGraphBuilder.beginPageWindow(retained:)`), retained only
    /// when something page-bound it names (its page, a release, by slug) is
    /// named again by another page or by the releases cut off mid-text, so a
    /// streaming builder keeps the fingerprints of the other pages' triples
    /// only while the page is added.
    ///
    ///     var adder = reading.adder()
    ///     while adder.addNext(into: &builder) { write(builder.takeEmitted()) }
    public struct PageAdder {
        private var shelf: CaptureShelf
        /// A short form of a name on one page is the full name another page gives (`PersonAliases`).
        private let aliases: PersonAliases
        private let plan: [Int32]
        private let pageEnds: [Int32]
        private let retained: [Bool]
        private let renamed: [Int: String?]
        private let sharedReleases: Set<UInt64>
        /// For each shared release slug, the releases added under it so far: the page (group)
        /// that added it, its body's words and the slug it was given.
        private var bodies: [String: [(page: Int, words: ReleaseBodyAgreement.Body, slug: String)]] = [:]
        private var next = 0
        private var truncated: [Release] = []
        private var done = false

        init(_ reading: Reading) {
            shelf = reading.shelf
            aliases = reading.aliases
            plan = reading.plan
            pageEnds = reading.pageEnds
            retained = reading.retained
            renamed = reading.renamed
            sharedReleases = reading.sharedReleases
        }

        /// Keeps two different articles that share a title and a date (and so a slug) apart:
        /// a release whose slug another page also adds is compared with the releases added
        /// under that slug by other pages; it joins the first whose body agrees with its own
        /// (`ReleaseBodyAgreement`: the same release captured twice), else it is a release of
        /// its own, with its page's slug after its slug (`{date}-{title}-{page}`), and the
        /// release of the same slug added first keeps the plain slug. Captures of one page
        /// (one group) follow the slug their winner was given.
        private mutating func distinguish(_ release: inout Release, page: Int) {
            let slug = release.slug
            guard sharedReleases.contains(CaptureSummary.key("r", slug)) else { return }
            let words = ReleaseBodyAgreement.words(release.body)
            var added = bodies[slug, default: []]
            defer { bodies[slug] = added }
            if let same = added.first(where: { $0.page == page }) ?? added.first(where: { ReleaseBodyAgreement.agree($0.words, words) }) {
                if same.slug != slug { release.id = same.slug }
                if same.page != page { added.append((page, words, same.slug)) }
                return
            }
            var own = added.isEmpty ? slug : IRIPolicy.slug(slug + "-" + release.pageSlug)
            var n = 1
            while added.contains(where: { $0.slug == own }) {
                n += 1
                own = IRIPolicy.slug(slug + "-" + release.pageSlug + "-\(n)")
            }
            if own != slug { release.id = own }
            added.append((page, words, own))
        }

        /// Gives every capture holding one release the IRI of the winner's
        /// (`captures[0]`) when it holds one release, and its date where it has one (the date also
        /// dates the post holdings the release attests).
        private static func unify(_ captures: inout [Capture]) {
            guard captures.count > 1, captures[0].releases.count == 1 else { return }
            let winner = captures[0].releases[0]
            let slug = winner.slug
            for i in captures.indices where captures[i].releases.count == 1 {
                captures[i].releases[0].id = slug
                if winner.date != nil { captures[i].releases[0].date = winner.date }
            }
        }

        /// Adds the next page (all its captures), or, after the last page,
        /// the releases cut off mid-text. Returns `false` when nothing was left to add.
        /// - Throws: `SpillError` when a page's facts cannot be read
        ///   back from the temporary file they were spilled to (nothing of the page is added).
        public mutating func addNext(into builder: inout KnowledgeGraphBuilder) throws(SpillError) -> Bool {
            guard next < pageEnds.count else {
                if done { return false }
                done = true
                builder.beginPageWindow(retained: true)
                for release in truncated { builder.add(release) }
                truncated = []
                return true
            }
            let members = plan[Int(next == 0 ? 0 : pageEnds[next - 1])..<Int(pageEnds[next])].map(Int.init)
            var captures: [Capture] = []
            for i in members {
                guard var capture = try shelf.capture(at: i) else { continue }
                if let path = renamed[i] { capture.setPagePath(path) }
                captures.append(capture)
            }
            Self.unify(&captures)
            builder.beginPageWindow(retained: retained[next])
            next += 1
            for capture in captures {
                let page = builder.addPage(path: capture.source, url: capture.url, pagePath: capture.pagePath)
                if !capture.mentions.isEmpty { builder.add(aliases.resolve(capture.mentions), onPage: page) }
                for var release in capture.releases.map(aliases.resolve) {
                    distinguish(&release, page: next - 1)
                    if release.truncated { truncated.append(release) } else { builder.add(release) }
                }
                for post in capture.posts { _ = builder.add(aliases.resolve(post)) }
            }
            // The page is in the builder now: drop its facts.
            for i in members { shelf.remove(i) }
            return true
        }
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
        /// What the page's untitled entries name (`PageFacts.untitledMentions()`).
        let mentions: PageMentions
        private(set) var slug: String

        init(order: Int, facts: PageFacts, pagePath: String?) {
            self.order = order
            source = facts.source
            url = facts.url
            self.pagePath = pagePath
            isTruncated = facts.isTruncated
            releases = facts.releases()
            posts = facts.posts()
            mentions = facts.untitledMentions()
            slug = ""
            setPagePath(pagePath)
        }

        /// A capture of these fields (`init(decoding:)`).
        init(order: Int, source: String, url: String?, pagePath: String?, isTruncated: Bool, releases: [Release],
             posts: [Post], mentions: PageMentions, slug: String) {
            self.order = order
            self.source = source
            self.url = url
            self.pagePath = pagePath
            self.isTruncated = isTruncated
            self.releases = releases
            self.posts = posts
            self.mentions = mentions
            self.slug = slug
        }

        /// Sets the path the page is identified by (when it has no URL) and the slug that follows.
        mutating func setPagePath(_ path: String?) {
            pagePath = path
            for i in releases.indices { releases[i].pagePath = path }
            slug = IRIPolicy.pageSlug(url: url, path: path ?? IRIPolicy.fileName(of: source))
        }
    }

    /// What analysing one file gave: its warnings and what it adds to the graph.
    struct Analysed {
        let warnings: [IngestWarning]
        let capture: Capture
        /// The capture's bytes (`Capture.encoded()`), when it is to be spilled.
        let encoded: [UInt8]?
    }

    /// The number of pages analysed at once when the caller does not say:
    /// the `OSCE_KG_JOBS` environment variable when it is set (see
    /// `jobsFromEnvironment()`), else the number of active processor cores.
    public static var defaultJobs: Int {
        (try? jobsFromEnvironment()) ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `OSCE_KG_JOBS` read as a number of threads: nil when unset or empty.
    /// - Throws: a message naming the variable when it is set to anything
    ///   but a positive integer (`abc`, `0`, `-1`).
    public static func jobsFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(JobsError) -> Int? {
        guard let text = environment["OSCE_KG_JOBS"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let n = Int(text), n > 0 else {
            throw JobsError(description: "OSCE_KG_JOBS=\(text): give a number of threads of 1 or more")
        }
        return n
    }

    /// A bad `OSCE_KG_JOBS` (or `OSCE_KG_SPILL_ABOVE`) value.
    public struct JobsError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads and analyses pages on `jobs` threads at once (at most
    /// Dispatch's width, one per core; a file in
    /// `contents` from its bytes there), turning each page's facts into its
    /// `Capture` on the same thread (and, with `encode`, into its spill
    /// record); results are in input order, whatever
    /// `jobs` is. `files[i]` is input file `first + i`, with the page path `pagePaths[i]`.
    static func analyse(_ files: [String], first: Int, pagePaths: [String?], contents: [String: [UInt8]] = [:], jobs: Int,
                        encode: Bool = false)
        -> [Result<Analysed, IngestError>]
    {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<Analysed, IngestError>?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize().deallocate() }
        let ingester = PageIngester()
        // Each worker takes the next page not yet taken, so a slow page does not hold up a fixed share.
        let nextPage = Atomic<Int>(0)
        @Sendable func analyseOne(_ i: Int) {
            do throws(IngestError) {
                let facts: PageFacts
                if let bytes = contents[files[i]] {
                    facts = try ingester.ingest(bytes: bytes, source: files[i])
                } else {
                    facts = try ingester.ingest(fileAt: files[i])
                }
                let order = first + i
                let pagePath = i < pagePaths.count ? pagePaths[i] : nil
                let capture = Capture(order: order, facts: facts, pagePath: pagePath)
                results[i] = .success(Analysed(warnings: facts.warnings, capture: capture, encoded: encode ? capture.encoded() : nil))
            } catch {
                results[i] = .failure(error)
            }
        }
        DispatchQueue.concurrentPerform(iterations: min(max(1, jobs), files.count)) { _ in
            while true {
                let i = nextPage.add(1, ordering: .relaxed).oldValue
                guard i < files.count else { return }
                analyseOne(i)
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
