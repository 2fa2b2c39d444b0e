extension OSCEReference {
    /// The case forms of the words of organisation names, folded by `key(_:)`, each to its base
    /// form (`миссии` → `миссия`, `misiunii` → `misiunea`, `мисије` → `мисија`): the list
    /// `organisation-word-forms` of `postLexicon` (`OBLIQUE=BASE`), every language at once.
    static let organisationWordForms: [String: String] = {
        var out: [String: String] = [:]
        for entry in postLexicon.entries("organisation-word-forms") {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let oblique = key(String(parts[0])), base = key(String(parts[1]))
            if !oblique.isEmpty, !base.isEmpty, out[oblique] == nil { out[oblique] = base }
        }
        return out
    }()

    /// The words of `organisationWordForms`, case forms and base forms: words of organisation
    /// names in the languages that decline them (`misija`, `misiunea`), not in English.
    static let organisationNameWords: Set<String> = Set(organisationWordForms.keys).union(organisationWordForms.values)

    /// The words for the head of a field operation (`Head`, `глава`, `șeful`, `шеф`, `kreu`),
    /// folded by `key(_:)`: the list `field-operation-heads` of `postLexicon`.
    static let fieldOperationHeads: Set<String> = Set(postLexicon.entries("field-operation-heads").map { key($0) })

    /// `key` (a look-up key made by `key(_:)`) with each word that is a case form of a word of
    /// an organisation name (`organisationWordForms`) replaced by its base form: `миссии обсе в
    /// сербии` → `миссия обсе в сербии`, the key of the nominative name the reference data holds.
    /// Words are split at single spaces (a key has no other white space); `key` itself when no
    /// word is a case form.
    /// - Complexity: O(n) in the key's length.
    static func caseFormKey(_ key: String) -> String {
        let forms = organisationWordForms
        guard !forms.isEmpty else { return key }
        var changed = false
        let words = key.split(separator: " ", omittingEmptySubsequences: false).map { w -> Substring in
            if let base = forms[String(w)] {
                changed = true
                return Substring(base)
            }
            return w
        }
        return changed ? words.joined(separator: " ") : key
    }

    /// `roleLinkingWords` folded by `key(_:)` (`të` → `te`).
    static let linkingWordKeys: Set<String> = Set(roleLinkingWords.map { key($0) })

    /// The head post of a field operation named by a head word and the operation's name in any
    /// case form (`глава Миссии ОБСЕ в Сербии`, `șeful Misiunii OSCE în Moldova`, `шеф Мисије
    /// ОЕБС-а у Србији`): the reference post `head-of-{operation id}`, the post the English form
    /// (`Head of the OSCE Mission to Serbia`) names; linking words after the head word are skipped
    /// (`roleLinkingWords`: `Kreu i Misionit të OSBE-së …`). `key` is a look-up key (`key(_:)`); nil
    /// when its first word is no head word (`fieldOperationHeads`) or the rest names no field operation.
    static func fieldOperationHeadPost(key: String) -> PostRecord? {
        var words = key.split(separator: " ")
        guard words.count >= 3, fieldOperationHeads.contains(String(words[0])) else { return nil }
        words.removeFirst()
        // (`Kreu i Misionit …`, `шеф на Мисијата …`: the linking words after the head word.)
        while words.count > 2, linkingWordKeys.contains(String(words[0])) { words.removeFirst() }
        guard let record = organisation(named: words.joined(separator: " ")), record.kind == .fieldOperation else { return nil }
        let id = "head-of-\(record.id)"
        return posts.first { $0.id == id }
    }
}
