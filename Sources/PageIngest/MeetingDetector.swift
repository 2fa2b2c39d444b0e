/// Finds the meeting a release reports in its first paragraphs.
///
/// Pattern: `SUBJECT[, under the X Chair,] VERB DETERMINER [ordinal (`third`, `27th`)]
/// [virtual|online|hybrid|in-person] [up to three words, or a capitalised name of up to nine]
/// NOUN`, and a participant count `[Some|About|Over|More than] N participants`. Every word class
/// is data: the `meeting.*` roles of `Resources/layout-lexicon.tsv` (verbs, nouns, determiners,
/// the connectors allowed inside a capitalised name, the boundary words that end a name, lead
/// phrases before the subject, ordinals, attendance modes, participant words). The longest noun
/// at a word is the head (`a round table`, `a round of talks`; `round` alone is no meeting noun),
/// and a determiner or boundary word inside the phrase refuses it (`hosted a delegation from the
/// training` names no meeting).
enum MeetingDetector {
    private static let layout = LayoutLexicon.shared
    static let verbs: Set<String> = layout.phrases(role: "meeting.verb")
    /// Meeting nouns as word arrays, longest first (`round of talks` before `round`).
    static let nouns: [[String]] = layout.phrases(role: "meeting.noun").map { $0.split(separator: " ").map(String.init) }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.joined(separator: " ") < $1.joined(separator: " ") }
    static let determiners: Set<String> = layout.phrases(role: "meeting.determiner")
    static let nameConnectors: Set<String> = layout.phrases(role: "meeting.name-connector")
    static let boundaries: Set<String> = layout.phrases(role: "meeting.boundary")
    /// Articles dropped from the start of the organiser's name (`The Centre` → `Centre`).
    static let subjectArticles: Set<String> = layout.phrases(role: "meeting.subject-article")
    static let leads: [String] = layout.phrases(role: "meeting.lead").sorted { $0.count > $1.count }
    static let participantWords: Set<String> = layout.phrases(role: "meeting.participants")
    static let ordinals: [String: Int] = layout.phrases(rolePrefix: "meeting.ordinal.").compactMapValues { Int($0) }
    static let modes: [String: String] = layout.phrases(rolePrefix: "meeting.mode.")

    static func detect(paragraphs: [String], date: String?) -> MeetingFacts? {
        for paragraph in paragraphs.prefix(3) {
            if var m = firstSentence(of: paragraph, where: { meeting(in: $0, date: date) }) {
                m.participants = participants(in: paragraphs.prefix(3).joined(separator: " "))
                return m
            }
        }
        return nil
    }

    /// The first non-nil `body(sentence)` over the sentences of `paragraph` in order (each ends
    /// after `.`, `!` or `?` followed by a space; white space collapsed), made one at a time: a
    /// paragraph of one 50 MB line is not held a second time as its sentences.
    /// - Complexity: O(bytes read up to the sentence that answers).
    static func firstSentence<T>(of paragraph: String, where body: (String) -> T?) -> T? {
        // `.`, `!`, `?` and the space are ASCII: a byte scan finds them (O(n)).
        let bytes = paragraph.utf8
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let next = bytes.index(after: i)
            if b == 0x2E || b == 0x21 || b == 0x3F, next < bytes.endIndex, bytes[next] == 0x20 {
                if let answer = body(TextNormalization.collapse(paragraph[start..<next])) { return answer }
                start = next
            }
            i = next
        }
        if start < bytes.endIndex { return body(TextNormalization.collapse(paragraph[start...])) }
        return nil
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
        guard determiners.contains(words[k].lowercased()) else { return nil }
        k += 1
        var descr: [String] = []
        var ordinal: Int?
        var mode: String?
        var nounLength = 0
        // Up to three lower-case words before the noun (`annual review meeting`); a proper name
        // may be longer (`Human Dimension Implementation Meeting`, `Economic and Environmental
        // Forum`): capitalised words, with a name connector (`and`, `of`) between two of them.
        while k < words.count, descr.count < 10 {
            let raw = words[k].trimmingPunctuation
            let w = raw.lowercased()
            if let o = ordinals[w] ?? numericOrdinal(w) { if o > 0 { ordinal = o }; descr.append(raw); k += 1; continue }
            if let m = modes[w] { mode = m; descr.append(raw); k += 1; continue }
            if let n = noun(in: words, at: k) {
                // The longest noun is the head (`round table`, not `round`).
                descr += words[k..<(k + n)].map(\.trimmingPunctuation)
                nounLength = n
                break
            }
            // A determiner or a boundary word inside the phrase: the phrase is no meeting's name.
            if determiners.contains(w) || boundaries.contains(w) { return nil }
            let capitalised = raw.first?.isUppercase == true
            let inName = descr.last?.first?.isUppercase == true
            if raw.first?.isLetter == true && raw.count > 2 && (descr.count < 3 || (capitalised && (inName || descr.count < 4))),
               !words[k].hasSuffix(",") {
                descr.append(raw)
                k += 1
                continue
            }
            if nameConnectors.contains(w), inName, k + 1 < words.count, words[k + 1].first?.isUppercase == true {
                descr.append(raw)
                k += 1
                continue
            }
            return nil
        }
        guard nounLength > 0 else { return nil }
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
        for lead in leads {
            let n = lead.count
            guard subject.count > n, subject.prefix(n).lowercased() == lead else { continue }
            let after = subject.dropFirst(n)
            if after.hasPrefix(", ") { subject = String(after.dropFirst(2)); break }
            if after.hasPrefix(" ") { subject = String(after.dropFirst()); break }
        }
        subject = TextNormalization.collapse(subject)
        while subject.hasSuffix(",") { subject.removeLast() }
        if let space = subject.firstIndex(of: " "), subjectArticles.contains(subject[..<space].lowercased()) {
            subject = String(subject[subject.index(after: space)...])
        }
        // A body's name holds no digits or colons; such a subject is text the
        // dateline parser did not recognise ("VIENNA, 11 May 2020: Today, …").
        let organizer = subject.isEmpty || subject.split(separator: " ").count > 12
            || subject.contains(where: { $0.isNumber || $0 == ":" }) ? nil : subject
        let today = sentence.lowercased().contains("today")
        return MeetingFacts(description: descr.joined(separator: " "), organizer: organizer, chair: chair, ordinal: ordinal,
                            attendanceMode: mode, participants: nil, date: today ? date : nil)
    }

    /// The number of words of the meeting noun (`nouns`, longest first) that starts at word `k`
    /// (punctuation around the words ignored, any case), nil when none does.
    static func noun(in words: [String], at k: Int) -> Int? {
        for noun in nouns where k + noun.count <= words.count {
            if noun.indices.allSatisfy({ words[k + $0].trimmingPunctuation.lowercased() == noun[$0] }) {
                // Only the last word may carry punctuation after it.
                if noun.count > 1, (k..<(k + noun.count - 1)).contains(where: { words[$0].last?.isPunctuation == true }) { continue }
                return noun.count
            }
        }
        return nil
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
            guard participantWords.contains(lower) else { continue }
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
