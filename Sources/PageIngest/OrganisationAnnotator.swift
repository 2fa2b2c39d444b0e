import OSCE

/// Finds the organisations a release names and the short forms the page defines for them, and
/// reads the organisation a role phrase names through them.
///
/// Three kinds of span, each an `Annotation` with label `.organisation` and its evidence:
/// - a name or acronym of the OSCE reference data (`OSCE Mission to Serbia`, `ODIHR`, `HCNM`):
///   evidence `reference <id>`;
/// - an acronym the page defines after a long form, `Long Form (ACR)`, where the acronym's letters
///   occur in order in the long form's words and its first letter starts the long form
///   (Schwartz and Hearst's test): `Centre for Civic Initiatives (CCI)`, `Office for Democratic
///   Institutions and Human Rights (ODIHR)`. Evidence `defined <ACR>`; later uses of the acronym
///   are spans with evidence `acronym <ACR>`;
/// - a short form the page defines in parentheses, `OSCE Programme Office in Dushanbe (the
///   Office)`: the capitalised word must occur in the long form; evidence `defined short form`.
///
/// `organisation(ofRole:)` uses them for a role that names its organisation only by a page-defined
/// acronym (`CCI Director`) or short form (`Head of the Office`, `the Office’s Deputy Head`): the
/// role → organisation step of the resolver. A role that names no body the page defines stays
/// without one.
///
///     let a = OrganisationAnnotator(texts: ["Lena Brandt heads the Centre for Civic Initiatives (CCI) in Osh."])
///     a.organisation(ofRole: "CCI Director")?.name   // "Centre for Civic Initiatives"
///
/// Shape: `candidates` are spans over the texts given (`Annotation.unit` = index into `texts`,
/// token ranges of `Tokenizer`); `definitions` maps a short form as written to its organisation.
/// - Complexity: O(w·k) for w words of text and k reference names sharing a first word.
struct OrganisationAnnotator {
    /// Every organisation span found, in text order.
    private(set) var candidates: [Annotation] = []
    /// Short forms the page defines (`CCI`, `Office`), as written, with their organisation.
    private(set) var definitions: [String: Organisation] = [:]

    /// Annotates `texts` (a release's title and paragraphs).
    init(texts: [String]) {
        // Each text is tokenized once, for both passes.
        let units = texts.map { TextUnit($0) }
        for (u, unit) in units.enumerated() {
            annotateReferenceNames(unit, u)
            annotateDefinitions(unit, u)
        }
        guard !definitions.isEmpty else { return }
        for (u, unit) in units.enumerated() {
            for (k, t) in unit.tokens.enumerated() where t.isWord && definitions[t.stem] != nil && isAcronymWord(t.stem) {
                guard !candidates.contains(where: { $0.unit == u && $0.tokens.contains(k) }) else { continue }
                add(u, k..<(k + 1), .pageAcronym, t.stem)
            }
        }
        candidates.sort { ($0.unit, $0.tokens.lowerBound) < ($1.unit, $1.tokens.lowerBound) }
    }

    /// The short forms `texts` define only (`definitions`, and their spans in `candidates`), for
    /// `organisation(ofRole:)`, which reads nothing else: reference names are not looked for, and
    /// a text without `(` (where no definition can be) is not tokenized.
    init(definitionsIn texts: [String]) {
        for (u, text) in texts.enumerated() where text.utf8Contains(byte: 0x28) {
            annotateDefinitions(TextUnit(text), u)
        }
    }

    /// The organisation a role phrase names: `PageFacts.organisation(ofRole:)` (reference bodies,
    /// delegations, particular bodies named in full), else a page-defined acronym or short form
    /// in the role (`CCI Director`, `Head of the Office`). Nil for a standing post of the reference
    /// data (its organisation is the post's) and for a role that names no body.
    func organisation(ofRole role: String) -> Organisation? {
        if OSCEReference.post(named: role) != nil { return nil }
        let known = PageFacts.organisation(ofRole: role)
        guard !definitions.isEmpty else { return known }
        // `Director of the CCI`: the body named is the page's acronym itself.
        if let known { return definitions[known.name] ?? known }
        for t in TextUnit(role).tokens where t.isWord {
            // An acronym anywhere (`CCI Director`); a defined common-noun short form only after its
            // article (`Head of the Office`) or as a possessive (`the Mission’s Deputy Head`), not
            // as a word of another name.
            if let o = definitions[t.stem], isAcronymWord(t.stem) || t.isPossessive { return o }
        }
        let words = role.split(separator: " ").map(String.init)
        for i in words.indices.dropFirst() where words[i - 1].lowercased() == "the" {
            if let o = definitions[words[i]], i == words.count - 1 { return o }
        }
        return nil
    }

    // MARK: Reference names

    private mutating func annotateReferenceNames(_ unit: TextUnit, _ u: Int) {
        let tokens = unit.tokens
        let index = OrganisationNameIndex.shared
        var k = 0
        while k < tokens.count {
            // (A word whose first byte and length open no name is looked up by no `String`.)
            guard tokens[k].isWord, index.firstWords.mayContain(tokens[k].utf8), let names = index.byFirstWord[tokens[k].text] else {
                if tokens[k].isWord, tokens[k].isAllCaps, let record = OSCEReference.organisation(named: tokens[k].stem),
                   record.id != "osce" {
                    // `ODIHR`, `HCNM`: a reference acronym on its own.
                    add(u, k..<(k + 1), .reference, record.id)
                }
                k += 1
                continue
            }
            var matched = false
            for (words, id) in names where k + words.count <= tokens.count {
                guard words.indices.allSatisfy({ tokens[k + $0].isWord && OrganisationNameIndex.word(tokens[k + $0].utf8, is: words[$0]) }),
                      let record = OSCEReference.organisation(id: id) else { continue }
                add(u, k..<(k + words.count), .reference, record.id)
                k += words.count
                matched = true
                break
            }
            if !matched { k += 1 }
        }
    }

    private mutating func add(_ u: Int, _ range: Range<Int>, _ cue: Annotation.Cue, _ detail: String) {
        var a = Annotation(unit: u, tokens: range, label: .organisation, score: 0, evidence: [])
        a.add(cue, detail)
        a.accepted = true
        candidates.append(a)
    }

    // MARK: Page-defined short forms

    /// `Long Form (ACR)` and `Long Form (the Office)`.
    private mutating func annotateDefinitions(_ unit: TextUnit, _ u: Int) {
        let tokens = unit.tokens
        for open in tokens.indices where tokens[open].spells("(") && open >= 2 {
            var close = open + 1
            while close < tokens.count, close - open <= 4, !tokens[close].spells(")") { close += 1 }
            guard close < tokens.count, tokens[close].spells(")") else { continue }
            let inner = tokens[(open + 1)..<close].filter(\.isWord)
            guard !inner.isEmpty, inner.count == close - open - 1 || inner.count == close - open - 3 else { continue }
            if inner.count == 1, isAcronymWord(inner[0].text) {
                let acronym = inner[0].text
                guard let start = longFormStart(unit, before: open, acronym: acronym) else { continue }
                let long = unit.text(start, open)
                let organisation = OSCEReference.organisation(named: long).map(Organisation.init) ?? Organisation(name: long)
                if definitions[acronym] == nil { definitions[acronym] = organisation }
                add(u, start..<(close + 1), .pageDefinition, acronym)
            } else if inner.count == 2, inner[0].isLowercaseWord, inner[0].text == "the", inner[1].isCapitalized {
                // `(the Office)`: the word must be a word of the capitalised name before it.
                let word = inner[1].text
                var start = open
                while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized || tokens[start - 1].isAllCaps
                        || (tokens[start - 1].isLowercaseWord && ["of", "for", "in", "to", "on", "and", "the"].contains(tokens[start - 1].text)) {
                    start -= 1
                }
                while start < open, tokens[start].isLowercaseWord { start += 1 }
                guard start < open - 1, tokens[start..<open].contains(where: { $0.text == word }) else { continue }
                let long = unit.text(start, open)
                let organisation = OSCEReference.organisation(named: long).map(Organisation.init) ?? Organisation(name: long)
                if definitions[word] == nil { definitions[word] = organisation }
                add(u, start..<(close + 1), .pageShortForm, word)
            }
        }
    }

    /// The first token of the long form an acronym stands for, ending before token `end`: the
    /// shortest run of words (at most `min(n + 5, 2n)` words for n letters, connectors allowed)
    /// whose first word starts with the acronym's first letter and whose letters hold the
    /// acronym's letters in order, each word initial that is capitalised used. Nil when none.
    func longFormStart(_ unit: TextUnit, before end: Int, acronym: String) -> Int? {
        let tokens = unit.tokens
        let letters = Array(acronym.lowercased().filter(\.isLetter))
        guard letters.count >= 2 else { return nil }
        let limit = min(letters.count + 5, letters.count * 2)
        var start = end
        var words = 0
        while start > 0, words < limit, tokens[start - 1].isWord, tokens[start - 1].quote == tokens[end - 1].quote {
            start -= 1
            words += 1
            let t = tokens[start]
            guard t.isCapitalized || t.isAllCaps, t.text.lowercased().first == letters[0] else { continue }
            let capitals = tokens[start..<end].filter { $0.isCapitalized || $0.isAllCaps }.count
            if Self.lettersMatch(letters, tokens[start..<end].map(\.text)), capitals <= letters.count + 1 { return start }
        }
        return nil
    }

    /// True when `letters` (lower-cased) occur in order in `words`: a word whose initial is the
    /// next letter gives it, and then its inner capitals or initials after a hyphen give the next
    /// ones (`CiO` in `Chairperson-in-Office`); other words are skipped (`for`, `the`).
    static func lettersMatch(_ letters: [Character], _ words: [String]) -> Bool {
        func lower(_ c: Character) -> Character { c.lowercased().first ?? c }
        var i = 0
        for w in words where i < letters.count {
            let chars = Array(w)
            guard let f = chars.first, lower(f) == letters[i] else { continue }
            i += 1
            var j = 1
            while j < chars.count, i < letters.count {
                if chars[j].isUppercase || chars[j - 1] == "-", lower(chars[j]) == letters[i] { i += 1 }
                j += 1
            }
        }
        return i == letters.count
    }

    /// An acronym: two letters or more, at least two capitals, at most ten characters (`CCI`, `RFoM`).
    func isAcronymWord(_ w: String) -> Bool {
        w.count >= 2 && w.count <= 10 && w.first?.isUppercase == true && w.filter(\.isUppercase).count >= 2
            && w.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" }
    }
}
