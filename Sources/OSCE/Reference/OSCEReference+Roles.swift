extension OSCEReference {
    /// The organisation a role phrase names, for a post given without one.
    ///
    /// Tries, in order, each tail of `role` after a linking word (" of the ",
    /// " of ", " to the ", " at the ", " in the ", " der ", " des "), first
    /// occurrence first:
    /// 1. a reference organisation with that name ("Chair of the Permanent
    ///    Council" → the Permanent Council; "Leiterin der OSZE-Mission in
    ///    Serbien" → the Mission to Serbia);
    /// 2. a State's permanent delegation, mission or representation to the OSCE
    ///    ("Head of the Permanent Delegation of Sweden to the OSCE" → a
    ///    `.permanentDelegation` organisation "Permanent Delegation of Sweden
    ///    to the OSCE" representing SE);
    /// 3. a reference organisation after a national adjective ("Special Envoy
    ///    of the Slovak OSCE Chairmanship" → the Chairpersonship).
    ///
    /// Then the longest leading words that name a reference organisation
    /// ("OSCE PA Vice-President" → the Parliamentary Assembly), then the
    /// longest trailing words from a capitalised one, in any case form
    /// ("заместитель главы Миссии ОБСЕ в Сербии" → the Mission to Serbia).
    /// Possessives are ignored ("ODIHR’s …").
    ///
    /// Returns `nil` when no tail names an organisation.
    ///
    ///     OSCEReference.organisation(inRole: "Chair of the Permanent Council")?.id   // "permanent-council"
    ///
    /// - Complexity: O(n²) in the number of words of `role` (short phrases).
    /// - Complexity: O(bytes of `role`) for a role asked before in this process (`roleOrganisationMemo`).
    public static func organisation(inRole role: String) -> Organisation? {
        roleOrganisationMemo.answer(for: role, lookUpOrganisation(inRole:))
    }

    /// `organisation(inRole:)`'s answers already given, by role (`ReferenceMemo`).
    static let roleOrganisationMemo = ReferenceMemo<Organisation>(capacity: 1 << 14)

    /// `organisation(inRole:)`, looked up in the reference tables.
    static func lookUpOrganisation(inRole role: String) -> Organisation? {
        let text = identityPhrase(role)
        // "OSCE Chairperson-in-Office (CiO)": a standing post is in its own organisation.
        if let record = post(named: text), let org = organisation(id: record.organisation) { return Organisation(org) }
        let links = [" of the ", " of ", " to the ", " at the ", " in the ", " der ", " des "]
        var tails: [(Int, String)] = []
        for link in links {
            var search = text.startIndex..<text.endIndex
            while let r = text.range(of: link, options: [], range: search) {
                let offset = text.distance(from: text.startIndex, to: r.lowerBound)
                tails.append((offset, String(text[r.upperBound...])))
                search = r.upperBound..<text.endIndex
            }
        }
        tails.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.count > $1.1.count }
        for (_, tail) in tails {
            if let record = organisation(named: tail) { return Organisation(record) }
            // "Special Representative of the OSCE Chairperson-in-Office for …": the post's organisation.
            if let record = organisationOfLeadingPost(tail) { return Organisation(record) }
            // "the OSCE Secretariat’s Conflict Prevention Centre": the unit after the possessive.
            if let r = tail.range(of: "’s ") ?? tail.range(of: "'s "), let record = organisation(named: String(tail[r.upperBound...])) {
                return Organisation(record)
            }
            if let delegation = permanentDelegation(named: tail) { return delegation }
            // "the ODIHR election observation mission": a body's name, then generic words of a
            // kind of body (its observation missions are ODIHR's; the OSCE alone names none).
            if let record = organisationBeforeGenericWords(tail) { return Organisation(record) }
            // "the Slovak OSCE Chairmanship": a national adjective before a body's name.
            let words = tail.split(separator: " ")
            if words.count > 1, state(adjective: String(words[0])) != nil,
                let record = organisation(named: words.dropFirst().joined(separator: " "))
            {
                return Organisation(record)
            }
        }
        // "OSCE PA Vice-President", "ODIHR Director": a body's name, then the role.
        let words = text.split(separator: " ")
        if words.count > 1 {
            for n in stride(from: words.count - 1, through: 1, by: -1) {
                guard let record = organisation(named: words[..<n].joined(separator: " ")) else { continue }
                // "OSCE Deputy Head of Mission": a body of the OSCE that the phrase does not name.
                if record.id == "osce", words[n...].contains(where: { bodyKindWords.contains($0.lowercased()) }) { return nil }
                return Organisation(record)
            }
            // "заместитель главы Миссии ОБСЕ в Сербии", "Генеральный секретарь ПА ОБСЕ": in a
            // language that links by case, not by a word, the body's name (in any case form) ends
            // the phrase; the longest such tail of two words or more from a capitalised word, the
            // OSCE itself excepted (one word alone, `Secretariat`, may be any body's).
            for n in 1..<(words.count - 1) where words[n].first?.isUppercase == true {
                if let record = organisation(named: words[n...].joined(separator: " ")), record.id != "osce" { return Organisation(record) }
            }
        }
        return nil
    }

    /// A State's delegation (or mission, or representation) to the OSCE named `name`, in English
    /// or German (the lists `delegation-nouns`, `permanent-words` and `delegation-links` of
    /// `postLexicon`): "Permanent Delegation of Sweden to the OSCE", "Permanent Mission of the
    /// Russian Federation to the OSCE", "Polish Delegation to the OSCE" (a national adjective
    /// before the noun), "Ständigen Vertretung Österreichs bei der OSZE" (the State's name in the
    /// genitive after it). The organisation keeps `name` as written, with the kind
    /// `.permanentDelegation` and the State it represents; nil when `name` is no such delegation
    /// (a delegation to a meeting of the OSCE, "Delegation to the OSCE" with no State).
    public static func permanentDelegation(named name: String) -> Organisation? {
        let words = name.split(separator: " ").map(String.init)
        var i = 0
        var state: StateRecord?
        if words.count > 1, words[0].first?.isUppercase == true, let s = OSCEReference.state(adjective: words[0]) {
            state = s
            i = 1
        }
        if i < words.count, delegationWords.permanent.contains(words[i].lowercased()) { i += 1 }
        guard i < words.count, delegationWords.nouns.contains(words[i].lowercased()) else { return nil }
        i += 1
        guard let link = words.indices.last(where: { $0 >= i && delegationWords.links.contains(words[$0].lowercased()) }) else { return nil }
        if state == nil {
            // "of {State} to the OSCE", or "{State}s bei der OSZE" (a genitive).
            var stateWords = Array(words[i..<link])
            if stateWords.first?.lowercased() == "of" { stateWords.removeFirst() }
            let stateName = stateWords.joined(separator: " ")
            guard !stateName.isEmpty else { return nil }
            state = OSCEReference.state(named: stateName)
                ?? (stateWords.first.map { identityArticles.contains($0.lowercased()) } == true
                    ? OSCEReference.state(named: stateWords.dropFirst().joined(separator: " ")) : nil)
                ?? (stateName.hasSuffix("s") ? OSCEReference.state(named: String(stateName.dropLast())) : nil)
        } else if link != i {
            return nil
        }
        guard let state else { return nil }
        var target = Array(words[(link + 1)...])
        if let f = target.first, identityArticles.contains(f.lowercased()) { target.removeFirst() }
        guard organisation(named: target.joined(separator: " "))?.id == "osce" else { return nil }
        return Organisation(name: name, kind: .permanentDelegation, parent: nil, representedState: state.iso3166Alpha2)
    }

    /// The words of a delegation's name (`permanentDelegation(named:)`), lower case: the lists
    /// `delegation-nouns`, `permanent-words` and `delegation-links` of `postLexicon`.
    static let delegationWords = (
        nouns: Set(postLexicon.entries("delegation-nouns").map { $0.lowercased() }),
        permanent: Set(postLexicon.entries("permanent-words").map { $0.lowercased() }),
        links: Set(postLexicon.entries("delegation-links").map { $0.lowercased() })
    )

    /// Articles before a State's or an organisation's name in a delegation's name ("of the
    /// Russian Federation", "bei der OSZE"): the list `identity-articles` of `postLexicon`.
    static let identityArticles: Set<String> = Set(postLexicon.entries("identity-articles").map { $0.lowercased() })

    /// The reference organisation the leading words of `tail` name when every word after them is
    /// a generic word of organisation names (`genericOrganisationWords`, `bodyKindWords`): "ODIHR
    /// election observation mission" → ODIHR. Nil for the OSCE itself ("OSCE field operation": a
    /// body of the OSCE that the phrase does not name), or when a word after the name singles out
    /// another body.
    static func organisationBeforeGenericWords(_ tail: String) -> OrganisationRecord? {
        let words = tail.split(separator: " ")
        guard words.count > 1 else { return nil }
        for n in stride(from: words.count - 1, through: 1, by: -1) {
            guard let record = organisation(named: words[..<n].joined(separator: " ")) else { continue }
            guard record.id != "osce", words[n...].allSatisfy({ w in
                let lower = w.lowercased()
                return genericOrganisationWords.contains(lower) || bodyKindWords.contains(lower)
            }) else { return nil }
            return record
        }
        return nil
    }

    /// Phrases that name a foreign minister (English, German, French), matched
    /// case-insensitively inside a role phrase.
    ///
    /// Source: OSCE pages ("German Foreign Minister", "Minister for Foreign
    /// Affairs of Finland", "Außenminister", "ministre des Affaires étrangères").
    public static let foreignMinisterPhrases: [String] = [
        "foreign minister", "minister for foreign affairs", "minister of foreign affairs", "minister for europe and foreign affairs",
        "außenminister", "bundesminister für europa, integration und äußeres", "ministre des affaires étrangères",
    ]

    /// Whether `role` names the foreign minister of the State that held the
    /// Chairpersonship in `year` ("German Foreign Minister" in 2016, "Minister
    /// for Foreign Affairs of Finland" in 2025): by OSCE practice the
    /// Chairperson-in-Office of that year (wikidata.md, "People": the page ties
    /// the person to the office through the Chairpersonship of the release's
    /// year). The State is a national adjective or a State's name in the phrase.
    public static func namesChairpersonshipForeignMinister(_ role: String, year: Int) -> Bool {
        guard let chair = chairpersonship(year: year) else { return false }
        let lower = role.lowercased()
        guard foreignMinisterPhrases.contains(where: { lower.contains($0) }) else { return false }
        let words = role.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        for (i, w) in words.enumerated() {
            if state(adjective: w)?.iso3166Alpha2 == chair.stateCode { return true }
            for n in 1...min(4, words.count - i) where state(named: words[i..<(i + n)].joined(separator: " "))?.iso3166Alpha2 == chair.stateCode {
                return true
            }
        }
        return false
    }

    /// The organisation a role phrase names, when the page identifies one:
    /// `organisation(inRole:)` (reference bodies, delegations), else the tail
    /// after a linking word (" of the ", " at the ", " in the ", " der ",
    /// " des ") when it names a particular body: a capitalised name with a
    /// word beyond the generic words of organisation names
    /// (`genericOrganisationWords`), or a State or city ("National Academy of
    /// Sciences of Tajikistan", "Council of Europe Office in Sarajevo").
    /// A generic tail ("Border Police", "Programme Office", "EU Delegation",
    /// "High Judicial and Prosecutorial Council") could be the body of any
    /// country: it gives `nil`, so the role makes no shared post.
    ///
    ///     OSCEReference.identifiedOrganisation(inRole: "Deputy Head of the Border Police")  // nil
    /// - Complexity: O(bytes of `role`) for a role asked before in this process (`identifiedOrganisationMemo`).
    public static func identifiedOrganisation(inRole role: String) -> Organisation? {
        identifiedOrganisationMemo.answer(for: role, lookUpIdentifiedOrganisation(inRole:))
    }

    /// `identifiedOrganisation(inRole:)`'s answers already given, by role (`ReferenceMemo`).
    static let identifiedOrganisationMemo = ReferenceMemo<Organisation>(capacity: 1 << 14)

    /// `identifiedOrganisation(inRole:)`, looked up in the reference tables.
    static func lookUpIdentifiedOrganisation(inRole role: String) -> Organisation? {
        if let known = organisation(inRole: role) { return known }
        let text = identityPhrase(role)
        for marker in [" of the ", " at the ", " in the ", " der ", " des "] {
            var search = text.startIndex..<text.endIndex
            while let r = text.range(of: marker, options: [], range: search) {
                search = r.upperBound..<text.endIndex
                let name = String(text[r.upperBound...])
                // "Chair of the Committee of …": a post, not an organisation; the body follows.
                if opensWithPost(name) { continue }
                guard let first = name.first, first.isUppercase else { break }
                return namesParticularBody(name) ? Organisation(name: name) : nil
            }
        }
        return nil
    }

    /// Whether an organisation name not in the reference data names one
    /// particular body: it mentions a State (name or adjective) or a known
    /// city, or has a capitalised word that is not a generic word of
    /// organisation names.
    static func namesParticularBody(_ name: String) -> Bool {
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }).map { w -> String in
            var w = String(w)
            for suffix in ["’s", "'s", "’", "'"] where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
            return w
        }
        for (i, w) in words.enumerated() {
            if state(adjective: w) != nil || city(named: w) != nil { return true }
            for n in 1...min(4, words.count - i) where state(named: words[i..<(i + n)].joined(separator: " ")) != nil { return true }
        }
        return words.contains { w in
            guard let c = w.first, c.isUppercase else { return false }
            return !genericOrganisationWords.contains(w.lowercased())
        }
    }

    /// Words naming a kind of OSCE body ("Deputy Head of Mission"): after "OSCE" alone they leave
    /// the body unnamed. The list `body-kind-words` of `postLexicon`, lower-cased.
    static let bodyKindWords: Set<String> = Set(postLexicon.entries("body-kind-words").map { $0.lowercased() })

    /// Words of organisation names that do not single out a body: kinds of body, their usual
    /// qualifiers and linking words ("Head of the Border Police", "President of the High Judicial
    /// and Prosecutorial Council"). The list `generic-organisation-words` of `postLexicon` and the
    /// OSCE's own names (`osceNames`), lower-cased, every language.
    public static let genericOrganisationWords: Set<String> = Set(postLexicon.entries("generic-organisation-words").map { $0.lowercased() })
        .union(osceNames.map { $0.lowercased() })
}
