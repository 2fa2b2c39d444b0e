import OSCE

/// The names and national adjectives of the participating States and Partners in French,
/// Croatian/Bosnian/Serbian (Latin script, `hr`), Albanian and German inflected forms, read from
/// the data file `Resources/state-names.tsv` (compiled in by the `EmbedResources` build plugin as
/// `EmbeddedResource.stateNames`). The English, German and Russian names of the OSCE reference
/// data (`OSCEReference.states`) are matched by `StateIndex`; this adds what those lack.
///
/// Shape of a line: `ISO<TAB>language<TAB>kind<TAB>form | form | …` (a comma after a word is a
/// word of its own: `Atlanta, Georgia`), kinds `name`, `adj`, `not`,
/// and the language rules `elision`, `endings-name`, `endings-adj` (ISO `*`); a word ending in
/// `~` is a stem that takes one of the language's endings of its kind (`-` is the empty ending).
/// A line naming an ISO code the reference data lacks, or an unknown kind, is skipped and its
/// line number kept in `rejectedLines` (a test checks the shipped file has none).
/// Source: see the header of the data file.
struct StateGazetteer: Sendable {
    enum Kind: String, Sendable {
        case name, adj, not
    }

    /// One word of a form: exact (folded) or a stem taking endings.
    struct WordPattern: Hashable, Sendable {
        var text: String
        var isStem: Bool
    }

    struct Entry: Sendable {
        var words: [WordPattern]
        var language: String
        var kind: Kind
        /// Index into `OSCEReference.states`.
        var state: Int
    }

    /// A match at a token: the State (nil for a `not` phrase) and the number of tokens covered.
    struct Match: Equatable {
        var state: Int?
        var length: Int
        var isAdjective = false
    }

    private(set) var entries: [Entry] = []
    /// Folded first word (exact) → entry indices.
    private var exactFirst: [String: [Int]] = [:]
    /// Folded first-word stem → entry indices.
    private var stemFirst: [String: [Int]] = [:]
    /// Per language, the first one or two characters of every entry's first word (its text or
    /// stem): a word starting otherwise begins no entry (`match`'s O(1) rejection of most words).
    private var openings: [String: Set<String>] = [:]
    /// A `not` phrase with a comma (`Atlanta, Georgia`): folded word after its comma → entry
    /// indices. Such a phrase opens no entry (its first words are common: `match` would read them
    /// at every word); `negates` reads it back from the word after the comma, where a State starts.
    private var afterComma: [String: [Int]] = [:]
    /// Language → kind → endings (the empty ending as "").
    private(set) var endings: [String: [Kind: Set<String>]] = [:]
    /// Language → elided prefixes (`l'`), folded.
    private(set) var elisions: [String: [String]] = [:]
    /// Language → nouns of a group of people or a language (`community`, `minorité`): a national
    /// adjective next to one names an ethnic group or a language, not the State.
    private(set) var groupNouns: [String: Set<String>] = [:]
    /// Language → conjunctions that may join adjectives before such a noun (`Albanian and Bosniak
    /// communities`).
    private(set) var conjunctions: [String: Set<String>] = [:]
    /// Language → words after which a national adjective standing alone names a language (`in
    /// Russian`, `translated into English`): `language-lead` lines.
    private(set) var languageLeads: [String: Set<String>] = [:]
    /// Language → verbs whose object is a language (`speak`): the national adjectives listed right
    /// after one name languages whatever follows them (`who speak Albanian and Turkish at home`):
    /// `language-verb` lines.
    private(set) var languageVerbs: [String: Set<String>] = [:]
    /// Language → closed-class words (auxiliaries, prepositions, adverbs of time) that are never the
    /// noun a national adjective qualifies: after a `language-lead` list, one of them means the
    /// adjectives stand alone and name languages (`Interpretation into Serbian and Hungarian was
    /// provided`, `published in Macedonian and Albanian next year`): `language-after` lines.
    private(set) var languageAfter: [String: Set<String>] = [:]
    /// Language → the whole words of its forms written with a capital after the first letter
    /// (`BiH`, `SAD`), as written: the folded patterns lose their case, and such a word is no
    /// part of a person's name (`Lexicon.gazetteerWords`).
    private(set) var mixedCaseWords: [String: Set<String>] = [:]
    /// 1-based numbers of the lines that were skipped as malformed.
    private(set) var rejectedLines: [Int] = []
    /// The languages the file gives forms for.
    private(set) var languages: Set<String> = []
    /// Per language the file gives forms for, what `match` reads at every word (one look-up a
    /// text instead of several a word).
    private var tables: [String: LanguageTable] = [:]

    /// The rules of one language that `match` consults at every word (a class: passing it to
    /// `match` at every word is one reference count, not a copy of its sets).
    final class LanguageTable: Sendable {
        let language: String
        let elisions: [String]
        /// The endings of names (the case ending after a hyphen, `BiH-a`).
        let nameEndings: Set<String>
        let openings: Set<String>
        /// The ASCII ones of `openings`, as bits.
        let asciiOpenings: ASCIIPrefixSet
        /// True when some entry's first word is empty (every word may then begin one).
        let opensAll: Bool
        /// The elisions that are ASCII (folded), as bytes: the ones an ASCII word may begin with.
        let asciiElisions: [[UInt8]]

        init(language: String, elisions: [String], nameEndings: Set<String>, openings: Set<String>) {
            self.language = language
            self.elisions = elisions
            self.nameEndings = nameEndings
            self.openings = openings
            var ascii = ASCIIPrefixSet()
            for o in openings { ascii.insert(o) }
            asciiOpenings = ascii
            opensAll = openings.contains("")
            asciiElisions = elisions.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
        }

        /// True when word token `i` begins no entry, told from its bytes without making a
        /// `String`: an ASCII word without a hyphen (so no case ending after one), with no elision
        /// of the language as its prefix, whose first one and two characters (lower-cased) open
        /// no entry. False when that cannot be told so (`match` then decides).
        func refuses(_ tokens: TokenList, _ i: Int) -> Bool {
            if opensAll { return false }
            let word = tokens[i].utf8
            for b in word where b >= 0x80 || b == 0x2D { return false }
            guard asciiOpenings.lookup(utf8: word, length: 2, lowercasing: true) == .absent,
                  asciiOpenings.lookup(utf8: word, length: 1, lowercasing: true) == .absent else { return false }
            for e in asciiElisions where e.count <= word.count {
                var k = 0
                while k < e.count, (word[k] >= 0x41 && word[k] <= 0x5A ? word[k] | 0x20 : word[k]) == e[k] { k += 1 }
                if k == e.count { return false }
            }
            return true
        }

        /// Whether a folded first word may begin an entry: its first two characters, or its first
        /// one, is the opening of an entry (as `match` asks the set, without building strings when
        /// the word starts with ASCII).
        func opens(_ first: String) -> Bool {
            if opensAll { return true }
            switch asciiOpenings.lookup(first, length: 2) {
            case .member: return true
            case .absent: return asciiOpenings.lookup(first, length: 1) == .member
            case .unknown:
                return openings.contains(StateIndex.characterPrefix(first, 2)) || openings.contains(StateIndex.characterPrefix(first, 1))
            }
        }
    }

    /// The gazetteer shipped with the package.
    static let shared = StateGazetteer(tsv: EmbeddedResource.stateNames)

    /// Lower case with `’` folded to `'` (as `StateIndex.key`).
    static func fold(_ s: some StringProtocol) -> String { StateIndex.key(String(s)) }

    /// Parses the TSV form; comment lines (`#`) and malformed lines are skipped.
    init(tsv: String) {
        var isoIndex: [String: Int] = [:]
        for (i, s) in OSCEReference.states.enumerated() { isoIndex[s.iso3166Alpha2] = i }
        for (number, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { rejectedLines.append(number + 1); continue }
            let (iso, language, kind) = (fields[0], fields[1], fields[2])
            let forms = fields[3].split(separator: "|").map { TextNormalization.collapse($0) }.filter { !$0.isEmpty }
            if iso == "*" {
                switch kind {
                case "elision": elisions[language, default: []] += forms.map(Self.fold)
                case "group-noun": groupNouns[language, default: []].formUnion(forms.map(Self.fold))
                case "conjunction": conjunctions[language, default: []].formUnion(forms.map(Self.fold))
                case "language-lead": languageLeads[language, default: []].formUnion(forms.map(Self.fold))
                case "language-verb": languageVerbs[language, default: []].formUnion(forms.map(Self.fold))
                case "language-after": languageAfter[language, default: []].formUnion(forms.map(Self.fold))
                case "endings-name", "endings-adj":
                    let k: Kind = kind == "endings-name" ? .name : .adj
                    endings[language, default: [:]][k, default: []].formUnion(forms.map { $0 == "-" ? "" : Self.fold($0) })
                default: rejectedLines.append(number + 1)
                }
                continue
            }
            guard let state = isoIndex[iso], let k = Kind(rawValue: kind), !forms.isEmpty else { rejectedLines.append(number + 1); continue }
            languages.insert(language)
            for form in forms {
                for w in form.split(separator: " ") where !w.hasSuffix("~") && w.dropFirst().contains(where: \.isUppercase) {
                    mixedCaseWords[language, default: []].insert(String(w))
                }
                // (`Atlanta, Georgia`: a comma after a word of a `not` phrase is a word of its own.)
                let words = form.split(separator: " ").flatMap { w -> [Substring] in
                    w.count > 1 && w.hasSuffix(",") ? [w.dropLast(), ","] : [w]
                }.map { w -> WordPattern in
                    w.hasSuffix("~") ? WordPattern(text: Self.fold(w.dropLast()), isStem: true)
                                     : WordPattern(text: Self.fold(w), isStem: false)
                }
                guard let first = words.first else { continue }
                let n = entries.count
                entries.append(Entry(words: words, language: language, kind: k, state: state))
                if k == .not, let comma = words.firstIndex(where: { $0.text == "," }), comma + 1 < words.count {
                    afterComma[words[comma + 1].text, default: []].append(n)
                    continue
                }
                if first.isStem { stemFirst[first.text, default: []].append(n) } else { exactFirst[first.text, default: []].append(n) }
                openings[language, default: []].insert(String(first.text.prefix(2)))
            }
        }
        addReadForms(LanguageRelations.shared)
        for (language, kinds) in endings {
            // A `not` phrase inflects as a name.
            endings[language]?[.not] = kinds[.name]
        }
        for language in languages {
            tables[language] = LanguageTable(language: language, elisions: elisions[language] ?? [],
                                             nameEndings: endings[language]?[.name] ?? [], openings: openings[language] ?? [])
        }
    }

    /// Gives each language that reads others (`LanguageRelations.chain(for:)`: Serbian reads the
    /// Croatian/BCS forms, Macedonian the Serbian) the forms and rules of the languages it reads,
    /// after its own, and, for a language written in both scripts, the Cyrillic form of each Latin
    /// form of its chain (`Srbij~` → `Србиј~`, the endings likewise).
    private mutating func addReadForms(_ relations: LanguageRelations) {
        let parsed = entries
        for language in relations.readers {
            let chain = relations.chain(for: language)
            let letters = relations.transliterating(language)
            let converted = Set(letters.map { relations.chain(for: $0) } ?? [])
            // Each form in the language's own spelling, then in Cyrillic when its chain converts it.
            func forms(_ texts: [String], from source: String) -> [String] {
                guard let t = letters, converted.contains(source) else { return texts }
                return texts + texts.compactMap { relations.cyrillic($0, language: t) }
            }
            for source in chain {
                let copy = source != language
                let mixed = Array(mixedCaseWords[source] ?? [])
                mixedCaseWords[language, default: []].formUnion(copy ? forms(mixed, from: source) : mixed.compactMap { w in
                    letters.flatMap { converted.contains(source) ? relations.cyrillic(w, language: $0) : nil }
                })
                if copy {
                    elisions[language, default: []] += elisions[source] ?? []
                    groupNouns[language, default: []].formUnion(forms(Array(groupNouns[source] ?? []), from: source))
                    conjunctions[language, default: []].formUnion(forms(Array(conjunctions[source] ?? []), from: source))
                    for (kind, set) in endings[source] ?? [:] {
                        endings[language, default: [:]][kind, default: []].formUnion(set)
                    }
                }
                // Cyrillic endings for every Latin ending of a converted language (its own included).
                if let t = letters, converted.contains(source) {
                    for (kind, set) in endings[source] ?? [:] {
                        endings[language, default: [:]][kind, default: []].formUnion(set.compactMap { relations.cyrillic($0, language: t) })
                    }
                    if !copy {
                        groupNouns[language, default: []].formUnion((groupNouns[source] ?? []).compactMap { relations.cyrillic($0, language: t) })
                        conjunctions[language, default: []].formUnion((conjunctions[source] ?? []).compactMap { relations.cyrillic($0, language: t) })
                    }
                }
                for entry in parsed where entry.language == source {
                    var variants: [[WordPattern]] = copy ? [entry.words] : []
                    if let t = letters, converted.contains(source) {
                        let cyrillic = entry.words.map { w in relations.cyrillic(w.text, language: t).map { WordPattern(text: $0, isStem: w.isStem) } }
                        if cyrillic.allSatisfy({ $0 != nil }) { variants.append(cyrillic.map { $0! }) }
                    }
                    for words in variants { add(Entry(words: words, language: language, kind: entry.kind, state: entry.state)) }
                }
            }
            languages.insert(language)
        }
    }

    /// Appends an entry and indexes its first word.
    private mutating func add(_ entry: Entry) {
        guard let first = entry.words.first else { return }
        let n = entries.count
        entries.append(entry)
        if first.isStem { stemFirst[first.text, default: []].append(n) } else { exactFirst[first.text, default: []].append(n) }
        openings[entry.language, default: []].insert(String(first.text.prefix(2)))
    }

    /// The rules of `language` for `match(_:at:table:)`, nil when the file gives it no forms.
    func table(for language: String) -> LanguageTable? { tables[language] }

    /// Whether `word` (folded) matches `pattern` in `language` for an entry of `kind`.
    func matches(_ word: String, _ pattern: WordPattern, language: String, kind: Kind) -> Bool {
        guard pattern.isStem else { return word == pattern.text }
        guard word.hasPrefix(pattern.text) else { return false }
        let rest = String(word.dropFirst(pattern.text.count))
        return endings[language]?[kind]?.contains(rest) == true
    }

    /// The longest form of `language` starting at word token `i` of `tokens`, if any.
    ///
    /// The first word may carry an elided article (`l’Albanie`) or a case ending after a hyphen
    /// (`BiH-a`); a name's or `not` phrase's first word must be capitalised; the words of a
    /// form must follow each other separated by white space only.
    func match(_ tokens: TokenList, at i: Int, language: String) -> Match? {
        guard let table = tables[language] else { return nil }
        return match(tokens, at: i, table: table)
    }

    /// `match(_:at:language:)` with the language's table looked up once by the caller.
    func match(_ tokens: TokenList, at i: Int, table: LanguageTable) -> Match? {
        guard tokens[i].isWord, !table.refuses(tokens, i) else { return nil }
        let language = table.language
        let text = tokens[i].text
        let folded = Self.fold(text)
        // The word, and the word less an elided article or a case ending after a hyphen.
        var others: [String] = []
        for prefix in table.elisions where folded.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            if !rest.isEmpty { others.append(rest) }
        }
        if let dash = Self.lastHyphen(text), table.nameEndings.contains(Self.fold(text[text.index(after: dash)...])) {
            others.append(String(text[..<dash]))
        }
        // Most words begin no entry: refused before any list is built.
        if others.isEmpty && !table.opens(folded) { return nil }
        // Longest first; at equal length a `not` phrase, then the earlier line of the file (the
        // candidates come from hash sets, so the order must not decide).
        var best: (match: Match, entry: Int)?
        for (h, head) in ([text] + others).enumerated() {
            let first = h == 0 ? folded : Self.fold(head)
            guard table.opens(first) else { continue }
            var candidates = exactFirst[first] ?? []
            for stem in stems(of: first, language: language) { candidates += stemFirst[stem] ?? [] }
            for e in candidates {
                let entry = entries[e]
                guard entry.language == language, entry.words.count <= tokens.count - i else { continue }
                if entry.kind != .adj, head.first?.isUppercase != true { continue }
                guard matches(first, entry.words[0], language: language, kind: entry.kind) else { continue }
                var ok = true
                for k in 1..<max(1, entry.words.count) where ok {
                    let t = tokens[i + k]
                    if entry.words[k].text == "," {
                        ok = t.kind == .punct && !t.spaceBefore && t.text == ","
                        continue
                    }
                    ok = t.isWord && t.spaceBefore && matches(Self.fold(t.text), entry.words[k], language: language, kind: entry.kind)
                }
                guard ok else { continue }
                let m = Match(state: entry.kind == .not ? nil : entry.state, length: entry.words.count, isAdjective: entry.kind == .adj)
                if let b = best {
                    let better = m.length != b.match.length ? m.length > b.match.length
                        : (m.state == nil) != (b.match.state == nil) ? m.state == nil : e < b.entry
                    if !better { continue }
                }
                best = (m, e)
            }
        }
        return best?.match
    }

    /// The length from token `i` to the end of a `not` phrase with a comma (`Atlanta, Georgia`,
    /// the US city and state) whose word after the comma is token `i` (a capitalised word after a
    /// comma), in `language`; nil when there is none. The finder reads no State there.
    func negates(_ tokens: TokenList, at i: Int, language: String) -> Int? {
        guard !afterComma.isEmpty, i >= 2, tokens[i].isWord, tokens[i].startsUppercase, tokens[i - 1].kind == .punct,
              tokens[i - 1].utf8.count == 1, tokens[i - 1].utf8[0] == 0x2C, let list = afterComma[Self.fold(tokens[i].text)] else { return nil }
        for e in list where entries[e].language == language {
            let words = entries[e].words
            guard let comma = words.firstIndex(where: { $0.text == "," }) else { continue }
            let start = i - comma - 1
            guard start >= 0, start + words.count <= tokens.count, tokens[start].isWord, tokens[start].startsUppercase else { continue }
            var ok = true
            for (k, w) in words.enumerated() where ok {
                let t = tokens[start + k]
                ok = w.text == "," ? (t.kind == .punct && !t.spaceBefore && t.text == ",")
                    : t.isWord && (k == 0 || t.spaceBefore) && matches(Self.fold(t.text), w, language: language, kind: .not)
            }
            if ok { return start + words.count - i }
        }
        return nil
    }

    /// The index of the last `-` of a word (as `lastIndex(of: "-")` finds it), by its bytes: a
    /// hyphen is its own character unless a combining mark follows it (then the character search
    /// decides).
    static func lastHyphen(_ word: String) -> String.Index? {
        let u = word.utf8
        guard let dash = u.lastIndex(of: 0x2D) else { return nil }
        let next = u.index(after: dash)
        if next == u.endIndex || u[next] < 0x80 { return dash }
        return word.lastIndex(of: "-")
    }

    /// Whether the national adjective at tokens `start..<end` qualifies a group noun of `language`
    /// (`Albanian community`, `Albanian and Bosniak communities`, `la minorité serbe`): the word
    /// just before it, or the first word after it that is neither capitalised nor a conjunction
    /// (within twelve tokens, commas between, and in a list the other adjectives, capitalised or
    /// read as adjectives of `language`), is a `group-noun` of the data file.
    ///
    /// A national adjective used alone after a `language-lead` word names a language too (`teach
    /// in Russian and in English`, `available in Kazakh, Russian and English`): the words before it
    /// back to the lead are capitalised words, commas and conjunctions, and after it and the
    /// capitalised words and conjunctions that follow comes no lower-case word but another lead or
    /// a `language-after` word (no noun it qualifies: `in Russian media` names the State; `into
    /// Serbian was provided` does not).
    func qualifiesGroup(_ tokens: TokenList, _ start: Int, _ end: Int, language: String) -> Bool {
        if namesLanguage(tokens, start, end, language: language) || suspendsLowerCaseCompound(tokens, end, language: language) { return true }
        guard let nouns = groupNouns[language] else { return false }
        if start > 0, tokens[start - 1].isWord, nouns.contains(Self.fold(tokens[start - 1].text)) { return true }
        let joins = conjunctions[language] ?? []
        var j = end
        // (`the Albanian, Macedonian, Roma and Turkish communities`: a list of adjectives up to its noun.)
        while j < tokens.count && j < end + 12 {
            let t = tokens[j]
            if t.isWord {
                let w = Self.fold(t.text)
                if nouns.contains(w) { return true }
                // (`на српском, мађарском и албанском језику`: in a language that writes them in lower
                // case, the adjectives of the list are lower-case words this table reads as adjectives.)
                // (`на кыргызском, таджикском и русском языках`: or an inflected adjective `StateIndex` reads.)
                guard joins.contains(w) || t.startsUppercase || match(tokens, at: j, language: language)?.isAdjective == true
                        || (t.isLowercaseWord && StateIndex.shared.mayStemMatch(t.utf8) && StateIndex.shared.stemMatch(t.text) != nil) else { return false }
            } else if t.text != "," {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether the national adjective ending before token `end` is the first part of a compound
    /// whose hyphen is suspended and whose second part is a lower-case word (`Hungarian-, Slovak-
    /// and Romanian-language newspapers`: each adjective is `…-language`, which names a language,
    /// as `Romanian-language` itself does; `Russian- and Ukrainian-speaking`): a `-` right after
    /// the adjective, then a list (commas, conjunctions of `language`, capitalised words, other
    /// suspended hyphens) up to the first hyphenated word, whose part after its last hyphen opens
    /// in lower case. A capitalised second part (`Georgian- and Russian-Ossetian`) names States,
    /// as a hyphenated word does (`StateMentionFinder.hyphenated`). O(1): twelve tokens at most.
    func suspendsLowerCaseCompound(_ tokens: TokenList, _ end: Int, language: String) -> Bool {
        guard end < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore else { return false }
        let joins = conjunctions[language] ?? []
        var j = end + 1
        while j < tokens.count && j < end + 12 {
            let t = tokens[j]
            if t.isWord {
                if let hyphen = t.text.lastIndex(of: "-") {
                    return t.text[t.text.index(after: hyphen)...].unicodeScalars.first?.properties.isLowercase == true
                }
                guard t.startsUppercase || (t.isLowercaseWord && joins.contains(Self.fold(t.text))) else { return false }
            } else if t.text != "," && !(t.text == "-" && !t.spaceBefore) {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether the national adjective at tokens `start..<end` stands alone after a `language-lead`
    /// word of `language` (see `qualifiesGroup`), or is listed right after a `language-verb` (`who
    /// speak Albanian, Serbian and Turkish at home`: the first adjective right after the verb, no
    /// comma between; what follows the list does not matter). O(1): at most twelve tokens back
    /// and six forward are read.
    func namesLanguage(_ tokens: TokenList, _ start: Int, _ end: Int, language: String) -> Bool {
        let leads = languageLeads[language] ?? []
        let verbs = languageVerbs[language] ?? []
        guard start > 0, !leads.isEmpty || !verbs.isEmpty else { return false }
        let joins = conjunctions[language] ?? []
        func isVerb(_ t: Token) -> Bool { t.isLowercaseWord && verbs.contains(Self.fold(t.text)) }
        func isLead(_ t: Token) -> Bool { t.isLowercaseWord && (leads.contains(Self.fold(t.text)) || verbs.contains(Self.fold(t.text))) }
        func joinsAdjectives(_ t: Token) -> Bool {
            (t.isWord && t.startsUppercase) || (t.isLowercaseWord && joins.contains(Self.fold(t.text)))
        }
        var b = start - 1
        while b > 0, start - b < 12, !isLead(tokens[b]), tokens[b].text == "," || joinsAdjectives(tokens[b]) { b -= 1 }
        guard isLead(tokens[b]) else { return false }
        if isVerb(tokens[b]) { return tokens[b + 1].isWord }
        // (`Russian and English media`: the adjectives qualify the noun after them; `into Serbian and
        // Hungarian was provided`: a closed-class word after them is no such noun.)
        var f = end
        while f < tokens.count, f - end < 6, joinsAdjectives(tokens[f]), !isLead(tokens[f]) { f += 1 }
        return f == tokens.count || !tokens[f].isLowercaseWord || isLead(tokens[f])
            || (languageAfter[language]?.contains(Self.fold(tokens[f].text)) ?? false)
    }

    /// The stems `word` may be of in `language`: the word less each of its endings.
    private func stems(of word: String, language: String) -> Set<String> {
        var out: Set<String> = []
        for (_, set) in endings[language] ?? [:] {
            for e in set where word.hasSuffix(e) && word.count > e.count { out.insert(String(word.dropLast(e.count))) }
        }
        return out
    }

    /// The State a place name of a dateline (`Kazakhstan` in `ALMATY, Kazakhstan, 5 May 2009`)
    /// is, by its reference name, other name or a name of `language`.
    func state(placeName: String, language: String) -> Int? {
        let key = StateIndex.key(placeName)
        if let s = StateIndex.shared.names[key] ?? StateIndex.shared.names[OSCEReference.key(placeName)] { return s }
        let r = TextUnit(placeName)
        guard !r.tokens.isEmpty, let m = match(r.tokens, at: 0, language: language), m.length == r.tokens.count else { return nil }
        return m.state
    }
}
