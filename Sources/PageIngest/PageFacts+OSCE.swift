import OSCE

extension PageFacts {
    /// The releases of this page as the OSCE domain model (one per item), ready for
    /// `KnowledgeGraphBuilder.add(_:)`.
    ///
    /// Mapping (page facts → `Release`):
    /// - kind: from the page kind, or for a listing from the entry's `Content type:`
    ///   (`Press release` → `.pressRelease`, `News` → `.newsItem`, …); statement listings → `.statement`;
    /// - places: dateline places, then `Place:`/`Location:` values that are not organisations;
    ///   `Where we are:` values naming an OSCE structure become mentioned organisations;
    /// - issuers: `Source:` values; people, their posts (`Post(role:holder:organisation:)`, the
    ///   organisation being the `… of the X` part of a role that is no standing post, a
    ///   `Permanent Delegation of <State>` typed as a delegation of that State), quotes, the
    ///   meeting reported, States and OSCE structures mentioned in the text;
    /// - provenance: `sourcePath` (the page's file), `sourceURL` (its `URL:` header, if any),
    ///   the positions of people and quotes (`PersonFacts.position`, `QuoteFacts.position`).
    /// - Complexity: O(n) in the size of the facts plus a scan of the body per reference organisation name.
    public func releases() -> [Release] {
        items.filter { !$0.isUntitled }.map { release(for: $0) }
    }

    /// Posts stated outside releases: the head of the structure an institution or field-operation
    /// page describes (`Post(role:holder:organisation:)`), for `KnowledgeGraphBuilder.add(_:)`.
    public func posts() -> [Post] {
        guard let structure, let head = structure.head, let role = head.roles.first else { return [] }
        var organisation: Organisation?
        if let name = structure.name {
            organisation = OSCEReference.organisation(named: name).map(Organisation.init) ?? Organisation(name: name)
        }
        if OSCEReference.post(named: role) != nil { organisation = nil }
        return [Post(role: role, holder: Person(name: head.name, honorific: head.honorific), organisation: organisation)]
    }

    /// Whether a `Where we are:`/`Place:`/`Location:` value may name a place: a
    /// known city or State always does; a value that names an organisation or
    /// a post does not — one with an OSCE acronym ("Misija OSCE-a u …"), a
    /// word that heads an organisation's name (lexicon `organisation-heads`:
    /// "Minsk Group", "Troika") or a post (`role-nouns`: "Secretary General"),
    /// or a word never part of a name besides a place (`non-name-words`:
    /// "Mission").
    static func isPlaceName(_ value: String) -> Bool {
        if OSCEReference.city(named: value) != nil || OSCEReference.state(named: value) != nil { return true }
        let lexicon = Lexicon.shared
        for raw in value.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "," }) {
            let word = String(raw).trimmingCharacters(in: .punctuationCharacters)
            let upper = word.uppercased()
            if OSCEReference.osceNames.contains(upper) { return false }
            if lexicon.organisationHeads.contains(word) || lexicon.roleNouns.contains(word.lowercased()) { return false }
        }
        return true
    }

    func release(for item: ReleaseFacts) -> Release {
        var places: [Place] = []
        var organisations: [Organisation] = []
        func addPlace(_ name: String) {
            if !places.contains(where: { $0.name == name }) { places.append(Place(name: name)) }
        }
        for p in item.datelinePlaces { addPlace(p) }
        // A State right after a place in the label's values (`Place: Astana, Kazakhstan`) says
        // where that place is, as the country after a dateline's city does: the release was made
        // in the place, not in the place and the State. (Label values are no State mentions:
        // ../shared/pages/README.md, states_mentioned.) A State alone (`Place: Kazakhstan`) is
        // the location.
        var previousWasPlace = false
        for w in item.where {
            var record = OSCEReference.organisation(named: w)
            if record == nil, let post = OSCEReference.post(named: w) { record = OSCEReference.organisation(id: post.organisation) }
            let isState = OSCEReference.state(named: w) != nil
            defer { previousWasPlace = record == nil && !isState && Self.isPlaceName(w) }
            if let record {
                let o = Organisation(record)
                if !organisations.contains(o) { organisations.append(o) }
            } else if isState && previousWasPlace {
                continue
            } else if Self.isPlaceName(w) {
                addPlace(w)
            }
        }
        for o in Self.organisationsMentioned(in: [item.title] + item.paragraphs) where !organisations.contains(o) {
            organisations.append(o)
        }
        let people = item.people.map { Person(name: $0.name, honorific: $0.honorific, position: $0.position) }
        var posts: [Post] = []
        // Acronyms and short forms the item defines, read only when it gives a post.
        let definitions = item.people.contains { !$0.roles.isEmpty } ? OrganisationAnnotator(definitionsIn: [item.title] + item.paragraphs) : nil
        // The people by the first and last words of their names: a role is cut only at the names
        // whose words it holds (O(words) a role, not O(people)).
        let names = item.people.map(\.name)
        var byWord: [String: [Int]] = [:]
        for (n, name) in names.enumerated() {
            let words = name.split(separator: " ")
            for w in Set([words.first, words.last].compactMap { $0 }) { byWord[String(w), default: []].append(n) }
        }
        for (person, facts) in zip(people, item.people) {
            for raw in facts.roles {
                var candidates = Set<Int>()
                for w in raw.split(separator: " ") { candidates.formUnion(byWord[Self.withoutEdgePunctuation(w)] ?? []) }
                let others = candidates.sorted().map { names[$0] }.filter { $0 != facts.name }
                guard let role = Self.cutAtOtherNames(raw, names: others) else { continue }
                // `former ODIHR Director X`: a past post is not held at the release date, so it
                // names a role only (kept on the person's mention), whatever organisation it names.
                if Lexicon.shared.isPastQualified(role) {
                    posts.append(Post(role: role, holder: person, organisation: nil, isHeld: false))
                    continue
                }
                // The organisation of the post itself: "new …" and "(BiH)" are no part of it.
                let post = OSCEReference.identityPhrase(role)
                let named = definitions?.organisation(ofRole: post) ?? Self.organisation(ofRole: post)
                posts.append(Post(role: role, holder: person, organisation: named ?? Self.siteOrganisation(ofRole: post, url: url)))
            }
        }
        let meetings: [Meeting] = item.meeting.map { m in
            let name = m.organizer.map { "\(m.description) of the \($0)" } ?? m.description
            var mode: AttendanceMode?
            switch m.attendanceMode {
            case "virtual", "online": mode = .virtual
            case "hybrid": mode = .mixed
            case "in-person": mode = .offline
            default: mode = nil
            }
            return [Meeting(name: name, startDate: m.date ?? item.date, organizer: m.organizer.map { Organisation(name: $0) },
                            attendanceMode: mode, participantCount: m.participants)]
        } ?? []
        return Release(
            kind: releaseKind(for: item), title: item.title, language: language, date: item.date,
            contentType: item.contentType, places: places, issuers: item.issuers.map { Organisation(name: $0) },
            fieldsOfWork: item.fieldsOfWork, body: item.bodyText, mentionedStates: item.statesMentioned,
            mentionedOrganisations: organisations, people: people, posts: posts,
            quotes: item.quotes.map { Quote(text: $0.text, speaker: $0.speaker, position: $0.position) }, meetings: meetings,
            sourcePath: source, sourceURL: url, truncated: item.truncated)
    }

    /// The kind of release an item is.
    func releaseKind(for item: ReleaseFacts) -> ReleaseKind {
        switch kind {
        case .pressRelease: return .pressRelease
        case .newsItem: return .newsItem
        case .pressStatement: return .pressStatement
        case .spotReport: return .spotReport
        case .dailyReport: return .dailyReport
        case .statementListing:
            if let t = item.contentType, let k = PageLayout.contentTypes[t.lowercased()] { return Self.releaseKind(k) }
            return .statement
        case .listing:
            if let t = item.contentType, let k = PageLayout.contentTypes[t.lowercased()] { return Self.releaseKind(k) }
            if let k = PageLayout.kindFromTitle(item.title) { return Self.releaseKind(k) }
            return .other
        case .other, .institutionPage, .fieldOperationPage, .navigationOnly:
            if let t = item.contentType?.lowercased() {
                if t.contains("report") || t.contains("bericht") { return .report }
                if t.contains("statement") || t.contains("erklärung") { return .statement }
            }
            return .other
        }
    }

    static func releaseKind(_ kind: PageKind) -> ReleaseKind {
        switch kind {
        case .pressRelease: .pressRelease
        case .newsItem: .newsItem
        case .pressStatement: .pressStatement
        case .spotReport: .spotReport
        case .dailyReport: .dailyReport
        case .statementListing: .statement
        default: .other
        }
    }

    /// A post phrase without another person's name: when `role` holds one of `names` (as whole
    /// words; a surname only right before a conjunction), the part after it when there is one ("OSCE CiO Linde and OSCE Secretary General" →
    /// "OSCE Secretary General"), else the part before it ("Head of the OSCE Mission to Montenegro
    /// and Maja Jovanović" → "Head of the OSCE Mission to Montenegro"), without the conjunctions
    /// and commas at the cut; `nil` when nothing is left. `role` itself when it holds no name.
    static func cutAtOtherNames(_ role: String, names: [String]) -> String? {
        var words = role.split(separator: " ").map(String.init)
        let lexicon = Lexicon.shared
        func bare(_ w: String) -> String { withoutEdgePunctuation(w) }
        let isCut: (String) -> Bool = { w in bare(w).isEmpty || lexicon.conjunctions.contains(bare(w)) }
        // The full name, or its last word (the surname) right before a conjunction ("CiO Linde and …").
        let forms = names.flatMap { name -> [([String], Bool)] in
            let full = name.split(separator: " ").map(String.init)
            return full.count >= 2 ? [(full, false), ([full[full.count - 1]], true)] : [(full, false)]
        }
        for (target, isSurname) in forms {
            guard !target.isEmpty, target.count <= words.count else { continue }
            guard let i = (0...(words.count - target.count)).first(where: { i in
                (0..<target.count).allSatisfy { bare(words[i + $0]) == target[$0] }
                    && (!isSurname || (i + 1 < words.count && lexicon.conjunctions.contains(words[i + 1])))
            }) else { continue }
            var after = Array(words[(i + target.count)...])
            while let f = after.first, isCut(f) { after.removeFirst() }
            var before = Array(words[..<i])
            while let l = before.last, isCut(l) { before.removeLast() }
            if let l = before.last, l.hasSuffix(",") { before[before.count - 1] = String(l.dropLast()) }
            words = after.isEmpty ? before : after
            if words.isEmpty { return nil }
        }
        return words.joined(separator: " ")
    }

    /// `word` without the punctuation at its ends (`trimmingCharacters(in: .punctuationCharacters)`),
    /// read from its end bytes when they are ASCII letters or digits (then nothing is trimmed).
    static func withoutEdgePunctuation(_ word: some StringProtocol) -> String {
        func isAlphanumeric(_ b: UInt8?) -> Bool {
            guard let b else { return false }
            return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
        }
        let word = String(word)
        if isAlphanumeric(word.utf8.first), isAlphanumeric(word.utf8.last) { return word }
        return word.trimmingCharacters(in: .punctuationCharacters)
    }

    /// The organisation a role phrase names, when the role is not a standing post of the
    /// reference data and the page identifies one (`OSCEReference.identifiedOrganisation(inRole:)`):
    /// `Head of the Permanent Delegation of Sweden to the OSCE` → the delegation (kind
    /// `.permanentDelegation`, State `SE`); `Glaciologist at the National Academy of Sciences of
    /// Tajikistan` → that academy; `Deputy Head of the Border Police` → nil (any country's border
    /// police: no shared post).
    static func organisation(ofRole role: String) -> Organisation? {
        if OSCEReference.post(named: role) != nil { return nil }
        return OSCEReference.identifiedOrganisation(inRole: role)
    }

    /// The structure whose site the page is on (`OSCEReference.organisation(ofSite:)`), for a role
    /// that names it only by the word of its kind (`Assembly President` on oscepa.org, `Deputy Head
    /// of Mission` on the Mission to Moldova's pages); nil for a standing post of the reference
    /// data, a page off any structure's site, or a role without that word (`television reporter`).
    static func siteOrganisation(ofRole role: String, url: String?) -> Organisation? {
        guard let url, OSCEReference.post(named: role) == nil, let site = OSCEReference.organisation(ofSite: url),
              let head = OSCEReference.headWord(of: site) else { return nil }
        let words = role.split(whereSeparator: { $0.isWhitespace }).map { w -> Substring in
            var w = w
            for suffix in ["’s", "'s"] where w.hasSuffix(suffix) { w = w.dropLast(suffix.count) }
            return w
        }
        return words.contains { $0 == head } ? Organisation(site) : nil
    }

    /// OSCE structures named in the text (full names of at least two words, e.g. `OSCE Mission to Moldova`),
    /// in order of first mention.
    /// - Complexity: O(w·k) for w words of text and k names sharing a first word.
    static func organisationsMentioned(in texts: [String]) -> [Organisation] {
        let index = OrganisationNameIndex.shared
        var out: [Organisation] = []
        var seen: Set<String> = []
        for text in texts {
            // On the text's bytes: a `String` is made only for a word the first-word filter passes.
            var text = text
            text.withUTF8 { bytes in
                let words = OrganisationNameIndex.wordSpans(bytes)
                func word(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[words[k]]) }
                var i = 0
                while i < words.count {
                    var advanced = false
                    if index.firstWords.mayContain(word(i)),
                       let candidates = index.byFirstWord[String(decoding: word(i), as: UTF8.self)] {
                        for (nameWords, record) in candidates where i + nameWords.count <= words.count {
                            if nameWords.indices.allSatisfy({ OrganisationNameIndex.word(word(i + $0), is: nameWords[$0]) }) {
                                if seen.insert(record).inserted, let r = OSCEReference.organisation(id: record) {
                                    out.append(Organisation(r))
                                }
                                i += nameWords.count
                                advanced = true
                                break
                            }
                        }
                    }
                    if !advanced { i += 1 }
                }
            }
        }
        return out
    }
}
