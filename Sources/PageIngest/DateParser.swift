/// Parses calendar dates as OSCE pages write them.
///
/// Forms: `11 May 2020`, `12. März 2019`, `June 3, 2019`, `3 March 2008`,
/// `4 сентября 2019 [года]`, `14 de marzo de 2023`, `2019-02-12`, `12.03.2019`, `3. jun 2021.`
/// (the year's ordinal dot), the year first (Kazakh `2023 жылғы 12 қазан`, Kyrgyz `2023-жылдын
/// 12-октябрында`, Uzbek `2023-yil 12-oktabr`), an ordinal day (`1er avril 2009`, `May 1st`), and the
/// same without a year (`16 November`). Month names in English, German, French, Italian, Spanish,
/// Russian, Ukrainian, Belarusian, Albanian, Croatian/Bosnian/Serbian (both scripts), Macedonian,
/// Polish, Romanian, Kazakh, Kyrgyz and Uzbek (full, genitive and common abbreviations; a case
/// suffix after the name: `октябрда`).
struct DateParser {
    struct ParsedDate: Hashable {
        var year: Int?
        var month: Int
        var day: Int

        /// ISO 8601 `YYYY-MM-DD` (xsd:date lexical form); nil without a year.
        var iso: String? {
            guard let year else { return nil }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }

        private func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
    }

    /// Month names (lower case) → month number: the `date.month.N` roles of
    /// `Resources/layout-lexicon.tsv`.
    static let months: [String: Int] = LayoutLexicon.shared.phrases(rolePrefix: "date.month.").compactMapValues { Int($0) }

    /// Words between the day, the month and the year (Spanish and Portuguese `14 de marzo de 2023`):
    /// the `date.connector` role of the layout lexicon.
    static let connectors: Set<String> = LayoutLexicon.shared.phrases(role: "date.connector")

    /// Words after the year (`2019 года`, `2019 р.`): the `date.year-word` role of the layout lexicon.
    static let yearWords: Set<String> = LayoutLexicon.shared.phrases(role: "date.year-word")

    /// Ordinal endings written after a day's number (French `1er avril`, English `1st May`, `May
    /// 3rd`, Spanish `1º de mayo`), split from the digits by `tokens`: the `date.day-ordinal` role
    /// of the layout lexicon.
    static let dayOrdinals: Set<String> = LayoutLexicon.shared.phrases(role: "date.day-ordinal")

    /// Case suffixes a month name may carry in an agglutinative language (`октябрда`, `oktabrda`,
    /// `қазанда`: on, in), longest first: the `date.month-suffix` role of the layout lexicon.
    static let monthSuffixes: [String] = LayoutLexicon.shared.phrases(role: "date.month-suffix").sorted { ($0.count, $0) > ($1.count, $1) }

    static func month(_ word: String) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        if let m = months[w] { return m }
        // (The month name less a case suffix, the name keeping three letters at least.)
        for suffix in monthSuffixes where w.count >= suffix.count + 3 && w.hasSuffix(suffix) {
            if let m = months[String(w.dropLast(suffix.count))] { return m }
        }
        return nil
    }

    /// Words dropped before a date, two at most: weekdays and articles (`Monday, 11 May 2020`,
    /// `le 12 mai 2020`, `Montag, den 12. Mai`): the `date.lead` role of the layout lexicon.
    static let leads: Set<String> = LayoutLexicon.shared.phrases(role: "date.lead")

    /// Parses a whole string as one date (surrounding white space, up to two lead words (`leads`),
    /// a trailing `года`/`г.` and a time of day after the date (`timeOfDayStart`: `Thursday,
    /// 09 July 2015 17:42`, `11 May 2020 - 14:00 CET`) allowed). The time is not kept.
    static func parse(_ text: String) -> ParsedDate? {
        // Every form holds a number (a day, a month or a year) of ASCII digits: text without one
        // is refused from its bytes, before any token is made.
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        if let date = parseWhole(text) { return date }
        guard let start = timeOfDayStart(text) else { return nil }
        return parseWhole(text[..<start])
    }

    private static func parseWhole<S: StringProtocol>(_ text: S) -> ParsedDate? {
        var words = tokens(text)
        // `1er avril`, `May 3rd`: an ordinal ending right after a day's number (two digits at most) is dropped.
        var k = 1
        while k < words.count {
            if words[k - 1].count <= 2, words[k - 1].allSatisfy({ $0.isASCII && $0.isNumber }), dayOrdinals.contains(words[k].lowercased()) {
                words.remove(at: k)
            } else {
                k += 1
            }
        }
        for _ in 0..<2 { if let f = words.first, leads.contains(f.lowercased()) { words.removeFirst() } }
        guard let (date, used) = parsePrefix(words), used == words.count else { return nil }
        return date
    }

    /// Words around a time of day written after a date (`5:30 pm`, `17:42 CEST`, `um 17:42 Uhr`,
    /// `at 14:00`): the `date.time-word` role of the layout lexicon (lower case).
    static let timeWords: Set<String> = LayoutLexicon.shared.phrases(role: "date.time-word")
    /// `timeWords`, longest first (a word glued to a clock is tried as `p.m.` before `m.`).
    private static let timeWordsLongestFirst: [String] = timeWords.sorted { ($0.count, $0) > ($1.count, $1) }

    /// Where a time of day closing `text` starts (with the separators and `timeWords` before
    /// it), or nil when `text` does not end with one. A time of day is a clock `H:MM` or
    /// `H:MM:SS` (hour 0–24, minutes and seconds 0–59), or `H.MM`, `HhMM` or a bare hour
    /// followed by a time word (`17.42 Uhr`, `5 pm`); up to two time words may follow it and one
    /// precede it; a comma, `|`, `·`, `@` or a dash may stand between the date and the time.
    /// Something must stay before it (a time alone is no date).
    static func timeOfDayStart(_ text: String) -> String.Index? {
        // The words as UTF-8 ranges (split at ASCII spaces and tabs and U+00A0): bytes, not
        // `Character`s (a date is parsed for many short lines).
        let utf8 = text.utf8
        var words: [Range<String.Index>] = []
        var i = utf8.startIndex
        func isSpace(_ k: String.Index) -> Int {
            let b = utf8[k]
            if b == 0x20 || b == 0x09 { return 1 }
            if b == 0xC2, utf8.index(after: k) < utf8.endIndex, utf8[utf8.index(after: k)] == 0xA0 { return 2 }
            return 0
        }
        while i < utf8.endIndex {
            while i < utf8.endIndex, isSpace(i) > 0 { i = utf8.index(i, offsetBy: isSpace(i)) }
            guard i < utf8.endIndex else { break }
            var j = i
            while j < utf8.endIndex, isSpace(j) == 0 { j = utf8.index(after: j) }
            words.append(i..<j)
            i = j
        }
        guard words.count > 1 else { return nil }
        var n = words.count
        var trailingWords = 0
        while n > 0, trailingWords < 2, timeWords.contains(text[words[n - 1]].lowercased()) { n -= 1; trailingWords += 1 }
        guard n > 1 else { return nil }
        var clock = Substring(text[words[n - 1]])
        // `5:30pm`, `17:42h`: a time word glued to the clock (tried longest first: `p.m.` before `m.`).
        if let last = clock.utf8.last, !(0x30...0x39).contains(last) {
            let lower = clock.lowercased()
            for word in timeWordsLongestFirst
            where lower.count > word.count && lower.hasSuffix(word) && lower.dropLast(word.count).last?.isASCII == true
                && lower.dropLast(word.count).last?.isNumber == true {
                clock = clock.dropLast(word.count)
                trailingWords += 1
                break
            }
        }
        guard isClock(clock, bare: trailingWords > 0) else { return nil }
        n -= 1
        if n > 1, timeWords.contains(text[words[n - 1]].lowercased()) { n -= 1 }
        while n > 1, text[words[n - 1]].unicodeScalars.allSatisfy({ "-–—|·@,/".unicodeScalars.contains($0) }) { n -= 1 }
        return words[n].lowerBound
    }

    /// `17:42`, `17:42:05`, `9:30`; with `bare` (a time word follows) also `17.42`, `17h42`, `17`.
    private static func isClock(_ word: Substring, bare: Bool) -> Bool {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        func number(_ s: Substring, digits: ClosedRange<Int>, below limit: Int) -> Bool {
            digits.contains(s.count) && s.allSatisfy { $0.isASCII && $0.isNumber } && Int(s).map { $0 < limit } == true
        }
        if parts.count == 2 || parts.count == 3 {
            return number(parts[0], digits: 1...2, below: 25) && parts.dropFirst().allSatisfy { number($0, digits: 2...2, below: 60) }
        }
        guard bare else { return false }
        for separator: Character in [".", "h"] {
            let halves = word.split(separator: separator, omittingEmptySubsequences: false)
            if halves.count == 2 { return number(halves[0], digits: 1...2, below: 25) && number(halves[1], digits: 2...2, below: 60) }
        }
        return number(word, digits: 1...2, below: 25)
    }

    /// Splits into date tokens: runs of letters, runs of digits, and `.`/`,`/`-`/`/` separators dropped
    /// except where they are part of a numeric date.
    static func tokens<S: StringProtocol>(_ text: S) -> [String] {
        var out: [String] = []
        var current = ""
        var currentIsDigit = false
        for c in text {
            let isDigit = c.isASCII && c.isNumber
            if c.isLetter || isDigit {
                if !current.isEmpty && isDigit != currentIsDigit { out.append(current); current = "" }
                current.append(c)
                currentIsDigit = isDigit
            } else {
                if !current.isEmpty { out.append(current); current = "" }
                if c == "." || c == "-" || c == "/" { out.append(String(c)) }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Parses a date at the start of `words`; returns the date and the number of tokens used.
    static func parsePrefix(_ w: [String]) -> (ParsedDate, Int)? {
        func num(_ i: Int) -> Int? {
            guard i < w.count, w[i].count <= 4, w[i].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(w[i])
        }
        func isSep(_ i: Int, _ s: String) -> Bool { i < w.count && w[i] == s }
        func yearAt(_ i: Int) -> Int? {
            guard i < w.count, w[i].count == 4, let y = num(i), y >= 1900, y <= 2100 else { return nil }
            return y
        }
        func valid(_ d: ParsedDate) -> ParsedDate? {
            guard (1...12).contains(d.month), d.day >= 1 else { return nil }
            let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard d.day <= lengths[d.month - 1] else { return nil }
            if let y = d.year, d.month == 2, d.day == 29, !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) { return nil }
            return d
        }
        func tail(_ i: Int) -> Int {
            // Skip the ordinal dot of a year (`3. jun 2021.`, `22.11.2022.`: Serbian, Croatian,
            // Bosnian), then a trailing `года` / `г` / `г.` / `godine` / `year`.
            let dotted = isSep(i, ".")
            let j = dotted ? i + 1 : i
            if j < w.count, yearWords.contains(w[j].lowercased()) { return isSep(j + 1, ".") ? j + 2 : j + 1 }
            return j
        }
        // YYYY-MM-DD
        if let y = yearAt(0), isSep(1, "-"), let m = num(2), isSep(3, "-"), let d = num(4) {
            if let v = valid(ParsedDate(year: y, month: m, day: d)) { return (v, 5) }
        }
        // YYYY[.] [year-word[.]] D[.] Month[.] and YYYY[.] [year-word[.]] Month D[.]: the year first
        // (Kazakh `2023 жылғы 12 қазан`, Kyrgyz `2023-жылдын 12-октябрында`, Uzbek `2023-yil
        // 12-oktabr`; the year word, the dots and the hyphens are optional).
        if let y = yearAt(0), w.count >= 3 {
            var i = 1
            if isSep(i, ".") || isSep(i, "-") { i += 1 }
            if i < w.count, yearWords.contains(w[i].lowercased()) {
                i += 1
                if isSep(i, ".") { i += 1 }
            }
            if let d = num(i), d <= 31 {
                var j = i + 1
                if isSep(j, ".") || isSep(j, "-") { j += 1 }
                if j < w.count, let m = month(w[j]), let v = valid(ParsedDate(year: y, month: m, day: d)) {
                    return (v, isSep(j + 1, ".") ? j + 2 : j + 1)
                }
            } else if i < w.count, let m = month(w[i]) {
                var j = i + 1
                if isSep(j, ".") { j += 1 }
                if let d = num(j), d <= 31, let v = valid(ParsedDate(year: y, month: m, day: d)) {
                    return (v, isSep(j + 1, ".") ? j + 2 : j + 1)
                }
            }
        }
        // D[.] Month [YYYY]
        if let d = num(0), d <= 31 {
            var i = 1
            if isSep(i, ".") { i += 1 }
            if i + 1 < w.count, connectors.contains(w[i].lowercased()), month(w[i + 1]) != nil { i += 1 }
            if i < w.count, let m = month(w[i]) {
                i += 1
                if isSep(i, ".") { i += 1 }
                if i + 1 < w.count, connectors.contains(w[i].lowercased()), yearAt(i + 1) != nil { i += 1 }
                if let y = yearAt(i), let v = valid(ParsedDate(year: y, month: m, day: d)) { return (v, tail(i + 1)) }
                if let v = valid(ParsedDate(year: nil, month: m, day: d)) { return (v, i) }
            }
            // DD.MM.YYYY
            if isSep(1, "."), let m = num(2), isSep(3, "."), let y = yearAt(4),
               let v = valid(ParsedDate(year: y, month: m, day: d)) {
                return (v, tail(5))
            }
        }
        // Month D[,] [YYYY]
        if !w.isEmpty, let m = month(w[0]) {
            var i = 1
            if isSep(i, ".") { i += 1 }
            if let d = num(i), d <= 31 {
                i += 1
                if let y = yearAt(i), let v = valid(ParsedDate(year: y, month: m, day: d)) { return (v, i + 1) }
                if let v = valid(ParsedDate(year: nil, month: m, day: d)) { return (v, i) }
            }
        }
        return nil
    }
}
