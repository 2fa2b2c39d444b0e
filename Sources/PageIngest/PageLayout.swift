/// Splits the content of a page (after the site menu) into its kind and raw items.
///
/// Layouts recognised, in this order:
/// - a section header (`Newsroom`, `Новости`, ...) is skipped;
/// - `Institutions & Structures` → institution page; `About us` → field-operation page;
/// - `Label: value` lines (`Publishing date:`, `Content type:`, ...) → a listing, one item per
///   label group, the title being the line above the group and the teaser the lines below;
/// - a type line (`Press release`, `News Item`, `Pressemitteilung`, ...) above the title;
/// - a title followed by `- Label:` lines or by a dateline (the oscepa.org and old osce.org forms).
struct PageLayout {
    struct Line {
        var text: String
        var number: Int
    }

    struct RawItem {
        var title: String
        var titleLine: Int
        var contentType: String?
        var labels: [(LabelName, [String])] = []
        var lead: String?
        var body: [String] = []
        var containsEnd = false
    }

    enum Outcome {
        case page(PageKind, [RawItem])
        case unknown(Line)
    }

    static let sectionHeaders: Set<String> = [
        "newsroom", "новости", "новини", "aktuelles", "actualités", "noticias", "notizie", "salle de presse",
        "news and press releases", "pressemitteilungen", "press releases",
    ]
    static let institutionHeaders: Set<String> = [
        "institutions & structures", "institutions and structures", "institutionen und strukturen",
        "institutionen & strukturen", "институты и структуры",
    ]
    static let fieldOperationHeaders: Set<String> = ["about us", "über uns", "о нас", "à propos", "про нас"]

    /// Section headings that follow a release's body on real pages (contacts, related items).
    static let endOfBody: Set<String> = [
        "contacts", "contact", "related stories", "related content", "related news", "related", "kontakt", "kontakte",
        "контакты", "share this page", "downloads", "related documents", "related publications", "ähnliche inhalte",
    ]

    /// Content types with a kind of their own (lower-cased type line → kind).
    static let contentTypes: [String: PageKind] = [
        "press release": .pressRelease, "pressemitteilung": .pressRelease, "presseaussendung": .pressRelease,
        "communiqué de presse": .pressRelease, "communique de presse": .pressRelease, "пресс-релиз": .pressRelease,
        "прес-реліз": .pressRelease, "comunicato stampa": .pressRelease, "nota de prensa": .pressRelease,
        "news item": .newsItem, "news": .newsItem, "nachricht": .newsItem, "meldung": .newsItem,
        "новость": .newsItem, "новина": .newsItem, "actualité": .newsItem,
        "press statement": .pressStatement, "statement": .pressStatement, "presseerklärung": .pressStatement,
        "erklärung": .pressStatement, "заявление для прессы": .pressStatement, "заявление": .pressStatement,
        "déclaration": .pressStatement, "déclaration à la presse": .pressStatement,
        "spot report": .spotReport, "оперативный отчет": .spotReport, "оперативный отчёт": .spotReport,
        "daily report": .dailyReport, "ежедневный отчет": .dailyReport, "ежедневный отчёт": .dailyReport,
        "щоденний звіт": .dailyReport,
    ]
    /// Type lines of real pages that have no kind of their own (→ `other`).
    static let otherContentTypes: Set<String> = [
        "feature", "feature story", "story", "speech", "op-ed", "interview", "report", "announcement",
        "media advisory", "event", "publication", "rede", "bericht", "interview", "выступление", "статья",
        "weekly report", "thematic report", "vacancy notice", "document", "video", "photo gallery",
    ]

    /// Classifies `lines` (non-empty content lines, white space collapsed).
    /// - Parameter textEnds: true when the last line is the last line of the file.
    static func classify(_ lines: [Line]) -> Outcome? {
        guard !lines.isEmpty else { return nil }
        var idx = 0
        let first = lines[0].text.lowercased()
        if institutionHeaders.contains(first) { return .page(.institutionPage, []) }
        if fieldOperationHeaders.contains(first) { return .page(.fieldOperationPage, []) }
        if sectionHeaders.contains(first) {
            idx = 1
        }
        if let listing = listing(lines, from: idx) { return .page(listing.0, listing.1) }
        // Real captures may carry a few stray lines (breadcrumbs, language links) before the type
        // line or title: look for the release's start in the first lines.
        let window = min(lines.count, idx + 6)
        for pass in 0..<4 {
            for start in idx..<window {
                if let page = release(lines, at: start, pass: pass) { return page }
            }
        }
        return .unknown(lines[idx])
    }

    /// A release starting at `lines[idx]`: a type line and a title, or a title followed by labels or a dateline.
    /// Pass 0 looks for a known type line, pass 1 for a title above a dateline, pass 2 for another
    /// short type line above a title and labels, pass 3 for a title above labels.
    private static func release(_ lines: [Line], at idx: Int, pass: Int) -> Outcome? {
        let typeText = lines[idx].text
        if pass == 0, let kind = contentTypes[typeText.lowercased()], idx + 1 < lines.count {
            var item = release(lines, titleAt: idx + 1)
            item.contentType = typeText
            return .page(kind, [item])
        }
        if pass == 2, idx + 2 < lines.count, isGenericTypeLine(typeText),
           (idx + 2..<min(idx + 5, lines.count)).contains(where: { isDashLabel(lines[$0].text) }) {
            var item = release(lines, titleAt: idx + 1)
            item.contentType = typeText
            let kind = otherContentTypes.contains(typeText.lowercased()) ? PageKind.other : kindFromTitle(item.title) ?? .other
            return .page(kind, [item])
        }
        // Title, then a dateline or labels.
        if pass == 1 || pass == 3, idx + 1 < lines.count, !typeText.hasPrefix("- "), !isDashLabel(typeText) {
            let found = pass == 1
                ? Dateline.parse(lines[idx + 1].text) != nil
                : (idx + 1..<min(idx + 4, lines.count)).contains { isDashLabel(lines[$0].text) }
            if found {
                let item = release(lines, titleAt: idx)
                return .page(kindFromTitle(item.title) ?? .pressRelease, [item])
            }
        }
        return nil
    }

    /// `daily-report` or `spot-report` from a title such as `… Daily Report 32/2019 …` or `Ежедневный отчет …`.
    static func kindFromTitle(_ title: String) -> PageKind? {
        let t = title.lowercased()
        if t.contains("daily report") || t.contains("ежедневный отчет") || t.contains("ежедневный отчёт") || t.contains("щоденний звіт") {
            return .dailyReport
        }
        if t.contains("spot report") || t.contains("оперативный отчет") || t.contains("оперативный отчёт") { return .spotReport }
        return nil
    }

    private static func isGenericTypeLine(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...3).contains(words.count), s.count <= 30, let f = s.first, f.isUppercase else { return false }
        guard let l = s.last, l.isLetter else { return false }
        return !s.hasPrefix("- ")
    }

    /// `- Label:` or `- Label: value` with a known label, or any short `- Label:` line.
    static func isDashLabel(_ s: String) -> Bool {
        guard s.hasPrefix("- ") else { return false }
        let rest = s.dropFirst(2)
        if let colon = rest.firstIndex(of: ":") {
            let name = String(rest[..<colon])
            if LabelName.kind(of: name) != nil { return true }
            if rest.index(after: colon) == rest.endIndex {
                let words = name.split(separator: " ")
                return (1...5).contains(words.count) && name.count <= 40 && name.first?.isUppercase == true
                    && !name.contains(where: { $0 == "." || $0 == "," || $0 == "!" || $0 == "?" })
            }
        }
        return false
    }

    /// Reads a release whose title is `lines[titleAt]`.
    static func release(_ lines: [Line], titleAt t: Int) -> RawItem {
        var item = RawItem(title: lines[t].text, titleLine: lines[t].number)
        var j = t + 1
        if let k = (j..<min(j + 4, lines.count)).first(where: { isDashLabel(lines[$0].text) }) {
            if k > j { item.lead = lines[j..<k].map(\.text).joined(separator: " ") }
            j = k
            var current: (String, [String])?
            func flush() {
                if let (name, values) = current, let kind = LabelName.kind(of: name) {
                    item.labels.append((kind, values))
                }
                current = nil
            }
            while j < lines.count, lines[j].text.hasPrefix("- ") || lines[j].text == "-" {
                let text = lines[j].text
                if isDashLabel(text) {
                    flush()
                    let rest = text.dropFirst(2)
                    if let colon = rest.firstIndex(of: ":") {
                        let name = String(rest[..<colon])
                        let value = TextNormalization.collapse(rest[rest.index(after: colon)...])
                        current = (name, value.isEmpty ? [] : [value])
                    }
                } else if current != nil {
                    let value = TextNormalization.collapse(text.dropFirst(1))
                    if !value.isEmpty { current?.1.append(value) }
                } else {
                    break
                }
                j += 1
            }
            flush()
        }
        var end = j
        while end < lines.count, !endOfBody.contains(lines[end].text.lowercased()) { end += 1 }
        item.body = lines[j..<end].map { stripBullet($0.text) }
        if let lead = item.lead, let first = item.body.first, first.hasPrefix(lead) || lead.hasPrefix(first) {
            // The lead repeats the first sentence of the body.
        } else if let lead = item.lead {
            item.body.insert(lead, at: 0)
        }
        item.containsEnd = true
        return item
    }

    private static func stripBullet(_ s: String) -> String {
        s.hasPrefix("- ") ? String(s.dropFirst(2)) : s
    }

    /// `Label: value` on one line with a known label (the listing form).
    static func listingLabel(_ s: String) -> (LabelName, String, String)? {
        guard !s.hasPrefix("- "), let colon = s.firstIndex(of: ":") else { return nil }
        let name = String(s[..<colon])
        guard name.count <= 30, let kind = LabelName.kind(of: name) else { return nil }
        return (kind, name, TextNormalization.collapse(s[s.index(after: colon)...]))
    }

    /// A listing: label groups, each under its title line.
    static func listing(_ lines: [Line], from start: Int) -> (PageKind, [RawItem])? {
        var groups: [(start: Int, end: Int)] = []
        var i = start
        while i < lines.count {
            if listingLabel(lines[i].text) != nil {
                var e = i
                while e < lines.count, listingLabel(lines[e].text) != nil { e += 1 }
                if i - 1 >= start, !(groups.last.map { $0.end > i - 1 } ?? false) {
                    groups.append((i, e))
                }
                i = e
            } else {
                i += 1
            }
        }
        guard !groups.isEmpty else { return nil }
        // A single stray `Source: …` line in a release body is no listing: one group must use a
        // listing label, or there must be several groups.
        let listingLabels: Set<LabelName> = [.date, .contentType, .fieldsOfWork, .whereWeAre, .location]
        let usesListingLabel = groups.contains { g in
            (g.start..<g.end).contains { k in listingLabel(lines[k].text).map { listingLabels.contains($0.0) } ?? false }
        }
        guard groups.count >= 2 || usesListingLabel else { return nil }
        // The first group must come before any dash label (else it is a release with labels).
        if let dash = lines[start...].firstIndex(where: { isDashLabel($0.text) }), dash < groups[0].start { return nil }
        // Mostly dash-label release pages never get here; a single group directly under a type line is not a listing.
        if groups.count == 1, groups[0].start - 1 == start + 1, contentTypes[lines[start].text.lowercased()] != nil { return nil }
        var items: [RawItem] = []
        for (g, group) in groups.enumerated() {
            let titleIndex = group.start - 1
            var item = RawItem(title: lines[titleIndex].text, titleLine: lines[titleIndex].number)
            for k in group.start..<group.end {
                guard let (kind, _, value) = listingLabel(lines[k].text) else { continue }
                if kind == .contentType {
                    item.contentType = value.isEmpty ? nil : value
                } else {
                    item.labels.append((kind, value.isEmpty ? [] : [value]))
                }
            }
            let teaserEnd = g + 1 < groups.count ? groups[g + 1].start - 1 : lines.count
            if group.end < teaserEnd { item.body = lines[group.end..<teaserEnd].map { stripBullet($0.text) } }
            item.containsEnd = g + 1 == groups.count
            items.append(item)
        }
        let headers = lines[start..<(groups[0].start - 1)].map { $0.text.lowercased() }
        let statement = headers.contains { $0.contains("statement") || $0.contains("erklärung") || $0.contains("заявлен") }
        return (statement ? .statementListing : .listing, items)
    }
}
