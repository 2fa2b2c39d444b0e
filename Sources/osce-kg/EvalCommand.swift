import ArgumentParser
import PageEvaluation

/// `osce-kg eval`: precision and recall of page reading on annotated pages.
///
///     $ osce-kg eval Examples/pages
///     Examples/pages: 17 annotated pages, 0 refused (0 holding items), 0 without expected facts
///     field            precision  recall  TP/extracted/expected
///     titles              1.000   1.000  22/22/22
///     ...
///
/// One table per folder; `--verbose` adds each page's misses and false positives, `--json`
/// prints the reports as one JSON array instead. The exit status is 0 whatever the figures
/// (the goals are enforced by the tests); 1 when a folder is missing or holds no page with
/// expected facts, or when an expected-facts file is broken: invalid JSON, an unknown key, a
/// value of the wrong type (`ExpectedFile`), one `osce-kg: error:` line each naming the file,
/// line and column; the other pages are still measured and printed.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure page reading (precision and recall per field) on pages with expected facts.",
        discussion: """
            The expected facts of DIR/X.txt are DIR/X.expected.json or DIR/expected/X.expected.json \
            (schema: the pages README). Fields: \(EvaluatedField.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: ArgumentHelp("Folders of pages with expected facts (or single page files).", valueName: "DIR"))
    var folders: [String]

    @Flag(name: .long, help: "Also list every miss and false positive, page by page.")
    var verbose = false

    @Flag(name: .long, help: "Print the reports as JSON.")
    var json = false

    func run() throws {
        try Failure.reporting {
            var reports: [EvaluationReport] = []
            for folder in folders { reports.append(try PageEvaluator.evaluate(folder: folder)) }
            for line in reports.flatMap(\.invalidExpectedFiles) { StandardError.line("osce-kg: error: \(line)") }
            for report in reports {
                let base = report.folder.hasSuffix("/") ? report.folder : report.folder + "/"
                for file in report.expectedFilesWithoutPage {
                    StandardError.line("osce-kg: warning: \(base + file): no page of this name beside it (or above expected/): not scored")
                }
            }
            if json {
                print(try EvaluationReport.json(reports), terminator: "")
            } else {
                for (n, report) in reports.enumerated() {
                    if n > 0 { print() }
                    print(report.table, terminator: "")
                    if verbose, !report.missListing.isEmpty {
                        print()
                        print(report.missListing, terminator: "")
                    }
                }
            }
            if reports.contains(where: { !$0.invalidExpectedFiles.isEmpty }) { throw ExitCode.failure }
        }
    }
}
