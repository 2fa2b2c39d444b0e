/// Finds the meeting a release reports in its first paragraphs.
///
/// Pattern: `SUBJECT[, under the X Chair,] held|hosted|convened|organized|opened their|its|the|a
/// [ordinal (`third`, `27th`)] [virtual|online|hybrid|in-person] [up to three words, or a
/// capitalised name of up to nine] meeting|conference|session|…`, and a participant count
/// `[Some|About|Over|More than] N participants`.
enum MeetingDetector {
    static let verbs: Set<String> = ["held", "hosted", "convened", "organized", "organised", "opened", "holds", "hosts", "convenes"]
    static let nouns: Set<String> = ["meeting", "conference", "session", "forum", "workshop", "seminar", "round", "roundtable", "summit", "dialogue", "consultation", "consultations", "course", "training", "event", "webinar"]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "annual": 0]
    static let modes: [String: String] = ["virtual": "virtual", "online": "online", "hybrid": "hybrid", "in-person": "in-person", "web-based": "online"]

    static func detect(paragraphs: [String], date: String?) -> MeetingFacts? {
        for paragraph in paragraphs.prefix(3) {
            for sentence in sentences(paragraph) {
                if let m = meeting(in: sentence, date: date) {
                    var m = m
                    m.participants = participants(in: paragraphs.prefix(3).joined(separator: " "))
                    return m
                }
            }
        }
        return nil
    }

    static func sentences(_ paragraph: String) -> [String] {
        // `.`, `!`, `?` and the space are ASCII: a byte scan finds them (O(n)).
        var out: [String] = []
        let bytes = paragraph.utf8
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let next = bytes.index(after: i)
            if b == 0x2E || b == 0x21 || b == 0x3F, next < bytes.endIndex, bytes[next] == 0x20 {
                out.append(TextNormalization.collapse(paragraph[start..<next]))
                start = next
            }
            i = next
        }
        if start < bytes.endIndex { out.append(TextNormalization.collapse(paragraph[start...])) }
        return out
    }

    static func meeting(in sentence: String, date: String?) -> MeetingFacts? {
        // Only the verb and the dozen words after it are read as words (a long sentence is not
        // split whole): the subject is the text before the verb.
        guard let verb = firstVerb(in: sentence) else { return nil }
        let before = sentence[..<verb.lowerBound].split(separator: " ").map(String.init)
        let after = sentence[verb.upperBound...].split(separator: " ", maxSplits: 16)
        let words = before + [String(sentence[verb])] + after.prefix(16).map(String.init)
        let v = before.count
        guard v + 1 < words.count else { return nil }
        var k = v + 1
        guard ["their", "its", "the", "a", "an", "his", "her"].contains(words[k].lowercased()) else { return nil }
        k += 1
        var descr: [String] = []
        var ordinal: Int?
        var mode: String?
        // Up to three lower-case words before the noun (`annual review meeting`); a proper name
        // may be longer (`Human Dimension Implementation Meeting`, `Economic and Environmental
        // Forum`): capitalised words, with `and`/`of`/`on`/`for` between two of them.
        while k < words.count, descr.count < 10 {
            let raw = words[k].trimmingPunctuation
            let w = raw.lowercased()
            if let o = ordinals[w] ?? numericOrdinal(w) { if o > 0 { ordinal = o }; descr.append(raw); k += 1; continue }
            if let m = modes[w] { mode = m; descr.append(raw); k += 1; continue }
            if nouns.contains(w) {
                descr.append(raw)
                break
            }
            let capitalised = raw.first?.isUppercase == true
            let inName = descr.last?.first?.isUppercase == true
            if raw.first?.isLetter == true && raw.count > 2 && (descr.count < 3 || (capitalised && (inName || descr.count < 4))),
               !words[k].hasSuffix(",") {
                descr.append(raw)
                k += 1
                continue
            }
            if ["and", "of", "on", "for"].contains(w), inName, k + 1 < words.count, words[k + 1].first?.isUppercase == true {
                descr.append(raw)
                k += 1
                continue
            }
            return nil
        }
        guard let last = descr.last, nouns.contains(last.lowercased()) else { return nil }
        // The subject before the verb.
        var subject = words[..<v].joined(separator: " ")
        var chair: String?
        if let r = subject.range(of: ", under the ") {
            let after = subject[r.upperBound...]
            if let end = after.firstIndex(of: ",") {
                chair = String(after[..<end])
                subject = String(subject[..<r.lowerBound]) + String(after[after.index(after: end)...])
            }
        }
        for lead in ["Today, ", "Today ", "Yesterday, ", "On Monday, ", "On Tuesday, ", "On Wednesday, ", "On Thursday, ", "On Friday, "] where subject.hasPrefix(lead) {
            subject = String(subject.dropFirst(lead.count))
        }
        subject = TextNormalization.collapse(subject)
        while subject.hasSuffix(",") { subject.removeLast() }
        for article in ["the ", "The "] where subject.hasPrefix(article) { subject = String(subject.dropFirst(article.count)) }
        // A body's name holds no digits or colons; such a subject is text the
        // dateline parser did not recognise ("VIENNA, 11 May 2020: Today, …").
        let organizer = subject.isEmpty || subject.split(separator: " ").count > 12
            || subject.contains(where: { $0.isNumber || $0 == ":" }) ? nil : subject
        let today = sentence.lowercased().contains("today")
        return MeetingFacts(description: descr.joined(separator: " "), organizer: organizer, chair: chair, ordinal: ordinal,
                            attendanceMode: mode, participants: nil, date: today ? date : nil)
    }

    /// The first word of `sentence` (words are separated by single spaces) that is one of `verbs`.
    /// - Complexity: O(n) byte comparisons; a hash look-up only for words of a verb's length
    ///   and first letter.
    static func firstVerb(in sentence: String) -> Range<String.Index>? {
        let bytes = sentence.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end) }
            let length = bytes.distance(from: start, to: end)
            if length >= verbLengths.lowerBound, length <= verbLengths.upperBound, verbInitials.contains(bytes[start]),
               verbs.contains(String(sentence[start..<end])) {
                return start..<end
            }
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return nil
    }

    static let verbLengths: ClosedRange<Int> = verbs.map(\.utf8.count).min()!...verbs.map(\.utf8.count).max()!
    static let verbInitials: Set<UInt8> = Set(verbs.compactMap(\.utf8.first))

    /// `27th`, `1st`, `22nd`, `3rd` → the number; nil for anything else.
    static func numericOrdinal(_ w: String) -> Int? {
        for suffix in ["st", "nd", "rd", "th"] where w.hasSuffix(suffix) {
            let digits = w.dropLast(2)
            if !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits) { return n }
        }
        return nil
    }

    static func participants(in text: String) -> Int? {
        let words = text.split(separator: " ").map(String.init)
        for (i, w) in words.enumerated() where i > 0 {
            let lower = w.trimmingPunctuation.lowercased()
            guard lower == "participants" || lower == "participated" || lower == "attendees" || lower == "teilnehmende" || lower == "teilnehmer" else { continue }
            let n = words[i - 1].filter { $0.isNumber }
            if !n.isEmpty, n.count == words[i - 1].trimmingPunctuation.count, let value = Int(n) { return value }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing punctuation.
    var trimmingPunctuation: String {
        var s = Substring(self)
        while let f = s.first, f.isPunctuation || f.isSymbol { s = s.dropFirst() }
        while let l = s.last, l.isPunctuation || l.isSymbol { s = s.dropLast() }
        return String(s)
    }
}
