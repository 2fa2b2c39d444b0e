import OSCE

/// Finds the participating States and Partners for Co-operation a text refers to.
///
/// A State is referred to by its name or another name (`Turkey`, `Russia`, `Republic of
/// Moldova`, `Serbien`), by a national adjective (`Swedish`, `slowakischen`), inside a
/// structure's name (`OSCE Mission to Serbia`), or by an inflected Russian name (`в Украине`).
/// The names and adjectives of the text's language in `StateGazetteer` (French, Italian, Spanish,
/// BCS, Albanian, German and Russian inflected forms: `l’Albanie`, `Srbije`, `Shqipërisë`) are
/// tried first, so a phrase that names no State there (`Republika Srpska`) is skipped; the
/// language is detected on the units' text (`LanguageDetector`), so a word that is a State's name
/// in one language but a common word in another (`Island`) is not read as a State. A national
/// adjective of an ethnic group or a language (`the Albanian community`, `la minorité serbe`,
/// the gazetteer's group nouns in any case form, a list of adjectives before one as a whole; after
/// a verb whose object is a language: `who speak Albanian and Turkish at home`) is no mention. A country after the city of a dateline
/// (`ALMATY, Kazakhstan,`) is a mention too.
/// Names are matched longest first; words inside a person's name are skipped. Results use
/// the reference `name` (the navigation's name: `Türkiye`, `Russian Federation`).
/// - Complexity: O(n) hash look-ups for n words.
struct StateMentionFinder {
    /// States referred to in `units` and in the dateline's `datelinePlaces`, in order of first
    /// mention (the dateline after the title, the first unit). The first place of a dateline is
    /// the city (`MONACO, 5 July 2012` names the city): only the places after it count.
    /// - Parameter language: the item's language (ISO 639-1) as `ReleaseAnalyzer` detected it;
    ///   nil detects it here from the units' text.
    static func find(in units: [TextUnit], datelinePlaces: [String] = [], language: String? = nil) -> [String] {
        let language = language ?? LanguageDetector.detect(units.map(\.text).joined(separator: "\n"))
        var found: [String] = []
        for (n, unit) in units.enumerated() {
            if n == 1 || (n == 0 && units.count == 1) {
                for place in datelinePlaces.dropFirst() {
                    if let s = StateGazetteer.shared.state(placeName: place, language: language),
                       !found.contains(OSCEReference.states[s].name) {
                        found.append(OSCEReference.states[s].name)
                    }
                }
            }
            for name in find(in: unit, language: language) where !found.contains(name) { found.append(name) }
        }
        return found
    }

    /// States referred to in one unit of text in `language` (ISO 639-1).
    static func find(in unit: TextUnit, language: String = "en") -> [String] {
        let index = StateIndex.shared
        let gazetteer = StateGazetteer.shared
        let states = OSCEReference.states
        let tokens = unit.tokens
        let table = gazetteer.table(for: language)
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.isWord, unit.mention(covering: i) == nil else { i += 1; continue }
            // `Atlanta, Georgia`: a State's name after a city that makes it something else.
            if let n = gazetteer.negates(tokens, at: i, language: language) {
                i += n
                continue
            }
            if let table, let m = gazetteer.match(tokens, at: i, table: table) {
                if let s = m.state, !(m.isAdjective && gazetteer.qualifiesGroup(tokens, i, i + m.length, language: language)) {
                    out.append(states[s].name)
                }
                i += m.length
                continue
            }
            if t.startsUppercase, t.isAllCaps || t.utf8.count == 2, let m = acronym(unit, at: i) {
                out.append(states[m.state].name)
                i += m.length
                continue
            }
            if t.startsUppercase {
                let first = StateIndex.key(t.text)
                if let longest = index.multiWordStarts[first] {
                    var matched = false
                    // The phrases are the words from `i` each after a space, longest first; their
                    // texts are made once (the last word of each phrase is its stem).
                    var n = 1
                    while n < min(longest, tokens.count - i), tokens[i + n].isWord, tokens[i + n].spaceBefore { n += 1 }
                    let texts = n >= 2 ? (i..<(i + n)).map { tokens[$0].text } : []
                    while n >= 2 {
                        let phrase = texts[0..<(n - 1)].joined(separator: " ") + " " + tokens[i + n - 1].stem
                        if let s = index.names[StateIndex.key(phrase)] {
                            out.append(states[s].name)
                            i += n
                            matched = true
                            break
                        }
                        n -= 1
                    }
                    if matched { continue }
                }
                let stem = StateIndex.key(t.stem)
                if let s = index.names[stem] ?? index.cyrillicMatch(t.stem) {
                    out.append(states[s].name)
                } else if let pair = hyphenated(t.text) {
                    out += pair.map { states[$0].name }
                } else if let s = index.adjectives[stem] ?? index.stemMatch(t.text),
                          // A capitalised German adjective at the start of a sentence (`Slowakische`).
                          !gazetteer.qualifiesGroup(tokens, i, i + 1, language: language) {
                    out.append(states[s].name)
                }
            } else if t.isLowercaseWord, index.mayStemMatch(t.utf8), let s = index.stemMatch(t.text),
                      !gazetteer.qualifiesGroup(tokens, i, i + 1, language: language) {
                out.append(states[s].name)
            }
            i += 1
        }
        return out
    }

    /// A State's acronym at word token `i` (`StateIndex.acronyms`): initials joined by no space
    /// (`U.S.`, `U.S.A.`), or one word in capitals (`US`, `USA`) in a unit that is not written in
    /// capitals (`TELL US` is no State). Returns the State and the number of tokens it covers.
    static func acronym(_ unit: TextUnit, at i: Int) -> (state: Int, length: Int)? {
        let tokens = unit.tokens
        var letters = ""
        var n = 0
        // (`U.` `S.`: the tokenizer reads a capital with its dot as an initial.)
        while i + n < tokens.count, tokens[i + n].isWord, n == 0 || !tokens[i + n].spaceBefore {
            let u = tokens[i + n].utf8
            guard u.count == 2, u[u.startIndex + 1] == 0x2E, u[u.startIndex] >= 0x41, u[u.startIndex] <= 0x5A else { break }
            letters.unicodeScalars.append(Unicode.Scalar(u[u.startIndex]))
            n += 1
        }
        if n >= 2 {
            return StateIndex.shared.acronyms[letters].map { ($0, n) }
        }
        let t = tokens[i]
        guard t.isAllCaps, let s = StateIndex.shared.acronyms[t.text],
              tokens.contains(where: { $0.isWord && !$0.isAllCaps && !$0.startsUppercase }) else { return nil }
        return (s, 1)
    }

    /// The States of a hyphenated word: `Serbia-based` (a State's name first); a national
    /// adjective only before a capitalised part (`Georgian-Ossetian`), not before a lower-case one
    /// (`Russian-speaking` names a language); a second part that is a State's name or adjective
    /// too (`Russian-Georgian` → both). Empty (nil) when the first part names no State.
    private static func hyphenated(_ word: String) -> [Int]? {
        guard word.utf8.contains(0x2D) else { return nil }   // (no `-` byte, no `-` character)
        let parts = word.split(separator: "-", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let index = StateIndex.shared
        let head = StateIndex.key(String(parts[0]))
        let tail = StateIndex.key(String(parts[1]))
        if let s = index.names[head] { return [s] }
        guard parts[1].first?.isUppercase == true, let s = index.adjectives[head] else { return nil }
        if let t = index.adjectives[tail] ?? index.names[tail], t != s { return [s, t] }
        return [s]
    }
}
