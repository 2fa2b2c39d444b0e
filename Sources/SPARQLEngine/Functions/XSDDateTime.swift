import Foundation
import RDF

/// A parsed `xsd:dateTime`, `xsd:date` or `xsd:time` value (XSD 1.1 Part 2
/// §3.3.7–§3.3.9): its seven-property model, and the instant it denotes.
struct XSDDateTime: Sendable {
    enum Kind: Sendable { case dateTime, date, time }
    var kind: Kind
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    /// Whole seconds (0–59).
    var wholeSecond: Int
    /// Fractional seconds in units of 10^-18 (fraction digits beyond the
    /// 18th are dropped: XSD requires at least millisecond precision).
    var fraction: Int

    /// Seconds with fraction (e.g. 16.25), for SECONDS() (§17.4.5.7).
    var second: Decimal {
        if fraction == 0 { return Decimal(wholeSecond) }
        return Decimal(wholeSecond) + Decimal(sign: .plus, exponent: -18, significand: Decimal(fraction))
    }

    /// The fraction's digits without trailing zeros ("25" for .25), or "".
    var fractionDigits: String {
        if fraction == 0 { return "" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 18 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits
    }
    /// Timezone offset in minutes, nil when absent.
    var timezoneMinutes: Int?

    /// Parses the lexical form of `literal` if its datatype is xsd:dateTime,
    /// xsd:dateTimeStamp, xsd:date or xsd:time; nil when it is another
    /// datatype or the lexical form is invalid.
    init?(_ literal: Literal) {
        switch literal.datatype.value {
        case XSD.dateTime.value: self.init(lexical: literal.lexicalForm, kind: .dateTime)
        case XSDTypes.dateTimeStamp.value:
            self.init(lexical: literal.lexicalForm, kind: .dateTime)
            if timezoneMinutes == nil { return nil }
        case XSD.date.value: self.init(lexical: literal.lexicalForm, kind: .date)
        case XSDTypes.time.value: self.init(lexical: literal.lexicalForm, kind: .time)
        default: return nil
        }
    }

    /// Parses `-?YYYY-MM-DD` / `…Thh:mm:ss(.s+)?` / `hh:mm:ss(.s+)?` with an
    /// optional `Z` or `(+|-)hh:mm`.
    init?(lexical s: String, kind: Kind) {
        var p = Parser(Array(s.utf8))
        self.kind = kind
        year = 1; month = 1; day = 1; hour = 0; minute = 0; wholeSecond = 0; fraction = 0; timezoneMinutes = nil
        if kind != .time {
            let negative = p.eat(UInt8(ascii: "-"))
            guard let (y, n) = p.digits(), n >= 4, !(n > 4 && p.bytes[p.pos - n] == 48) else { return nil }
            year = negative ? -y : y
            guard p.eat(UInt8(ascii: "-")), let (mo, n2) = p.digits(), n2 == 2, (1...12).contains(mo) else { return nil }
            guard p.eat(UInt8(ascii: "-")), let (d, n3) = p.digits(), n3 == 2, d >= 1, d <= XSDDateTime.daysIn(month: mo, year: year) else { return nil }
            month = mo; day = d
            if kind == .dateTime { guard p.eat(UInt8(ascii: "T")) else { return nil } }
        }
        if kind != .date {
            guard let (h, n1) = p.digits(), n1 == 2, p.eat(UInt8(ascii: ":")), let (mi, n2) = p.digits(), n2 == 2,
                  p.eat(UInt8(ascii: ":")), let (sec, n3) = p.digits(), n3 == 2 else { return nil }
            var frac = 0
            if p.eat(UInt8(ascii: ".")) {
                var nf = 0
                while p.pos < p.bytes.count, p.bytes[p.pos] >= 48, p.bytes[p.pos] <= 57 {
                    if nf < 18 { frac = frac * 10 + Int(p.bytes[p.pos] - 48) }
                    nf += 1; p.pos += 1
                }
                guard nf > 0 else { return nil }
                for _ in min(nf, 18)..<18 { frac *= 10 }
            }
            guard h <= 24, mi <= 59, sec <= 59 else { return nil }
            if h == 24 && (mi != 0 || sec != 0 || frac != 0) { return nil }
            hour = h; minute = mi; wholeSecond = sec; fraction = frac
        }
        if p.eat(UInt8(ascii: "Z")) {
            timezoneMinutes = 0
        } else if p.pos < p.bytes.count, p.bytes[p.pos] == UInt8(ascii: "+") || p.bytes[p.pos] == UInt8(ascii: "-") {
            let sign = p.bytes[p.pos] == UInt8(ascii: "-") ? -1 : 1
            p.pos += 1
            guard let (th, n1) = p.digits(), n1 == 2, p.eat(UInt8(ascii: ":")), let (tm, n2) = p.digits(), n2 == 2,
                  tm <= 59, th * 60 + tm <= 14 * 60 else { return nil }
            timezoneMinutes = sign * (th * 60 + tm)
        }
        guard p.pos == p.bytes.count else { return nil }
    }

    private struct Parser {
        let bytes: [UInt8]
        var pos = 0
        init(_ b: [UInt8]) { bytes = b }
        mutating func eat(_ c: UInt8) -> Bool {
            if pos < bytes.count, bytes[pos] == c { pos += 1; return true }
            return false
        }
        mutating func digits() -> (Int, Int)? {
            var v = 0, n = 0
            while pos < bytes.count, bytes[pos] >= 48, bytes[pos] <= 57 {
                if n < 18 { v = v * 10 + Int(bytes[pos] - 48) }
                n += 1; pos += 1
            }
            return n > 0 && n <= 18 ? (v, n) : nil
        }
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the given proleptic Gregorian date (XSD years:
    /// year 0 is 1 BCE; Howard Hinnant's days_from_civil).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The instant of this value: whole seconds since 1970-01-01T00:00:00Z
    /// and the fraction in units of 10^-18, with a missing timezone read as
    /// Z (XSD 1.1 §3.3.7 timeOnTimeline; time values sit on 1972-12-31).
    var instant: (seconds: Int, fraction: Int) {
        let days: Int
        if kind == .time { days = XSDDateTime.daysFromCivil(1972, 12, 31) } else { days = XSDDateTime.daysFromCivil(year, month, day) }
        return (days * 86400 + hour * 3600 + minute * 60 + wholeSecond - (timezoneMinutes ?? 0) * 60, fraction)
    }

    static func order(_ x: (seconds: Int, fraction: Int), _ y: (seconds: Int, fraction: Int)) -> Int {
        if x.seconds != y.seconds { return x.seconds < y.seconds ? -1 : 1 }
        if x.fraction != y.fraction { return x.fraction < y.fraction ? -1 : 1 }
        return 0
    }

    /// Order of two values of the same kind (XSD 1.1 §3.3.7.4 partial order):
    /// -1/0/1, or nil when indeterminate (one has a timezone, the other not,
    /// and they are within 14 hours of each other).
    static func compare(_ a: XSDDateTime, _ b: XSDDateTime) -> Int? {
        let x = a.instant, y = b.instant
        if (a.timezoneMinutes == nil) == (b.timezoneMinutes == nil) { return order(x, y) }
        let fourteen = 14 * 3600
        if a.timezoneMinutes != nil {
            // b has no timezone: b stands for the range [y - 14h, y + 14h].
            if order(x, (y.seconds - fourteen, y.fraction)) < 0 { return -1 }
            if order(x, (y.seconds + fourteen, y.fraction)) > 0 { return 1 }
            return nil
        } else {
            if order((x.seconds + fourteen, x.fraction), y) < 0 { return -1 }
            if order((x.seconds - fourteen, x.fraction), y) > 0 { return 1 }
            return nil
        }
    }

    /// The timezone as an xsd:dayTimeDuration lexical form (`PT0S`,
    /// `-PT8H`, `PT5H30M`), for TIMEZONE() (§17.4.5.8).
    static func durationString(minutes: Int) -> String {
        if minutes == 0 { return "PT0S" }
        let sign = minutes < 0 ? "-" : ""
        let m = abs(minutes)
        var s = sign + "PT"
        if m / 60 > 0 { s += "\(m / 60)H" }
        if m % 60 > 0 { s += "\(m % 60)M" }
        return s
    }

    /// The timezone as written by TZ() (§17.4.5.9): `Z`, `-08:00`, or "".
    var tzString: String {
        guard let tz = timezoneMinutes else { return "" }
        if tz == 0 { return "Z" }
        let m = abs(tz)
        return (tz < 0 ? "-" : "+") + XSDDateTime.pad(m / 60) + ":" + XSDDateTime.pad(m % 60)
    }

    static func pad(_ v: Int, _ width: Int = 2) -> String {
        let s = String(abs(v))
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// The canonical lexical form (XSD 1.1 §3.3.7.2): 24:00:00 becomes
    /// 00:00:00 of the next day, fractional seconds without trailing zeros,
    /// the timezone kept as given (`Z` for +00:00).
    var canonical: String {
        var v = self
        if v.hour == 24 {
            v.hour = 0
            if kind != .time {
                let days = XSDDateTime.daysFromCivil(year, month, day) + 1
                (v.year, v.month, v.day) = XSDDateTime.civil(fromDays: days)
            }
        }
        var s = ""
        if kind != .time {
            s += (v.year < 0 ? "-" : "") + XSDDateTime.pad(abs(v.year), 4) + "-" + XSDDateTime.pad(v.month) + "-" + XSDDateTime.pad(v.day)
        }
        if kind == .dateTime { s += "T" }
        if kind != .date {
            s += XSDDateTime.pad(v.hour) + ":" + XSDDateTime.pad(v.minute) + ":"
            s += XSDDateTime.pad(v.wholeSecond)
            let digits = v.fractionDigits
            if !digits.isEmpty { s += "." + digits }
        }
        return s + tzString
    }

    /// Inverse of `daysFromCivil`.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
