/// Labels the lines of a page's content by scoring features, not by the order of passes.
///
/// Each line gets a score for each role it could play (chrome, section header, type line,
/// label, standalone date line, dateline, photo caption, pull quote, title, body paragraph)
/// from shallow features: its
/// length and word count, capitalisation, terminal punctuation, lexicon hits
/// (`layout-lexicon.tsv`), a date or dateline parse, separator density (breadcrumbs), its position
/// and its neighbours. The title of a release is the candidate with the best total, so a type line,
/// a label group or a dateline next to a line all raise its title score, and a headline over prose
/// still wins when the page has none of them.
///
/// Source: the block-scoring idea of boilerplate removal (boilerpipe, Readability) in
/// `extraction-design.md`, over the layouts of `Examples/pages/README.md`.
enum Segmenter {
    /// What a line is, as the segmenter sees it on its own (before the title is chosen).
    enum Role: Hashable {
        /// Navigation and chrome: `Skip navigation`, `Resources`, breadcrumbs (`Home > News > …`).
        case chrome
        /// A section header above the content (`Newsroom`, `Новости`, `Redaksia e lajmeve`).
        case sectionHeader
        /// A type line (`Press release`, `Pressemitteilung`, `Feature`).
        case typeLine(PageKind)
        /// A metadata label (either form) or one of its `- value` lines.
        case label
        /// A line that holds only a date (`10 tetor 2012`, `28 June 2018`).
        case dateLine
        /// A dateline opening a paragraph, or a standalone `CITY D month YYYY` line.
        case dateline
        /// A heading that ends a release's body (`Contacts`, `Related stories`).
        case endOfBody
        /// A photo caption standing on its own line (`captionScore`).
        case photoCaption
        /// A passage of the body repeated on a line of its own as one quotation (`markPullQuotes`).
        case pullQuote
        /// Anything else: a title or body text.
        case text
    }

    static let lexicon = LayoutLexicon.shared

    /// The roles of `lines`; `.dateline` is looked for only in `lines[datelineWindow]` (the
    /// parse is the costly feature, and only lines near a title candidate need it).
    static func roles(of lines: [Document.Line], datelineWindow: Range<Int>) -> [Role] {
        var roles = lines.map { role(of: $0, datelines: false) }
        // A table of people (`Name | Post | Country` and its rows) is text, not a breadcrumb.
        for k in TableRows.tableLines(lines.map(\.text)) where roles[k] == .chrome { roles[k] = .text }
        // A date alone in a list item (`- 16 May 2018`: a CMS's `<dd class="published">`) under a
        // text line is a date line; under a label or another item it is a label's value.
        for k in lines.indices.dropFirst() where roles[k] == .text && roles[k - 1] == .text && isBulletedDate(lines[k].text)
            && !lines[k - 1].text.hasPrefix("- ") {
            roles[k] = .dateLine
        }
        markDatelines(&roles, lines, in: datelineWindow)
        markPullQuotes(&roles, lines)
        return roles
    }

    /// How much a line looks like a photo caption: a photo credit at its end (`(OSCE/Jane Doe)`)
    /// 3, `Photo details` at its end 3, a `Photo:`/`Foto:`/`Фото:` opening 3, a date at the end of
    /// a short line without a full stop 1. A line scoring 3 or more is a caption.
    static func captionScore(_ t: String) -> Int {
        var score = 0
        if CaptionSplitter.hasPhotoCredit(t) { score += 3 }
        if t.hasSuffix("Photo details") { score += 3 }
        if let f = t.unicodeScalars.first, CaptionSplitter.captionLabelInitials.contains(f) {
            let lower = t.prefix(12).lowercased()
            if CaptionSplitter.captionLabels.contains(where: { lower.hasPrefix($0) }) { score += 3 }
        }
        if t.utf8.count <= 200, let last = t.utf8.last, last >= 0x30, last <= 0x39, t.contains(","),
           let tail = t.split(separator: ",").last, DateParser.parse(TextNormalization.collapse(tail))?.year != nil {
            score += 1
        }
        // `Ambassador X, Head of …, speaks at the opening, Belgrade, 5 May 2021.`: a sentence closed
        // by `, Place, full date.` is a photo's caption (prose gives a date with `on`, not after a
        // comma and a place), and the people it names are not the release's.
        if t.utf8.count <= 300, t.utf8.last == 0x2E, t.utf8.dropLast().last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            let segments = t.dropLast().split(separator: ",")
            if segments.count >= 3, DateParser.parse(TextNormalization.collapse(segments[segments.count - 1]))?.year != nil {
                let place = segments[segments.count - 2].split(separator: " ")
                if (1...3).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }) { score += 3 }
            }
        }
        return score
    }

    /// Marks as `.pullQuote` the text lines that are one quotation (opening mark first, closing
    /// mark last, optionally followed by `– Name`) of 4 to 60 words whose passage also occurs on
    /// another line of the page: a pull quote repeats the body. Such a line is no title; it stays
    /// in the body (its quote is listed again, as the annotation convention wants).
    static func markPullQuotes(_ roles: inout [Role], _ lines: [Document.Line]) {
        for k in lines.indices where roles[k] == .text {
            let t = lines[k].text
            guard let f = t.unicodeScalars.first, openingMarks.contains(f) else { continue }
            var passage = t
            if let dash = t.utf8LastRange(of: " – ") ?? t.utf8LastRange(of: " — ") { passage = String(t[..<dash.lowerBound]) }
            guard let l = passage.unicodeScalars.last, closingMarks.contains(l), let probe = passageProbe(passage) else { continue }
            if lines.indices.contains(where: { $0 != k && lines[$0].text.utf8Contains(probe) }) { roles[k] = .pullQuote }
        }
    }

    static let openingMarks: Set<Unicode.Scalar> = ["“", "„", "\"", "«"]
    static let closingMarks: Set<Unicode.Scalar> = ["”", "“", "\"", "»"]

    /// What a pull quote's passage is looked for by on the page's other lines: `passage` without
    /// its opening mark (when it has one) and its closing mark (when it has one), and with
    /// `trimmingPunctuation` without the punctuation that ends it (a pull quote may close with a
    /// full stop where the text has a comma), cut to its first 60 characters; nil when the passage
    /// is not 4 to 60 words (a name, a short phrase).
    static func passageProbe(_ passage: String, trimmingPunctuation: Bool = false) -> String? {
        var scalars = Substring(passage).unicodeScalars
        if let f = scalars.first, openingMarks.contains(f) { scalars.removeFirst() }
        if let l = scalars.last, closingMarks.contains(l) { scalars.removeLast() }
        while trimmingPunctuation, let l = scalars.last, ".,;:!?…".unicodeScalars.contains(l) { scalars.removeLast() }
        let inner = Substring(scalars)
        guard (4...60).contains(inner.split(separator: " ").count) else { return nil }
        return String(inner.prefix(60))
    }

    /// Sets `.dateline` on the `.text` lines of `window` that open with a dateline; returns the
    /// parses made (`datelineParse`), by the text parsed, a line that is none included.
    @discardableResult
    static func markDatelines(_ roles: inout [Role], _ lines: [Document.Line], in window: Range<Int>) -> [String: Dateline?] {
        var parses: [String: Dateline?] = [:]
        for k in window.clamped(to: lines.indices) where roles[k] == .text {
            guard let (text, dateline) = datelineParse(lines[k].text) else { continue }
            parses.updateValue(dateline, forKey: text)
            if isDateline(dateline) { roles[k] = .dateline }
        }
        return parses
    }

    /// The role of one collapsed line on its own.
    /// - Parameter datelines: false to skip the dateline parse (the line is then `.text`).
    static func role(of line: Document.Line, datelines: Bool = true) -> Role {
        let t = line.text
        if line.label != nil { return .label }
        if t.utf8.count <= lexicon.longestPhrase + 8 {  // (slack for case mappings that change length)
            for e in lexicon.roles(of: t.lowercased()) {
                if e.role == "boilerplate" || e.role.hasPrefix("section.") { return .chrome }
                if e.role == "section" { return .sectionHeader }
                if e.role.hasPrefix("type.") {
                    return .typeLine(PageKind(rawValue: String(e.role.dropFirst(5))) ?? .other)
                }
                if e.role == "end-of-body" { return .endOfBody }
            }
        }
        if isBreadcrumb(t) || isImageOrLink(t) || isReadingTime(t) { return .chrome }
        if captionScore(t) >= 3 { return .photoCaption }
        if t.utf8.count <= 60, let d = DateParser.parse(t), d.year != nil { return .dateLine }
        if datelines, isDateline(t) { return .dateline }
        return .text
    }

    /// `- 16 May 2018`: a list item holding only a date with its year.
    static func isBulletedDate(_ t: String) -> Bool {
        guard t.hasPrefix("- "), t.utf8.count <= 42 else { return false }
        return DateParser.parse(String(t.dropFirst(2)))?.year != nil
    }

    /// The date text of a `.dateLine` line: the line without its list marker.
    static func dateText(_ t: String) -> String {
        t.hasPrefix("- ") ? String(t.dropFirst(2)) : t
    }

    /// True when the line opens with a dateline (`VIENNA, 11 May 2020 –`) or is a standalone one.
    static func isDateline(_ t: String) -> Bool {
        isDateline(datelineParse(t)?.dateline)
    }

    /// Whether a dateline parse found a place or a date.
    private static func isDateline(_ d: Dateline?) -> Bool {
        guard let d else { return false }
        return !d.places.isEmpty || d.date != nil
    }

    /// `Dateline.parse` of the line as `isDateline` reads it: the text parsed (`t`, or its first
    /// 160 characters when it is longer than 480 bytes: a dateline sits in the first 120) and
    /// the parse; nil when `t` does not start with an upper-case letter (nothing is parsed).
    static func datelineParse(_ t: String) -> (text: String, dateline: Dateline?)? {
        guard let f = t.unicodeScalars.first, f.properties.isUppercase else { return nil }
        let head = t.utf8.count > 480 ? String(t.prefix(160)) : t
        return (head, Dateline.parse(head))
    }

    /// A kind implied by a section header (`Resources` → a document page, `other`), or nil.
    static func sectionKind(of line: Document.Line) -> PageKind? {
        for e in lexicon.roles(of: line.text) where e.role.hasPrefix("section.") {
            return PageKind(rawValue: String(e.role.dropFirst(8)))
        }
        return nil
    }

    /// `Home > Newsroom > Press releases`, `Home / News / 2020`, `Start » Aktuelles`: two or more
    /// separators between short segments (at most six words; the last, the page's own headline,
    /// at most 25), none ending with a full stop.
    static func isBreadcrumb(_ t: String) -> Bool {
        guard t.utf8.count <= 160 else { return false }
        // Fast refusal: fewer than two separators between spaces in the bytes.
        let separators = t.utf8.withContiguousStorageIfAvailable(countSeparators) ?? Array(t.utf8).withUnsafeBufferPointer(countSeparators)
        guard separators >= 2 else { return false }
        for sep in [" > ", " » ", " / ", " | ", " › ", " → "] {
            let parts = t.components(separatedBy: sep)
            // The last crumb is the page itself, often its whole headline (`Home > Mission >
            // Young people from eight municipalities start …`).
            if parts.count >= 3, parts.enumerated().allSatisfy({ k, p in
                let w = p.split(separator: " ").count
                return w >= 1 && w <= (k == parts.count - 1 ? 25 : 6) && !p.hasSuffix(".")
            }) { return true }
        }
        return false
    }

    /// The words of an estimated reading time (`reading-time.unit`: minutes, min, Minuten;
    /// `reading-time.word`: read, reading time, Lesezeit), lower case.
    static let readingTimeUnits = lexicon.phrases(role: "reading-time.unit")
    static let readingTimeWords = lexicon.phrases(role: "reading-time.word")

    /// An article's estimated reading time, which a reader view or a blog template shows under
    /// the headline (`3–4 minutes`, `5 min read`, `Lesezeit: 4 Min.`, `Reading time: 2 minutes`):
    /// at most 60 bytes of numbers or ranges of them (`3–4`, `3-4`, `~5`) and reading-time words,
    /// with a unit among them; a colon, comma or `·` may separate them. Page furniture, never a
    /// title.
    static func isReadingTime(_ t: String) -> Bool {
        guard t.utf8.count <= 60, t.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return false }
        var unit = false
        var number = false
        for raw in t.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }) {
            var word = raw
            while let l = word.last, ":,·".contains(l) { word = word.dropLast() }
            while let f = word.first, "~≈(".contains(f) { word = word.dropFirst() }
            while let l = word.last, l == ")" || l == "+" { word = word.dropLast() }
            if word.isEmpty || word == "·" || word == "-" || word == "–" { continue }
            if word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" }),
               word.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true {
                number = true
            } else if readingTimeUnits.contains(String(word)) {
                unit = true
            } else if !readingTimeWords.contains(String(word)) {
                return false
            }
        }
        return unit && number
    }

    /// A line that is only an image or a link (`![](https://…)`, `[Photo](…)`, a bare URL).
    static func isImageOrLink(_ t: String) -> Bool {
        if t.hasPrefix("![") && t.hasSuffix(")") && !t.contains(" ") { return true }
        if (t.hasPrefix("http://") || t.hasPrefix("https://")) && !t.contains(" ") { return true }
        return false
    }

    /// The breadcrumb separators, as UTF-8: `>`, `/`, `|`, `»`, `›`, `→`.
    private static let separatorBytes: [[UInt8]] = [[0x3E], [0x2F], [0x7C], [0xC2, 0xBB], [0xE2, 0x80, 0xBA], [0xE2, 0x86, 0x92]]

    /// The number of ` SEP ` occurrences (a separator with a space on each side).
    private static func countSeparators(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x20 {
                for sep in separatorBytes where i + sep.count + 1 < bytes.count && bytes[i + sep.count + 1] == 0x20 {
                    var match = true
                    for (k, b) in sep.enumerated() where bytes[i + 1 + k] != b { match = false; break }
                    if match { count += 1; break }
                }
            }
            i += 1
        }
        return count
    }

    /// The index of the first line after the capture's header and any chrome lines above the
    /// site menu or the content (`Skip navigation`, breadcrumbs), blank lines skipped.
    static func leadingChrome(in document: Document) -> Int {
        var k = 0
        var afterChrome = 0
        while k < document.lines.count {
            let line = document.lines[k]
            if line.isHeader || line.isBlank { k += 1; continue }
            guard role(of: line) == .chrome, sectionKind(of: line) == nil else { break }
            k += 1
            afterChrome = k
        }
        return afterChrome
    }

    /// A title candidate with its score and the evidence that gave it.
    struct TitleCandidate {
        var index: Int
        var score: Double
        /// True when a type line, a label group or a dateline supports it (not only its shape).
        var structural: Bool
        /// Index of the type line above it, when there is one.
        var typeLine: Int?
    }

    /// Headline shape: 3 to 45 words, at most 320 characters, starts with a capital or digit.
    static func headlineShape(_ t: String) -> Double {
        let words = t.split(separator: " ").count
        guard (3...45).contains(words), t.count <= 320, let f = t.unicodeScalars.first,
              f.properties.isUppercase || ("0"..."9").contains(f) || f == "“" || f == "\"" || f == "«" || f == "„" else { return 0 }
        var s = 1.0
        if !t.hasSuffix(".") { s += 0.5 }
        if words >= 6 { s += 0.5 }
        return s
    }

    /// Prose: a long line that ends a sentence, or a very long line (a paragraph cut by the capture).
    static func isProse(_ t: String) -> Bool {
        let words = t.spaceSeparatedWordCount(upTo: 40)
        if words >= 40 { return true }
        guard t.utf8.count >= 80, words >= 12, let last = t.unicodeScalars.last else { return false }
        return ".!?…\"”»:);".unicodeScalars.contains(last)
    }

    /// A paragraph of running text: prose (`isProse`) of 40 words or more, or prose whose last
    /// sentence ends with a full stop (closing quotation marks and brackets after it aside:
    /// `„…“, fügte sie hinzu.`). A headline never ends so, so such a line is never an item's title.
    static func isBodyParagraph(_ t: String) -> Bool {
        guard isProse(t) else { return false }
        if t.spaceSeparatedWordCount(upTo: 40) >= 40 { return true }
        let closers: Set<Unicode.Scalar> = ["”", "“", "\"", "»", "’", "'", ")", "]"]
        for s in t.unicodeScalars.reversed() where !closers.contains(s) { return s == "." }
        return false
    }

    /// The index of the first line after `k` that is not chrome (an image, a breadcrumb) or a
    /// photo caption, or nil.
    static func nextContent(after k: Int, roles: [Role]) -> Int? {
        var j = k + 1
        while j < roles.count, roles[j] == .chrome || roles[j] == .photoCaption { j += 1 }
        return j < roles.count ? j : nil
    }

    /// Scores the lines from `lines[start]` on as the title of a release.
    ///
    /// Every line of the first `window` is a candidate. Further down (up to `reach` lines), a line
    /// is one only with structural evidence, and only while everything above it is short (menu
    /// entries, language links and other chrome the lexicon does not know: at most 60 characters,
    /// counted as Unicode scalars so that a Cyrillic subsite name is as short as a Latin one, and
    /// six words) or, past a longer line
    /// that is no prose (a cookie notice), when a type line stands right above it; so unknown
    /// chrome above a title does not hide it, and a dateline deep in a body never makes a title.
    /// A line the page's markup names as an article's headline (`PageHints.naming`) has
    /// structural evidence as a type line has.
    static func titleCandidates(_ lines: [Document.Line], roles: [Role], from start: Int, window: Int = 6,
                                reach: Int = 40, hints: PageHints = PageHints()) -> [TitleCandidate] {
        var out: [TitleCandidate] = []
        let end = min(lines.count, start + reach)
        guard start < end else { return [] }
        var onlyShortAbove = true
        var proseAbove = false
        for t in start..<end {
            let text = lines[t].text
            let deep = t - start >= window
            if deep && !onlyShortAbove {
                // Past a long line (a cookie notice, a site slogan), only a line under a type line
                // is still a candidate, and only while no prose has started above it.
                if proseAbove { break }
                guard t > start, case .typeLine = roles[t - 1] else { continue }
            }
            defer {
                if (text.utf8.count > 60 && text.unicodeScalars.count > 60) || text.spaceSeparatedWordCount(upTo: 6) > 6 { onlyShortAbove = false }
                if isProse(text) { proseAbove = true }
            }
            guard roles[t] == .text else { continue }
            if text.hasPrefix("- ") || text == "-" || text.hasSuffix(":") { continue }
            var score = headlineShape(text)
            var structural = false
            var typeLine: Int?
            // A type line directly above.
            if t > start, case .typeLine = roles[t - 1] {
                score += 4; structural = true; typeLine = t - 1
            } else if t > start, t == start + 1 || roles[t - 2] != .text, isGenericTypeLine(lines[t - 1].text),
                      (t + 1..<min(t + 4, lines.count)).contains(where: { lines[$0].label?.form == .dash }) {
                score += 3; structural = true; typeLine = t - 1
            }
            // A type line directly below, over labels (a print version: the title, then the
            // type field and the date field).
            if typeLine == nil, t + 1 < lines.count, case .typeLine = roles[t + 1],
               (t + 2..<min(t + 4, lines.count)).contains(where: { lines[$0].label.map { $0.form == .dash || $0.kind != nil } ?? false }) {
                score += 4; structural = true; typeLine = t + 1
            }
            // Labels below (after at most two lead lines).
            if (t + 1..<min(t + 4, lines.count)).contains(where: { k in
                guard let l = lines[k].label else { return false }
                return l.form == .dash || (l.kind != nil && (k == t + 1))
            }) {
                score += 4; structural = true
            }
            // A dateline below, or a date line and then a dateline or prose.
            if let n = nextContent(after: t, roles: roles) {
                // Datelines are marked near the start only; deeper candidates parse on demand.
                if roles[n] == .dateline || (deep && roles[n] == .text && score > 0 && isDateline(lines[n].text)) {
                    score += 4; structural = true
                } else if roles[n] == .dateLine, let m = nextContent(after: n, roles: roles),
                          roles[m] == .dateline || isProse(lines[m].text) {
                    score += 3.5; structural = true
                } else if isProse(lines[n].text) {
                    score += 1
                }
            }
            // A date line right above, and a dateline paragraph after at most four lines of
            // furniture (a toolbar, a photo's caption and credit): a CMS's item (`Thursday, 09 July
            // 2015 17:42` over its headline).
            if !structural, t > start, roles[t - 1] == .dateLine, score > 0,
               PageLayout.datelineAfterFurniture(lines, roles: roles, from: t + 1, to: lines.count) != nil {
                score += 3.5; structural = true
            }
            // The markup's headline (schema.org microdata or JSON-LD; `og:title` or the document
            // title of a dated page); the title of an undated page only adds to the shape.
            if score > 0, let naming = hints.naming(text) {
                if naming == .article { score += 4; structural = true } else { score += 1.5 }
            }
            // A date line above (the oscepa.org listing form).
            if t > start, roles[t - 1] == .dateLine { score += 1 }
            if isProse(text) { score -= 2 }
            // A title opens its item: prose above it belongs to something else (a body, a teaser).
            if proseAbove { score -= 5 }
            let distance = t - start
            score -= 0.25 * Double(min(distance, window)) + 0.02 * Double(max(0, distance - window))
            if deep && !structural { continue }
            out.append(TitleCandidate(index: t, score: score, structural: structural, typeLine: typeLine))
        }
        return out
    }

    /// A short capitalised line of one to three words that could name a content type
    /// the lexicon does not list (`Feature`, `Op-ed`).
    static func isGenericTypeLine(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...3).contains(words.count), s.count <= 30, let f = s.first, f.isUppercase else { return false }
        guard let l = s.last, l.isLetter else { return false }
        return !s.hasPrefix("- ")
    }
}
