import OSCE

/// The `PLACE[/PLACE…], DATE <dash>` opening of a release's first paragraph, or the same with the
/// date first (`12 March 2015, GENEVA –`, the place then in capitals).
///
/// The dash may be `–`, `—`, `‒`, `―`, `−`, `-` or `--` (or `:` after a full date), with or without spaces; the date may lack a
/// year (`VIENNA, 16 November –`) or be missing (`VIENNA- `). Between the place and the date a comma,
/// a dash or parentheses (`VIENNA — 12 May 2020 —`, `12 May 2020 – VIENNA –`, `Vienna (12 May 2020) –`),
/// or nothing (`VIENNA 12 May 2020 –`); after a full date the dash may be missing
/// (`VIENNA, 12 May 2020 The Chair …`). The date is any form `DateParser` reads. A line holding only
/// `CITY D month YYYY` (the Cyrillic form, `КИЕВ 4 сентября 2019`) is a standalone dateline.
struct Dateline: Hashable {
    /// Places in normal case (the country after a city is not one: see `countries`).
    var places: [String]
    /// States named after the first place as its country (`MILAN, Italy, …` → `Italy`), in normal
    /// case; they qualify the city and are no places of their own.
    var countries: [String] = []
    var date: DateParser.ParsedDate?
    /// The paragraph's text after the dateline (empty for a standalone dateline).
    var remainder: String
    /// True when the whole paragraph is the dateline.
    var standalone: Bool

    /// Parses the opening of `paragraph` (white space already collapsed).
    /// - Complexity: O(n) for a paragraph of n characters: only its first 123 characters are
    ///   read as characters, and the remainder is copied once.
    static func parse(_ paragraph: String) -> Dateline? {
        guard let first = paragraph.first, (first.isLetter && first.isUppercase) || first.isASCII && first.isNumber else { return nil }
        if let s = standalone(paragraph) { return s }
        // Most paragraphs hold no dash or colon before their first quotation mark: refused from the bytes.
        guard mayHoldDash(paragraph) else { return nil }
        let chars = Array(paragraph.prefix(123))
        var candidates: [(start: Int, end: Int, needsDate: Bool)] = []
        var i = 0
        let limit = min(chars.count, 120)
        // The marks compared by scalar value: none has another canonically equivalent spelling,
        // so this is `Character` equality without the normalising comparison.
        func scalar(_ c: Character) -> UInt32 {
            let s = c.unicodeScalars
            return s.count == 1 ? s.first!.value : 0
        }
        while i < limit {
            let c = chars[i]
            let v = scalar(c)
            if v == 0x2013 || v == 0x2014 || v == 0x2212 || v == 0x2012 || v == 0x2015 {   // – — − ‒ ―
                candidates.append((i, i + 1, false))
            } else if v == 0x3A {
                // `VIENNA, 11 May 2020: Today …` — a colon ends a dateline only after a full date.
                candidates.append((i, i + 1, true))
            } else if v == 0x2D {
                if i + 1 < chars.count, scalar(chars[i + 1]) == 0x2D {
                    candidates.append((i, i + 2, false))
                    i += 2
                    continue
                }
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if before.isWhitespace || after.isWhitespace { candidates.append((i, i + 1, false)) }
            } else if v == 0x20, i >= 4, chars[(i - 4)..<i].allSatisfy({ $0.isASCII && $0.isNumber }), i + 2 < chars.count,
                      chars[i + 1].isUppercase, chars[i + 1].isLetter, chars[i + 2].isLowercase {
                // No dash: `VIENNA, 12 May 2020 The Chair …` — the date's year, then a
                // sentence's first word; read only after a full date (like a colon).
                candidates.append((i, i + 1, true))
            } else if v == 0x21 || v == 0x3F || v == 0x201C || v == 0x22 || v == 0x201E || v == 0xAB {   // ! ? “ " „ «
                break
            } else if v == 0x2E, i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase, chars[i + 2].isLetter,
                      !(i > 0 && chars[i - 1].isNumber) {
                // A sentence ends before any dash: no dateline.
                break
            }
            i += 1
        }
        var fallback: Dateline?
        for cand in candidates {
            let prefix = String(chars[0..<cand.start])
            guard let (places, date, hasDatePart) = parsePrefix(prefix) else { continue }
            if cand.needsDate && (date == nil || !hasDatePart) { continue }
            let (cities, countries) = splitCountries(places)
            if !hasDatePart && fallback != nil { continue }
            // (Leading spaces skipped first: the rest of a collapsed paragraph is then copied, not rebuilt.)
            let restStart = paragraph.index(paragraph.startIndex, offsetBy: cand.end)
            let rest = TextNormalization.collapse(paragraph[restStart...].drop { $0 == " " })
            let line = Dateline(places: cities, countries: countries, date: date, remainder: rest, standalone: false)
            if hasDatePart { return line }
            // `VIENNA- The …`: no date; the text after the dash must not continue an all-caps name.
            let restChars = Array(rest.prefix(2))
            if restChars.count >= 2, restChars[0].isUppercase, restChars[1].isUppercase, restChars[1].isLetter { continue }
            fallback = line
        }
        return fallback
    }

    /// False when no character of `paragraph` before its first `!`, `?`, `"`, `“`, `„` or `«` can
    /// end a dateline (`–`, `—`, `‒`, `―`, `−`, `:`, a `-` not between two letters or digits, or a
    /// digit, a space and a capital):
    /// `parse`'s scan then finds no candidate. A byte scan; true whenever in doubt.
    static func mayHoldDash(_ paragraph: String) -> Bool {
        var paragraph = paragraph
        return paragraph.withUTF8 { b in
            let n = b.count
            func isAlphanumeric(_ i: Int) -> Bool {
                guard i >= 0, i < n else { return false }
                let c = b[i] | 0x20
                return (c >= 0x61 && c <= 0x7A) || (b[i] >= 0x30 && b[i] <= 0x39)
            }
            // A stop mark ends the scan unless a non-ASCII scalar (maybe a combining mark, which
            // makes another character of it) follows.
            func stop(after i: Int) -> Bool { i < n && b[i] >= 0x80 }
            var i = 0
            while i < n {
                switch b[i] {
                case 0x3A: return true
                case 0x30...0x39:
                    // A year, a space and a capital (or any non-ASCII letter): maybe a dateline without a dash.
                    if i + 2 < n, b[i + 1] == 0x20, (b[i + 2] >= 0x41 && b[i + 2] <= 0x5A) || b[i + 2] >= 0x80,
                       i >= 3, (i - 3...i - 1).allSatisfy({ b[$0] &- 0x30 < 10 }) { return true }
                case 0x2D: if !isAlphanumeric(i - 1) || !isAlphanumeric(i + 1) { return true }
                case 0x21, 0x3F, 0x22: return stop(after: i + 1)
                case 0xC2: if i + 1 < n, b[i + 1] == 0xAB { return stop(after: i + 2) }  // «
                case 0xE2:
                    guard i + 2 < n else { return true }
                    if b[i + 1] == 0x80 {
                        switch b[i + 2] {
                        case 0x92, 0x93, 0x94, 0x95: return true                         // ‒ – — ―
                        case 0x9C, 0x9E: return stop(after: i + 3)                       // “ „
                        default: break
                        }
                    } else if b[i + 1] == 0x88, b[i + 2] == 0x92 {
                        return true                                                      // −
                    }
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// Separates the States named after the first place (`ALMATY, Kazakhstan`, `TBILISI, GEORGIA`)
    /// from the places: a place after the first that is a State's name or other name qualifies it.
    static func splitCountries(_ places: [String]) -> (places: [String], countries: [String]) {
        guard places.count >= 2 else { return (places, []) }
        var kept = [places[0]]
        var countries: [String] = []
        for place in places.dropFirst() {
            if StateIndex.shared.names[StateIndex.key(place)] != nil { countries.append(place) } else { kept.append(place) }
        }
        return (kept, countries)
    }

    /// `PLACE[, ]DATE` filling the whole paragraph, optionally ending in a dash.
    static func standalone(_ paragraph: String) -> Dateline? {
        var end = paragraph.endIndex
        while end > paragraph.startIndex {
            let l = paragraph[paragraph.index(before: end)]
            guard l == "–" || l == "—" || l == "-" || l == " " else { break }
            end = paragraph.index(before: end)
        }
        // Nine words at most: counted on the bytes before any word is copied.
        var count = 0
        var inWord = false
        for b in paragraph.utf8[..<end] {
            if b == 0x20 { inWord = false } else if !inWord {
                inWord = true
                count += 1
                if count > 9 { return nil }
            }
        }
        // A place's and a date's words are short: nine words over 400 bytes hold a word that is
        // neither (a page of one huge word), and are not split into characters.
        guard paragraph.utf8.distance(from: paragraph.startIndex, to: end) <= 400 else { return nil }
        let words = paragraph[..<end].split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= 9 else { return nil }
        var k = 0
        while k < words.count, isCapsPlaceWord(words[k]) { k += 1 }
        guard k >= 1, k < words.count else { return nil }
        var placeText = words[0..<k].joined(separator: " ")
        if placeText.hasSuffix(",") { placeText.removeLast() }
        let dateText = words[k...].joined(separator: " ")
        guard let date = DateParser.parse(dateText), date.year != nil else { return nil }
        let places = placeText.split(separator: "/").map { TextNormalization.normalCase(TextNormalization.collapse($0)) }
        guard !places.contains(where: { $0.isEmpty }) else { return nil }
        return Dateline(places: places, date: date, remainder: "", standalone: true)
    }

    private static func isCapsPlaceWord(_ w: String) -> Bool {
        var s = Substring(w)
        if s.hasSuffix(",") { s = s.dropLast() }
        let letters = s.filter { $0.isLetter }
        guard letters.count >= 2 else { return false }
        return s.allSatisfy { $0.isLetter || $0 == "-" || $0 == "/" || $0 == "’" || $0 == "'" || $0 == "." }
            && letters.allSatisfy { $0.isUppercase }
    }

    /// True when `name` is a reference city or a State's name (`The Hague`, `North Macedonia`).
    static func isKnownPlace(_ name: String) -> Bool {
        OSCEReference.city(named: name) != nil || StateIndex.shared.names[StateIndex.key(name)] != nil
    }

    /// True when `word` heads a post or an organisation's name in any language's lexicon
    /// (`Chair`, `Secretariat`, `Presidency`): such a word makes a mixed-case run no place.
    static func isPostOrBodyWord(_ word: String) -> Bool {
        let lexicon = Lexicon.shared
        return lexicon.isRoleNoun(word) || lexicon.isOrganisationHead(word)
    }

    /// The upper-case run (3 letters or more) that ends `word` right after a
    /// lower-case letter ("SantosCOPENHAGEN" → "COPENHAGEN"), else `nil`.
    static func gluedCapitalTail(of word: Substring) -> Substring? {
        var start = word.endIndex
        while start > word.startIndex, word[word.index(before: start)].isUppercase { start = word.index(before: start) }
        guard start > word.startIndex, word.distance(from: start, to: word.endIndex) >= 3,
            word[word.index(before: start)].isLowercase
        else { return nil }
        return word[start...]
    }

    /// `DATE, PLACE…` (`12 March 2015, GENEVA`, `March 12, 2015, GENEVA`): a full date in the first
    /// one or two comma-separated segments, followed by segments in capitals or by State names
    /// (`12 May 2020, North Macedonia`); nil otherwise.
    private static func leadingDate(_ segments: [String]) -> (date: DateParser.ParsedDate, text: String, count: Int)? {
        for n in [2, 1] where segments.count > n {
            let text = segments[0..<n].joined(separator: ", ")
            guard let d = DateParser.parse(text), d.year != nil else { continue }
            let rest = segments[n...].joined()
            let letters = rest.filter(\.isLetter)
            let named = segments[n...].allSatisfy { StateIndex.shared.names[StateIndex.key($0)] != nil }
            guard letters.count >= 2, named || letters.allSatisfy(\.isUppercase) else { return nil }
            return (d, text, n)
        }
        return nil
    }

    /// `raw` with the separators a dateline may use between its place and its date turned into
    /// commas: a dash (`–`, `—`, `‒`, `―`, `−`, `--`, or `-` with a space on either side, so that
    /// `BOSNIA-HERZEGOVINA` keeps its hyphen) and parentheses (`Vienna (12 May 2020)`).
    static func separatorsAsCommas(_ raw: String) -> String {
        var out = ""
        var previous: Character = " "
        let chars = Array(raw)
        for (i, c) in chars.enumerated() {
            switch c {
            case "–", "—", "‒", "―", "−", "(", ")": out.append(",")
            case "-":
                let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
                out.append(previous == " " || previous == "-" || next == " " || next == "-" ? "," : "-")
            default: out.append(c)
            }
            previous = c
        }
        return out
    }

    /// `CITY DATE` without a comma (`VIENNA 12 May 2020`, `ВЕНА 12 мая 2020 г.`): the leading words
    /// in capitals and the rest, when the rest is a date; nil otherwise.
    static func placeThenDate(_ segment: String) -> (String, String)? {
        let words = segment.split(separator: " ").map(String.init)
        var k = 0
        while k < words.count, isCapsPlaceWord(words[k]) { k += 1 }
        guard k >= 1, k < words.count, k <= 5 else { return nil }
        let date = words[k...].joined(separator: " ")
        guard DateParser.parse(date) != nil else { return nil }
        return (words[0..<k].joined(separator: " "), date)
    }

    /// Parses `PLACE[/PLACE…][, DATE]` (or `DATE, PLACE`); returns the places, the date and whether a date part was present.
    private static func parsePrefix(_ raw: String) -> ([String], DateParser.ParsedDate?, Bool)? {
        var prefix = TextNormalization.collapse(separatorsAsCommas(raw))
        while let l = prefix.last, l == "," || l == " " { prefix.removeLast() }
        guard !prefix.isEmpty else { return nil }
        // `PLACE[, PLACE…][, DATE]`: the last comma-separated segment that is a date is the date.
        var segments = prefix.split(separator: ",").map { TextNormalization.collapse($0) }.filter { !$0.isEmpty }
        if segments.count == 1, let (place, date) = placeThenDate(segments[0]) { segments = [place, date] }
        // A date holds ASCII digits (`DateParser.parse`): without one, several segments are no dateline.
        let mayHoldDate = prefix.utf8.contains { $0 &- 0x30 < 10 }
        if !mayHoldDate && segments.count >= 2 { return nil }
        var placeSegments = segments
        var datePart = ""
        var date: DateParser.ParsedDate?
        var dateFirst = false
        if mayHoldDate, let lead = leadingDate(segments) {
            date = lead.date
            datePart = lead.text
            placeSegments = Array(segments.dropFirst(lead.count))
            dateFirst = true
        } else if segments.count >= 2 {
            // The date may itself hold a comma (`June 3, 2019`).
            let lastTwo = segments.suffix(2).joined(separator: ", ")
            if segments.count >= 3, let d = DateParser.parse(lastTwo) {
                date = d
                datePart = lastTwo
                placeSegments = Array(segments.dropLast(2))
            } else if let d = DateParser.parse(segments[segments.count - 1]) {
                date = d
                datePart = segments[segments.count - 1]
                placeSegments = Array(segments.dropLast())
            } else if segments.count == 2, let d = DateParser.parse(lastTwo) {
                date = d
                datePart = lastTwo
                placeSegments = []
            } else {
                return nil
            }
        }
        guard !placeSegments.isEmpty, placeSegments.count <= 3 else { return nil }
        let placePart = placeSegments.joined(separator: "/")
        let pieces = placePart.split(separator: "/").map { TextNormalization.collapse($0) }
        guard !pieces.isEmpty, pieces.count <= 4 else { return nil }
        var places: [String] = []
        for piece in pieces {
            let words = piece.split(separator: " ")
            guard !words.isEmpty, words.count <= 5 else { return nil }
            guard piece.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "’" || $0 == "'" || $0 == "." }) else { return nil }
            let letters = piece.filter { $0.isLetter }
            let allCaps = letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
            if !allCaps, pieces.count == 1, let tail = gluedCapitalTail(of: words[words.count - 1]) {
                // A caption glued to the dateline ("Isabel SantosCOPENHAGEN"): the place is the
                // upper-case tail; the glued words are not part of it.
                places.append(TextNormalization.normalCase(String(tail)))
                continue
            }
            if !allCaps {
                // After the date, a place in mixed case only when it names a State (`12 May 2020,
                // North Macedonia`): capitalised words after a date are no place otherwise.
                if dateFirst && StateIndex.shared.names[StateIndex.key(piece)] == nil { return nil }
                // Mixed case only with a full date, and every word capitalised.
                guard date?.year != nil, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
                // `The Chair, 12 May 2020 –`, `OSCE Secretariat, 3 March 2021 –`: a post or an
                // organisation (of the reference data, or a word that heads a post or an
                // organisation's name) is no place, unless the reference data names it as one; the
                // date before the dash is still the dateline's.
                if !isKnownPlace(piece), OSCEReference.organisation(named: piece) != nil || OSCEReference.post(named: piece) != nil
                    || words.contains(where: { isPostOrBodyWord(String($0)) }) { continue }
            }
            places.append(TextNormalization.normalCase(piece))
        }
        return (places, date, !datePart.isEmpty)
    }
}
