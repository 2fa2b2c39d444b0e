import PageIngest

/// Prints page diagnostics on standard error and counts them for the summary line.
///
/// Each diagnostic is one line, `osce-kg: error: FILE:LINE:COL: why` or
/// `osce-kg: warning: FILE: why`. Errors are always printed; warnings are
/// counted in every case and printed unless `quiet` (`--quiet`, for runs
/// over thousands of pages whose warnings nobody reads one by one).
final class DiagnosticLog {
    /// Whether warnings are left unprinted.
    let quiet: Bool
    /// Errors reported so far.
    private(set) var errors = 0
    /// Warnings reported so far (printed or not).
    fileprivate(set) var warnings = 0

    init(quiet: Bool) { self.quiet = quiet }

    /// Counts `diagnostic` and prints it unless it is a warning and `quiet`.
    /// - Parameter beforePrinting: called just before the line is printed
    ///   (to clear a progress line).
    func report(_ diagnostic: PageDiagnostic, beforePrinting: () -> Void = {}) {
        switch diagnostic.severity {
        case .error: errors += 1
        case .warning:
            warnings += 1
            if quiet { return }
        }
        beforePrinting()
        StandardError.line("osce-kg: \(diagnostic)")
    }
}

extension DiagnosticLog {
    /// Counts a warning that concerns the whole run rather than a page (the
    /// dataset description's missing licence), printed unless `quiet`.
    func warn(_ message: String) {
        warnings += 1
        if !quiet { StandardError.line("osce-kg: warning: \(message)") }
    }
}

/// The one line `osce-kg export` ends with on standard error (printed even
/// under `--quiet`):
///
///     osce-kg: pages read: 17, pages failed: 0, warnings: 3, triples written: 3120
struct ExportSummary {
    var pagesRead: Int
    var pagesFailed: Int
    var warnings: Int
    /// Triples in the written graph; `nil` when nothing was written (`--strict` after a failure).
    var triplesWritten: Int?
    /// Why nothing was written, when `triplesWritten` is `nil`.
    var notWritten = "--strict"

    var line: String {
        let written = triplesWritten.map(String.init) ?? "0 (\(notWritten): nothing written)"
        return "osce-kg: pages read: \(pagesRead), pages failed: \(pagesFailed), warnings: \(warnings), triples written: \(written)"
    }
}
