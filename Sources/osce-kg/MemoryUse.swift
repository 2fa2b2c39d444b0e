import Foundation

/// The process's memory at one moment, as `export --timings` reports it at
/// the end of each stage (listing, reading, writing): the resident set now
/// and its peak so far (`VmRSS` and `VmHWM` of `/proc/self/status`, in KiB):
/// the peak of an export is set in the stage whose figure first reaches it.
///
///     MemoryUse.now()?.line(stage: "reading")
///     // "reading: resident 98.1 MiB, peak 131.0 MiB"
///
/// `nil` where `/proc/self/status` cannot be read (not Linux).
struct MemoryUse {
    /// Resident set now, in KiB.
    let residentKiB: Int
    /// The peak resident set so far, in KiB.
    let peakKiB: Int

    /// The figures now, or `nil` when the system does not give them.
    static func now() -> MemoryUse? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func kib(_ field: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return nil }
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        guard let rss = kib("VmRSS"), let hwm = kib("VmHWM") else { return nil }
        return MemoryUse(residentKiB: rss, peakKiB: hwm)
    }

    /// `STAGE: resident R MiB, peak P MiB` (one decimal).
    func line(stage: String) -> String {
        func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }
        return "\(stage): resident \(mib(residentKiB)), peak \(mib(peakKiB))"
    }
}
