import Dispatch
import Foundation
import PageIngest

/// Runs the ingester over a folder of annotated pages and scores it (`osce-kg eval`).
///
///     let report = try PageEvaluator.evaluate(folder: "Examples/pages")
///     report.total(.people).recall   // 1.0 on the synthetic pages
///
/// Pages are the files with an extension in `PageCorpus.pageExtensions`, found recursively
/// (hidden files and folders skipped) and taken in path order. The expected facts of
/// `DIR/X.txt` are `DIR/X.expected.json` (the synthetic pages' layout) or, failing that,
/// `DIR/expected/X.expected.json` (the real pages' layout); pages with neither are listed and
/// not scored, and so are expected-facts files with no page (`expectedFilesWithoutPage`). Pages are ingested in parallel; the report does not depend on scheduling.
///
/// Source: "Data and measurement" in issue 6; layouts of `../shared/pages` and `../shared/pages-real`.
/// - Complexity: O(total page bytes) for ingesting, plus `PageComparison` per page.
public enum PageEvaluator {
    /// Evaluates every annotated page under `folder` (or the single page file `folder`).
    /// An expected-facts file that cannot be read or breaks the schema (`ExpectedFile`) does not
    /// stop the others: its page is not scored, and every error it holds is listed in
    /// `EvaluationReport.invalidExpectedFiles` (in path order, then document order).
    /// - Throws: `EvaluationError` of kind `.missingPath` when `folder` does not exist,
    ///   `.nothingToEvaluate` when it holds no page with expected facts (a table of dashes
    ///   would measure nothing).
    public static func evaluate(folder: String) throws(EvaluationError) -> EvaluationReport {
        let (files, expectedFiles) = try walk(folder)
        var annotated: [(page: String, expectedFile: String, expected: EvaluatedPage)] = []
        var unannotated: [String] = []
        var invalid: [EvaluationError] = []
        var invalidFiles = 0
        for file in files {
            if let expectedFile = expectedFile(for: file) {
                switch ExpectedFile.load(at: expectedFile) {
                case .success(let expected): annotated.append((file, expectedFile, expected))
                case .failure(let errors):
                    invalid.append(contentsOf: errors.errors)
                    invalidFiles += 1
                }
            } else {
                unannotated.append(relative(file, to: folder))
            }
        }
        if annotated.isEmpty, invalid.isEmpty {
            let found = files.isEmpty ? "no page files (\(PageCorpus.pageExtensions.sorted().map { "." + $0 }.joined(separator: ", ")))"
                : "\(files.count) page file\(files.count == 1 ? "" : "s"), none with expected facts"
            throw EvaluationError(.nothingToEvaluate, file: folder,
                                  message: "nothing to evaluate: \(found) (X.expected.json beside X, or in expected/)")
        }
        let outcomes = ingest(annotated.map(\.page))
        let pages = annotated.indices.map { i -> PageResult in
            let (page, expectedFile, expected) = annotated[i]
            var extracted: EvaluatedPage?
            var refusal: String?
            switch outcomes[i] {
            case .success(let facts): extracted = EvaluatedPage(facts)
            case .failure(let error): refusal = error.description
            }
            return PageResult(page: relative(page, to: folder), expectedFile: expectedFile,
                              expectedItems: expected.items.count, extractedItems: extracted?.items.count ?? 0,
                              refusal: refusal, fields: PageComparison.compare(expected: expected, extracted: extracted))
        }
        var report = EvaluationReport(folder: folder, pages: pages, pagesWithoutExpectedFacts: unannotated)
        report.invalidExpectedFiles = invalid.map(\.description)
        report.invalidExpectedFileCount = invalidFiles
        report.expectedFilesWithoutPage = withoutPage(expectedFiles, pages: files).map { relative($0, to: folder) }
        return report
    }

    /// The expected-facts file of a page: `X.expected.json` beside `X.txt`, else in `expected/`.
    public static func expectedFile(for page: String) -> String? {
        expectedFileCandidates(for: page).first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Where a page's expected facts may be, in order: `D/X.expected.json`, `D/expected/X.expected.json`.
    static func expectedFileCandidates(for page: String) -> [String] {
        let directory = (page as NSString).deletingLastPathComponent
        let stem = ((page as NSString).lastPathComponent as NSString).deletingPathExtension
        let name = stem + ".expected.json"
        return [(directory as NSString).appendingPathComponent(name),
                ((directory as NSString).appendingPathComponent("expected") as NSString).appendingPathComponent(name)]
    }

    /// The expected-facts files that no page has: neither place of `expectedFileCandidates` of
    /// any of `pages`.
    static func withoutPage(_ expectedFiles: [String], pages: [String]) -> [String] {
        let placesOfPages = Set(pages.flatMap(expectedFileCandidates(for:)))
        return expectedFiles.filter { !placesOfPages.contains($0) }
    }

    /// The page files under `folder`, sorted by path; `folder` itself when it is a file.
    static func pageFiles(in folder: String) throws(EvaluationError) -> [String] {
        try walk(folder).pages
    }

    /// The page files and the expected-facts files (`*.expected.json`) under `folder`, each sorted
    /// by path; `folder` itself (and no expected file) when it is a file.
    private static func walk(_ folder: String) throws(EvaluationError) -> (pages: [String], expected: [String]) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw EvaluationError(.missingPath, file: folder, message: "no such file or directory")
        }
        guard isDirectory.boolValue else { return ([folder], []) }
        var found: [String] = []
        var expected: [String] = []
        if let walker = fm.enumerator(atPath: folder) {
            while let rel = walker.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                let full = (folder as NSString).appendingPathComponent(rel)
                var directory: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &directory), !directory.boolValue,
                   PageCorpus.pageExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(full)
                } else if name.hasSuffix(".expected.json"), !directory.boolValue {
                    expected.append(full)
                }
            }
        }
        return (found.sorted(), expected.sorted())
    }

    private static func relative(_ path: String, to folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Ingests pages concurrently; results in input order.
    private static func ingest(_ files: [String]) -> [Result<PageFacts, IngestError>] {
        final class Slots: @unchecked Sendable {
            var results: [Result<PageFacts, IngestError>?]
            let lock = NSLock()
            init(_ n: Int) { results = Array(repeating: nil, count: n) }
        }
        let slots = Slots(files.count)
        let ingester = PageIngester()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let outcome: Result<PageFacts, IngestError>
            do throws(IngestError) {
                outcome = .success(try ingester.ingest(fileAt: files[i]))
            } catch {
                outcome = .failure(error)
            }
            slots.lock.lock()
            slots.results[i] = outcome
            slots.lock.unlock()
        }
        return slots.results.map { $0! }
    }
}
