import Dispatch
import Foundation
import HTMLReader
import OSCE

/// Ingests a corpus of page files into one knowledge graph: the pipeline
/// behind `osce-kg export` and `osce-kg query --data PAGES`.
///
/// Pages are read and analysed in parallel (the analysis is a pure function
/// of the page's bytes), then added to the builder one by one in the order
/// of `files`, so the graph does not depend on scheduling. A page that
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
        /// Releases added to the graph.
        public var releases = 0
    }

    /// Ingests `files` into `builder`.
    ///
    /// - Parameters:
    ///   - stopAtFirstFailure: stop after the first page that fails (`--strict`).
    ///   - progress: called with the number of pages done so far.
    ///   - diagnostic: called once per error or warning, in file order.
    /// - Returns: the counts of pages read and failed.
    public static func ingest(
        files: [String], into builder: inout KnowledgeGraphBuilder, stopAtFirstFailure: Bool = false,
        progress: (Int) -> Void = { _ in }, diagnostic: (PageDiagnostic) -> Void
    ) -> Summary {
        var summary = Summary()
        let batchSize = 256
        var start = 0
        // Releases cut off mid-text are added after every complete one, so
        // that when two captures give the same release, the complete one's
        // single-valued facts (body, truncated flag) win whatever the order.
        var truncated: [Release] = []
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let outcomes = analyse(batch)
            for (offset, outcome) in outcomes.enumerated() {
                switch outcome {
                case .failure(let error):
                    summary.pagesFailed += 1
                    diagnostic(PageDiagnostic(severity: .error, file: error.file, message: error.description))
                    if stopAtFirstFailure {
                        progress(start + offset + 1)
                        for release in truncated { builder.add(release) }
                        return summary
                    }
                case .success(let facts):
                    summary.pagesRead += 1
                    for warning in facts.warnings {
                        diagnostic(PageDiagnostic(severity: .warning, file: warning.file, message: warning.description))
                    }
                    let releases = facts.releases()
                    summary.releases += releases.count
                    builder.addPage(path: facts.source, url: facts.url)
                    for release in releases {
                        if release.truncated { truncated.append(release) } else { builder.add(release) }
                    }
                    for post in facts.posts() { _ = builder.add(post) }
                }
            }
            start += batch.count
            progress(start)
        }
        for release in truncated { builder.add(release) }
        return summary
    }

    /// Reads and analyses pages concurrently; results are in input order.
    static func analyse(_ files: [String]) -> [Result<PageFacts, IngestError>] {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Result<PageFacts, IngestError>?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let ingester = PageIngester()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            do throws(IngestError) {
                results[i] = .success(try ingester.ingest(fileAt: files[i]))
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
