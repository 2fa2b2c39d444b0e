import Foundation

/// Writes diagnostics and the summary to standard error.
enum StandardError {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Shows "[done/total] label" on standard error while a long run goes on,
/// when standard error is a terminal (never in pipes or CI logs).
/// Redraws at most every 100 ms.
struct ProgressReporter {
    let total: Int
    let label: String
    let enabled: Bool
    private var lastDraw: UInt64 = 0

    /// Whether standard error is a terminal outside CI (progress is drawn only then).
    static var onTerminal: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["CI"] == nil }

    init(total: Int, label: String, enabled: Bool = ProgressReporter.onTerminal) {
        self.total = total
        self.label = label
        self.enabled = enabled && total > 1
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data("\r[\(done)/\(total)] \(label)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
