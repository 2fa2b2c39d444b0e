import Foundation
/// Turns one raw item (title, labels, body lines) into `ReleaseFacts`.
enum ReleaseAnalyzer {
    /// - Parameter datelines: dateline parses already made of some texts (`PageLayout.Result.datelines`):
    ///   a first paragraph found there is not parsed again.
    /// - Parameter explain: called with each quote's attribution and its evidence
    ///   (`QuoteExtractor.Attribution`, speakers as full names), for inspecting decisions.
    /// - Parameter unclosed: called with each passage of the body that no closing mark closes
    ///   (`unclosedQuotations`).
    static func analyze(_ raw: PageLayout.RawItem, truncated: Bool, datelines: [String: Dateline?] = [:],
                        explain: ((_ quotes: [(text: String, speaker: String?, evidence: String)]) -> Void)? = nil,
                        unclosed: ((UnclosedQuotation) -> Void)? = nil) -> ReleaseFacts {
        var facts = ReleaseFacts(title: raw.title, contentType: raw.contentType)
        facts.truncated = truncated
        facts.lead = raw.lead
        facts.captions = raw.captions
        // Labels.
        var labelDate: String?
        for (label, values) in raw.labels {
            switch label {
            case .date:
                if labelDate == nil, let v = values.first, let d = DateParser.parse(v)?.iso { labelDate = d }
            case .place:
                for v in values { facts.where += TextNormalization.splitAtCommas(v).map(TextNormalization.normalCase) }
            case .source:
                for v in values { facts.issuers += TextNormalization.splitAtCommas(v) }
            case .fieldsOfWork:
                for v in values { facts.fieldsOfWork += TextNormalization.splitAtCommas(v) }
            case .whereWeAre, .location:
                for v in values { facts.where += TextNormalization.splitAtCommas(v) }
            case .contentType:
                if facts.contentType == nil { facts.contentType = values.first }
            }
        }
        // Captions and paragraphs.
        // A footer closing the body (press contact, social links, credits, `Share`) is not body
        // (`paragraphs`, the article body), but the press contact it names is still read as a person.
        let footerStart = BodyEnd.footerStart(raw.body)
        let footer = raw.body[footerStart...].map { TextNormalization.collapse($0) }.filter { !$0.isEmpty }
        var paragraphs: [String] = []
        for p in raw.body.prefix(footerStart) {
            let text = TextNormalization.collapse(p)
            guard !text.isEmpty else { continue }
            var (caption, rest) = CaptionSplitter.split(text)
            if let caption { facts.captions.append(caption) }
            if paragraphs.isEmpty, let r = rest, let (before, dateline) = CaptionSplitter.captionBeforeDateline(r) {
                facts.captions.append(before)
                rest = dateline
            }
            guard let rest else { continue }
            if let last = paragraphs.last, isByline(rest), endsWithQuotation(last) {
                // `“…”` then `— Ambassador X, Head of …` on a line of its own (a `<blockquote>`'s
                // attribution, a pull quote's signature): the line signs the passage before it.
                paragraphs[paragraphs.count - 1] = last + " " + rest
            } else {
                paragraphs.append(rest)
            }
        }
        facts.paragraphs = paragraphs
        // Dateline.
        var analysed = paragraphs
        var datelineCountries: [String] = []
        if let first = paragraphs.first, let dateline = parsed(first, in: datelines) ?? Dateline.parse(first) {
            facts.datelinePlaces = dateline.places
            datelineCountries = dateline.countries
            facts.datelineDate = dateline.date?.iso
            if dateline.standalone {
                analysed.removeFirst()
            } else {
                analysed[0] = dateline.remainder
            }
        }
        facts.date = labelDate ?? facts.datelineDate
        // People, quotes, States.
        var units = [TextUnit(raw.title, isTitle: true)] + (analysed + footer).map { TextUnit($0) }
        // The item's own language chooses the word lists; a sample of its first paragraphs decides.
        let sample = LanguageDetector.sample([raw.title] + analysed.prefix(3), separator: "\n", scalars: 400)
        let language = LanguageDetector.detect(sample)
        // A paragraph in another language (a quotation given in Russian on an English page) adds
        // that language's lists (`Lexicon.for(languages:)`); short paragraphs are not judged.
        var languages = [language]
        for p in analysed where p.utf8.count >= 160 {
            let l = LanguageDetector.detect(LanguageDetector.sample([p], separator: "\n", scalars: 400))
            if !languages.contains(l) { languages.append(l) }
        }
        let lexicon = Lexicon.for(languages: languages)
        var extractor = PeopleExtractor(lexicon: lexicon, places: facts.datelinePlaces + facts.where)
        extractor.extract(&units)
        let order = extractor.ordered(units)
        facts.people = order.map { i in
            let p = extractor.people[i]
            return PersonFacts(name: p.name, honorific: p.honorific.flatMap(lexicon.reportedHonorific), roles: p.roles)
        }
        if let unclosed {
            unclosedQuotations(units, truncated: truncated).forEach(unclosed)
        }
        let quotes = QuoteExtractor(people: extractor).attribute(units)
        facts.quotes = quotes.map { QuoteFacts(speaker: $0.speaker.map { extractor.people[$0].name }, text: $0.text) }
        explain?(quotes.map { ($0.text, $0.speaker.map { extractor.people[$0].name }, $0.evidence) })
        facts.statesMentioned = StateMentionFinder.find(in: units, datelinePlaces: facts.datelinePlaces + datelineCountries, language: language)
        facts.meeting = MeetingDetector.detect(paragraphs: analysed, date: facts.date)
        if truncated, let tail = analysed.last { dropNameCutOff(at: tail, in: &facts, text: ([raw.title] + analysed).joined(separator: "\n")) }
        return facts
    }

    /// A passage whose opening quotation mark nothing closes: `excerpt` is the paragraph's text
    /// from the opening mark (at most 40 bytes, cut at a scalar), to find it on the page;
    /// `bounded` tells whether it ended before an attribution (`Tokenizer.attributionBound`)
    /// rather than at its paragraph's end, and `bound` the mark it ended at there (`,`, `?` or `!`).
    struct UnclosedQuotation: Hashable {
        var excerpt: String
        var bounded: Bool
        /// Whether the paragraph goes on after `excerpt`.
        var cut = false
        /// The ASCII mark that bounds a bounded passage.
        var bound: UInt8 = UInt8(ascii: ",")

        /// The warning's message.
        var message: String {
            let at = "unclosed quotation mark at \"\(excerpt)\(cut ? "…" : "")\""
            guard bounded else { return at + ": the passage is read up to the end of its paragraph" }
            switch bound {
            case UInt8(ascii: "?"): return at + ": the passage is read up to the question mark before its attribution"
            case UInt8(ascii: "!"): return at + ": the passage is read up to the exclamation mark before its attribution"
            default: return at + ": the passage is read up to the comma before its attribution"
            }
        }
    }

    /// The passages of `units` (the title's aside) that no closing mark closes, in page order,
    /// but for the two a page writes so on purpose: a passage running to its paragraph's end
    /// when the next paragraph opens with a quotation mark (a passage over several paragraphs),
    /// and the last one of a truncated item that runs to the end (the capture cut it). A passage
    /// of one or two words (a pager's `« first`) swallows nothing and is not reported.
    static func unclosedQuotations(_ units: [TextUnit], truncated: Bool) -> [UnclosedQuotation] {
        var out: [UnclosedQuotation] = []
        for (u, unit) in units.enumerated() where !unit.isTitle {
            for q in unit.quotes where q.unclosed && q.text.spaceSeparatedWordCount(upTo: 3) >= 3 {
                if q.close == nil {
                    if u + 1 < units.count, units[u + 1].tokens.count > 0, units[u + 1].tokens[0].kind == .quoteOpen { continue }
                    if truncated && u == units.count - 1 { continue }
                }
                let bytes = Array(unit.text.utf8)
                var end = min(bytes.count, q.open + 40)
                while end < bytes.count, end > q.open, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                out.append(UnclosedQuotation(excerpt: String(decoding: bytes[q.open..<end], as: UTF8.self), bounded: q.close != nil,
                                             cut: end < bytes.count, bound: q.close.map { bytes[$0] } ?? UInt8(ascii: ",")))
            }
        }
        return out
    }

    /// A signature line: a dash (`—`, `–`, `―`) and a space, then a capitalised word, at most 25
    /// words in all (`— Ambassador X, Head of the OSCE Mission to Moldova`).
    static func isByline(_ t: String) -> Bool {
        let scalars = t.unicodeScalars
        guard let d = scalars.first, ["—", "–", "―"].contains(d) else { return false }
        let rest = scalars.dropFirst()
        guard rest.first == " ", let f = rest.dropFirst().first, f.properties.isUppercase else { return false }
        let words = t.spaceSeparatedWordCount(upTo: 26)
        return words <= 25
    }

    /// Whether a paragraph ends with a closing quotation mark (after a final full stop at most):
    /// a passage that a following signature line can sign.
    static func endsWithQuotation(_ t: String) -> Bool {
        var scalars = t.unicodeScalars.reversed().makeIterator()
        var last = scalars.next()
        if last == "." { last = scalars.next() }
        guard let last else { return false }
        return ["”", "“", "\"", "»", "«", "’"].contains(last)
    }

    /// The parse of `text` among `datelines`, when there is one of exactly its bytes (a `String`
    /// key matches canonically equivalent text too, whose remainder would be spelt otherwise).
    private static func parsed(_ text: String, in datelines: [String: Dateline?]) -> Dateline?? {
        // (A text no key has the length of is not hashed: a 50 MB paragraph is no dateline line.)
        let length = text.utf8.count
        guard datelines.keys.contains(where: { $0.utf8.count == length }),
              let i = datelines.index(forKey: text), datelines[i].key.utf8.elementsEqual(text.utf8) else { return nil }
        return datelines[i].value
    }

    /// A capture cut inside a name (`… said Ambassador Ulrika Fun`) must not
    /// mint a person "Ulrika Fun": a name that ends the cut text and occurs
    /// nowhere else is dropped; when it is the start of another person's
    /// name on the page, its quotes go to that person.
    static func dropNameCutOff(at tail: String, in facts: inout ReleaseFacts, text: String) {
        let trimmed = tail.trimmingCharacters(in: .whitespaces)
        guard let cut = facts.people.first(where: { trimmed.hasSuffix($0.name) }),
              text.components(separatedBy: cut.name).count == 2 else { return }
        let full = facts.people.first { $0.name != cut.name && $0.name.hasPrefix(cut.name) }?.name
        facts.people.removeAll { $0.name == cut.name }
        for i in facts.quotes.indices where facts.quotes[i].speaker == cut.name { facts.quotes[i].speaker = full }
    }
}
