import Foundation

extension OSCEReference {
    /// A post or organisation phrase reduced to what identifies the post or
    /// organisation, so that one post (or body) written several ways gets one IRI:
    ///
    /// - a parenthetical acronym after a name is dropped when it is a name of
    ///   the reference data (`CiO`, `HCNM`) or the initials of the capitalised
    ///   words (hyphen parts count as words) right before it (`(BiH)` after
    ///   "Bosnia and Herzegovina", `(TCG)` after "Trilateral Contact Group");
    /// - leading temporal qualifiers (`temporalQualifiers`: "new", "newly
    ///   appointed", "incoming", "outgoing", "then", "current", …) are dropped:
    ///   the new Head of a mission holds the post "Head of the mission".
    ///   A capitalised qualifier is dropped only before a lower-case word or a
    ///   post's word ("New Head of …", not "New Zealand Ambassador").
    ///   "Acting" is kept: an acting head holds a distinct, interim post
    ///   (W3C ORG: a different `org:Role`), and "former" is left to the caller
    ///   (a past holding, `Post.isHeld`).
    ///
    /// - a possessive naming a parent of the organisation after it is dropped
    ///   (`withoutParentPossessor`: "the OSCE Secretariat’s Gender Issues
    ///   Programme" → "the OSCE Gender Issues Programme").
    ///
    /// - a role written in another language before the name of a reference organisation is
    ///   the English role of that organisation (`englishRolePhrase`: "stellvertretende Leiterin
    ///   der OSZE-Mission in Serbien" → "Deputy Head of the OSCE Mission to Serbia"), so a post
    ///   has one IRI whatever language names it.
    ///
    /// White space is collapsed; the phrase itself when nothing would be left.
    ///
    ///     OSCEReference.identityPhrase("new Head of the OSCE Mission to Bosnia and Herzegovina (BiH)")
    ///     // "Head of the OSCE Mission to Bosnia and Herzegovina"
    ///     OSCEReference.identityPhrase("OSCE Chairperson-in-Office (CiO)")   // "OSCE Chairperson-in-Office"
    ///
    /// - Complexity: O(n) in the words of `phrase`, times the words before each parenthesis.
    public static func identityPhrase(_ phrase: String) -> String {
        if let english = englishRolePhrase(phrase) { return identityPhrase(english) }
        if isOwnIdentityPhrase(phrase) { return phrase }
        var words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return phrase }
        var kept: [String] = []
        for w in words {
            if let acronym = parenthesised(w), isAcronym(acronym, after: kept) {
                // Keep punctuation that followed the parenthesis ("(BiH),") on the word before.
                let trailing = w.reversed().prefix { $0 == "," || $0 == ";" || $0 == ":" }
                if !trailing.isEmpty, !kept.isEmpty { kept[kept.count - 1] += String(trailing.reversed()) }
                continue
            }
            kept.append(w)
        }
        words = kept
        var start = 0
        while start < words.count - 1 {
            let w = words[start].lowercased()
            // "New Head of Mission", but not "New Zealand Ambassador": a capitalised qualifier only
            // before a lower-case word or a post's word.
            let rest = words[(start + 1)...].joined(separator: " ")
            let capitalised = words[start].first?.isUppercase == true
            if temporalQualifiers.contains(w), !capitalised || rest.first?.isLowercase == true || opensWithPost(rest) {
                start += 1
            } else if start > 0, temporalParticiples.contains(w), temporalQualifiers.contains(words[start - 1].lowercased()) {
                start += 1
            } else {
                break
            }
        }
        words = withoutParentPossessor(Array(words[start...]))
        let out = words.joined(separator: " ")
        return out.isEmpty ? phrase : out
    }

    /// `words` with a possessive naming a parent of the organisation after it taken out, so that
    /// a unit named through its parent is the unit as written alone: "… of the OSCE Secretariat’s
    /// Gender Issues Programme" → "… of the OSCE Gender Issues Programme". The possessor (up to
    /// five words ending in `’s` or `'s`) must name a reference organisation that is an ancestor
    /// of the reference organisation the words after it name (the longest run that names one);
    /// of the possessor, the leading words that still name the unit with its name are kept
    /// ("OSCE", as "OSCE Gender Issues Programme" is a name of it), the rest dropped. `words`
    /// unchanged when there is no such possessive.
    /// - Complexity: O(n²) name look-ups for n words after a possessive; none without one.
    static func withoutParentPossessor(_ words: [String]) -> [String] {
        guard let p = words.firstIndex(where: { $0.count > 2 && ($0.hasSuffix("’s") || $0.hasSuffix("'s")) }), p + 1 < words.count else {
            return words
        }
        func named(_ w: ArraySlice<String>) -> OrganisationRecord? { w.isEmpty ? nil : organisation(named: w.joined(separator: " ")) }
        // The unit after the possessive: the longest run of words from p + 1 that names one.
        guard let end = stride(from: words.count, to: p + 1, by: -1).first(where: { named(words[(p + 1)..<$0]) != nil }),
            let unit = named(words[(p + 1)..<end])
        else { return words }
        let possessor = Array(words[..<p]) + [String(words[p].dropLast(2))]
        guard let q = (max(0, p - 4)...p).first(where: { named(possessor[$0...]) != nil }),
            let parent = named(possessor[q...]), isAncestor(parent.id, of: unit)
        else { return words }
        let unitWords = words[(p + 1)..<end]
        let kept = stride(from: p, through: q, by: -1).first { m in
            m == q || named(words[q..<m] + unitWords)?.id == unit.id
        } ?? q
        return Array(words[..<kept]) + Array(words[(p + 1)...])
    }

    /// Whether the organisation `ancestor` (an id) is `record`'s parent, or its parent's, up the
    /// reference data's `parent` links.
    static func isAncestor(_ ancestor: String, of record: OrganisationRecord) -> Bool {
        var next = record.parent
        var steps = 0
        while let id = next, steps < 8 {
            if id == ancestor { return true }
            next = organisation(id: id)?.parent
            steps += 1
        }
        return false
    }

    /// The roles of the list `role-translations` of `postLexicon` (`PHRASE=English role`: `stellvertretende
    /// leiterin=Deputy Head`, `jefe=Head`), each phrase as the `key`s of its words, longest phrase first.
    static let roleTranslations: [(words: [String], english: String)] = postLexicon.entries("role-translations").compactMap { entry in
        let parts = entry.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let words = key(String(parts[0])).split(separator: " ").map(String.init)
        let english = parts[1].trimmingCharacters(in: .whitespaces)
        guard !words.isEmpty, !english.isEmpty else { return nil }
        return (words, english)
    }.sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }

    /// The first words of `roleTranslations`: a phrase that opens with none is no translated role.
    static let roleTranslationFirstWords: Set<String> = Set(roleTranslations.map { $0.words[0] })

    /// The English form of a role written in another language before the name of a reference
    /// organisation (the list `role-translations`; linking words between them skipped,
    /// `roleLinkingWords`; the name in any case form, `organisation(named:)`): `"<English role> of the
    /// <organisation's name>"`, the phrase the English pages write ("stellvertretende Leiterin der
    /// OSZE-Mission in Serbien", "Jefe de la Misión de la OSCE en Moldavia", "заместитель главы Миссии
    /// ОБСЕ в Сербии" → "Deputy Head of the OSCE Mission to Serbia", "Head of the OSCE Mission to
    /// Moldova"). Nil when the phrase opens with no listed role or the rest names no reference
    /// organisation other than the OSCE itself.
    /// - Complexity: one `key` of the first word for most phrases; name look-ups only after a listed role.
    static func englishRolePhrase(_ phrase: String) -> String? {
        guard !roleTranslations.isEmpty else { return nil }
        let words = phrase.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, roleTranslationFirstWords.contains(key(String(words[0]))) else { return nil }
        let keys = words.prefix(roleTranslations[0].words.count).map { key(String($0)) }
        for t in roleTranslations where t.words.count < words.count - 1 && keys.starts(with: t.words) {
            var rest = words.dropFirst(t.words.count)
            while rest.count > 1, let first = rest.first, linkingWordKeys.contains(key(String(first))) { rest = rest.dropFirst() }
            guard let record = organisation(named: rest.joined(separator: " ")), record.id != "osce" else { continue }
            return "\(t.english) of the \(record.name)"
        }
        return nil
    }

    /// Words that date a holding, not the post, when they open a post phrase ("new", "incoming",
    /// "outgoing", "then", "neue", "nouveau"), lower-cased: the list `temporal-qualifiers` of
    /// `postLexicon`, every language.
    public static let temporalQualifiers: Set<String> = Set(postLexicon.entries("temporal-qualifiers").map { $0.lowercased() })

    /// Participles that date a holding after a temporal qualifier ("newly appointed"): the list
    /// `temporal-participles` of `postLexicon`, every language.
    static let temporalParticiples: Set<String> = Set(postLexicon.entries("temporal-participles").map { $0.lowercased() })

    /// The text inside a word that is one parenthesis ("(BiH)," → "BiH"); nil otherwise.
    /// True when `identityPhrase` returns `phrase` itself, read from its bytes: ASCII words joined
    /// by single spaces (no other white space, none at the ends), no `(`, and a first word that
    /// is no temporal qualifier (any case). False says nothing (the phrase is then reduced word by word).
    /// - Complexity: O(n) in the bytes; no allocation.
    static func isOwnIdentityPhrase(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            guard let first = bytes.first, first != 0x20, bytes.last != 0x20 else { return false }
            var firstWordEnd = -1
            var previous: UInt8 = 0
            for (i, b) in bytes.enumerated() {
                // (An apostrophe may end a possessive: `withoutParentPossessor`.)
                guard b < 0x80, b != 0x28, b != 0x27, b < 0x09 || b > 0x0D else { return false }
                if b == 0x20 {
                    if previous == 0x20 { return false }
                    if firstWordEnd < 0 { firstWordEnd = i }
                }
                previous = b
            }
            // One word: nothing to drop. Else the first word, lower-cased, must be no qualifier.
            guard firstWordEnd >= 0 else { return true }
            let word = String(unsafeUninitializedCapacity: firstWordEnd) { out in
                for i in 0..<firstWordEnd { out[i] = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] | 0x20 : bytes[i] }
                return firstWordEnd
            }
            return !temporalQualifiers.contains(word)
        }
    }

    static func parenthesised(_ word: String) -> String? {
        var w = Substring(word)
        while let l = w.last, l == "," || l == ";" || l == ":" { w = w.dropLast() }
        guard w.count >= 4, w.first == "(", w.last == ")" else { return nil }
        let inner = w.dropFirst().dropLast()
        guard inner.allSatisfy({ $0.isLetter || $0 == "/" || $0 == "-" }) else { return nil }
        return String(inner)
    }

    /// Whether `token` is an acronym of the words before it: a name of the
    /// reference data (organisation or post), or, with at least two upper-case
    /// letters, the initials of that many capitalised words (hyphen parts
    /// count) right before it.
    static func isAcronym(_ token: String, after words: [String]) -> Bool {
        let capitals = token.filter(\.isUppercase)
        guard capitals.count >= 2 else { return false }
        if organisation(named: token) != nil || post(named: token) != nil { return true }
        let parts = words.flatMap { $0.split(separator: "-") }
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { $0.first?.isUppercase == true }
        guard parts.count >= capitals.count else { return false }
        let initials = parts.suffix(capitals.count).compactMap(\.first)
        return String(initials) == capitals
    }

    /// First words of a post phrase: a tail of a role phrase that starts with one names a post
    /// ("Chair of the Committee of Ministers", "Chairperson-in-Office for …"), never an organisation:
    /// the list `post-head-words` of `postLexicon`, lower-cased.
    static let postHeadWords: Set<String> = Set(postLexicon.entries("post-head-words").map { $0.lowercased() })

    /// Whether `phrase` opens with a post's word (`postHeadWords`), after "OSCE" and a national adjective.
    static func opensWithPost(_ phrase: String) -> Bool {
        var words = phrase.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if let f = words.first, state(adjective: f.capitalizedFirst) != nil { words.removeFirst() }
        if words.first == "osce" { words.removeFirst() }
        guard let first = words.first else { return false }
        return postHeadWords.contains(first)
    }

    /// The organisation of the standing post that `phrase` begins with, after
    /// an optional national adjective ("Austrian OSCE Chairperson-in-Office for
    /// the … Process" → the Chairpersonship); nil when it begins with none.
    static func organisationOfLeadingPost(_ phrase: String) -> OrganisationRecord? {
        var words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, state(adjective: words[0]) != nil { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        for n in stride(from: words.count, through: 1, by: -1) {
            if let record = post(named: words[..<n].joined(separator: " ")) { return organisation(id: record.organisation) }
        }
        return nil
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
