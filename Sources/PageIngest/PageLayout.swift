/// Splits the content of a page (after the site menu) into its kind and raw items.
///
/// The lines come from a `Document` (any text form) and are labelled by `Segmenter`:
/// - leading chrome, bulleted menus with a short heading (`OSCE` over `* Home`) and section
///   headers (`Newsroom`, `Новости`, `Resources`) are skipped;
///   `Institutions & Structures` → institution page; `About us` / `Wo wir zu finden sind` →
///   field-operation page;
/// - two dated items or more in the page's markup (schema.org microdata, `PageHints.entries`:
///   a blog or news listing) → a listing, one item per entry, titled by its headline; the page's
///   own header above them is a section header;
/// - groups of inline `Label: value` lines (`Publishing date:`, `Content type:`, …) under a
///   title that is no body paragraph, standalone date lines each over a title, or titles each
///   over a date line and a short teaser (a subsite's news list) → a listing, one item per group;
/// - otherwise the best-scoring title candidate (`Segmenter.titleCandidates`: a type line above,
///   labels or a dateline below, the headline the HTML markup names, headline shape) starts a
///   release; its label group may be in the capture form (`- Date:` then `- value` lines) or
///   inline (`Date: 11 May 2020`), or follow the body's last paragraph;
/// - a headline over prose with none of that still gives an item, with an `unknown-layout` note,
///   unless section headings divide the page (a topic or committee page: no item).
struct PageLayout {
    typealias Line = Document.Line

    struct RawItem {
        var title: String
        var titleLine: Int
        var contentType: String?
        var labels: [(LabelName, [String])] = []
        var lead: String?
        var body: [String] = []
        /// Photo captions on lines of their own in the body (`Segmenter.Role.photoCaption`).
        var captions: [String] = []
        var containsEnd = false
    }

    enum Outcome {
        case page(PageKind, [RawItem])
        case unknown(Line)
    }

    /// A remark about how the layout was read, reported as a warning.
    struct Note {
        var kind: IngestWarning.Kind
        var line: Line
        var message: String
    }

    struct Result {
        var outcome: Outcome
        var notes: [Note] = []
        /// The dateline parses made while the lines were labelled, by the text parsed
        /// (`Segmenter.markDatelines`): `ReleaseAnalyzer` reads a first paragraph found here
        /// from here instead of parsing it again.
        var datelines: [String: Dateline?] = [:]
    }

    static let lexicon = LayoutLexicon.shared
    static let institutionHeaders = lexicon.phrases(role: "header.institution")
    static let fieldOperationHeaders = lexicon.phrases(role: "header.fieldOperation")
    /// Section headings that follow a release's body on real pages (contacts, related items).
    static let endOfBody = lexicon.phrases(role: "end-of-body")

    /// Content types with a kind of their own (lower-cased type line → kind).
    static let contentTypes: [String: PageKind] = lexicon.phrases(rolePrefix: "type.").compactMapValues { raw in
        raw == "other" ? nil : PageKind(rawValue: raw)
    }
    /// Type lines of real pages that have no kind of their own (→ `other`).
    static let otherContentTypes: Set<String> = lexicon.phrases(role: "type.other")

    /// Classifies `lines` (the non-blank content lines of a `Document` after the site menu).
    /// - Parameter truncated: true when the capture was cut at its end.
    /// - Precondition: `lines` is not empty (a trap otherwise; `PageIngester` checks first).
    /// - Parameter hints: what the page's markup says (HTML): its headline names the title.
    static func classify(_ lines: [Line], truncated: Bool = false, hints: PageHints = PageHints()) -> Result {
        precondition(!lines.isEmpty, "PageLayout.classify needs at least one content line")
        var roles = Segmenter.roles(of: lines, datelineWindow: 0..<0)
        // The markup's captions (a `figcaption`, a `caption` class) are captions whatever their words.
        if !hints.captionLines.isEmpty {
            for k in lines.indices where roles[k] == .text && hints.captionLines.contains(lines[k].number) { roles[k] = .photoCaption }
        }
        var idx = 0
        var sectionKind: PageKind?
        // Chrome and section headers above the content (the last line is never skipped).
        while idx < lines.count {
            let first = lines[idx].text.lowercased()
            if institutionHeaders.contains(first) { return Result(outcome: .page(.institutionPage, [])) }
            if fieldOperationHeaders.contains(first) { return Result(outcome: .page(.fieldOperationPage, [])) }
            guard idx < lines.count - 1,
                  roles[idx] == .chrome || roles[idx] == .sectionHeader || isMenuEntry(lines[idx].text)
                    || isMenuHeading(lines[idx].text, over: lines[idx + 1].text) else { break }
            sectionKind = sectionKind ?? Segmenter.sectionKind(of: lines[idx])
            idx += 1
        }
        // Datelines matter next to the title candidates only.
        let datelines = Segmenter.markDatelines(&roles, lines, in: idx..<(idx + 12))
        if let listing = markupListing(lines, roles: roles, from: idx, hints: hints)
            ?? listing(lines, roles: roles, from: idx, truncated: truncated) {
            return Result(outcome: .page(listing.0, listing.1), datelines: datelines)
        }
        // The release's title: the best-scoring candidate in the first lines.
        let candidates = Segmenter.titleCandidates(lines, roles: roles, from: idx, hints: hints)
        let best = candidates.max { ($0.score, -$0.index) < ($1.score, -$1.index) }
        if let best, best.structural, best.score > 0 {
            var item = release(lines, roles: roles, titleAt: best.index)
            var kind = kindFromTitle(item.title) ?? .pressRelease
            if let t = best.typeLine {
                let typeText = lines[t].text
                item.contentType = typeText
                if case .typeLine(let k) = roles[t] {
                    kind = k == .other ? (kindFromTitle(item.title) ?? .other) : k
                } else {
                    kind = kindFromTitle(item.title) ?? .other
                }
            } else if let typed = item.labels.first(where: { $0.0 == .contentType })?.1.first {
                // A `Content type:` / `Type:` label in the group gives the kind as a type line does.
                if let k = contentTypes[typed.lowercased()] {
                    kind = kindFromTitle(item.title) ?? k
                } else if otherContentTypes.contains(typed.lowercased()) {
                    kind = kindFromTitle(item.title) ?? .other
                }
            }
            return Result(outcome: .page(kind, [item]), datelines: datelines)
        }
        // No structure, but a headline over prose: read it as an item, and say so.
        let hasProse = lines[idx...].contains { Segmenter.isProse($0.text) }
        if let best, best.score >= 3, best.index + 1 < lines.count,
           lines[(best.index + 1)...].contains(where: { Segmenter.isProse($0.text) }),
           !isSectionedPage(lines, roles: roles, after: best.index) {
            let item = release(lines, roles: roles, titleAt: best.index)
            let kind = sectionKind ?? kindFromTitle(item.title) ?? .newsItem
            let note = Note(kind: .unknownLayout, line: lines[best.index],
                            message: "unknown layout: no type line, labels or dateline; read as one item of kind \(kind.rawValue), titled \"\(excerpt(item.title))\"")
            return Result(outcome: .page(kind, [item]), notes: [note], datelines: datelines)
        }
        if hasProse || sectionKind != nil {
            // Prose under a heading that is no headline (a topic page): a page, but no release.
            let note = Note(kind: .unknownLayout, line: lines[idx],
                            message: "unknown layout: prose with no headline, type line, labels or dateline; no item read")
            return Result(outcome: .page(sectionKind ?? .other, []), notes: [note], datelines: datelines)
        }
        return Result(outcome: .unknown(lines[idx]), datelines: datelines)
    }

    /// The index of a dateline paragraph (`PLACE, DATE –` opening prose) among the first five
    /// lines of `from..<to`, when every line before it is short furniture: no prose, no label,
    /// no type or date line (a toolbar's `Email`, a photo's caption and credit, between a headline
    /// and its dateline); nil when the body opens otherwise (the lines from `from` are its text).
    static func datelineAfterFurniture(_ lines: [Line], roles: [Segmenter.Role], from: Int, to: Int) -> Int? {
        var k = from
        while k < min(to, from + 5) {
            let text = lines[k].text
            if Segmenter.isProse(text) || roles[k] == .dateline {
                return k > from && Segmenter.isDateline(text) && Segmenter.isProse(text) ? k : nil
            }
            guard roles[k] == .text || roles[k] == .chrome || roles[k] == .photoCaption, lines[k].label == nil else { return nil }
            k += 1
        }
        return nil
    }

    /// A topic or structure page (a committee, an office, a field of work), which is no news
    /// item: below its heading, two section headings or more (`Officers`, `Meetings`,
    /// `Documents`: `isSectionHeading`), or a roster of two officers or more (`isRosterLine`).
    /// Read only for a page with no type line, labels or
    /// dateline, where a news item's headline over prose is the other reading.
    static func isSectionedPage(_ lines: [Line], roles: [Segmenter.Role], after title: Int) -> Bool {
        var headings = 0
        var rosterRun = 0
        for k in (title + 1)..<lines.count {
            rosterRun = isRosterLine(lines[k].text) ? rosterRun + 1 : 0
            if rosterRun == 2 { return true }
            guard k + 1 < lines.count, roles[k] == .text, isSectionHeading(lines[k].text), !isSectionHeading(lines[k + 1].text) else { continue }
            headings += 1
            if headings == 2 { return true }
        }
        return false
    }

    /// A line of a roster of officers (`Chair: Anna Berg (Sweden)`, `Vice-Chair: Tom Hill`): a
    /// post of one to four words, a colon, and a capitalised name of at most eight words that
    /// ends no sentence. Two in a row make a page a structure page (`isSectionedPage`).
    static func isRosterLine(_ t: String) -> Bool {
        guard t.utf8.count <= 120, let colon = t.firstIndex(of: ":"), let f = t.unicodeScalars.first,
              f.properties.isUppercase else { return false }
        let post = t[..<colon].split(separator: " ")
        let name = t[t.index(after: colon)...].split(separator: " ")
        guard (1...4).contains(post.count), (2...8).contains(name.count),
              name[0].unicodeScalars.first?.properties.isUppercase == true,
              let l = t.unicodeScalars.last, !".!?".unicodeScalars.contains(l) else { return false }
        return true
    }

    /// A section heading inside a page: one to four words, at most 40 bytes, opening with a
    /// capital letter and ending with a letter (no sentence, no label, no list item, no date).
    static func isSectionHeading(_ t: String) -> Bool {
        guard t.utf8.count <= 40, let f = t.unicodeScalars.first, f.properties.isUppercase,
              let l = t.unicodeScalars.last, l.properties.isAlphabetic else { return false }
        let words = t.split(separator: " ").count
        return words <= 4 && DateParser.parse(t) == nil
    }

    /// A menu entry as a browser renders it (`* Newsroom`, `• About us`): a short bulleted line.
    static func isMenuEntry(_ t: String) -> Bool {
        (t.hasPrefix("* ") || t.hasPrefix("• ") || t == "*" || t == "•") && t.split(separator: " ").count <= 9 && !t.hasSuffix(".")
    }

    /// A site name or logo link over a bulleted menu (`OSCE` over `* Home`): one to three words,
    /// no sentence, directly above a menu entry.
    static func isMenuHeading(_ t: String, over next: String) -> Bool {
        isMenuEntry(next) && (1...3).contains(t.split(separator: " ").count) && t.count <= 30
            && !(t.last.map { ".!?:".contains($0) } ?? true)
    }

    private static func excerpt(_ s: String) -> String {
        s.count > 60 ? String(s.prefix(60)) + "…" : s
    }

    /// `daily-report` or `spot-report` from a title such as `… Daily Report 32/2019 …` or `Ежедневный отчет …`.
    static func kindFromTitle(_ title: String) -> PageKind? {
        let t = title.lowercased()
        for (phrase, kind) in titleKinds where t.utf8Contains(phrase) { return kind }
        return nil
    }

    /// Title phrases that give a kind, longest first (deterministic order).
    static let titleKinds: [(String, PageKind)] = lexicon.phrases(rolePrefix: "title.")
        .compactMap { p, k in PageKind(rawValue: k).map { (p, $0) } }
        .sorted { ($0.1.rawValue, $0.0) < ($1.1.rawValue, $1.0) }

    /// Reads a release whose title is `lines[titleAt]`: an optional lead, a label group in the
    /// capture or the inline form, an optional date line, then the body up to an end-of-body heading.
    static func release(_ lines: [Line], roles: [Segmenter.Role], titleAt t: Int) -> RawItem {
        var item = RawItem(title: lines[t].text, titleLine: lines[t].number)
        // A `Content type:` label right above the title (a saved page's type field over its
        // headline) is the item's, as a type line there would be.
        if t > 0, let label = lines[t - 1].label, label.form == .inline, label.kind == .contentType, !label.value.isEmpty {
            item.labels.append((.contentType, [label.value]))
        }
        var j = t + 1
        // A type line under the title (a print version's field blocks) is no lead.
        if j < lines.count, case .typeLine = roles[j] { j += 1 }
        if let k = (j..<min(j + 4, lines.count)).first(where: { k in
            guard let l = lines[k].label else { return false }
            return l.form == .dash || l.kind != nil
        }) {
            if k > j { item.lead = lines[j..<k].map(\.text).joined(separator: " ") }
            j = k
            var current: (LabelName?, LabelLine.Form, [String])?
            func flush() {
                if let (kind, _, values) = current, let kind {
                    item.labels.append((kind, values))
                }
                current = nil
            }
            while j < lines.count {
                let text = lines[j].text
                if let label = lines[j].label, label.form == .dash || label.kind != nil {
                    flush()
                    current = (label.kind, label.form, label.value.isEmpty ? [] : [label.value])
                } else if let c = current, c.1 == .dash, text.hasPrefix("- ") || text == "-" {
                    let value = TextNormalization.collapse(text.dropFirst(1))
                    if !value.isEmpty { current?.2.append(value) }
                } else if let c = current, c.1 == .inline, c.2.isEmpty, !Segmenter.isDateline(text), !Segmenter.isProse(text) {
                    // `Date:` alone, its value on the next line (a browser rendering of a table).
                    current?.2.append(text)
                } else {
                    break
                }
                j += 1
            }
            flush()
        }
        // An unlabelled date line under the title is the item's date when no label gives one;
        // else one right above the title (a CMS's `Thursday, 09 July 2015 17:42` over the headline).
        if j < lines.count, roles[j] == .dateLine, !item.labels.contains(where: { $0.0 == .date && !$0.1.isEmpty }) {
            item.labels.append((.date, [Segmenter.dateText(lines[j].text)]))
            j += 1
        } else if t > 0, roles[t - 1] == .dateLine, !item.labels.contains(where: { $0.0 == .date && !$0.1.isEmpty }) {
            item.labels.append((.date, [Segmenter.dateText(lines[t - 1].text)]))
        }
        var end = j
        while end < lines.count, roles[end] != .endOfBody { end += 1 }
        // The dateline opens the body: short lines between the title and a dateline paragraph
        // (a toolbar's `Email`, a photo's caption and credit) are no body text; the long ones
        // are captions.
        var furniture = j..<j
        var captions: [String] = []
        if let d = datelineAfterFurniture(lines, roles: roles, from: j, to: end) {
            furniture = j..<d
            captions = furniture.filter { roles[$0] == .text && lines[$0].text.spaceSeparatedWordCount(upTo: 8) >= 8 }.map { lines[$0].text }
        }
        let trailing = trailingLabels(lines, from: j, to: end)
        item.labels += trailing.labels
        item.body = (j..<end).filter { roles[$0] != .chrome && roles[$0] != .photoCaption && !trailing.lines.contains($0) && !furniture.contains($0) }
            .map { stripBullet(lines[$0].text) }
        item.captions = (j..<end).filter { roles[$0] == .photoCaption }.map { lines[$0].text } + captions
        if let lead = item.lead, let first = item.body.first, first.hasPrefix(lead) || lead.hasPrefix(first) {
            // The lead repeats the first sentence of the body.
        } else if let lead = item.lead {
            item.body.insert(lead, at: 0)
        }
        item.containsEnd = true
        return item
    }

    /// A label group right after the body's last paragraph (`Fields of work: Youth, Education`
    /// under the text, where Drupal 7 pages put their field blocks): inline labels of a known
    /// name, each with its value on the line or, when empty, on the next line. These are the
    /// item's labels, not body text. Empty when the lines after the last paragraph of
    /// `lines[start..<end]` do not open with such a label.
    static func trailingLabels(_ lines: [Line], from start: Int, to end: Int) -> (labels: [(LabelName, [String])], lines: Set<Int>) {
        guard let lastProse = (start..<end).last(where: { Segmenter.isProse(lines[$0].text) }) else { return ([], []) }
        var labels: [(LabelName, [String])] = []
        var used = Set<Int>()
        var k = lastProse + 1
        while k < end, let label = lines[k].label, label.form == .inline, let kind = label.kind {
            used.insert(k)
            var value = label.value
            if value.isEmpty, k + 1 < end, lines[k + 1].label == nil, !Segmenter.isProse(lines[k + 1].text) {
                value = lines[k + 1].text
                used.insert(k + 1)
                k += 1
            }
            labels.append((kind, value.isEmpty ? [] : [value]))
            k += 1
        }
        return (labels, used)
    }

    private static func stripBullet(_ s: String) -> String {
        s.hasPrefix("- ") ? String(s.dropFirst(2)) : s
    }

    /// An inline label line with a known name (the listing form).
    private static func listingLabel(_ line: Line) -> LabelLine? {
        guard let l = line.label, l.form == .inline, l.kind != nil else { return nil }
        return l
    }

    /// A listing: label groups (or standalone date lines), each under (or over) its title line.
    static func listing(_ lines: [Line], roles: [Segmenter.Role], from start: Int, truncated: Bool) -> (PageKind, [RawItem])? {
        var groups: [(start: Int, end: Int)] = []
        var i = start
        while i < lines.count {
            if listingLabel(lines[i]) != nil {
                var e = i
                while e < lines.count, listingLabel(lines[e]) != nil { e += 1 }
                if i - 1 >= start, !(groups.last.map { $0.end > i - 1 } ?? false) {
                    groups.append((i, e))
                }
                i = e
            } else {
                i += 1
            }
        }
        // `Date:` alone with its value on the next line, then more labels: one group.
        var merged: [(start: Int, end: Int)] = []
        for g in groups {
            if let last = merged.last, g.start - 1 == last.end, listingLabel(lines[last.end - 1])?.value.isEmpty == true {
                merged[merged.count - 1].end = g.end
            } else {
                merged.append(g)
            }
        }
        // A paragraph of the body is never a new item's title: a label group under one (a
        // `Fields of work:` block after a release's last paragraph) opens no item.
        // Nor is a type line (`Press release` over `Date:` in a print version's field blocks):
        // the group is then a release's, under its type line.
        // Nor is a list item (`- Resources`, `* Home`: a menu's last entry over a `Content type:`
        // label that stands above the headline).
        groups = merged.filter { g in
            if case .typeLine = roles[g.start - 1] { return false }
            let above = lines[g.start - 1].text
            if above.hasPrefix("- ") || isMenuEntry(above) { return false }
            return !Segmenter.isBodyParagraph(above)
        }
        guard !groups.isEmpty else { return datedListing(lines, roles: roles, from: start) }
        // A single stray `Source: …` line in a release body is no listing: one group must use a
        // listing label, or there must be several groups.
        let listingLabels: Set<LabelName> = [.date, .contentType, .fieldsOfWork, .whereWeAre, .location]
        let usesListingLabel = groups.contains { g in
            (g.start..<g.end).contains { k in listingLabel(lines[k]).flatMap(\.kind).map { listingLabels.contains($0) } ?? false }
        }
        guard groups.count >= 2 || usesListingLabel else { return nil }
        // The first group must come before any dash label (else it is a release with labels).
        if let dash = lines[start...].firstIndex(where: { $0.label?.form == .dash }), dash < groups[0].start { return nil }
        // One group right under the title (and its type line) is a release's inline label group,
        // unless a teaser and another entry follow.
        if groups.count == 1 {
            let title = groups[0].start - 1
            if title == start { return nil }
            // A type line over the title, or over the title and a lead of up to two lines.
            if (max(start, title - 3)..<title).contains(where: { if case .typeLine = roles[$0] { return true } else { return false } }) {
                return nil
            }
            if title - 1 >= start, roles[title - 1] == .dateLine || Segmenter.isDateline(lines[title - 1].text) { return nil }
            // A label right above the title (`Content type: News` over the headline): the group is
            // the release's, split by its title.
            if title - 1 >= start, listingLabel(lines[title - 1]) != nil { return nil }
        }
        var items: [RawItem] = []
        for (g, group) in groups.enumerated() {
            let titleIndex = group.start - 1
            var item = RawItem(title: lines[titleIndex].text, titleLine: lines[titleIndex].number)
            for k in group.start..<group.end {
                guard var label = listingLabel(lines[k]), let kind = label.kind else { continue }
                if label.value.isEmpty, k + 1 < group.end, listingLabel(lines[k + 1]) == nil { label.value = lines[k + 1].text }
                if kind == .contentType {
                    item.contentType = label.value.isEmpty ? nil : label.value
                } else {
                    item.labels.append((kind, label.value.isEmpty ? [] : [label.value]))
                }
            }
            // The last entry ends at an end-of-body heading (`Related content`, `Contenus associés`):
            // what follows it is furniture, not its text.
            let teaserEnd = g + 1 < groups.count ? groups[g + 1].start - 1
                : (group.end..<lines.count).first { roles[$0] == .endOfBody } ?? lines.count
            if group.end < teaserEnd {
                item.body = (group.end..<teaserEnd).filter { roles[$0] != .chrome }.map { stripBullet(lines[$0].text) }
            }
            item.containsEnd = g + 1 == groups.count
            items.append(item)
        }
        if truncated, let cut = cutEntry(lines, after: groups[groups.count - 1].end) {
            // The capture stops inside a new entry after the last teaser: its title (and a cut label).
            let lastGroupEnd = groups[groups.count - 1].end
            items[items.count - 1].body = (lastGroupEnd..<cut).filter { roles[$0] != .chrome }.map { stripBullet(lines[$0].text) }
            items[items.count - 1].containsEnd = false
            items.append(RawItem(title: lines[cut].text, titleLine: lines[cut].number, containsEnd: true))
        }
        let headers = lines[start..<(groups[0].start - 1)].map { $0.text.lowercased() }
        let statementWords = lexicon.phrases(role: "listing.statement").sorted()
        let statement = headers.contains { h in statementWords.contains { h.contains($0) } }
        return (statement ? .statementListing : .listing, items)
    }

    /// A listing from the items the markup gives (`PageHints.entries`): the entries that
    /// are not inside another one, when there are two or more. Each is an item titled by the
    /// line inside it that is its headline (else its first line), dated by its date label
    /// (`Publishing date: …`), else its first date line, else the markup's date, with the
    /// inline labels of a known name as its labels (`Content type:` its content type), and the
    /// lines after the title as its body: date lines, labels
    /// and chrome (`Read more`) left out, and so are list items before the teaser's first
    /// paragraph (the metadata list of a blog entry, `- Details`). Lines outside every entry (the
    /// page's header, pagination) belong to no item. Nil when fewer than two entries hold lines
    /// of `lines[start...]`, or when prose stands above the first (a release over related items).
    static func markupListing(_ lines: [Line], roles: [Segmenter.Role], from start: Int, hints: PageHints) -> (PageKind, [RawItem])? {
        let entries = hints.entries.filter { e in
            !hints.entries.contains { $0 != e && $0.lines.contains(e.lines.lowerBound) && $0.lines.contains(e.lines.upperBound) && $0.lines != e.lines }
        }
        guard entries.count >= 2 else { return nil }
        var items: [RawItem] = []
        var firstTitle: Int?
        for entry in entries {
            let indices = (start..<lines.count).filter { entry.lines.contains(lines[$0].number) }
            guard let first = indices.first else { continue }
            let wanted = entry.title.lowercased()
            let t = indices.first { lines[$0].text.lowercased() == wanted } ?? first
            firstTitle = firstTitle ?? t
            var item = RawItem(title: lines[t].text, titleLine: lines[t].number)
            let rest = indices.filter { $0 > t }
            // The entry's inline labels (`Publishing date: 11 July 2023`, `Content type: News`).
            let labelled = rest.filter { listingLabel(lines[$0]) != nil }
            for k in labelled {
                guard let label = listingLabel(lines[k]), let kind = label.kind, !label.value.isEmpty else { continue }
                if kind == .contentType { item.contentType = item.contentType ?? label.value } else { item.labels.append((kind, [label.value])) }
            }
            let dateLine = rest.first { roles[$0] == .dateLine || Segmenter.isBulletedDate(lines[$0].text) }
            if !item.labels.contains(where: { $0.0 == .date }),
               let date = dateLine.map({ Segmenter.dateText(lines[$0].text) }) ?? entry.date {
                item.labels.insert((.date, [date]), at: 0)
            }
            var body = rest.filter { $0 != dateLine && roles[$0] != .chrome && roles[$0] != .label && roles[$0] != .dateLine && roles[$0] != .photoCaption
                && !labelled.contains($0) }
            while let k = body.first, lines[k].text.hasPrefix("- ") || lines[k].text == "-", !Segmenter.isProse(lines[k].text) { body.removeFirst() }
            item.body = body.map { stripBullet(lines[$0].text) }
            item.captions = rest.filter { roles[$0] == .photoCaption }.map { lines[$0].text }
            items.append(item)
        }
        // Prose above the first entry is a release's body, whose related items these are.
        guard items.count >= 2, let firstTitle, !lines[start..<firstTitle].contains(where: { Segmenter.isProse($0.text) }) else { return nil }
        items[items.count - 1].containsEnd = true
        let headers = lines[start..<firstTitle].map { $0.text.lowercased() }
        let statementWords = lexicon.phrases(role: "listing.statement").sorted()
        let statement = headers.contains { h in statementWords.contains { h.contains($0) } }
        return (statement ? .statementListing : .listing, items)
    }

    /// In a cut listing, the start of an entry after the last teaser: a title-shaped line after a
    /// line that ends a sentence, followed by nothing or by the cut start of a label name.
    private static func cutEntry(_ lines: [Line], after groupEnd: Int) -> Int? {
        var last = lines.count - 1
        guard last > groupEnd else { return nil }
        let tail = lines[last].text.lowercased()
        if lines[last].label == nil, tail.count < 30, LabelName.table.keys.contains(where: { $0.hasPrefix(tail) }) {
            last -= 1  // `Publishin`: the cut label of the new entry.
            guard last > groupEnd else { return nil }
        } else if last != lines.count - 1 {
            return nil
        }
        guard last == lines.count - 1 || last == lines.count - 2 else { return nil }
        let title = lines[last].text
        let before = lines[last - 1].text
        guard let end = before.unicodeScalars.last, ".!?…\"”»)".unicodeScalars.contains(end),
              title.count <= 250, !Segmenter.isProse(title) || !title.hasSuffix("."),
              Segmenter.headlineShape(title) > 0 || title.split(separator: " ").count >= 2 else { return nil }
        if let e = title.unicodeScalars.last, ".!?…".unicodeScalars.contains(e) { return nil }
        return last
    }

    /// The oscepa.org listing form: a standalone date line over each entry's title (the page's
    /// header lines above the first one are no item).
    private static func datedListing(_ lines: [Line], roles: [Segmenter.Role], from start: Int) -> (PageKind, [RawItem])? {
        let dates = (start..<lines.count).filter { k in
            roles[k] == .dateLine && k + 1 < lines.count && roles[k + 1] == .text && Segmenter.headlineShape(lines[k + 1].text) > 0
                && !Segmenter.isProse(lines[k + 1].text)
        }
        // The first date line opens the content; or, under a header of at most five short lines
        // (a site menu, the category's name: a CMS's category view), it does when every entry is
        // a teaser of at most three lines besides chrome (so that a release with a date line over
        // its title and another in its body is none).
        let underHeader = dates.count >= 2 && dates[0] > start && dates[0] - start <= 5
            && (start..<dates[0]).allSatisfy({ !Segmenter.isProse(lines[$0].text) })
            && zip(dates, dates.dropFirst().map(Optional.some) + [nil]).allSatisfy({ d, next in
                ((d + 2)..<(next ?? lines.count)).filter({ roles[$0] != .chrome }).count <= 3
            })
        guard dates.count >= 2, dates[0] == start || underHeader else {
            return titleOverDateListing(lines, roles: roles, from: start) ?? untitledListing(lines, roles: roles, from: start)
        }
        // Under a header, titles over their date lines (a subsite's news list whose teasers are
        // short sentences) are the other reading, and the first: each date line has a headline
        // above it there, where this form has the previous teaser or its link word.
        if dates[0] != start, let titled = titleOverDateListing(lines, roles: roles, from: start) { return titled }
        var items: [RawItem] = []
        for (g, d) in dates.enumerated() {
            var item = RawItem(title: lines[d + 1].text, titleLine: lines[d + 1].number)
            item.labels.append((.date, [Segmenter.dateText(lines[d].text)]))
            let end = g + 1 < dates.count ? dates[g + 1] : lines.count
            item.body = ((d + 2)..<end).filter { roles[$0] != .chrome }.map { stripBullet(lines[$0].text) }
            item.containsEnd = g + 1 == dates.count
            items.append(item)
        }
        return (.listing, items)
    }

    /// The subsite news-list form: each entry a title over a standalone date line, then a teaser
    /// of at most three lines and a link word (`Read more`, chrome). Two entries or more, the
    /// first title within the first three lines besides a bulleted menu (short lines above it:
    /// the subsite's name, a section header), and nothing but a teaser between one entry's date line and the next
    /// title, so that a release (title, date line, a body of many paragraphs) is none. Entries
    /// after an end-of-body heading (`Related news`) are not looked for. Nil when the lines do not
    /// have that shape.
    private static func titleOverDateListing(_ lines: [Line], roles: [Segmenter.Role], from start: Int) -> (PageKind, [RawItem])? {
        let end = (start..<lines.count).first { roles[$0] == .endOfBody } ?? lines.count
        let titles = (start..<max(start, end - 1)).filter { k in
            roles[k] == .text && roles[k + 1] == .dateLine && Segmenter.headlineShape(lines[k].text) > 0
                && !Segmenter.isProse(lines[k].text)
        }
        // Above the first title: at most three short lines besides a bulleted menu (the
        // subsite's name over its menu, a section header).
        guard titles.count >= 2, (start..<titles[0]).filter({ !isMenuEntry(lines[$0].text) }).count <= 3,
              (start..<titles[0]).allSatisfy({ !Segmenter.isProse(lines[$0].text) }) else { return nil }
        for (a, b) in zip(titles, titles.dropFirst()) where (a + 2..<b).filter({ roles[$0] != .chrome }).count > 3 { return nil }
        var items: [RawItem] = []
        for (g, t) in titles.enumerated() {
            var item = RawItem(title: lines[t].text, titleLine: lines[t].number)
            item.labels.append((.date, [Segmenter.dateText(lines[t + 1].text)]))
            // The last teaser ends where the list does: at its link word (chrome) or at the
            // bulleted lines after it (a pager: `* 1`, `* next >`).
            let next = g + 1 < titles.count ? titles[g + 1]
                : ((t + 2)..<end).first { roles[$0] == .chrome || isMenuEntry(lines[$0].text) } ?? end
            item.body = ((t + 2)..<next).filter { roles[$0] != .chrome }.map { stripBullet(lines[$0].text) }
            item.containsEnd = g + 1 == titles.count
            items.append(item)
        }
        return (.listing, items)
    }

    /// A listing of untitled entries: standalone date lines, each over the entry's prose (a
    /// teaser that opens with its dateline) and no title. Prose above the first date line is an
    /// entry whose date line the capture cut off. Each entry is an item with an empty title
    /// (`ReleaseFacts.isUntitled`), dated by its date line. Nil unless there are two date lines
    /// or more and every one stands over prose.
    private static func untitledListing(_ lines: [Line], roles: [Segmenter.Role], from start: Int) -> (PageKind, [RawItem])? {
        // A teaser: prose, a dateline paragraph, or a long line the site cut at its teaser length.
        func isTeaser(_ t: String) -> Bool {
            Segmenter.isProse(t) || Segmenter.isDateline(t) || t.split(separator: " ").count >= 25
        }
        let dates = (start..<lines.count).filter { roles[$0] == .dateLine }
        guard dates.count >= 2, dates.allSatisfy({ k in
            k + 1 < lines.count && roles[k + 1] != .dateLine && isTeaser(lines[k + 1].text)
        }) else { return nil }
        let lead = (start..<dates[0]).filter { roles[$0] != .chrome }
        guard lead.allSatisfy({ isTeaser(lines[$0].text) }) else { return nil }
        var items: [RawItem] = []
        if let first = lead.first {
            var item = RawItem(title: "", titleLine: lines[first].number)
            item.body = lead.map { stripBullet(lines[$0].text) }
            items.append(item)
        }
        for (g, d) in dates.enumerated() {
            var item = RawItem(title: "", titleLine: lines[d + 1].number)
            item.labels.append((.date, [Segmenter.dateText(lines[d].text)]))
            let end = g + 1 < dates.count ? dates[g + 1] : lines.count
            item.body = ((d + 1)..<end).filter { roles[$0] != .chrome }.map { stripBullet(lines[$0].text) }
            items.append(item)
        }
        items[items.count - 1].containsEnd = true
        return (.listing, items)
    }
}
