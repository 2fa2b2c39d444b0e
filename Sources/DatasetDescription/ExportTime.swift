/// The time an export is stamped with (`dct:issued`, `dct:modified`, the
/// export activity's `prov:endedAtTime`), as an `xsd:dateTime` in UTC.
///
///     try ExportTime(argument: "2024-05-01")          // 2024-05-01T00:00:00Z
///     try ExportTime(sourceDateEpoch: "1714521600")   // 2024-05-01T00:00:00Z
///
/// Reproducible builds set `SOURCE_DATE_EPOCH` (seconds since 1970-01-01
/// UTC); `--date` wins over it; without either the caller passes the current
/// time (`init(secondsSince1970:)`).
///
/// Unit: `xsd:dateTime` with `Z` (UTC), whole seconds.
///
/// Source: reproducible-builds.org `SOURCE_DATE_EPOCH` specification; XML
/// Schema 1.1 Part 2 §3.3.7 (dateTime).
public struct ExportTime: Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64

    /// The time `seconds` after the Unix epoch.
    public init(secondsSince1970 seconds: Int64) { secondsSince1970 = seconds }

    /// Reads `SOURCE_DATE_EPOCH`: a decimal count of seconds since the epoch.
    /// - Throws: `DescriptionError` of kind `.invalidDate` for anything else.
    public init(sourceDateEpoch text: String) throws(DescriptionError) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int64(text), n <= 253_402_300_799 else {
            throw DescriptionError(.invalidDate, "SOURCE_DATE_EPOCH '\(text)' is not a count of seconds since 1970-01-01 UTC")
        }
        secondsSince1970 = n
    }

    /// Reads `--date`: `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDThh:mm:ssZ`.
    /// - Throws: `DescriptionError` of kind `.invalidDate` for anything else.
    public init(argument text: String) throws(DescriptionError) {
        let b = Array(text.utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count, b[r].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return b[r].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let bad = DescriptionError(.invalidDate, "date '\(text)' is neither YYYY-MM-DD nor YYYY-MM-DDThh:mm:ssZ (UTC)")
        guard b.count == 10 || (b.count == 20 && b[10] == UInt8(ascii: "T") && b[13] == UInt8(ascii: ":") && b[16] == UInt8(ascii: ":") && b[19] == UInt8(ascii: "Z")),
            b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m), d >= 1,
            d <= ExportTime.daysIn(month: m, year: y)
        else { throw bad }
        var seconds = 0
        if b.count == 20 {
            guard let hh = number(11..<13), let mm = number(14..<16), let ss = number(17..<19), hh < 24, mm < 60, ss < 60 else { throw bad }
            seconds = hh * 3600 + mm * 60 + ss
        }
        secondsSince1970 = Int64(ExportTime.daysFromCivil(y, m, d)) * 86_400 + Int64(seconds)
    }

    /// `YYYY-MM-DDThh:mm:ssZ`.
    public var description: String {
        let days = Int(secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400)
        let rest = Int(secondsSince1970 - Int64(days) * 86_400)
        let (y, m, d) = ExportTime.civil(fromDays: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// The date part, `YYYY-MM-DD`.
    public var date: String { String(description.prefix(10)) }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month m: Int, year y: Int) -> Int {
        [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
