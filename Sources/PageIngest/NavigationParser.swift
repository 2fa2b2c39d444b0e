/// Reads the site menu at the top of an osce.org page.
///
/// The menu is a run of lines from the first line on: a `-` line opens a header whose
/// label is the next line; `- label` lines are entries of the current header. The first
/// other line ends the menu. Entries that are siblings of a submenu in the site's tree
/// (`Field operations` and `Projects` after the fields of work, `Partnerships` after the
/// meeting kinds, the Partners groups after the States) are told apart by their labels.
struct NavigationParser {
    struct Result {
        var facts: NavigationFacts
        /// Index in `Document.lines` of the first line after the menu.
        var endIndex: Int
    }

    struct Section: Hashable, Sendable {
        var header: String
        var entries: [String]
    }

    /// Parses the menu that starts at or after `document.lines[start]` (blank lines skipped);
    /// nil when the page has no menu there.
    /// - Parameter truncatedAtEnd: true when the capture was cut inside the menu's last line.
    static func parse(_ document: Document, from start: Int, truncatedAtEnd: Bool) -> Result? {
        let lines = document.lines
        func text(_ k: Int) -> String { lines[k].isHeader ? "" : lines[k].text }
        var i = start
        while i < lines.count, text(i).isEmpty { i += 1 }
        guard i < lines.count, text(i) == "-" else { return nil }
        var sections: [Section] = []
        var lastLineIsEntry = false
        while i < lines.count {
            let line = text(i)
            if line.isEmpty { i += 1; continue }
            if line == "-" {
                guard i + 1 < lines.count else { i += 1; break }
                let label = text(i + 1)
                if label.hasPrefix("- ") || label == "-" { i += 1; continue }
                sections.append(Section(header: label, entries: []))
                lastLineIsEntry = false
                i += 2
                continue
            }
            if line.hasPrefix("- ") {
                let entry = TextNormalization.collapse(line.dropFirst(2))
                if looksLikeReleaseLabel(entry) { break }
                if sections.isEmpty { sections.append(Section(header: "", entries: [])) }
                sections[sections.count - 1].entries.append(entry)
                lastLineIsEntry = true
                i += 1
                continue
            }
            break
        }
        if truncatedAtEnd && i >= lines.count && lastLineIsEntry, !sections.isEmpty {
            sections[sections.count - 1].entries.removeLast()
        }
        return Result(facts: NavigationCache.shared.facts(for: sections, build: build), endIndex: i)
    }

    private static func looksLikeReleaseLabel(_ entry: String) -> Bool {
        entry.hasSuffix(":") && LabelName.kind(of: String(entry.dropLast())) != nil
    }

    /// Labels of entries that sit beside a submenu rather than in it.
    static let siblingEntries: Set<String> = [
        "field operations", "projects", "partnerships", "fields of work", "countries", "all",
        "structures and institutions", "meetings and conferences", "our work", "institutions",
        "secretariat", "chairpersonship", "parliamentary assembly", "court of conciliation and arbitration",
        "closed field activities", "organizational structure", "organisational structure", "about us",
    ]

    private static func build(_ sections: [Section]) -> NavigationFacts {
        var menu = MenuTaxonomy()
        var current = ""
        for section in sections {
            let header = section.header.lowercased()
            if !section.header.isEmpty { current = header }
            switch current {
            case "fields of work":
                for e in section.entries where !siblingEntries.contains(e.lowercased()) {
                    menu.fieldsOfWork.append(e)
                }
            case "meetings and conferences":
                for e in section.entries where !siblingEntries.contains(e.lowercased()) {
                    menu.meetingKinds.append(e)
                }
            case "participating states":
                for e in section.entries {
                    let lower = e.lowercased()
                    if lower == "all" { continue }
                    if lower.utf8Contains("partners for co-operation") || lower.utf8Contains("partners for cooperation") {
                        menu.partnerGroups.append(e)
                    } else {
                        menu.participatingStates.append(stateEntry(e))
                    }
                }
            case "structures and institutions":
                menu.structures.append(contentsOf: section.entries)
            case "secretariat":
                menu.structures.append(section.header.isEmpty ? "Secretariat" : section.header)
                for e in section.entries {
                    if siblingEntries.contains(e.lowercased()) { menu.structures.append(e) } else { menu.secretariatUnits.append(e) }
                }
            case "field operations":
                if !section.header.isEmpty { menu.structures.append(section.header) }
                for e in section.entries {
                    if isFieldOperation(e) { menu.fieldOperations.append(e) } else { menu.structures.append(e) }
                }
            default:
                break
            }
        }
        menu.structures = unique(menu.structures)
        return NavigationFacts(fieldsOfWorkCount: menu.fieldsOfWork.count,
                               participatingStatesCount: menu.participatingStates.count,
                               menu: menu)
    }

    private static func unique(_ xs: [String]) -> [String] {
        var seen: Set<String> = []
        return xs.filter { seen.insert($0).inserted }
    }

    /// `Mission to Serbia`, `Programme Office in Astana`, `Presence in Albania`, `Project Co-ordinator in Uzbekistan`, ...
    static func isFieldOperation(_ e: String) -> Bool {
        let words = e.split(separator: " ")
        guard words.count >= 3 else { return false }
        guard let prep = words.firstIndex(where: { isPreposition($0) }), prep >= 1 else { return false }
        return fieldOperationHeads.contains(words[prep - 1].lowercased())
    }

    /// The head nouns of a field operation's name (`Mission` to …, `Programme Office` in …).
    static let fieldOperationHeads: Set<String> = ["mission", "office", "centre", "center", "presence", "co-ordinator", "coordinator", "group", "team"]

    /// `to` or `in` in any case, as `lowercased()` would compare it, from the bytes (no
    /// non-ASCII character lower-cases to these ASCII letters).
    private static func isPreposition(_ w: Substring) -> Bool {
        let u = w.utf8
        guard u.count == 2 else { return false }
        let a = u[u.startIndex] | 0x20, b = u[u.index(after: u.startIndex)] | 0x20
        return (a == 0x74 && b == 0x6F) || (a == 0x69 && b == 0x6E)
    }

    /// `Finland – OSCE Chairpersonship 2025` → name Finland, year 2025.
    static func stateEntry(_ e: String) -> MenuStateEntry {
        for dash in [" – ", " — ", " - "] {
            if let r = e.utf8FirstRange(of: dash) {
                let name = TextNormalization.collapse(e[..<r.lowerBound])
                let tag = e[r.upperBound...].lowercased()
                if tag.utf8Contains("chair") {  // (`chairpersonship`, `chairmanship`, `chair`)
                    let digits = tag.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                    let year = digits.first { $0 >= 1973 && $0 <= 2100 }
                    return MenuStateEntry(name: name, chairpersonshipYear: year)
                }
            }
        }
        return MenuStateEntry(name: e)
    }
}
