import Foundation

/// Reference data about the OSCE: participating States and Partners for
/// Co-operation, structures and institutions, field operations, posts,
/// fields of work, meeting kinds, host cities and Chairpersonships, with
/// name look-ups.
///
/// Look-ups match a name case-insensitively and diacritic-insensitively
/// after `OSCEReference.key(_:)` normalisation (white space including
/// U+00A0 collapsed, curly apostrophes and dashes folded, a leading "the "
/// dropped). They return `nil` for unknown names; they never throw.
///
///     OSCEReference.state(named: "Turkey")?.name            // "Türkiye"
///     OSCEReference.state(adjective: "slowakischen")?.name  // "Slovakia"
///     OSCEReference.organisation(named: "OSZE-Mission in Serbien")?.id  // "mission-to-serbia"
///
/// - Complexity: look-ups are O(k) in the length of the name (hash tables
///   built once, on first use).
///
/// Source: osce.org navigation menus; `Ontology/reference/wikidata.tsv`
/// (verified rows only).
public enum OSCEReference {

    // MARK: Normalisation

    /// The look-up key of a name: case- and diacritic-folded, U+00A0 and runs
    /// of white space made one space, `’`/`‘`/`` ` `` made `'`, `‐‑‒–—` made
    /// `-`, ends trimmed, a leading "the " removed.
    public static func key(_ name: String) -> String {
        asciiKey(name) ?? unicodeKey(name)
    }

    /// `key(_:)` for any text, through Foundation's folding.
    static func unicodeKey(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for s in name.unicodeScalars {
            var c = s
            switch s.value {
            case 0x2018, 0x2019, 0x201B, 0x60, 0xB4: c = "'"
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: c = "-"
            default: break
            }
            if c.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(c)
        }
        var folded = out.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }

    /// `key(_:)` for an ASCII name without Foundation (the common case), or
    /// `nil` when `name` has non-ASCII bytes.
    static func asciiKey(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for var b in name.utf8 {
            if b >= 0x80 { return nil }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if b == 0x60 { b = 0x27 }
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(b)
        }
        var start = 0
        if bytes.count >= 4 && bytes[0] == 0x74 && bytes[1] == 0x68 && bytes[2] == 0x65 && bytes[3] == 0x20 { start = 4 }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    // MARK: States

    /// The State whose `name` or one of whose `alternativeNames` is `name`
    /// (compared by `key(_:)`). Kosovo gives `nil`: it is not a participating State.
    public static func state(named name: String) -> StateRecord? {
        Index.shared.states[key(name)].map { states[$0] }
    }

    /// The State with ISO 3166-1 alpha-2 code `code` (any case).
    public static func state(iso code: String) -> StateRecord? {
        Index.shared.statesByISO[code.uppercased()].map { states[$0] }
    }

    /// The State whose national adjective `word` is: an English adjective as a
    /// whole word ("Swedish", also "Swedish’s"/"Swedish's" with the possessive
    /// dropped), or a German/Russian adjective stem that `word` starts with
    /// ("slowakischen", "шведского"). Case-insensitive.
    public static func state(adjective word: String) -> StateRecord? {
        var w = key(word)
        for suffix in ["'s", "'"] where w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        if let i = Index.shared.englishAdjectives[w] { return states[i] }
        // Candidates share the first three characters; longest stem first, so
        // "weißrussisch" is not read as "russisch".
        guard let candidates = Index.shared.adjectiveStems[String(w.prefix(3))] else { return nil }
        for (stem, i) in candidates where w.hasPrefix(stem) { return states[i] }
        return nil
    }

    // MARK: Organisations

    /// The organisation record with `id`.
    public static func organisation(id: String) -> OrganisationRecord? {
        Index.shared.organisationsByID[id].map { organisations[$0] }
    }

    /// The organisation whose name or alternative name is `name` (compared by
    /// `key(_:)`; also tried: without possessives, without a trailing
    /// "(closed)", without a leading "OSCE ", without a leading national
    /// adjective, and with the case forms of its words read as their base forms
    /// (`caseFormKey`: "Миссии ОБСЕ в Сербии", "Misiunii OSCE în Moldova").
    /// - Complexity: O(bytes of `name`) for a name asked before in this process (`organisationMemo`).
    public static func organisation(named name: String) -> OrganisationRecord? {
        organisationMemo.answer(for: name, lookUpOrganisation(named:))
    }

    /// `organisation(named:)`'s answers already given, by name (`ReferenceMemo`).
    static let organisationMemo = ReferenceMemo<OrganisationRecord>(capacity: 1 << 14)

    /// `organisation(named:)`, looked up in the reference tables.
    static func lookUpOrganisation(named name: String) -> OrganisationRecord? {
        var k = key(name)
        if let i = Index.shared.organisations[k] { return organisations[i] }
        let plain = withoutPossessives(k)
        if plain != k, let i = Index.shared.organisations[plain] { return organisations[i] }
        if k.hasSuffix("(closed)") {
            k = String(k.dropLast("(closed)".count)).trimmingCharacters(in: .whitespaces)
            if let i = Index.shared.organisations[k] { return organisations[i] }
        }
        if k.hasPrefix("osce ") || k.hasPrefix("osze ") || k.hasPrefix("osze-") {
            let rest = key(String(k.dropFirst(5)))
            if let i = Index.shared.organisations[rest] { return organisations[i] }
        }
        // "Slovak OSCE Chairmanship", "slowakischen OSZE-Vorsitz": a national adjective first.
        if let space = k.firstIndex(of: " "), state(adjective: String(k[..<space])) != nil {
            let rest = String(k[k.index(after: space)...])
            if let i = Index.shared.organisations[rest] { return organisations[i] }
        }
        // "Миссии ОБСЕ в Сербии", "Misiunii OSCE în Moldova": a name in an oblique case, by the
        // base forms of its words (`caseFormKey`).
        if let i = Index.shared.organisationCaseForms[caseFormKey(k)] { return organisations[i] }
        return nil
    }

    /// The reference organisation named by the longest run of leading words of
    /// `text` (at least one word left over), other than the OSCE itself:
    /// "OSCE PA President Henrik Solvang" → the Parliamentary Assembly. For
    /// names a page gives where an organisation is expected.
    public static func organisation(leadingWordsOf text: String) -> OrganisationRecord? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.count > 1 else { return nil }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            if let record = organisation(named: words[..<n].joined(separator: " ")), record.id != "osce" { return record }
        }
        return nil
    }

    /// The Partners group (`asian-partners-for-co-operation` or
    /// `mediterranean-partners-for-co-operation`) of `group`, if any.
    public static func partnerGroup(of group: StateGroup) -> OrganisationRecord? {
        group.partnerGroupID.flatMap { organisation(id: $0) }
    }

    // MARK: Posts, fields of work, meeting kinds, cities, Chairpersonships

    /// The standing post named by the role phrase `role` ("OSCE Secretary General").
    /// A possessive "'s" is also tried without it ("ODIHR’s First Deputy
    /// Director" → "ODIHR First Deputy Director"). A head word before a field
    /// operation's name in any case form names the operation's head post
    /// (`fieldOperationHeadPost`: "глава Миссии ОБСЕ в Сербии" →
    /// `head-of-mission-to-serbia`), and the name of an office named by its
    /// head's title, in any language, is its head's post ("Координатор
    /// проектов ОБСЕ в Узбекистане" → `head-of-project-co-ordinator-in-uzbekistan`).
    /// - Complexity: O(bytes of `role`) for a phrase asked before in this process (`postMemo`).
    public static func post(named role: String) -> PostRecord? {
        postMemo.answer(for: role, lookUpPost(named:))
    }

    /// `post(named:)`'s answers already given, by phrase (`ReferenceMemo`).
    static let postMemo = ReferenceMemo<PostRecord>(capacity: 1 << 14)

    /// `post(named:)`, looked up in the reference tables.
    static func lookUpPost(named role: String) -> PostRecord? {
        let k = key(role)
        if let i = Index.shared.posts[k] { return posts[i] }
        let plain = withoutPossessives(k)
        if plain != k, let i = Index.shared.posts[plain] { return posts[i] }
        // "глава Миссии ОБСЕ в Сербии": a head word before a field operation's name in any case.
        if let head = fieldOperationHeadPost(key: k) { return head }
        // "Координатор проектов ОБСЕ в Узбекистане", "Coordonnateur des projets de l’OSCE en
        // Ouzbékistan": an office named by its head's title (`namesItsHead` of its English name),
        // named in any language or case, is its head's post.
        guard let office = organisation(named: role), office.kind == .fieldOperation, namesItsHead(office.name) else { return nil }
        let id = "head-of-\(office.id)"
        return posts.first { $0.id == id }
    }

    /// `key` with every possessive "'s" (before a space or at the end) removed.
    static func withoutPossessives(_ key: String) -> String {
        guard key.contains("'s") else { return key }
        var out = ""
        var chars = Array(key)
        chars.append(" ")
        var i = 0
        while i < chars.count - 1 {
            if chars[i] == "'" && chars[i + 1] == "s" && (i + 2 >= chars.count - 1 || chars[i + 2] == " ") {
                i += 2
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// The field of work named `name` (menu name or alternative name).
    public static func fieldOfWork(named name: String) -> FieldOfWork? {
        Index.shared.fieldsOfWork[key(name)].map { fieldsOfWork[$0] }
    }

    /// The meeting kind named `name`.
    public static func meetingKind(named name: String) -> MeetingKindRecord? {
        Index.shared.meetingKinds[key(name)].map { meetingKinds[$0] }
    }

    /// The city named `name` ("VIENNA", "Wien", "Belgrad").
    public static func city(named name: String) -> CityRecord? {
        Index.shared.cities[key(name)].map { cities[$0] }
    }

    /// The city with `id`.
    public static func city(id: String) -> CityRecord? {
        Index.shared.citiesByID[id].map { cities[$0] }
    }

    /// The person with a verified Wikidata item named `name`, if any.
    public static func person(named name: String) -> PersonRecord? {
        Index.shared.people[key(name)].map { people[$0] }
    }

    /// The Chairpersonship of `year`, if listed.
    public static func chairpersonship(year: Int) -> Chairpersonship? {
        chairpersonships.first { $0.year == year }
    }

    /// The participating States only (57).
    public static var participatingStates: [StateRecord] { states.filter(\.isParticipatingState) }

    /// The Partners for Co-operation only (11).
    public static var partners: [StateRecord] { states.filter { $0.group.isPartner } }

    // MARK: Index

    /// Hash tables over the reference arrays, built once.
    struct Index: Sendable {
        static let shared = Index()

        var states: [String: Int] = [:]
        var statesByISO: [String: Int] = [:]
        var englishAdjectives: [String: Int] = [:]
        /// Stems keyed by their first three characters, each list longest first.
        var adjectiveStems: [String: [(String, Int)]] = [:]
        var organisations: [String: Int] = [:]
        /// The organisations by the `caseFormKey` of their names' keys.
        var organisationCaseForms: [String: Int] = [:]
        var organisationsByID: [String: Int] = [:]
        var posts: [String: Int] = [:]
        var fieldsOfWork: [String: Int] = [:]
        var meetingKinds: [String: Int] = [:]
        var cities: [String: Int] = [:]
        var citiesByID: [String: Int] = [:]
        var people: [String: Int] = [:]

        init() {
            func add(_ table: inout [String: Int], _ names: [String], _ i: Int) {
                for n in names {
                    let k = OSCEReference.key(n)
                    if table[k] == nil { table[k] = i }
                }
            }
            for (i, s) in OSCEReference.states.enumerated() {
                add(&states, [s.name] + s.alternativeNames, i)
                statesByISO[s.iso3166Alpha2] = i
                for a in s.adjectives {
                    if a.first?.isUppercase == true {
                        englishAdjectives[OSCEReference.key(a)] = i
                    } else {
                        let stem = OSCEReference.key(a)
                        adjectiveStems[String(stem.prefix(3)), default: []].append((stem, i))
                    }
                }
            }
            for (k, list) in adjectiveStems {
                adjectiveStems[k] = list.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
            }
            for (i, o) in OSCEReference.organisations.enumerated() {
                add(&organisations, [o.name] + o.alternativeNames, i)
                for n in [o.name] + o.alternativeNames {
                    let k = OSCEReference.caseFormKey(OSCEReference.key(n))
                    if organisationCaseForms[k] == nil { organisationCaseForms[k] = i }
                }
                organisationsByID[o.id] = i
            }
            for (i, p) in OSCEReference.posts.enumerated() { add(&posts, [p.name] + p.alternativeNames, i) }
            for (i, f) in OSCEReference.fieldsOfWork.enumerated() { add(&fieldsOfWork, [f.name] + f.alternativeNames, i) }
            for (i, m) in OSCEReference.meetingKinds.enumerated() { add(&meetingKinds, [m.name] + m.alternativeNames, i) }
            for (i, p) in OSCEReference.people.enumerated() { add(&people, [p.name], i) }
            for (i, c) in OSCEReference.cities.enumerated() {
                add(&cities, [c.name] + c.alternativeNames, i)
                citiesByID[c.id] = i
            }
        }
    }
}
