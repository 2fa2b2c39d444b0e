import OSCE

/// Finds the people a release names, with honorifics and posts.
///
/// A run of capitalised words ends in a name (the words that are not honorifics, post words,
/// organisation nouns, place words after a compass word, State or organisation words of the
/// reference data; particles such as `van der`, `de`, `al` and initials allowed inside). The
/// name is a person's when the text gives a cue: an honorific or rank before it, a post phrase
/// before it (`OSCE Secretary General Thomas Greminger`, `footballers X and Y`), a post in
/// apposition before (`The Head of …, Ambassador Tove Skarhamn,`) or after it (`Valiant Richey,
/// OSCE Special Representative …,`), a `(MP, Country)` or `(Country)` suffix, a post stated as a
/// predicate (`X has been appointed Special Co-ordinator`), a verb of saying next to it, a
/// conjunction joining it to a person just named, or a contact-block line followed by a post line.
/// A post title before a single name (`President Medvedev`) makes a one-word name. Later
/// mentions resolve to the person: a short form of the full name (`Perrin de Brichambaut`), the
/// surname, or a Slavic case form (`Нойкирха`), whose base form becomes the name when the page
/// writes it. Every word list comes from the item's `Lexicon`.
struct PeopleExtractor {
    let lexicon: Lexicon

    /// Keys (`OSCEReference.key`) of the places the page itself names: its dateline places and
    /// `Place:`/`Location:` label values. A run of capitalised words equal to one is no person.
    let pagePlaces: Set<String>

    /// - Parameter places: the page's own place names (dateline places, `Place:` label values), any case.
    init(lexicon: Lexicon = .shared, places: [String] = []) {
        self.lexicon = lexicon
        self.personIndex = PersonIndex(lexicon: lexicon)
        self.pagePlaces = Set(places.map(OSCEReference.key))
    }

    /// True when `t` is a name particle (`particles.contains(t)`).
    private func isParticle(_ t: Token) -> Bool { lexicon.filters.nameParticles.mayContain(t.utf8) && particles.contains(t) }

    /// True when `name` is a place: one of the page's own (`pagePlaces`), a reference city or a State.
    func isKnownPlace(_ name: String) -> Bool {
        pagePlaces.contains(OSCEReference.key(name)) || OSCEReference.city(named: name) != nil
            || OSCEReference.state(named: name) != nil
    }

    struct Found {
        var name: String
        var honorific: String?
        var roles: [String]
        var firstMention: (unit: Int, token: Int)
        var surname: String
        /// From a gendered honorific or form of address (`Ms.`, `Botschafterin`), nil when unknown.
        var gender: Lexicon.Gender? = nil
        /// Posts a predicate states (`The mission is headed by X` → `Head of the mission`:
        /// `Lexicon.headingVerbs`): no role (the page writes no post), but a role reference
        /// (`the Head of the mission said`) names X (`QuoteExtractor.roleRef`).
        var impliedPosts: [String] = []
    }

    private(set) var people: [Found] = []
    /// Names and surnames of `people`, for O(1) look-ups.
    private var personIndex: PersonIndex
    /// The first full name on the page ending in each word (`fullName(endingIn:)`), once computed.
    private var fullNames: [String: String]?
    /// Every name span considered, accepted or not, with its score and evidence, in the order
    /// they were considered: the first `candidateLimit` of them (the record is for inspecting a
    /// decision, and each candidate holds its evidence as text: a page of one 50 MB line names
    /// millions; the people decisions never read it, quote attribution reads the rejected spans
    /// as names not read as people: `QuoteExtractor.unreadNames`, none past the limit).
    private(set) var candidates: [Annotation] = []
    static let candidateLimit = 10_000

    /// Lower-case particles inside a name (`von der Leyen`).
    var particles: WordSet { lexicon.nameParticles }
    /// Words dropped from the start of a post phrase.
    var leadingNoise: Set<String> { lexicon.leadingWords }

    /// Runs detection over all units: multi-word names first, then surname mentions.
    mutating func extract(_ units: inout [TextUnit]) {
        // A table of people (`Name | Post | Country`) is read by its columns first; its lines are
        // no running text.
        let tables = TableRows(units: units, lexicon: lexicon, isNameWord: { isNameToken($0) || isParticleName($0) })
        readTableRows(tables.rows, &units)
        for u in units.indices where !tables.tableUnits.contains(u) { detectNames(&units, u) }
        detectSignatures(&units)
        for u in units.indices where !tables.tableUnits.contains(u) { detectSurnames(&units, u) }
        for u in units.indices { units[u].sortMentions() }
    }

    /// The people of a table's rows (`TableRows`): each row's name is a person (the full name, as
    /// a later mention resolves to it: `said Oyuntsetseg` after `Batbayaryn Oyuntsetseg`), with
    /// its honorific and the post cell as written as a post.
    private mutating func readTableRows(_ rows: [TableRows.Row], _ units: inout [TextUnit]) {
        for row in rows {
            let unit = units[row.unit]
            let words = unit.tokens[row.name].map(\.stem)
            let name = words.joined(separator: " ")
            let surname = words.last(where: { !lexicon.patronymicParticles.contains($0) }) ?? words[words.count - 1]
            let person = personIndex.first(named: name)
                ?? addPerson(Found(name: name, honorific: nil, roles: [], firstMention: (row.unit, row.name.lowerBound), surname: surname))
            if people[person].honorific == nil, let h = row.honorific {
                people[person].honorific = h
                if people[person].gender == nil { people[person].gender = lexicon.gender(of: h) }
            }
            if let post = row.post { addRole(unit.text(post.lowerBound, post.upperBound), to: person) }
            units[row.unit].addMention(TextUnit.Mention(start: row.name.lowerBound, end: row.name.upperBound, person: person))
        }
    }

    /// Indices into `people`, in order of first mention (title first, then the paragraphs).
    func ordered(_ units: [TextUnit]) -> [Int] {
        var first: [Int: (Int, Int)] = [:]
        for (u, unit) in units.enumerated() {
            for m in unit.mentions {
                if let f = first[m.person], f <= (u, m.start) { continue }
                first[m.person] = (u, m.start)
            }
        }
        return people.indices.sorted { a, b in
            let fa = first[a] ?? (Int.max, a)
            let fb = first[b] ?? (Int.max, b)
            return fa != fb ? fa < fb : a < b
        }
    }

    /// A name word that starts with a particle joined by a hyphen (`al-Sharif`, `el-Amin`).
    func isParticleName(_ t: Token) -> Bool {
        guard t.isWord, t.utf8.contains(0x2D), let dash = t.text.firstIndex(of: "-") else { return false }
        let after = t.text.index(after: dash)
        return after < t.text.endIndex && t.text[after].isUppercase && particles.contains(String(t.text[..<dash]))
            && t.text[after...].contains { $0.isLowercase }
    }

    /// True when the capitalised run from token `start` is an organisation's name: one of its
    /// first three words is no name word for being an organisation's head noun (`Universität`,
    /// `Technischen Universität Graz`).
    func namesOrganisation(_ tokens: TokenList, from start: Int) -> Bool {
        var k = start
        while k < tokens.count, k - start < 3, tokens[k].isCapitalized, k == start || tokens[k].spaceBefore {
            if lexicon.organisationHeads.contains(tokens[k]) || lexicon.isOrganisationHead(tokens[k].stem) { return true }
            k += 1
        }
        return false
    }

    func isNameToken(_ t: Token) -> Bool {
        if isParticleName(t) { return true }
        guard t.isCapitalized else { return false }
        // (A listed non-name word or organisation head, asked from the stem's bytes first: the
        // answer for most capitalised words that are no name word, with no `String` made.)
        if lexicon.nonNameWordsOrHeads.contains(t.stemUTF8) { return false }
        let text = t.text
        if Self.isAcronymWithSuffix(text) { return false }
        let s = t.isPossessive ? t.stem : text
        // (`L’ambassadrice X`: an honorific with an elided article at a sentence start is none either.)
        if lexicon.hasNonNameSuffix(s) || (lexicon.filters.honorificsAndPlurals.mayContain(t.utf8) && (lexicon.honorifics.contains(text) || lexicon.pluralHonorifics[text] != nil))
            || lexicon.honorific(t) != nil
            || (!lexicon.caseEndings.isEmpty && lexicon.isOrganisationHead(s)) { return false }
        // (`s` itself is no non-name word here: a word whose only capital is its first ASCII
        // letter is its own capitalised form, and is not looked up again.)
        if !Self.isOnlyFirstCapital(t.utf8.prefix(s.utf8.count)), lexicon.nonNameWords.contains(TextNormalization.capitalizeFirst(s.lowercased())),
           lexicon.isRoleNoun(s) { return false }
        if s.hasSuffix(".") { return s.count == 2 }   // an initial `J.`
        return true
    }

    /// True when `word` opens with three capitals or more and goes on in lower case, directly or
    /// after a hyphen or an apostrophe: an acronym with a case suffix (Kyrgyz `ЕККУнун`, `ООНдун`,
    /// Kazakh `ЕҚЫҰ-ның`, Turkish `AGİT’in`: the OSCE's, the UN's), no name word. (A name has one
    /// capital before its lower-case letters: `McDonald`, `DeVries`, `O’Brien`.)
    static func isAcronymWithSuffix(_ word: String) -> Bool {
        var capitals = 0
        var joined = false
        // (An ASCII word is read from its bytes: the same test, without Unicode property lookups.)
        if let ascii = word.utf8.withContiguousStorageIfAvailable({ u -> Bool? in
            for b in u where b >= 0x80 { return nil }
            for b in u {
                if b >= 0x41 && b <= 0x5A, !joined { capitals += 1; continue }
                if !joined, capitals >= 3, b == 0x2D || b == 0x27 { joined = true; continue }
                return capitals >= 3 && b >= 0x61 && b <= 0x7A
            }
            return false
        }), let ascii { return ascii }
        for s in word.unicodeScalars {
            if s.properties.isUppercase, !joined { capitals += 1; continue }
            if !joined, capitals >= 3, s == "-" || s == "'" || s == "\u{2019}" { joined = true; continue }
            return capitals >= 3 && s.properties.isLowercase
        }
        return false
    }

    /// True when `word` is ASCII with an upper-case first letter and no other upper-case letter
    /// (`Funered`, not `McDonald` or `OSCE`): then `capitalizeFirst(word.lowercased())` is `word`.
    static func isOnlyFirstCapital(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let f = word.first, f >= 0x41 && f <= 0x5A else { return false }
        for b in word.dropFirst() where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return false }
        return true
    }

    // MARK: Multi-word names

    private mutating func detectNames(_ units: inout [TextUnit], _ u: Int) {
        let tokens = units[u].tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized else { i += 1; continue }
            // The run of capitalised words (particles allowed inside).
            var j = i + 1
            if !tokens[i].isPossessive {
                while j < tokens.count, tokens[j].isWord, tokens[j].spaceBefore, tokens[j].quote == tokens[i].quote {
                    if tokens[j].isCapitalized || isParticleName(tokens[j]) {
                        j += 1
                        if tokens[j - 1].isPossessive { break }
                        continue
                    }
                    if isParticle(tokens[j]) || isUpperCaseParticle(tokens[j]) {
                        // `von der Leyen`, `van den Berg`, `Eamon Ó Briain`: particles up to the next capitalised word.
                        var k = j
                        while k < tokens.count, k - j < 3, isParticle(tokens[k]) || isUpperCaseParticle(tokens[k]), tokens[k].spaceBefore { k += 1 }
                        // (`Dr. X von der Universität Innsbruck`, `von der Technischen Universität`: before
                        // an organisation's name the particles are a preposition and an article, and end the name.)
                        if k < tokens.count, tokens[k].isCapitalized, tokens[k].spaceBefore, k > j, !namesOrganisation(tokens, from: k) {
                            j = k
                            continue
                        }
                        // `Azamat Toktogul uulu`: a patronymic particle may end the name.
                        if j > i + 1, lexicon.patronymicParticles.contains(tokens[j]) {
                            j += 1
                        }
                    }
                    // `Jordi Casals i Vidal`: a conjunction between two surnames after a given name.
                    if joinsSurnames(tokens, at: j, runStart: i) { j += 2 }
                    break
                }
                // `Robert Ellsworth III`: a generational suffix in capitals ends the name.
                if j < tokens.count, j > i + 1, isNameSuffix(tokens[j]), tokens[j].spaceBefore, !tokens[j - 1].isPossessive { j += 1 }
            }
            // The name: the longest tail of name tokens.
            var s = j
            while s > i, isNameToken(tokens[s - 1]) || (isParticle(tokens[s - 1]) && (s < j || lexicon.patronymicParticles.contains(tokens[s - 1])))
                    // `Thomas R. Haverford Jr.`: a generational suffix after a name word ends the name.
                    || (s == j && s - 2 >= i && isNameSuffix(tokens[s - 1]) && isNameToken(tokens[s - 2]))
                    || (s < j && s - 2 >= i && isSurnameConjunction(tokens[s - 1]) && joinsSurnames(tokens, at: s - 1, runStart: i))
                    || (s < j && s - 2 >= i && isUpperCaseParticle(tokens[s - 1]) && isNameToken(tokens[s - 2]))
                    || (s < j && s - 2 >= i && isCapitalisedParticle(tokens[s - 1]) && isNameToken(tokens[s - 2]))
                    // `Vincenzo Del Monaco`: a State's name after a capitalised particle after a name word is a surname.
                    || (s == j && s - 3 >= i && isStateNameWord(tokens[s - 1]) && isCapitalisedParticle(tokens[s - 2]) && isNameToken(tokens[s - 3])) {
                // `Deputy Chief Monitor Mark X`: a post word before two name words is no name word;
                // `North Ossetia-Alania Taimuraz X`: a word after a compass word is a place.
                if j - s >= 2 || (tokens[s - 1].text.utf8.contains(0x2D) && tokens[s - 1].text.contains("-")), lexicon.isRoleNoun(tokens[s - 1].stem) { break }
                // `Participant Amer X`, `Trainee Ilona X`: a noun for a person (`Lexicon.isPersonNoun`)
                // before two name words is no given name.
                if j - s >= 2, lexicon.isPersonNoun(tokens[s - 1].stem) { break }
                if j - s >= 2, s - 2 >= 0, lexicon.compassWords.contains(tokens[s - 2]) { break }
                s -= 1
            }
            while s < j, isParticle(tokens[s]) { s += 1 }
            // `Chair of the General Committee on Democracy, Human Rights and Humanitarian Questions
            // Kyriakos X`: the words of an organisation's name (with a comma inside) that ends in
            // the run are the post's, not the person's.
            if j - s >= 3, s > 0, tokens[s - 1].isWord || tokens[s - 1].text == "," {
                for e in stride(from: j - 2, to: s, by: -1) where commaOrganisationStart(tokens, endingAt: e) != nil {
                    s = e
                    break
                }
            }
            // `депутат Мажилиса Парламента Казахстана Айгерим X`: in a language with case endings,
            // the capitalised genitives after a post noun name the post's body, not the person.
            // (The post noun stands right before the run, or opens it at a sentence start; only in a
            // language whose given names the lexicon lists, so that a given name is told apart.)
            if j - s > 2, !lexicon.caseEndings.isEmpty, !lexicon.givenNames.isEmpty,
               (i > 0 && tokens[i - 1].isWord && lexicon.isRoleNoun(tokens[i - 1].stem)) || lexicon.isRoleNoun(tokens[i].stem) {
                while j - s > 2, isObliqueNonName(tokens[s], before: tokens[s + 1]) { s += 1 }
            }
            // `Министр образования Казахстана Ларс X`: in a language with case endings, a State's
            // name in an oblique case (a form the gazetteer gives, or a Cyrillic name's stem with a
            // case ending) opening a run of three words or more ends the post before the name; it
            // is no given name.
            if j - s > 2, isObliqueStateName(units[u], s) {
                s += 1
            }
            // `Mayor of Stolac Emina X`: a place the page or the reference data names, right after
            // a preposition, ends the post before it; the name starts after it.
            // (`Sutkinja Općinskog suda u Tuzli Amra X`: in a language with case endings, a word in an
            // oblique case right after a preposition of place, before two name words, is the place.)
            if j - s >= 3, s > 0, tokens[s - 1].isLowercaseWord, lexicon.prepositions.contains(tokens[s - 1]),
               isKnownPlace(tokens[s].stem) || placeInObliqueCase(tokens[s], after: tokens[s - 1]) {
                s += 1
            }
            let length = tokens[s..<j].filter { !isParticle($0) && !isNameSuffix($0) && !isSurnameConjunction($0) }.count
            if length >= 2 && length <= 4 && j - s <= 6 && !tokens[s..<(j - 1)].contains(where: \.isPossessive) {
                considerName(&units, u, start: s, end: j)
            } else if length >= 1, length <= 3, s > i, isStateNameWord(tokens[s - 1]),
                      s - 1 == i || !isNameToken(tokens[s - 2]) {
                // `Jordan Smith`, `Georgia Petrova`: a first name that is also a State's name, taken only
                // with a cue stronger than a verb of saying.
                considerName(&units, u, start: s - 1, end: j, strongCueOnly: true)
            }
            i = j
        }
    }

    /// True when `word` is in an oblique case (it ends in one of the lexicon's case endings) and
    /// is no given name, nor a case form of one before `next` (`Lexicon.nominativeName`): a
    /// genitive such as `Мажилиса`, `Парламента`, never `Айгерим`, `Анна` or `Ирины`.
    func isObliqueNonName(_ word: Token, before next: Token) -> Bool {
        let w = word.stem
        return lexicon.baseWord(w) != w && lexicon.givenNames[w] == nil && lexicon.nominativeName([w, next.stem]) == nil
    }

    /// True when `word`, right after the preposition `preposition`, is a place in an oblique case:
    /// the preposition is one of place (`u`, `в`), the lexicon's language has case endings and
    /// `word` ends in one (`Tuzli`, `Бишкеке`), and it is no given name the lexicon lists.
    func placeInObliqueCase(_ word: Token, after preposition: Token) -> Bool {
        guard !lexicon.caseEndings.isEmpty, lexicon.locativePrepositions.contains(preposition) else { return false }
        let stem = word.stem
        return lexicon.baseWord(stem) != stem && lexicon.givenNames[stem] == nil
    }

    /// `led by A, a reporter …, and by B`: the name at `start` follows a conjunction and a
    /// lower-case word (`by`, `with`) that, earlier in the same sentence, stood right before a
    /// person already read (an honorific between allowed): the two names are coordinated.
    func parallelPreposition(_ unit: TextUnit, before start: Int) -> Bool {
        let tokens = unit.tokens
        guard start >= 3, tokens[start - 1].isLowercaseWord, !lexicon.conjunctions.contains(tokens[start - 1]),
              lexicon.conjunctions.contains(tokens[start - 2]) else { return false }
        let preposition = tokens[start - 1].text
        var k = start - 3
        while k >= 0, start - k <= 40 {
            let t = tokens[k]
            if t.kind == .punct, [".", ";", "!", "?"].contains(t.text) { return false }
            if t.text == preposition, t.isLowercaseWord {
                var m = k + 1
                if m < tokens.count, lexicon.honorific(tokens[m].text) != nil { m += 1 }
                return unit.mention(covering: m).map { $0.start == m } ?? false
            }
            k -= 1
        }
        return false
    }

    /// The posts in apposition after the last person named before token `start` in the same
    /// sentence, and where they end (`postAppositionSpan`); nil when that person has none, ends
    /// more than `appositionReach` tokens before `start`, or a sentence ends between.
    /// - Complexity: O(`appositionReach`), whatever the unit's length.
    func appositionOfPreviousPerson(_ unit: TextUnit, before start: Int) -> (roles: [String], end: Int)? {
        guard let previous = unit.lastMention(endingBy: start - 1, startingFrom: max(0, start - Self.appositionReach)), previous.end < start,
              !unit.tokens[previous.end..<start].contains(where: isSentenceEnd) else { return nil }
        let span = postAppositionSpan(unit, after: previous.end)
        return span.roles.isEmpty ? nil : span
    }

    /// How far back (in tokens) `appositionOfPreviousPerson` looks for the person: two posts in
    /// apposition of at most 18 words each, with their commas.
    static let appositionReach = 40

    /// `X and Y, both members of Z,`: the posts of the apposition after the name `Y` that a
    /// conjunction at token `end` joins to the name ending there, when a word of
    /// `Lexicon.sharedPostWords` opens it; nil otherwise.
    func sharedPostAfterPair(_ unit: TextUnit, after end: Int) -> [String]? {
        let tokens = unit.tokens
        guard end + 3 < tokens.count, lexicon.conjunctions.contains(tokens[end]) else { return nil }
        var k = lexicon.honorificEnd(from: end + 1, in: tokens) ?? (end + 1)
        let first = k
        while k < tokens.count, k - first < 4, tokens[k].isCapitalized, isNameToken(tokens[k]) || isParticle(tokens[k]) { k += 1 }
        guard k - first >= 2, k + 1 < tokens.count, tokens[k].text == ",", tokens[k + 1].isLowercaseWord,
              lexicon.sharedPostWords.contains(tokens[k + 1]) else { return nil }
        let roles = postApposition(unit, after: k)
        return roles.isEmpty ? nil : roles
    }

    /// True when a list of names goes on after the name ending at token `end` (exclusive) and a
    /// conjunction closes it with another name: `, Amadou Z and Liv Y` or `and (Ms.) Liv Y` (an
    /// Oxford comma allowed); each name two capitalised name words or more, at most four names.
    func nameListGoesOn(_ unit: TextUnit, after end: Int) -> Bool {
        let tokens = unit.tokens
        /// The end of the name (an honorific allowed before it) from token `k`, nil when none.
        func nameEnd(from k: Int) -> Int? {
            var k = k
            if k < tokens.count, let h = lexicon.honorificEnd(from: k, in: tokens) { k = h }
            var n = k
            while n < tokens.count, n - k < 4, tokens[n].isCapitalized, isNameToken(tokens[n]), n == k || tokens[n].spaceBefore { n += 1 }
            return n - k >= 2 ? n : nil
        }
        var k = end
        for _ in 0..<4 {
            guard k < tokens.count else { return false }
            if tokens[k].text == ",", k + 1 < tokens.count, lexicon.conjunctions.contains(tokens[k + 1]) { k += 1 }
            if lexicon.conjunctions.contains(tokens[k]) { return nameEnd(from: k + 1) != nil }
            guard tokens[k].text == ",", let next = nameEnd(from: k + 1) else { return false }
            k = next
        }
        return false
    }

    /// True when token `closing` is `)` closing a parenthesis (of at most 20 tokens) that follows a
    /// mention: `X (MP, Norway)`.
    private func mentionBeforeParentheses(_ unit: TextUnit, closing: Int) -> Bool {
        let tokens = unit.tokens
        guard closing > 0, closing < tokens.count, tokens[closing].text == ")" else { return false }
        var o = closing - 1
        while o > 0, closing - o <= 20, tokens[o].text != "(", tokens[o].text != ")" { o -= 1 }
        return tokens[o].text == "(" && unit.mention(endingAt: o) != nil
    }

    /// The end (exclusive) of the longest organisation name of the reference data written from
    /// token `start` (`OrganisationNameIndex`; the commas of the name may stand between its words:
    /// `General Committee on Democracy, Human Rights and Humanitarian Questions`), at most `limit`;
    /// nil when none starts there.
    func referenceOrganisationEnd(_ tokens: TokenList, from start: Int, limit: Int) -> Int? {
        let index = OrganisationNameIndex.shared
        guard start < limit, start < tokens.count, tokens[start].isWord, index.firstWords.mayContain(tokens[start].utf8),
              let names = index.byFirstWord[tokens[start].text] else { return nil }
        for (words, _) in names {
            var k = start
            var n = 0
            while n < words.count, k < min(limit, tokens.count) {
                if n > 0, tokens[k].text == "," { k += 1; continue }
                guard tokens[k].isWord, OrganisationNameIndex.word(tokens[k].utf8, is: words[n]) else { break }
                n += 1
                k += 1
            }
            if n == words.count { return k }
        }
        return nil
    }

    /// The start of a reference organisation's name (`referenceOrganisationEnd`) that holds a
    /// comma and ends at token `end`, up to 16 tokens before it; nil when there is none.
    func commaOrganisationStart(_ tokens: TokenList, endingAt end: Int) -> Int? {
        var p = end - 2
        while p >= 0, end - p <= 16 {
            if let e = referenceOrganisationEnd(tokens, from: p, limit: end), e == end, tokens[p..<e].contains(where: { $0.text == "," }) {
                return p
            }
            p -= 1
        }
        return nil
    }

    /// True when an attribution phrase (`according to`: `Lexicon.attributionPhrases`) ends right
    /// before token `end`, compared in lower case.
    func attributionPhraseEnds(_ tokens: TokenList, at end: Int) -> Bool {
        lexicon.attributionPhrases.contains { phrase in
            end >= phrase.count && phrase.indices.allSatisfy { n in
                let t = tokens[end - phrase.count + n]
                return t.isWord && t.text.lowercased() == phrase[n]
            }
        }
    }

    /// A generational suffix after a surname (`Jr.`, `III`: `Lexicon.nameSuffixes`).
    func isNameSuffix(_ t: Token) -> Bool {
        t.isWord && t.startsUppercase && lexicon.nameSuffixes.contains(t.text)
    }

    /// A lower-case conjunction that may join two surnames (`Lexicon.surnameConjunctions`).
    private func isSurnameConjunction(_ t: Token) -> Bool {
        t.isLowercaseWord && lexicon.surnameConjunctions.contains(t.text)
    }

    /// True when token `k` is a conjunction joining two surnames of one person (`Jordi Casals i
    /// Vidal`): a given name and a surname before it inside the run starting at `runStart`, and
    /// exactly one capitalised name word after it, which no other capitalised word follows (then
    /// the conjunction joins two people: `Ana Kovač i Marko Horvat`) and which is no place.
    private func joinsSurnames(_ tokens: TokenList, at k: Int, runStart: Int) -> Bool {
        guard k + 1 < tokens.count, k - 2 >= runStart, isSurnameConjunction(tokens[k]), tokens[k].spaceBefore,
              isNameToken(tokens[k - 1]), isNameToken(tokens[k - 2]), !tokens[k - 1].isPossessive else { return false }
        let next = tokens[k + 1]
        guard next.isCapitalized, next.spaceBefore, isNameToken(next), !isKnownPlace(next.stem) else { return false }
        if k + 2 < tokens.count, tokens[k + 2].spaceBefore, tokens[k + 2].isCapitalized || isParticle(tokens[k + 2]) { return false }
        return true
    }

    /// A one-letter name particle written in upper case (`Ó` of `Eamon Ó Briain`), which is no
    /// capitalised word (`Token.isCapitalized` needs a lower-case letter after the first).
    private func isUpperCaseParticle(_ t: Token) -> Bool {
        t.isWord && !t.isCapitalized && t.startsUppercase && t.text.count == 1 && particles.contains(t.text.lowercased())
    }

    /// A name particle written with a capital inside a name (`Francesca Della Rovere`, `Marco De Santis`).
    private func isCapitalisedParticle(_ t: Token) -> Bool {
        t.isCapitalized && !t.isPossessive && particles.contains(t.text.lowercased())
    }

    private func isStateNameWord(_ t: Token) -> Bool {
        t.isCapitalized && !t.isPossessive && StateIndex.shared.names[StateIndex.key(t.text)] != nil
    }

    private mutating func considerName(_ units: inout [TextUnit], _ u: Int, start s: Int, end e: Int, strongCueOnly: Bool = false) {
        // (The unit is read in `mention(ofName:…)` and changed only after it: no copy of its
        // mention table is alive when the mention is added.)
        if let m = mention(ofName: units, u, start: s, end: e, strongCueOnly: strongCueOnly) { units[u].addMention(m) }
    }

    /// `considerName`'s reading: the mention of tokens `s..<e` of unit `u` when they are a name.
    private mutating func mention(ofName units: [TextUnit], _ u: Int, start s: Int, end e: Int, strongCueOnly: Bool) -> TextUnit.Mention? {
        let unit = units[u]
        let tokens = unit.tokens
        // `с экспертом Ириной Савчук`: a given name written only in a case form is named in its base
        // form when the given-name list confirms it (`Lexicon.nominativeName`).
        let written = tokens[s..<e].map(\.stem)
        let words = lexicon.nominativeName(written) ?? written
        let name = words.joined(separator: " ")
        // The full name, or a short form of a known name (`Perrin de Brichambaut`).
        let known = personIndex.first(named: name) ?? personIndex.first(endingIn: name) ?? personIndex.first(sameNameAs: name, lexicon: lexicon)
            ?? knownNameWithParticle(tokens, s, e)
        if let known, people[known].name != name, lexicon.baseForm(of: people[known].name) == name {
            // `посла Клауса Нойкирха` first, `Клаус Нойкирх` later: the base form is the name.
            let old = (people[known].name, people[known].surname)
            people[known].name = name
            people[known].surname = tokens[e - 1].stem
            personIndex.rename(known, from: old, to: (name, people[known].surname), lexicon: lexicon)
        }
        // `the X Y office`: a name used as a modifier of an organisation noun is no person.
        if e < tokens.count, tokens[e].isLowercaseWord, lexicon.isOrganisationHead(tokens[e].text) { return nil }
        var honorific: String?
        // `Ambassadors X and Y`: a plural honorific is a cue for the first name, and gives each
        // coordinated name its singular (`Lexicon.pluralHonorifics`).
        var plural: String?
        // (`Prof. Dr. X`, `Major General X`: an honorific of several words starts where its first is.)
        var beforeName = s
        if let h = lexicon.honorific(before: s, in: tokens) { honorific = h.text; beforeName = h.start }
        else if s > 0, let singular = lexicon.pluralHonorifics[tokens[s - 1].text] { plural = tokens[s - 1].text; beforeName = s - 1; if !singular.isEmpty { honorific = singular } }
        else if let known, writesHonorificShort(known, before: s, tokens) { beforeName = s - 1 }
        // `la jefa de la Misión, la embajadora X`: an article before a lower-case honorific belongs to it.
        if beforeName == s - 1, beforeName >= 2, tokens[beforeName].isLowercaseWord, lexicon.articles.contains(tokens[beforeName - 1]),
           tokens[beforeName - 2].text == "," {
            beforeName -= 1
        }
        let inRun = roleBefore(unit, at: beforeName)
        var pre = preApposition(unit, at: inRun.start)
        if pre.isEmpty, inRun.roles.isEmpty, beforeName >= 2, tokens[beforeName - 1].text == ",",
           let roles = lowercasePostBefore(unit, comma: beforeName - 1) {
            pre = roles
        }
        // `The Heads of the OSCE Missions to Serbia and to Montenegro, Ambassadors X and Y`: the
        // first of two coordinated names holds the first of the posts the plural phrase gives.
        if pre.isEmpty, inRun.roles.isEmpty, beforeName >= 2, tokens[beforeName - 1].text == ",",
           e < tokens.count, lexicon.conjunctions.contains(tokens[e]),
           let posts = distributedPosts(unit, comma: beforeName - 1) {
            pre = [posts[0]]
        }
        let mp = mpSuffix(unit, after: e)
        // `Ruth X (ODIHR Election Adviser)`: a post in parentheses right after the name.
        let parenthetical = mp == nil ? parentheticalPost(unit, after: e) : nil
        // `X, 23, a law student from Y`: an age in apposition is a cue, and a post may follow it.
        let age = ageEnd(unit, after: mp?.end ?? parenthetical?.end ?? e)
        var post = (parenthetical.map { [$0.role] } ?? []) + postApposition(unit, after: age ?? mp?.end ?? parenthetical?.end ?? e)
        // `X and Y, both members of Z,`: the post after the pair is X's too.
        if post.isEmpty, mp == nil, age == nil, let pair = sharedPostAfterPair(unit, after: e) { post = pair }
        let verbRightAfter = (mp?.end ?? e) + ((mp?.end ?? e) < tokens.count && tokens[mp?.end ?? e].text == "," ? 1 : 0)
        // (`X of the University of Tirana, a member of the jury, said`: after an affiliation too.)
        let affiliation = mp == nil ? affiliationEnd(unit, from: e) : nil
        // `Dr. X of the University of Rome, an adviser to the Chairmanship,`: the post in apposition
        // after the affiliation is the person's.
        // (`X of the Programme Office and Y, a mediator,`: an affiliation that holds a conjunction
        // may end in another person's name; the post is not X's.)
        if post.isEmpty, parenthetical == nil, age == nil, let affiliation,
           !tokens[e..<affiliation].contains(where: { $0.isLowercaseWord && lexicon.conjunctions.contains($0) }) {
            post = postApposition(unit, after: affiliation)
        }
        let verbAfter = speechVerb(unit, at: verbRightAfter) || (post.isEmpty && speechVerbAfterClause(unit, after: mp?.end ?? e))
            || affiliation.map { speechVerb(unit, at: $0) || speechVerbAfterClause(unit, after: $0) } ?? false
        // (`said volunteer Andriy X`: a lower-case noun for a person may stand between the verb and the name.)
        // (`According to X, who took part …, “…”`: an attribution phrase before the name is a verb's cue.)
        let verbBefore = beforeName > 0 && (lexicon.speechVerbs.contains(tokens[beforeName - 1]) || attributionPhraseEnds(tokens, at: beforeName)
            || (beforeName > 1 && tokens[beforeName - 1].isLowercaseWord && lexicon.isPersonNoun(tokens[beforeName - 1].text)
                && lexicon.speechVerbs.contains(tokens[beforeName - 2])))
        // A verb of saying alone is a weak cue: `Local Authorities said`, `Border Guards told`.
        let lastWord = tokens[e - 1].stem.lowercased()
        let pluralNoun = lexicon.groupNounSuffixes.contains { lastWord.hasSuffix($0) } && lastWord.count > 5
        let verbCue = (verbAfter || verbBefore) && !pluralNoun
        let stateSuffix = stateInParentheses(unit, after: e)
        var appointed = appointment(unit, after: stateSuffix ?? mp?.end ?? e)
        // `X, who succeeded Ambassador Y as Head of …`: the post is X's (the person named before),
        // Y held it before; Y keeps no post from the phrase.
        var successor: Int?
        if appointed != nil, beforeName > 0, lexicon.successionVerbs.contains(tokens[beforeName - 1]) {
            successor = units[u].lastMention(endingBy: beforeName - 1, startingFrom: 0)?.person
            appointed = nil
        }
        let successorsPost = successor != nil ? appointment(unit, after: stateSuffix ?? mp?.end ?? e) : nil
        // `footballers X and Y`: a name joined by a conjunction to a person just named.
        let coordinated = (s >= 2 && lexicon.conjunctions.contains(tokens[s - 1])
            && (units[u].mention(endingAt: s - 1) != nil || mentionBeforeParentheses(units[u], closing: s - 2)))
            || parallelPreposition(units[u], before: s)
            // `Ambassador X and Ambassador Y`: the honorific stands between the conjunction and the name.
            || (beforeName < s && beforeName >= 2 && lexicon.conjunctions.contains(tokens[beforeName - 1])
                && units[u].mention(endingAt: beforeName - 1) != nil)
            // `opened by Mehmet Karaoğlu and Ms. Siobhan O’Neill`: a name joined by a conjunction to
            // an honorific and a name after it.
            || (e + 2 < tokens.count && lexicon.conjunctions.contains(tokens[e]) && lexicon.honorific(tokens[e + 1].text) != nil
                && tokens[e + 2].isCapitalized && isNameToken(tokens[e + 2]))
            // `Ambassador X, Head of the Mission, and Y`: a name joined by a conjunction to a person
            // and the post in apposition after them.
            || (s >= 3 && lexicon.conjunctions.contains(tokens[s - 1]) && appositionOfPreviousPerson(units[u], before: s).map {
                $0.end == s - 1 || ($0.end == s - 2 && tokens[s - 2].text == ",") } == true)
            // `represented by Ambassador X, Maren Y and Amadou Z respectively`: a name after a
            // person's name and a comma, in a list that a conjunction closes with another name.
            || (s >= 2 && tokens[s - 1].text == "," && units[u].mention(endingAt: s - 1) != nil && nameListGoesOn(unit, after: e))
        // The candidate, scored by its cues (`Annotation.Cue`).
        var candidate = Annotation(unit: u, tokens: s..<e, label: .person, score: 0, evidence: [])
        if let known { candidate.add(.knownName, people[known].name) }
        if let honorific { candidate.add(.honorific, honorific) } else if let plural { candidate.add(.honorific, plural) }
        for r in inRun.roles { candidate.add(.postBefore, r) }
        for r in pre { candidate.add(.postInAppositionBefore, r) }
        if let mp { candidate.add(.parliamentSuffix, mp.role) }
        for r in post { candidate.add(.postInAppositionAfter, r) }
        if stateSuffix != nil { candidate.add(.stateInParentheses) }
        if let appointed { candidate.add(.appointment, appointed) }
        if coordinated { candidate.add(.coordinated) }
        if age != nil { candidate.add(.age) }
        if pre.isEmpty, inRun.roles.isEmpty, beforeName >= 2, personNounBefore(unit, comma: beforeName - 1) {
            candidate.add(.personNounInApposition)
        }
        // A verb of saying alone does not make a name whose first word is a State's name.
        if verbCue && !strongCueOnly { candidate.add(.verbOfSaying) }
        // `X, editor-in-chief of the daily Vecherniy Kant and Ms. Y`: a run inside the post in
        // apposition of the person named before is part of that post (a newspaper), no person.
        if honorific == nil, plural == nil, let previous = appositionOfPreviousPerson(units[u], before: s), e <= previous.end {
            candidate.veto(.insidePost, previous.roles.joined(separator: "; "))
        }
        // A place is no person (`officers in Banja Luka`, `a journalist from Novi Sad, said`): a
        // place the page or the reference data names, or a run right after a preposition of place,
        // unless an honorific or a name already known says it is a person.
        if known == nil && honorific == nil && plural == nil {
            if let state = InstitutionNames.shared.state(of: name) {
                // `the Speaker of the Jogorku Kenesh, X`: a national institution's name is no person.
                candidate.veto(.knownInstitution, "\(name) (\(state))")
            } else if isKnownPlace(name) {
                candidate.veto(.knownPlace, name)
            } else if s > 0, tokens[s - 1].isLowercaseWord, lexicon.locativePrepositions.contains(tokens[s - 1]) {
                candidate.veto(.afterLocativePreposition, tokens[s - 1].text)
            }
        }
        // In a title only the name's own cues count (a title has no sentence around it).
        let titleCue = known != nil || honorific != nil || !inRun.roles.isEmpty || !post.isEmpty
        candidate.accepted = !candidate.vetoed && candidate.score >= Annotation.Cue.threshold && (!unit.isTitle || titleCue)
        if candidates.count < Self.candidateLimit { candidates.append(candidate) }
        guard candidate.accepted else { return nil }
        var roles = pre + ownPosts(inRun.roles, of: known) + (mp.map { [$0.role] } ?? []) + post + (appointed.map { [$0] } ?? [])
        if coordinated, roles.isEmpty, let previous = units[u].lastMention(endingBy: s - 1, startingFrom: 0),
           let shared = sharedRoleBefore(unit, previous.start) {
            roles = [shared]
        }
        if coordinated, roles.isEmpty, let previous = units[u].lastMention(endingBy: s - 1, startingFrom: 0) {
            var before = previous.start
            if before > 0, lexicon.honorific(tokens[before - 1].text) != nil || lexicon.pluralHonorifics[tokens[before - 1].text] != nil { before -= 1 }
            if before >= 2, tokens[before - 1].text == ",", let posts = distributedPosts(unit, comma: before - 1) { roles = [posts[1]] }
        }
        if coordinated, honorific == nil, let previous = units[u].lastMention(endingBy: s - 1, startingFrom: 0), previous.start > 0,
           let singular = lexicon.pluralHonorifics[tokens[previous.start - 1].text], !singular.isEmpty {
            honorific = singular
        }
        // The surname is the last word but a closing patronymic particle (`Toktogul` of `Azamat
        // Toktogul uulu`) or a generational suffix (`Haverford` of `Thomas R. Haverford Jr.`).
        let surname = words.last(where: { !lexicon.patronymicParticles.contains($0) && !lexicon.nameSuffixes.contains($0) }) ?? words[words.count - 1]
        let person = known ?? addPerson(Found(name: name, honorific: nil, roles: [], firstMention: (u, s), surname: surname))
        if people[person].honorific == nil { people[person].honorific = honorific }
        if people[person].gender == nil, let honorific { people[person].gender = lexicon.gender(of: honorific) }
        // `X, istakao je …`, `X сказала`: a verb of saying right after the name (or its comma)
        // shows its subject's gender by its ending (`Lexicon.gender(ofVerb:)`).
        if people[person].gender == nil, speechVerb(unit, at: verbRightAfter) {
            people[person].gender = lexicon.gender(ofVerb: tokens[verbRightAfter].text)
        }
        for r in roles { addRole(r, to: person) }
        if let successor, let successorsPost { addRole(successorsPost, to: successor) }
        if let implied = impliedPost(unit, by: beforeName - 1), !people[person].impliedPosts.contains(implied) {
            people[person].impliedPosts.append(implied)
        }
        return TextUnit.Mention(start: s, end: e, person: person)
    }

    /// The post a predicate before the name states when token `by` is `by` after a heading verb
    /// (`Lexicon.headingVerbs`): the verb's post noun, with the organisation noun it heads when a
    /// lower-case one stands up to four words before the verb (`The mission is headed by X` →
    /// `Head of the mission`; `a delegation, led by X` → `Head of the delegation`), else the post
    /// noun alone (`headed by X` → `Head`). Nil when there is no such predicate.
    func impliedPost(_ unit: TextUnit, by: Int) -> String? {
        let tokens = unit.tokens
        guard by >= 1, by < tokens.count, tokens[by].text == "by", tokens[by - 1].isLowercaseWord,
              let post = lexicon.headingVerbs[tokens[by - 1].text] else { return nil }
        var k = by - 2
        if k >= 0, tokens[k].text == "," { k -= 1 }
        while k >= 0, by - 1 - k <= 4, tokens[k].isLowercaseWord {
            if lexicon.isOrganisationHead(tokens[k].text) { return post + " of the " + tokens[k].text }
            k -= 1
        }
        return post
    }

    /// `Van der Meulen thanked …` after `Hendrik van der Meulen`: a name of tokens `s..<e` that
    /// opens with a particle written with a capital (a sentence start) is the known person whose
    /// name ends in it with the particle in lower case (`personIndex.first(endingIn:)`); nil
    /// when it does not open so or nobody's name ends so.
    private func knownNameWithParticle(_ tokens: TokenList, _ s: Int, _ e: Int) -> Int? {
        guard s < e, isCapitalisedParticle(tokens[s]) else { return nil }
        let words = [tokens[s].text.lowercased()] + tokens[(s + 1)..<e].map(\.stem)
        return personIndex.first(endingIn: words.joined(separator: " "))
    }

    /// Appends a person and enters it in `personIndex`; returns its index.
    private mutating func addPerson(_ found: Found) -> Int {
        people.append(found)
        personIndex.add(people.count - 1, name: found.name, surname: found.surname, lexicon: lexicon)
        return people.count - 1
    }

    /// Adds a post unless the person already has it or a longer form of it (`President` after
    /// `OSCE Parliamentary Assembly President`, `Chairman` after `OSCE Chairman-in-Office`,
    /// `Head of Mission` after `Head of the OSCE Mission to X`); a longer form of a post the
    /// person has replaces it in place (`President`, then `former President`). See `PostWords`.
    private mutating func addRole(_ role: String, to p: Int) {
        let key = OSCEKey.normalize(role)
        // (The post's words are split only once a role of the person is not the same post: a
        // repeated mention returns at the first comparison.)
        let articles = lexicon.articles
        var split: PostWords?
        func words() -> PostWords {
            if let split { return split }
            let made = PostWords(role, articles: articles)
            split = made
            return made
        }
        var replaced: Int?
        for (n, existing) in people[p].roles.enumerated() {
            let e = OSCEKey.normalize(existing)
            if e == key || e.hasSuffix(" " + key) || OSCEKey.samePost(existing, role) { return }
            let other = PostWords(existing, articles: lexicon.articles)
            if words().isShortForm(of: other) { return }
            if replaced == nil, other.isShortForm(of: words()) { replaced = n }
        }
        guard let replaced else {
            people[p].roles.append(role)
            return
        }
        people[p].roles[replaced] = role
        // Another short form of the new post that the person had is dropped too.
        var n = people[p].roles.count - 1
        while n > replaced {
            if PostWords(people[p].roles[n], articles: lexicon.articles).isShortForm(of: words()) { people[p].roles.remove(at: n) }
            n -= 1
        }
    }

    /// `X, 19, from Y`, `X, 23, a law student`: the index of the comma (or the end of the text or
    /// sentence) after an age in apposition right after a name ending at `index` (a number of one
    /// to three digits between commas, or before the sentence's end); nil when there is none.
    func ageEnd(_ unit: TextUnit, after index: Int) -> Int? {
        let tokens = unit.tokens
        guard index + 1 < tokens.count, tokens[index].text == ",", tokens[index + 1].isWord else { return nil }
        let age = tokens[index + 1].utf8
        guard (1...3).contains(age.count), age.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let after = index + 2
        guard after == tokens.count || [",", ".", ";", "!", "?"].contains(tokens[after].text) else { return nil }
        return after
    }

    /// True when the comma at `comma` follows a noun for people in apposition (`The trainers, X`,
    /// `the two moderators, X and Y`, `Our keynote speaker, X`): a lower-case plural post noun
    /// (`Lexicon.isRoleNoun(plural:)`, not a singular one) or a noun of `Lexicon.unnamedSpeakers`,
    /// after up to two lower-case modifiers, opening its sentence (with a determiner or without).
    func personNounBefore(_ unit: TextUnit, comma: Int) -> Bool {
        let tokens = unit.tokens
        guard comma >= 1, comma < tokens.count, tokens[comma].text == "," else { return false }
        let noun = tokens[comma - 1]
        guard noun.isLowercaseWord, lexicon.isPersonNoun(noun.text) || (lexicon.isRoleNoun(noun.text, plural: true) && !lexicon.isRoleNoun(noun.text)) else {
            return false
        }
        var k = comma - 2
        while k >= 0, comma - 1 - k <= 2, tokens[k].isLowercaseWord, !isDeterminer(tokens[k]), !isConnector(tokens[k]),
              !lexicon.speechVerbs.contains(tokens[k]), !lexicon.conjunctions.contains(tokens[k]) {
            k -= 1
        }
        // (The noun phrase opens its sentence: `For the residents, Main Street …` names no person.
        // `Яке аз иштирокчиён, X,`: an indefinite determiner (one of) opens it too.)
        return k < 0 || ((isDeterminer(tokens[k]) || lexicon.unnamedDeterminers.contains(tokens[k].text.lowercased()))
                         && (k == 0 || isSentenceEnd(tokens[k - 1])))
    }

    /// `(Albania)` after a name: the end index after the closing parenthesis when it holds a State's name.
    func stateInParentheses(_ unit: TextUnit, after index: Int) -> Int? {
        let tokens = unit.tokens
        guard index + 2 < tokens.count, tokens[index].text == "(" else { return nil }
        var e = index + 1
        while e < tokens.count, e - index <= 6, tokens[e].text != ")" { e += 1 }
        guard e < tokens.count, tokens[e].text == ")", e > index + 1 else { return nil }
        return StateIndex.shared.names[StateIndex.key(unit.text(index + 1, e))] != nil ? e + 1 : nil
    }

    /// `X has been appointed Special Co-ordinator`, `X (from Y) will serve as Head of …`: the post
    /// stated as a predicate after the name, if the phrase is a post.
    func appointment(_ unit: TextUnit, after index: Int) -> String? {
        let tokens = unit.tokens
        var k = index
        // `from France`, `of Germany`: a short origin phrase between name and verb.
        if k + 1 < tokens.count, tokens[k].isLowercaseWord, lexicon.prepositions.contains(tokens[k]) {
            var m = k + 1
            while m < tokens.count, m - k <= 4, isCapWord(tokens[m]) { m += 1 }
            if m > k + 1 { k = m }
        }
        if k < tokens.count, tokens[k].text == "," {
            k += 1
            // `X, who also serves as …`: a relative clause whose verb states the post.
            if k + 1 < tokens.count, lexicon.relativePronouns.contains(tokens[k]) {
                k += 1
                if lexicon.sentenceAdverbs.contains(tokens[k].text) { k += 1 }
            }
        }
        // (A phrase's first word is matched as written: a token that opens none is refused from its bytes.)
        if k < tokens.count, let openers = lexicon.filters.appointmentOpeners, !openers.mayContain(tokens[k].utf8) { return nil }
        for phrase in lexicon.appointmentPhrases where k + phrase.count < tokens.count {
            // The phrase's words in order; an adverb of time may stand before its last word
            // (`took up his duties today as`).
            var q = k
            var matched = true
            for (n, word) in phrase.enumerated() {
                if n == phrase.count - 1, n > 0, q + 1 < tokens.count, lexicon.temporalAdverbs.contains(tokens[q]) { q += 1 }
                guard q < tokens.count, tokens[q].spells(word) else { matched = false; break }
                q += 1
            }
            guard matched, q < tokens.count else { continue }
            // `as the new Head of …`, `as its Director`: an article or possessive is dropped, a qualifier kept.
            if q + 1 < tokens.count, isDeterminer(tokens[q]), qualifierLength(unit, at: q + 1) > 0 || isCapWord(tokens[q + 1]) { q += 1 }
            let s = q + qualifierLength(unit, at: q)
            var e = s
            // Capitalised words, and up to two connectors before one (`Head of the OSCE Mission`).
            while e < tokens.count, e - s < 12, tokens[e].isWord {
                if isCapWord(tokens[e]) { e += 1; continue }
                var c = e
                while c < tokens.count, c - e < 2, isConnector(tokens[c]) { c += 1 }
                if c > e, c < tokens.count, !isCapWord(tokens[c]), let tail = groupTail(unit, from: c) {
                    // `Special Co-ordinator of the short-term OSCE observers`.
                    e = tail
                    break
                }
                guard c > e, c < tokens.count, isCapWord(tokens[c]) else { break }
                e = c
            }
            guard e > s, isPost(unit, s, e) else { return nil }
            return unit.text(q, e)
        }
        return nil
    }

    /// The end of a lower-case tail of a post phrase that names a group of people after its
    /// connector (`short-term OSCE observers` in `Co-ordinator of the short-term OSCE observers`):
    /// one to four words, the last a (plural) post noun, followed by punctuation or the end of the
    /// text (or `limit`). Nil when the words at `start` are no such tail (`last week`).
    func groupTail(_ unit: TextUnit, from start: Int, before limit: Int? = nil) -> Int? {
        let tokens = unit.tokens
        var k = start
        while k < (limit ?? tokens.count), k - start < 4, tokens[k].isWord, !isConnector(tokens[k]) { k += 1 }
        guard k > start, k == (limit ?? tokens.count) || !tokens[k].isWord else { return nil }
        let last = tokens[k - 1]
        guard last.isLowercaseWord, lexicon.isRoleNoun(last.text, plural: true) else { return nil }
        return k
    }

    /// The first connector before a group tail (`groupTail`) that ends with the post noun at token
    /// `noun`, the connectors following a capitalised post word (`Co-ordinator | of the | OSCE
    /// short-term observers`); nil when there is none.
    func groupTailStart(_ unit: TextUnit, endingAt noun: Int) -> Int? {
        let tokens = unit.tokens
        for m in stride(from: noun - 1, through: max(1, noun - 3), by: -1) {
            guard isConnector(tokens[m - 1]) else { continue }
            var c = m - 1
            while c > 0, isConnector(tokens[c - 1]) { c -= 1 }
            guard c > 0, isCapWord(tokens[c - 1]), lexicon.isRoleNoun(tokens[c - 1].stem),
                  groupTail(unit, from: m, before: noun + 1) == noun + 1 else { continue }
            return c
        }
        return nil
    }

    /// The lower-case plural post before a coordinated pair (`footballers X and Y`), for the second name.
    private func sharedRoleBefore(_ unit: TextUnit, _ start: Int) -> String? {
        guard start > 0 else { return nil }
        let t = unit.tokens[start - 1]
        return t.isLowercaseWord && lexicon.isRoleNoun(t.text, plural: true) && !lexicon.isRoleNoun(t.text) ? t.text : nil
    }

    /// Lines that hold only a name, followed by a line that is only a post (a contact block or
    /// signature: `Jane Doe` / `Head of Press`): the name is a person holding that post.
    private mutating func detectSignatures(_ units: inout [TextUnit]) {
        guard units.count >= 2 else { return }
        for u in 0..<(units.count - 1) where !units[u].isTitle && units[u].mentions.isEmpty {
            let tokens = units[u].tokens
            guard (2...4).contains(tokens.count), tokens.allSatisfy(isNameToken) else { continue }
            let next = units[u + 1]
            guard !next.tokens.isEmpty, next.tokens.count <= 12, isPost(next, 0, next.tokens.count) else { continue }
            let name = tokens.map(\.stem).joined(separator: " ")
            let person = personIndex.first(named: name)
                ?? addPerson(Found(name: name, honorific: nil, roles: [], firstMention: (u, 0), surname: tokens[tokens.count - 1].stem))
            addRole(next.text(0, next.tokens.count), to: person)
            units[u].addMention(TextUnit.Mention(start: 0, end: tokens.count, person: person))
        }
    }

    // MARK: Surnames

    private mutating func detectSurnames(_ units: inout [TextUnit], _ u: Int) {
        let tokens = units[u].tokens
        for i in tokens.indices where (tokens[i].isCapitalized || isParticleName(tokens[i])) && units[u].mention(covering: i) == nil {
            let stem = tokens[i].stem
            var matches = personIndex.people(withSurname: stem)
            if matches.isEmpty, !lexicon.caseEndings.isEmpty {
                matches = personIndex.people(withSurnameLike: stem, lexicon: lexicon)
            }
            // (`Посол Германии в …`: a State's name in an oblique case after an honorific is no surname.)
            if matches.isEmpty, i > 0, lexicon.honorific(tokens[i - 1].text) != nil, isNameToken(tokens[i]),
               !(i + 1 < tokens.count && tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore), !isObliqueStateName(units[u], i) {
                // `Ambassador Funered`: the surname is the name, unless the page writes a full name
                // ending in it without a cue (`Jean Dupont, a ouvert …`, then `M. Dupont`).
                var name = fullName(endingIn: stem, units) ?? stem
                var surname = stem
                // `посла Петрова`: after an honorific in an oblique case the surname is in that case
                // too; its base form is the name when its ending says so unambiguously.
                if name == stem, lexicon.obliqueCaseCues.contains(tokens[i - 1].text),
                   let base = lexicon.nominativeSurname(stem, gender: lexicon.gender(of: tokens[i - 1].text)) {
                    name = base
                    surname = base
                }
                matches = [addPerson(Found(name: name, honorific: nil, roles: [], firstMention: (u, i), surname: surname))]
            } else if matches.isEmpty, i > 0, isNameToken(tokens[i]),
                      !(i + 1 < tokens.count && tokens[i + 1].isCapitalized && tokens[i + 1].spaceBefore),
                      !lexicon.isRoleNoun(stem, plural: true),
                      !(i + 1 < tokens.count && tokens[i + 1].isLowercaseWord && lexicon.isOrganisationHead(tokens[i + 1].text)),
                      !lexicon.groupNounSuffixes.contains(where: { stem.lowercased().hasSuffix($0) && stem.count > 5 }),
                      isTitleBefore(units[u], i), !isInsidePostOfLaterName(units[u], i), !isObliqueStateName(units[u], i),
                      !(i + 3 < tokens.count && tokens[i + 1].text == "," && isNameToken(tokens[i + 2]) && isNameToken(tokens[i + 3])) {
                // (`Ministrul Justiției, Ion Rusu,`: a post in apposition before a name, no name.)
                // `President Medvedev`, `Presidents Medvedev and Sarkozy`: a post title before a single name.
                matches = [addPerson(Found(name: stem, honorific: nil, roles: [], firstMention: (u, i), surname: stem))]
            } else if matches.isEmpty, i > 0, speechVerb(units[u], at: i - 1), isNameToken(tokens[i]),
                      i + 1 == tokens.count || tokens[i + 1].kind == .punct,
                      let full = fullName(endingIn: stem, units), full != stem {
                // `», – деді Нұрланұлы.`, `“…”, said Moreau.`: a verb of saying right before a
                // single name word that ends a full name the page wrote without a cue (`Асқар
                // Нұрланұлы болды`): the full name is the speaker.
                matches = [addPerson(Found(name: full, honorific: nil, roles: [], firstMention: (u, i), surname: stem))]
            }
            guard matches.count == 1, let p = matches.first else { continue }
            // Not the first word of a longer unknown name (`Greminger Foundation`).
            if i + 1 < tokens.count, tokens[i + 1].isCapitalized, tokens[i + 1].spaceBefore, !lexicon.nonNameWords.contains(tokens[i + 1].stem) == false {
                // followed by an organisation word: skip
                continue
            }
            // `“…,” dos Santos said`: the particles the name writes right before its surname belong
            // to the mention (a sentence may open with them, in lower case).
            var start = i
            let words = people[p].name.split(separator: " ")
            if var w = words.lastIndex(where: { $0 == stem }) {
                while w > 0, start > 0, isParticle(tokens[start - 1]), tokens[start - 1].text == words[w - 1] {
                    w -= 1
                    start -= 1
                }
            }
            units[u].addMention(TextUnit.Mention(start: start, end: i + 1, person: p))
            let unit = units[u]
            var beforeName = start
            if let h = lexicon.honorific(before: start, in: tokens) {
                beforeName = h.start
                if people[p].honorific == nil { people[p].honorific = h.text }
                if people[p].gender == nil { people[p].gender = lexicon.gender(of: h.text) }
            } else if writesHonorificShort(p, before: start, tokens) {
                beforeName = start - 1
            }
            let inRun = roleBefore(unit, at: beforeName)
            let post = postApposition(unit, after: i + 1)
            for r in ownPosts(inRun.roles, of: p) + post { addRole(r, to: p) }
        }
    }

    /// True when the word before token `start` is the last word of the person's honorific of
    /// several words (`said General Ruiz` after `Brigadier General Tomás Ruiz`): the rank written
    /// short, no post.
    private func writesHonorificShort(_ person: Int, before start: Int, _ tokens: TokenList) -> Bool {
        guard start > 0, let h = people[person].honorific, h.utf8.contains(0x20), tokens[start - 1].isCapitalized else { return false }
        return h.hasSuffix(" " + tokens[start - 1].text)
    }

    /// True when token `i` is inside the post phrase written right before a person's name later
    /// in the run of words after it (`Директор Каракольского пресс-клуба Эркин X`: `Каракольского`
    /// is part of X's post, no surname after the title `Директор`).
    func isInsidePostOfLaterName(_ unit: TextUnit, _ i: Int) -> Bool {
        let tokens = unit.tokens
        var j = i + 1
        while j < tokens.count, j - i <= 8, tokens[j].isWord {
            if let m = unit.mention(startingAt: j) { return roleBefore(unit, at: m.start).start <= i }
            j += 1
        }
        return false
    }

    /// The posts of a phrase `P1 and P2 NAME` that are the name's: a post before the last that
    /// another person of the page holds is that person's (`OSCE Secretary General and EU
    /// Commissioner Hahn`, where the page names the Secretary General), the phrase naming two
    /// people; the post right before the name is always kept.
    func ownPosts(_ roles: [String], of person: Int?) -> [String] {
        guard roles.count >= 2 else { return roles }
        let articles = lexicon.articles
        func heldByAnother(_ role: String) -> Bool {
            let words = PostWords(role, articles: articles)
            return people.indices.contains { q in
                q != person && people[q].roles.contains { held in
                    let other = PostWords(held, articles: articles)
                    return other == words || words.isShortForm(of: other)
                }
            }
        }
        return roles.dropLast().filter { !heldByAnother($0) } + [roles[roles.count - 1]]
    }

    /// A run of two to four name words ending in `surname` somewhere on the page (the first one).
    /// The page's runs are collected once, on the first call (O(n) for n words), so each call
    /// is a hash look-up.
    private mutating func fullName(endingIn surname: String, _ units: [TextUnit]) -> String? {
        if let names = fullNames { return names[surname] }
        var names: [String: String] = [:]
        for unit in units {
            let tokens = unit.tokens
            for e in tokens.indices where e > 0 && tokens[e].spaceBefore && isNameToken(tokens[e - 1]) {
                let stem = tokens[e].stem
                guard names[stem] == nil else { continue }
                var s = e
                while s > 0, e - s < 3, isNameToken(tokens[s - 1]), tokens[s].spaceBefore { s -= 1 }
                if s < e, !(s > 0 && tokens[s - 1].isCapitalized && tokens[s].spaceBefore) {
                    names[stem] = tokens[s...e].map(\.stem).joined(separator: " ")
                }
            }
        }
        fullNames = names
        return names[surname]
    }

    /// True when a capitalised post word stands right before token `i` (`President X`), or a plural
    /// one before a coordinated pair (`Presidents X and Y`, for Y).
    private func isTitleBefore(_ unit: TextUnit, _ i: Int) -> Bool {
        let tokens = unit.tokens
        let t = tokens[i - 1]
        if isCapWord(t), !t.isAllCaps, lexicon.isRoleNoun(t.stem, plural: true) { return true }
        if i >= 3, lexicon.conjunctions.contains(t), let m = unit.mention(covering: i - 2), m.start > 0 {
            let title = tokens[m.start - 1]
            return isCapWord(title) && lexicon.isRoleNoun(title.stem, plural: true) && !lexicon.isRoleNoun(title.stem)
        }
        return false
    }

    // MARK: Post phrases

    /// A capital letter and its full stop (`J.`, the `U.` and `S.` of `U.S.`): one token.
    private func isInitial(_ t: Token) -> Bool {
        let u = t.utf8
        return t.isWord && u.count == 2 && u[u.startIndex] >= 0x41 && u[u.startIndex] <= 0x5A && u[u.startIndex + 1] == 0x2E
    }

    /// A word whose first character is upper case (`t.text.first?.isUppercase`), read from the
    /// token's cached case flags: no `String` is made.
    private func isCapWord(_ t: Token) -> Bool { t.isWord && t.startsUppercase }

    /// True when token `k` is a lower-case national adjective in a language that writes them so
    /// (`österreichische`, `français`, `шведский`): never in English, where they are capitalised.
    private func isNationalAdjective(_ unit: TextUnit, _ k: Int) -> Bool {
        let t = unit.tokens[k]
        guard t.isLowercaseWord, lexicon.languages.count > 2 else { return false }
        if StateIndex.shared.stemMatch(t.text) != nil { return true }
        for language in lexicon.languages where language != "mul" && language != "en" {
            if let m = StateGazetteer.shared.match(unit.tokens, at: k, language: language), m.isAdjective, m.length == 1, m.state != nil {
                return true
            }
        }
        return false
    }

    private func isDeterminer(_ t: Token) -> Bool { lexicon.determiners.contains(t.text.lowercased()) }
    /// `.`, `!`, `?` or `;` (a sentence's end before the next token).
    private func isSentenceEnd(_ t: Token) -> Bool { t.kind == .punct && [".", "!", "?", ";"].contains(t.text) }
    private func isConnector(_ t: Token) -> Bool { t.isLowercaseWord && lexicon.connectors.contains(t) }

    /// True when the honorific at token `k` heads a post rather than a name: it is a post noun
    /// too (`посол`, `Ambassador`), and the word after it is capitalised but no name word (a
    /// State's or an organisation's name: `посол Канади в Україні X`, `посол Німеччини X`), so the
    /// name it would title comes later.
    func honorificHeadsPost(_ unit: TextUnit, _ k: Int) -> Bool {
        let tokens = unit.tokens
        guard k + 1 < tokens.count, lexicon.honorifics.contains(tokens[k]), lexicon.isRoleNoun(tokens[k].text) else { return false }
        let next = tokens[k + 1]
        return next.isCapitalized && next.spaceBefore && (!isNameToken(next) || isObliqueStateName(unit, k + 1))
    }

    /// In a language with case endings (Russian), the words after a post's head noun are often
    /// lower-case genitives (`Глава Программного офиса ОБСЕ в Бишкеке`, `Советник Офиса по вопросам
    /// молодёжи`, `Министарка за људска и мањинска права и друштвени дијалог`): the post is the run
    /// of words (no punctuation, at most ten, no other person)
    /// from the leftmost post noun to token `index`, when it reads as a post; nil otherwise.
    func inflectedPostBefore(_ unit: TextUnit, at index: Int) -> (role: String, start: Int)? {
        guard !lexicon.caseEndings.isEmpty, index > 0 else { return nil }
        let tokens = unit.tokens
        // `directoarea Centrului pentru | Jurnalism Independent`: after a preposition the capitalised
        // words are the post's object, no holder.
        if tokens[index - 1].isLowercaseWord, lexicon.prepositions.contains(tokens[index - 1]) { return nil }
        var k = index - 1
        var head: Int?
        while k >= 0, index - k <= 10 {
            let t = tokens[k]
            guard t.isWord, tokens[k + 1].spaceBefore || k + 1 == index, unit.mention(covering: k) == nil,
                  !lexicon.honorifics.contains(t), !lexicon.linkingVerbs.contains(t.text) else { break }
            if lexicon.isRoleNoun(t.stem) { head = k }
            k -= 1
        }
        // `Верховный комиссар ОБСЕ по делам …`: up to two adjectives of the post before its noun
        // are part of it, as in `roleBefore`.
        var adjectives = 0
        while var h = head, adjectives < 2, h > 0, tokens[h].spaceBefore, tokens[h - 1].isWord, unit.mention(covering: h - 1) == nil,
              lexicon.isRoleAdjective(tokens[h - 1].text) {
            h -= 1
            head = h
            adjectives += 1
        }
        guard let head, let role = splitAndValidate(unit, head, index).first, unit.text(head, index).hasPrefix(role) else { return nil }
        return (role, head)
    }

    /// The post phrase written right before a name (`OSCE Secretary General`, `Slovak Foreign Minister`),
    /// split into posts; `start` is where the phrase begins (or `at` if there is none).
    func roleBefore(_ unit: TextUnit, at index: Int) -> (roles: [String], start: Int) {
        let tokens = unit.tokens
        var k = index - 1
        var start = index
        while k >= 0 {
            let t = tokens[k]
            if isAcronymInParentheses(tokens, closing: k) {
                // `High Commissioner on National Minorities (HCNM) Knut X`
                start = k - 2
                k -= 3
                continue
            }
            // `Chair of the General Committee on Democracy, Human Rights and Humanitarian Questions X`:
            // an organisation's name with a comma inside, ending where the walk started.
            if t.text == ",", start == k + 1, let o = (start...index).reversed().lazy.compactMap({ commaOrganisationStart(tokens, endingAt: $0) }).first,
               o < k, unit.mention(covering: o) == nil {
                start = o
                k = o - 1
                continue
            }
            // (`U.S. Senator X`: initials joined with no space are one word of the post.)
            guard t.isWord, tokens[k + 1].spaceBefore || k + 1 == index || (isInitial(t) && isInitial(tokens[k + 1])) else { break }
            if unit.mention(covering: k) != nil { break }
            if t.quote != (index < tokens.count ? tokens[index].quote : t.quote) { break }
            if isCapWord(t) {
                if lexicon.honorifics.contains(t) && k == index - 1 { break }
                // `Посол Німеччини в Україні X`: an honorific that is a post noun, followed by no
                // name (a State's or an organisation's word), heads the post.
                if k < index - 1, honorificHeadsPost(unit, k) {
                    start = k
                    break
                }
                // `Ambassador X and Minister Y`: another person's name or honorific ends the post.
                if k < index - 1, lexicon.honorifics.contains(t) || !personIndex.people(withSurname: t.stem).isEmpty { break }
                start = k
                k -= 1
                continue
            }
            // `ha aggiunto X`: a verb of saying after its auxiliary is no post noun (`aggiunto`, deputy).
            if t.isLowercaseWord, k > 0, lexicon.speechVerbs.contains(t), lexicon.auxiliaries.contains(tokens[k - 1]) { break }
            if t.isLowercaseWord, !isConnector(t), lexicon.isRoleNoun(t.text, plural: true),
               !lexicon.honorifics.contains(t) || (k < index - 1 && honorificHeadsPost(unit, k)) {
                if k == index - 1, let c = groupTailStart(unit, endingAt: k) {
                    // `Co-ordinator of the OSCE short-term observers X`: the group after the connector
                    // ends a longer post, which goes on from the post word before the connector.
                    start = c - 1
                    k = c - 2
                    continue
                }
                // `глава Миссии ОБСЕ`, `former minister`: a lower-case post word opens the phrase.
                start = occupationStart(unit, noun: k)
                let occupation = start
                // `Prosecutor General’s Office representative X`, `UNHCR spokesperson X`: the
                // organisation named right before the post word is part of the post.
                if start == k, let o = organisationBefore(unit, noun: k) { start = o }
                // `…министрлігінің өкілі X`: in a head-final language the possessor in the genitive
                // and the words before it are the post's (`nemis media eksperti`: past a word that
                // is also a modifier of an occupation, `media`).
                if start == occupation, let p = possessorStart(unit, noun: k), p < start { start = p }
                // `заместителя главы Миссии`: in a language with case endings, a post noun governs
                // the post noun after it (the deputy of the head), one phrase.
                // (`Zamjenik šefa Misije`: the governing post noun may open the sentence, capitalised.)
                while !lexicon.caseEndings.isEmpty, start == k, start > 0, tokens[start - 1].isLowercaseWord || isCapWord(tokens[start - 1]),
                      tokens[start].spaceBefore, lexicon.isRoleNoun(tokens[start - 1].stem), !lexicon.honorifics.contains(tokens[start - 1]) {
                    start -= 1
                }
                // `Генеральный секретарь ПА ОБСЕ X`, `Первый заместитель директора …`: up to two
                // adjectives of the post before its noun are part of it (`Lexicon.roleAdjectives`,
                // the languages that inflect them).
                var adjectives = 0
                while adjectives < 2, start > 0, tokens[start].spaceBefore, tokens[start - 1].isWord,
                      unit.mention(covering: start - 1) == nil, lexicon.isRoleAdjective(tokens[start - 1].text) {
                    start -= 1
                    adjectives += 1
                }
                // `Ukrainian film director and writer X`: an occupation joined by a conjunction.
                if start >= 2, lexicon.conjunctions.contains(tokens[start - 1]), tokens[start - 2].isLowercaseWord,
                   !isConnector(tokens[start - 2]), lexicon.isRoleNoun(tokens[start - 2].text) {
                    start = occupationStart(unit, noun: start - 2)
                }
                break
            }
            if k == index - 1, k > 0, isNationalAdjective(unit, k), tokens[k - 1].isLowercaseWord, !isConnector(tokens[k - 1]),
               lexicon.isRoleNoun(tokens[k - 1].text), lexicon.honorific(tokens[k - 1].text) == nil {
                // `la fiscal española X`, `le ministre français X`: the adjective follows the post noun.
                start = k - 1
                break
            }
            if k + 1 < index, start == k + 1, isCapWord(tokens[k + 1]), isNationalAdjective(unit, k) {
                // `der österreichische Innenminister X`: a lower-case national adjective opens the post.
                start = k
                break
            }
            if isConnector(t) {
                // `Head of the Mission and Maja X`: a conjunction right before the name ends the post;
                // `Capo della Polizia Postale`: after a preposition the name is the post's object, no holder.
                // (`his Special Envoy for the Matters Dealt with by …`: after an article the capitalised
                // words are the post's object too.)
                if k == index - 1, lexicon.conjunctions.contains(t) || lexicon.prepositions.contains(t) || lexicon.articles.contains(t) { break }
                if lexicon.articles.contains(t) {
                    // `of the OSCE`: inside a post name only after a preposition and before a capital.
                    guard k > 0, lexicon.prepositions.contains(tokens[k - 1]), isCapWord(tokens[k + 1]) else { break }
                }
                k -= 1
                continue
            }
            break
        }
        guard start < index else { return inflectedPostBefore(unit, at: index).map { ([$0.role], $0.start) } ?? ([], index) }
        var phrase = Array(start..<index)
        while let f = phrase.first,
              (tokens[f].isLowercaseWord && !lexicon.isRoleNoun(tokens[f].text, plural: true) && !(f == start && isNationalAdjective(unit, f))
               && !lexicon.isRoleAdjective(tokens[f].text) && !lexicon.roleModifiers.contains(tokens[f].text))
                || leadingNoise.contains(tokens[f].text.lowercased()) || isDeterminer(tokens[f]) {
            phrase.removeFirst()
        }
        while let l = phrase.last, isConnector(tokens[l]) { phrase.removeLast() }
        guard let first = phrase.first, let last = phrase.last else { return ([], index) }
        var roles = splitAndValidate(unit, first, last + 1, plural: true)
        var roleStart = first
        if roles.isEmpty {
            // `Interview of Head of Mission X`: the post may start after a preposition inside the run.
            for f in (first + 1)...max(first + 1, last) where f <= last && isCapWord(tokens[f]) && lexicon.isRoleNoun(tokens[f].stem)
                && tokens[f - 1].isLowercaseWord && lexicon.prepositions.contains(tokens[f - 1]) {
                roles = splitAndValidate(unit, f, last + 1)
                if !roles.isEmpty { roleStart = f; break }
            }
        }
        if roles.isEmpty, let inflected = inflectedPostBefore(unit, at: index) {
            roles = [inflected.role]
            roleStart = inflected.start
        }
        if let first = roles.first, let q = qualifierStart(unit, before: roleStart), first.hasPrefix(tokens[roleStart].text) {
            // `former President X`, `the new Head of …`: the qualifier is part of the post.
            roles[0] = unit.text(q, roleStart) + " " + first
            roleStart = q
        }
        return (roles, roles.isEmpty ? index : roleStart)
    }

    /// `The head of the Albanian delegation to the OSCE Forum …, X`, `Le coordinateur des activités
    /// de l’OSCE relatives aux menaces transnationales, X`, `The chief negotiator from Tiraspol, X`:
    /// a post in apposition before the comma at `comma` whose head is a lower-case post noun and
    /// whose tail holds lower-case words the connector walk of `preApposition` stops at. The phrase
    /// runs from the leftmost lower-case post noun that follows a determiner (or opens the unit)
    /// to the comma: at most 14 words, no punctuation, no person, no honorific; an article that
    /// follows no connector or preposition opens it (`met the head of …, X` gives `head of …`).
    ///
    /// Two posts joined by a conjunction are both given (`la coordinatrice spéciale et cheffe des
    /// observateurs de l’OSCE, X`), when together they cover the whole phrase.
    func lowercasePostBefore(_ unit: TextUnit, comma: Int) -> [String]? {
        let tokens = unit.tokens
        guard comma >= 2, comma < tokens.count, tokens[comma].text == "," else { return nil }
        var k = comma - 1
        var head: Int?
        // The opening mark of a quoted name that ends the phrase (`the newspaper “Vechernii Bishkek”`).
        var quoted: Int?
        if let open = quotedNameOpen(unit, close: k) {
            quoted = open
            k = open - 1
        }
        while k >= 0, comma - k <= 18 {
            let t = tokens[k]
            // (`the head of the OSCE/ODIHR election observation mission,`: a slash between two
            // words, no space around it, joins them.)
            if t.text == "/", k > 0, tokens[k - 1].isWord, tokens[k + 1].isWord, !t.spaceBefore, !tokens[k + 1].spaceBefore {
                k -= 1
                continue
            }
            guard t.isWord, unit.mention(covering: k) == nil, lexicon.honorific(t.text) == nil else { break }
            // An article not after a connector opens the phrase (or the clause before it).
            if isDeterminer(t), !(k > 0 && (isConnector(tokens[k - 1]) || lexicon.prepositions.contains(tokens[k - 1]))) { break }
            if t.isLowercaseWord, !isConnector(t), lexicon.isRoleNoun(t.text) { head = k }
            k -= 1
        }
        guard let h = head, h == 0 || isDeterminer(tokens[h - 1]) || !tokens[h - 1].isWord else { return nil }
        let end = quoted ?? comma
        guard h < end else { return nil }
        let roles = splitAndValidate(unit, h, end)
        let phrase = unit.text(h, end)
        guard let first = roles.first, let last = roles.last,
              roles.count == 1 ? first == phrase : (roles.count == 2 && phrase.hasPrefix(first) && phrase.hasSuffix(last)) else { return nil }
        return quoted == nil ? roles : [unit.text(h, comma)]
    }

    /// The opening mark of a quoted name whose closing mark is token `close` (`“Vechernii
    /// Bishkek”`, the name of a newspaper or a programme inside a post): at most six words, the
    /// first capitalised, nothing else between the marks; nil otherwise.
    func quotedNameOpen(_ unit: TextUnit, close: Int) -> Int? {
        let tokens = unit.tokens
        guard close > 1, close < tokens.count, tokens[close].kind == .quoteClose else { return nil }
        var m = close - 1
        // (The dot of an abbreviation inside the name counts as part of its word: `„Св. Климент
        // Охридски“`; a dot right before the closing mark ends a sentence, no name.)
        while m > 0, close - m <= 7, tokens[m].isWord || (tokens[m].text == "." && m < close - 1 && tokens[m - 1].isWord) { m -= 1 }
        guard tokens[m].kind == .quoteOpen, m + 1 < close, tokens[m + 1].isCapitalized else { return nil }
        return m
    }

    /// The closing mark of a quoted name opening at token `open` (`quotedNameOpen`), nil otherwise.
    func quotedNameClose(_ unit: TextUnit, open: Int) -> Int? {
        let tokens = unit.tokens
        guard open + 2 < tokens.count, tokens[open].kind == .quoteOpen else { return nil }
        var m = open + 1
        while m < tokens.count, m - open <= 7, tokens[m].isWord || (tokens[m].text == "." && tokens[m - 1].isWord) { m += 1 }
        guard m < tokens.count, quotedNameOpen(unit, close: m) == open else { return nil }
        return m
    }

    /// The tokens of `start..<end` that belong to a quoted name (its marks and an abbreviation's
    /// dot: `quotedNameOpen`) inside a post: `професорка на Универзитетот „Св. Климент Охридски“`.
    func quotedNameTokens(_ unit: TextUnit, _ start: Int, _ end: Int) -> Set<Int> {
        let tokens = unit.tokens
        var out = Set<Int>()
        var k = start + 1
        while k < end {
            if tokens[k].kind == .quoteOpen, tokens[k - 1].isWord, let close = quotedNameClose(unit, open: k), close < end {
                out.formUnion(k...close)
                k = close + 1
            } else {
                k += 1
            }
        }
        return out
    }

    /// A plural post phrase before the comma at `comma` that names two posts, one for each of two
    /// coordinated names after it, in order: `The Heads of the OSCE Missions to Serbia and to
    /// Montenegro,` → `Head of the OSCE Mission to Serbia`, `Head of the OSCE Mission to
    /// Montenegro`; `The Heads of the OSCE Mission to Serbia and the OSCE Mission to Montenegro,`
    /// → the same two. The phrase opens with a plural post noun (`Heads`; after an optional
    /// article) and holds one conjunction; plural organisation heads before it are made singular
    /// (`Missions` → `Mission`). Nil when the phrase is no such pair.
    func distributedPosts(_ unit: TextUnit, comma: Int) -> [String]? {
        let tokens = unit.tokens
        guard comma >= 4, comma < tokens.count, tokens[comma].text == "," else { return nil }
        var k = comma - 1
        while k >= 0, comma - k <= 20, tokens[k].isWord, unit.mention(covering: k) == nil {
            if isDeterminer(tokens[k]), !(k > 0 && (isConnector(tokens[k - 1]) || lexicon.prepositions.contains(tokens[k - 1])
                                                     || lexicon.conjunctions.contains(tokens[k - 1]))) { break }
            k -= 1
        }
        let h = k + 1
        guard h < comma - 3 else { return nil }
        // The plural post noun and its singular, as written (`Heads` → `Head`).
        let noun = tokens[h].text
        guard tokens[h].isWord, noun.count > 3, !lexicon.isRoleNoun(noun),
              let singular = lexicon.singulars(of: noun).first(where: { lexicon.isRoleNoun($0) }) else { return nil }
        let conjunctions = (h + 1..<comma).filter { lexicon.conjunctions.contains(tokens[$0]) }
        guard conjunctions.count == 1, let c = conjunctions.first, c > h + 2, c + 1 < comma,
              lexicon.prepositions.contains(tokens[h + 1]) else { return nil }
        func singularWords(_ range: Range<Int>) -> String {
            range.map { i -> String in
                let w = tokens[i].text
                return lexicon.singulars(of: w).first(where: { lexicon.isOrganisationHead($0) }) ?? w
            }.joined(separator: " ")
        }
        let left = singularWords((h + 1)..<c)
        let right: String
        if lexicon.prepositions.contains(tokens[c + 1]) {
            // `… Missions to Serbia and to Montenegro`: the words before the repeated preposition are shared.
            guard let p = ((h + 2)..<c).last(where: { tokens[$0].text == tokens[c + 1].text }) else { return nil }
            right = singularWords((h + 1)..<p) + " " + unit.text(c + 1, comma)
        } else {
            // `… of the OSCE Mission to Serbia and the OSCE Mission to Montenegro`: the preposition is shared.
            right = tokens[h + 1].text + " " + unit.text(c + 1, comma)
        }
        return [singular + " " + left, singular + " " + right]
    }

    /// The start of a lower-case occupation phrase whose noun is token `noun`: the noun itself, or
    /// a national adjective and up to two lower-case modifiers before it (`Azerbaijani rights
    /// activist`, `Ukrainian film director`); a modifier without the adjective is not taken
    /// (`the famous director`).
    func occupationStart(_ unit: TextUnit, noun k: Int) -> Int {
        let tokens = unit.tokens
        // `investigative journalist X`, `Senior legal adviser X` opening a sentence: modifiers of
        // `Lexicon.roleModifiers` (the first capitalised only as a sentence's first word).
        var q = k
        while q > 0, k - q < 3, tokens[q - 1].isWord, lexicon.roleModifiers.contains(tokens[q - 1].text) { q -= 1 }
        if q > 0, k - q < 3, tokens[q - 1].isWord, tokens[q - 1].startsUppercase, q - 1 == 0 || isSentenceEnd(tokens[q - 2]),
           lexicon.roleModifiers.contains(tokens[q - 1].text.lowercased()) {
            q -= 1
        }
        if q < k { return q }
        var m = k - 1
        while m >= 0, k - m <= 2, tokens[m].isLowercaseWord, !isConnector(tokens[m]), !isDeterminer(tokens[m]),
              !lexicon.conjunctions.contains(tokens[m]), !lexicon.speechVerbs.contains(tokens[m]) {
            m -= 1
        }
        guard m >= 0, m < k, isCapWord(tokens[m]), !tokens[m].isPossessive,
              StateIndex.shared.adjectives[StateIndex.key(tokens[m].text)] != nil else { return k }
        return m
    }

    /// The start of a post phrase whose head noun, token `noun`, follows its possessor in the
    /// genitive (`Lexicon.possessorEndings`, head-final languages: Kazakh `Қазақстан Республикасы
    /// Экология және табиғи ресурстар министрлігінің | өкілі`): the run of words before the noun,
    /// back to punctuation, a verb of saying, an honorific or another person (10 words at most);
    /// nil when the word before the noun is no possessor.
    ///
    /// A post noun in its possessed form (`Lexicon.possessedEndings`, Uzbek `koordinatori`,
    /// `dotsenti`) also follows a possessor with no genitive ending (`YXHT loyihalar | koordinatori`,
    /// `nemis media | eksperti`, `Toshkent davlat sharqshunoslik universiteti | dotsenti`): the
    /// possessor is the run of at most three unmarked words before it, and goes on past a word
    /// that is itself possessed or genitive (the chain), back to punctuation, a conjunction, a verb
    /// of saying, an honorific, another person, an adverb of time or a word in another case
    /// (`Lexicon.obliqueEndings`: `Семинарды | ЕҚЫҰ жобалар үйлестірушісі`).
    func possessorStart(_ unit: TextUnit, noun k: Int) -> Int? {
        let tokens = unit.tokens
        guard !lexicon.possessorEndings.isEmpty, k > 0, tokens[k].spaceBefore, tokens[k - 1].isWord else { return nil }
        func ends(_ word: String, in endings: [String]) -> Bool {
            let w = word.lowercased()
            return endings.contains { w.count > $0.count + 2 && w.hasSuffix($0) }
        }
        if !lexicon.possessedEndings.isEmpty, ends(tokens[k].text, in: lexicon.possessedEndings), !ends(tokens[k - 1].text, in: lexicon.possessorEndings) {
            var m = k
            var unmarked = 0
            while m > 0, k - m < 10, tokens[m].spaceBefore, tokens[m - 1].isWord, unit.mention(covering: m - 1) == nil {
                let w = tokens[m - 1].text
                guard lexicon.honorific(w) == nil, !lexicon.speechVerbs.contains(w), !lexicon.conjunctions.contains(w),
                      !lexicon.temporalAdverbs.contains(w.lowercased()), !ends(w, in: lexicon.obliqueEndings) else { break }
                if ends(w, in: lexicon.possessorEndings) || ends(w, in: lexicon.possessedEndings) {
                    unmarked = 0
                } else {
                    unmarked += 1
                    if unmarked > 3 { break }
                }
                m -= 1
            }
            return m < k ? m : nil
        }
        let possessor = tokens[k - 1].text.lowercased()
        guard lexicon.possessorEndings.contains(where: { possessor.count > $0.count + 2 && possessor.hasSuffix($0) }) else { return nil }
        var m = k - 1
        while m > 0, k - m < 10, tokens[m].spaceBefore, tokens[m - 1].isWord, unit.mention(covering: m - 1) == nil,
              lexicon.honorific(tokens[m - 1].text) == nil, !lexicon.speechVerbs.contains(tokens[m - 1]) {
            m -= 1
        }
        return m
    }

    /// The start of an organisation's name written right before the lower-case post noun at token
    /// `noun` (`Prosecutor General’s Office | representative`, `UNHCR | spokesperson`): a run of
    /// at most six capitalised words (connectors inside) ending in an organisation head
    /// (`Lexicon.organisationHeads`) or an acronym; nil when there is none.
    func organisationBefore(_ unit: TextUnit, noun k: Int) -> Int? {
        let tokens = unit.tokens
        guard k > 0, tokens[k].spaceBefore, isCapWord(tokens[k - 1]), unit.mention(covering: k - 1) == nil else { return nil }
        let last = tokens[k - 1]
        guard lexicon.isOrganisationHead(last.stem) || isAcronym(last) else { return nil }
        var m = k - 1
        while m > 0, k - m < 6, tokens[m].spaceBefore, unit.mention(covering: m - 1) == nil, lexicon.honorific(tokens[m - 1].text) == nil,
              (isCapWord(tokens[m - 1]) && !isDeterminer(tokens[m - 1])) || (isConnector(tokens[m - 1]) && !lexicon.articles.contains(tokens[m - 1]) && m >= 2 && isCapWord(tokens[m - 2])) {
            m -= 1
        }
        return m
    }

    /// The start of a qualifier (`former`, `newly appointed`: `Lexicon.roleQualifiers`) that ends
    /// right before token `end`, nil when there is none.
    func qualifierStart(_ unit: TextUnit, before end: Int) -> Int? {
        let tokens = unit.tokens
        for phrase in lexicon.roleQualifiers where phrase.count <= end {
            let s = end - phrase.count
            if phrase.indices.allSatisfy({ tokens[s + $0].isLowercaseWord && tokens[s + $0].text == phrase[$0] }) { return s }
        }
        return nil
    }

    /// The number of tokens of a qualifier (`Lexicon.roleQualifiers`) starting at token `start`, 0 when none.
    func qualifierLength(_ unit: TextUnit, at start: Int) -> Int {
        let tokens = unit.tokens
        for phrase in lexicon.roleQualifiers where start + phrase.count <= tokens.count {
            if phrase.indices.allSatisfy({ tokens[start + $0].isLowercaseWord && tokens[start + $0].text == phrase[$0] }) { return phrase.count }
        }
        return 0
    }

    /// `ROLE, [Honorific] NAME`: the post phrase before a comma before the name, and a second one
    /// before it (`Representative of the Chair of X, Deputy Minister of Y, Mr. Z`: both are Z's).
    ///
    /// In a list that gives each post after its name (`A, Director of X, B, Head of Y`) the post
    /// right after a name is that name's apposition, not a post of the next name: a phrase that
    /// follows `NAME ,` gives nothing when that earlier name has no post before it (the list is
    /// name-first). With `chain` false, only the phrase right before `index` is read; `listDepth`
    /// bounds how many names back a list is followed.
    func preApposition(_ unit: TextUnit, at index: Int, chain: Bool = true, listDepth: Int = 6) -> [String] {
        let tokens = unit.tokens
        var k = index - 1
        guard k >= 1, tokens[k].text == "," else { return [] }
        k -= 1
        var start = k + 1
        var sawCapital = false
        var lowercaseCount = 0
        // Where the phrase started before the walk first crossed a connector inside a lower-case
        // tail: the fallback when the longer phrase is no post (`the assault on | a television
        // reporter, X`).
        var tailStart: Int?
        while k >= 0 {
            let t = tokens[k]
            if isAcronymInParentheses(tokens, closing: k) {
                start = k - 2
                k -= 3
                continue
            }
            if t.text == ",", sawCapital, let h = enumerationHead(unit, comma: k), enumerationEnd(unit, from: h, comma: k) == index - 1 {
                // `Committee on Democracy, Human Rights and Humanitarian Questions, Isabel X`.
                start = h
                k = h - 1
                continue
            }
            guard t.isWord else { break }
            if unit.mention(covering: k) != nil { break }
            if isDeterminer(t) {
                let lower = t.text.lowercased()
                if lexicon.articles.contains(t) || lexicon.prepositions.contains(lower) {
                    // `of the Mission`, and the genitive right after a post word (`Leiterin der Mission`).
                    // (`pour la liberté des médias`: also before a lower-case word of the post's tail.)
                    // (`Koordinatorin für … Aktivitäten der OSZE`: an article that is the genitive's
                    // preposition too, between two capitalised nouns, goes on with the post.)
                    // (`Leiterin der deutschen Delegation`: the genitive article before a lower-case
                    // adjective the walk took into the post goes on with it.)
                    if k > 0, lexicon.prepositions.contains(tokens[k - 1]) || (isCapWord(tokens[k - 1]) && lexicon.isRoleNoun(tokens[k - 1].stem))
                        || (sawCapital && lexicon.prepositions.contains(lower) && isCapWord(tokens[k - 1]) && k + 1 < tokens.count && isCapWord(tokens[k + 1])),
                       k + 1 < tokens.count, isCapWord(tokens[k + 1]) || (lowercaseCount > 0 && !sawCapital) || (sawCapital && start == k + 1) {
                        if !isCapWord(tokens[k + 1]), tailStart == nil { tailStart = start }
                        start = k
                        k -= 1
                        continue
                    }
                } else if t.isLowercaseWord, k > 0, lexicon.prepositions.contains(tokens[k - 1]), k + 1 < tokens.count, isCapWord(tokens[k + 1]) {
                    // `the Head of its Programme Office in Bishkek,`: a possessive after a preposition,
                    // before a capital, is inside the post.
                    start = k
                    k -= 1
                    continue
                }
                break
            }
            if isCapWord(t) || (sawCapital && isElidedCapital(t)) {
                // (`… dell’OSCE e Ministro …`: inside a capitalised phrase, an elided article joined
                // to a capitalised word counts as that word; right before the comma it stays part of
                // a lower-case tail: `Segretario generale dell’OSCE,`.)
                if leadingNoise.contains(t.text.lowercased()) { break }
                sawCapital = true
                start = k
                k -= 1
                continue
            }
            if t.isLowercaseWord, sawCapital, k > 0, isCapWord(tokens[k - 1]), lexicon.nameAdjectives.contains(t.text) {
                // `Ministro degli Affari esteri della Tunisia,`: a lower-case adjective after a
                // capitalised noun inside an organisation's name; the shorter phrase stays the fallback.
                if tailStart == nil { tailStart = start }
                start = k
                k -= 1
                continue
            }
            if t.isLowercaseWord, sawCapital, k > 0, k + 1 < tokens.count, isCapWord(tokens[k + 1]),
               lexicon.prepositions.contains(tokens[k - 1]) || lexicon.articles.contains(tokens[k - 1]),
               lexicon.adjectiveEndings.contains(where: { t.text.count > $0.count + 3 && t.text.hasSuffix($0) }) {
                // `Leiterin der Abteilung für grenzüberschreitende Bedrohungen,`: a lower-case adjective
                // between a preposition (or an article) and the capitalised noun it qualifies.
                start = k
                k -= 1
                continue
            }
            if t.isLowercaseWord, sawCapital, k > 2, k + 1 < tokens.count, isCapWord(tokens[k + 1]), lexicon.conjunctions.contains(tokens[k - 1]),
               tokens[k - 2].isLowercaseWord, lexicon.prepositions.contains(tokens[k - 3]) || lexicon.articles.contains(tokens[k - 3]),
               [t.text, tokens[k - 2].text].allSatisfy({ w in lexicon.adjectiveEndings.contains(where: { w.count > $0.count + 3 && w.hasSuffix($0) }) }) {
                // `für ökonomische und ökologische Aktivitäten`: two such adjectives joined by a conjunction.
                start = k - 2
                k -= 3
                continue
            }
            if t.isLowercaseWord, sawCapital, !isConnector(t), !lexicon.speechVerbs.contains(t), k >= 2 {
                // `Presidente in esercizio dell’OSCE,`: a capitalised post noun, a preposition and one
                // or two lower-case words before the organisation's name are one post.
                var m = k
                if m > 2, tokens[m - 1].isLowercaseWord, !isConnector(tokens[m - 1]) { m -= 1 }
                if m >= 2, tokens[m - 1].isLowercaseWord, lexicon.prepositions.contains(tokens[m - 1]), isCapWord(tokens[m - 2]),
                   lexicon.isRoleNoun(tokens[m - 2].stem), lexicon.honorific(tokens[m - 2].text) == nil {
                    if tailStart == nil { tailStart = start }
                    start = m - 2
                    k = m - 3
                    continue
                }
            }
            if isConnector(t) {
                // `Représentante de l’OSCE pour la liberté des médias,`: connectors inside a
                // lower-case tail too.
                guard sawCapital || lowercaseCount > 0 else { break }
                if !sawCapital, tailStart == nil { tailStart = start }
                start = k
                k -= 1
                continue
            }
            // `a site whose editor-in-chief, X,`: a word that opens a clause opens no post.
            if t.isLowercaseWord, !sawCapital, lexicon.clauseOpeners.contains(t) { break }
            if t.isLowercaseWord && !sawCapital && lowercaseCount < 4 {
                lowercaseCount += 1
                start = k
                k -= 1
                continue
            }
            if t.isLowercaseWord, sawCapital, !lexicon.caseEndings.isEmpty, !isConnector(t), k > 0, isCapWord(tokens[k - 1]),
               lexicon.isOrganisationHead(t.text), lexicon.baseWord(t.text) != t.text {
                // `Predsednica Prekršajnog suda u Nišu,`: a lower-case organisation noun in an
                // oblique case, after the capitalised adjective of its name, is inside the post.
                start = k
                k -= 1
                continue
            }
            if t.isLowercaseWord && sawCapital {
                // `the current High Commissioner,` stops before `current`; `correspondent of the X Agency,`
                // starts at the lower-case post word.
                // `Zastępca dyrektora ODIHR,`, `заместитель директора БДИПЧ,`: in a language with case
                // endings a post word in an oblique case (`dyrektora`, not `dyrektor`) governs the
                // organisation after it as a genitive, with no preposition between.
                // (`šefica Misije OESS-a`, `глава Миссии`: a post word before a capitalised word in an
                // oblique case, the organisation's name in the genitive.)
                let nextOblique = k + 1 < tokens.count && isCapWord(tokens[k + 1]) && lexicon.baseWord(tokens[k + 1].text) != tokens[k + 1].text
                let genitive = !lexicon.caseEndings.isEmpty
                    && ((!lexicon.roleNouns.contains(t) && lexicon.baseWord(t.text) != t.text) || nextOblique)
                if lexicon.isRoleNoun(t.text), k + 1 < tokens.count, lexicon.prepositions.contains(tokens[k + 1]) || genitive {
                    start = k
                    // `cheffe adjointe de la Mission`: a post noun the post word follows opens the post
                    // (`Zastępca dyrektora`: a capitalised one too).
                    while start > 0, !isConnector(tokens[start - 1]), lexicon.honorific(tokens[start - 1].text) == nil,
                          (tokens[start - 1].isLowercaseWord && lexicon.isRoleNoun(tokens[start - 1].text))
                            || (genitive && isCapWord(tokens[start - 1]) && lexicon.isRoleNoun(tokens[start - 1].stem)) {
                        start -= 1
                    }
                }
                break
            }
            return []
        }
        guard start <= index - 2 else { return [] }
        var first = start
        // (`accompanied by his Personal Representative on …,`: a determiner opens no post.)
        while first < index - 1, isConnector(tokens[first]) || (tokens[first].isLowercaseWord && isDeterminer(tokens[first])) { first += 1 }
        guard first < index - 1 else { return [] }
        var roles = splitAndValidate(unit, first, index - 1)
        if roles.isEmpty, let tail = tailStart, tail <= index - 2 {
            start = tail
            first = tail
            roles = splitAndValidate(unit, first, index - 1)
        }
        if roles.isEmpty {
            // `Interview with the Head of the OSCE Mission to Moldova, Ambassador X`: a run that
            // opens with no post word may hold the post after a preposition (and an article).
            for f in (first + 1)..<max(first + 1, index - 1) where isCapWord(tokens[f]) && lexicon.isRoleNoun(tokens[f].stem) {
                var p = f - 1
                if p > first, lexicon.articles.contains(tokens[p]) { p -= 1 }
                guard tokens[p].isLowercaseWord, lexicon.prepositions.contains(tokens[p]) else { continue }
                let found = splitAndValidate(unit, f, index - 1)
                if !found.isEmpty {
                    roles = found
                    start = f
                    first = f
                    break
                }
            }
        }
        if roles.isEmpty, let p = referencePostStart(unit, endingAt: index - 1) {
            // `his Personal Representative on the Conflict Dealt with by the OSCE Minsk Conference,
            // Ambassador X`: a standing post of the reference data, whatever words it holds.
            roles = [unit.text(p, index - 1)]
            start = p
            first = p
        }
        if listDepth > 0, followsNameInNameFirstList(unit, start, listDepth: listDepth - 1) { return [] }
        if chain, !roles.isEmpty, start >= 2, tokens[start - 1].text == "," {
            // `a Representative of the Chair of X, Deputy Minister of Y, Mr. Z`: a second post in
            // apposition before the first (one step only).
            let outer = preApposition(unit, at: start, chain: false, listDepth: 0)
            if !outer.isEmpty, !followsNameInNameFirstList(unit, outerStart(unit, before: start), listDepth: listDepth) { roles = outer + roles }
        }
        if let role = roles.first, let q = qualifierStart(unit, before: first), role.hasPrefix(tokens[first].text) {
            // `the newly appointed High Commissioner …, Ambassador X`.
            roles[0] = unit.text(q, first) + " " + role
        }
        if roles.isEmpty, first >= 2, tokens[first - 1].text == ",", index - 1 - first <= 3,
           tokens[first..<(index - 1)].allSatisfy({ isCapWord($0) }) {
            // `correspondent of the News Agency, Ukrinform, Roman X`: a name between the post and the person.
            let outer = preApposition(unit, at: first, chain: false, listDepth: 0)
            if outer.count == 1 { return [outer[0] + ", " + unit.text(first, index - 1)] }
        }
        return roles
    }

    /// The start of the longest standing post of the reference data (`OSCEReference.post(named:)`)
    /// written as the words (no punctuation, no person) right before token `end`, opening with a
    /// capitalised word, at most 20 words; nil when there is none.
    func referencePostStart(_ unit: TextUnit, endingAt end: Int) -> Int? {
        let tokens = unit.tokens
        var k = end - 1
        var found: Int?
        while k >= 0, end - k <= 20, tokens[k].isWord, unit.mention(covering: k) == nil {
            if end - k >= 3, isCapWord(tokens[k]), OSCEReference.post(named: unit.text(k, end)) != nil { found = k }
            k -= 1
        }
        return found
    }

    /// A word made of an elided article and a capitalised word (`dell’OSCE`, `l’Ukraine`).
    func isElidedCapital(_ t: Token) -> Bool {
        guard t.isWord, !t.startsUppercase, t.utf8.contains(0x27) || t.utf8.contains(0xE2) else { return false }
        let rest = lexicon.withoutElision(t.text)
        return rest.count < t.text.count && rest.first?.isUppercase == true
    }

    /// The first token of the run of words (and connectors) that ends before the comma at
    /// `comma - 1`: where a post in apposition before that comma would start.
    private func outerStart(_ unit: TextUnit, before comma: Int) -> Int {
        let tokens = unit.tokens
        var k = comma - 2
        while k >= 0, tokens[k].isWord, unit.mention(covering: k) == nil { k -= 1 }
        return k + 1
    }

    /// True when the tokens before `start` are `NAME ,` (or `NAME (…) ,`) and that name has no
    /// post before it: a name-first list (`A, Director of X, B, …`), where the phrase at `start`
    /// is A's post in apposition.
    func followsNameInNameFirstList(_ unit: TextUnit, _ start: Int, listDepth: Int) -> Bool {
        let tokens = unit.tokens
        guard start >= 2, tokens[start - 1].text == "," else { return false }
        var end = start - 1
        if tokens[end - 1].text == ")", let open = tokens[..<(end - 1)].lastIndex(where: { $0.text == "(" }), end - open <= 10 {
            end = open   // `A (MP, Norway), Head of …`
        }
        guard let previous = unit.mentions.first(where: { $0.end == end }) else { return false }
        var before = previous.start
        if before > 0, lexicon.honorifics.contains(tokens[before - 1]) { before -= 1 }
        if !roleBefore(unit, at: before).roles.isEmpty { return false }
        return preApposition(unit, at: before, chain: false, listDepth: listDepth).isEmpty
    }

    /// True when tokens `closing-2...closing` are `( ACRONYM )`.
    func isAcronymInParentheses(_ tokens: TokenList, closing k: Int) -> Bool {
        k >= 2 && k < tokens.count && tokens[k].text == ")" && tokens[k - 2].text == "(" && isAcronym(tokens[k - 1])
    }

    /// An acronym: a word starting with a capital, with two capitals or more (`OSCE`, `RFoM`, `HCNM`).
    func isAcronym(_ t: Token) -> Bool {
        t.isWord && t.startsUppercase && t.text.filter(\.isUppercase).count >= 2 && t.text.count <= 10
    }

    /// The marks that end a post in apposition (`postApposition`).
    private static let appositionEnds = [",", ".", ";", ":", "(", ")", "!", "?", "–", "—"]

    /// The marks that end a clause after a post in apposition (`postApposition`).
    private static let clauseEnds = [".", ";", ":", "!", "?"]

    /// `, ROLE,` after a name (or `, ROLE.`); a second post in a chain is taken too.
    func postApposition(_ unit: TextUnit, after index: Int) -> [String] {
        postAppositionSpan(unit, after: index).roles
    }

    /// `postApposition`'s posts and the token where they end (the comma, conjunction or other
    /// token after the last post read; `index` when there is none). A post that a word of
    /// `Lexicon.sharedPostWords` opens (`X and Y, both members of Z,`) is given in the singular
    /// (`member of Z`).
    func postAppositionSpan(_ unit: TextUnit, after index: Int) -> (roles: [String], end: Int) {
        let tokens = unit.tokens
        var roles: [String] = []
        var k = index
        var end = index
        while roles.count < 2, k < tokens.count, tokens[k].spells(",") {
            var e = k + 1
            while e < tokens.count {
                let t = tokens[e]
                // `професорка на Универзитетот „Св. Климент Охридски“ во Битола`: a quoted name
                // after a word of the post is part of it.
                if t.kind == .quoteOpen, e > k + 1, tokens[e - 1].isWord, let close = quotedNameClose(unit, open: e) {
                    e = close + 1
                    continue
                }
                if t.kind == .quoteOpen || t.kind == .quoteClose { break }
                // `X, a youth worker from Kumanovo who will mentor …, said`: a relative clause ends
                // the post (a relative pronoun that is no article: German `der` goes on).
                if e > k + 2, t.isLowercaseWord, lexicon.relativePronouns.contains(t), !isConnector(t), !isDeterminer(t) { break }
                if t.spells(","), let end = enumerationEnd(unit, from: k + 1, comma: e) {
                    // `Committee on Economic Affairs, Science, Technology and Environment`.
                    e = end
                    continue
                }
                if t.kind == .punct, Self.appositionEnds.contains(t.text) { break }
                e += 1
            }
            var s = k + 1
            // `X and Y, both members of Z,`: the post is each one's, in the singular.
            let shared = s < e && tokens[s].isLowercaseWord && lexicon.sharedPostWords.contains(tokens[s])
            if shared { s += 1 }
            // `X, now Director of Y`, `X, currently the Head of Z`: the adverb of time is not part of the post.
            while s < e, isDeterminer(tokens[s]) || (tokens[s].isLowercaseWord && lexicon.temporalAdverbs.contains(tokens[s])) { s += 1 }
            guard s < e, e - s <= 18 else { break }
            let firstWord = tokens[s].text.lowercased()
            if lexicon.clauseOpeners.contains(firstWord) || lexicon.speechVerbs.contains(firstWord) { break }
            // `X, had criticised the mayor`: an auxiliary before a verb opens a predicate, not a post.
            if tokens[s].isLowercaseWord, lexicon.auxiliaries.contains(firstWord), s + 1 < e, tokens[s + 1].isLowercaseWord { break }
            // `X, met the Envoy …`, `X, represented last year's …`: a verb phrase, not a post.
            // (After an article a participle is an adjective of the post: `X, a certified mediator`.)
            if tokens[s].isLowercaseWord, !lexicon.isRoleNoun(tokens[s].text), s + 1 < e,
               lexicon.articles.contains(tokens[s + 1]) || lexicon.determiners.contains(tokens[s + 1])
                || (s == k + 1 && tokens[s].text.hasSuffix("ed") && tokens[s + 1].isLowercaseWord) {
                break
            }
            // `X, today received Moldova's Foreign Minister, Y`: a lower-case word that is neither a
            // post word nor a qualifier (`former`, `acting`) right before a capitalised word opens
            // a verb phrase, not a post (a post's lower-case modifiers stand before a lower-case noun).
            if tokens[s].isLowercaseWord, !lexicon.isRoleNoun(tokens[s].text), qualifierLength(unit, at: s) == 0,
               s + 1 < e, isCapWord(tokens[s + 1]), !isConnector(tokens[s]) {
                break
            }
            // `X, the President of Y, Milan Z, …`: a post followed by another name is that name's.
            var c = e
            while c < tokens.count, c - e < 10, !tokens[c].spells(","), !(tokens[c].kind == .punct && Self.clauseEnds.contains(tokens[c].text)) { c += 1 }
            // (Only after an article: in a list `A, Head of Y, B, Director of Z` each post follows its name.)
            if lexicon.articles.contains(tokens[k + 1]),
               c + 2 < tokens.count, tokens[c].text == ",", isNameToken(tokens[c + 1]), isNameToken(tokens[c + 2]),
               !lexicon.isRoleNoun(tokens[c + 1].stem) {
                break
            }
            if tokens[s..<e].contains(where: { lexicon.speechVerbs.contains($0) && $0.isLowercaseWord && $0.text != "so" }) { break }
            // `X, Minister of Foreign Affairs Tamar Y, …`: a post followed by the next person's name
            // belongs to that person.
            // `X, Judge Peter Y and …`: a title before two name words is another person.
            // (`X, editor of the daily N and Ms. Y,`: after a conjunction, the post ends before it, below.)
            if e - s >= 3, ((s + 1)..<(e - 1)).contains(where: { m -> Bool in
                guard isNameToken(tokens[m]), isNameToken(tokens[m + 1]), !lexicon.isRoleNoun(tokens[m].stem) else { return false }
                let titled = lexicon.honorifics.contains(tokens[m - 1]) || (isCapWord(tokens[m - 1]) && lexicon.isRoleNoun(tokens[m - 1].stem))
                let afterConjunction = m >= 2 && lexicon.honorific(tokens[m - 1].text) != nil && lexicon.conjunctions.contains(tokens[m - 2])
                return titled && !afterConjunction
            }) { break }
            // `X, a journalist from Novi Sad, said`: two name words after a preposition of place end
            // the apposition as a place, not the next person; an occupation (lower case) is the words
            // before the preposition, a post (`Head of the Field Office in Banja Luka`) keeps the place.
            if e - s >= 3, isNameToken(tokens[e - 1]), isNameToken(tokens[e - 2]), let p = placeTail(unit, from: s, to: e) {
                let parts = splitAndValidate(unit, s, isCapWord(tokens[p - 1]) ? e : p)
                guard !parts.isEmpty else { break }
                roles.append(contentsOf: parts)
                k = e
                continue
            }
            if e - s >= 3, isNameToken(tokens[e - 1]), isNameToken(tokens[e - 2]), !lexicon.isRoleNoun(tokens[e - 2].stem),
               !namedByOrganisationNoun(unit, from: s, to: e) {
                // `X, Head of the Mission and Maja Y, …`: the post ends at the conjunction before the name.
                // (`… of the Institute of Irrigation and Agricultural Mechanization Engineers`: words
                // that end in a plural common noun are no person's name but the rest of an
                // organisation's, and the whole phrase is the post.)
                // (`X, editor-in-chief of the daily Y and Ms. Z, …`: an honorific may open the name.)
                if let c = (s..<(e - 2)).last(where: { lexicon.conjunctions.contains(tokens[$0]) }),
                   tokens[(c + 1 + (lexicon.honorificEnd(from: c + 1, in: tokens).map { $0 - c - 1 } ?? 0))..<e].allSatisfy({ isNameToken($0) || isParticle($0) }) {
                    if !endsInPluralNoun(tokens[e - 1]) {
                        let parts = splitAndValidate(unit, s, c)
                        roles.append(contentsOf: parts)
                        if !parts.isEmpty { end = c }
                        break
                    }
                } else {
                    break
                }
            }
            // A sentence-level adverbial clause is not a post.
            var parts = splitAndValidate(unit, s, e, plural: shared)
            if shared, parts.count == 1 {
                // (`members of Z` → `member of Z`: the plural post noun in the singular.)
                guard let singular = lexicon.singulars(of: tokens[s].text).first(where: { lexicon.isRoleNoun($0) }),
                      parts[0].hasPrefix(tokens[s].text) else { break }
                parts[0] = singular + parts[0].dropFirst(tokens[s].text.count)
            }
            guard !parts.isEmpty else { break }
            roles.append(contentsOf: parts)
            k = e
            end = e
            // Only continue the chain when this apposition is closed by a comma.
        }
        return (roles, end)
    }

    /// True when `t` is the plural of a post noun or an organisation head (`Engineers`,
    /// `Prosecutors`, `Committees`: `Lexicon.singulars(of:)`) and no such noun in the singular:
    /// a word that ends no person's name.
    func endsInPluralNoun(_ t: Token) -> Bool {
        let word = t.stem
        guard t.isWord, !lexicon.isRoleNoun(word), !lexicon.isOrganisationHead(word) else { return false }
        return lexicon.singulars(of: word).contains { lexicon.isRoleNoun($0) || lexicon.isOrganisationHead($0) }
    }

    /// True when the capitalised words that end `start..<end` follow a lower-case organisation
    /// noun (`Lexicon.organisationHeads`: `a reporter with the newspaper Dala Times`, `the NGO
    /// …`), or a capitalised one and a preposition (`Centre for Independent Journalism`): they
    /// name that organisation, not the next person.
    func namedByOrganisationNoun(_ unit: TextUnit, from start: Int, to end: Int) -> Bool {
        let tokens = unit.tokens
        var r = end
        while r > start, isNameToken(tokens[r - 1]) { r -= 1 }
        guard r < end, r - 1 > start, tokens[r - 1].isLowercaseWord else { return false }
        // `directoarea Centrului pentru Jurnalism Independent`, `Director of the Centre for Justice
        // Studies`: a capitalised organisation head and a preposition before them.
        if lexicon.prepositions.contains(tokens[r - 1]), r - 2 > start, isCapWord(tokens[r - 2]),
           lexicon.isOrganisationHead(tokens[r - 2].stem) {
            return true
        }
        return lexicon.isOrganisationHead(tokens[r - 1].text)
    }

    /// The index of a preposition of place (`Lexicon.locativePrepositions`) inside `start..<end`
    /// that is followed by capitalised name words up to `end` (`journalist from Novi Sad`), with
    /// at least one word before it; nil otherwise.
    func placeTail(_ unit: TextUnit, from start: Int, to end: Int) -> Int? {
        let tokens = unit.tokens
        var r = end
        while r > start, isNameToken(tokens[r - 1]) || isCapWord(tokens[r - 1]) { r -= 1 }
        guard r < end, r - 1 > start, tokens[r - 1].isLowercaseWord,
              lexicon.locativePrepositions.contains(tokens[r - 1]) else { return nil }
        return r - 1
    }

    /// `X (ODIHR Election Adviser)`: a post (`isPost`: its head ends in a post word) alone in
    /// parentheses right after the name ending at `index`, and the index after the closing
    /// parenthesis; nil otherwise (`(MP, Norway)` is `mpSuffix`'s, `(Albania)` names a State).
    func parentheticalPost(_ unit: TextUnit, after index: Int) -> (role: String, end: Int)? {
        let tokens = unit.tokens
        guard index + 2 < tokens.count, tokens[index].text == "(", tokens[index + 1].isWord else { return nil }
        var c = index + 1
        while c < tokens.count, c - index <= 10, tokens[c].isWord { c += 1 }
        guard c < tokens.count, tokens[c].text == ")", c > index + 1, isPost(unit, index + 1, c) else { return nil }
        return (unit.text(index + 1, c), c + 1)
    }

    /// `(MP, Norway)` after a name.
    func mpSuffix(_ unit: TextUnit, after index: Int) -> (role: String, end: Int)? {
        let tokens = unit.tokens
        guard index + 2 < tokens.count, tokens[index].text == "(" else { return nil }
        guard lexicon.parliamentTitles.contains(tokens[index + 1].text) else { return nil }
        var e = index + 1
        while e < tokens.count, tokens[e].text != ")" { e += 1 }
        guard e < tokens.count, e - index <= 10 else { return nil }
        return (unit.text(index + 1, e), e + 1)
    }

    /// `X of the University of Tirana said`, `X of Asia-Plus, a reporter, said`: the end (exclusive)
    /// of an affiliation written right after a name whose end is `index`: a lower-case preposition
    /// (`Lexicon.prepositions`), an optional article, then capitalised words with connectors between
    /// (at most ten tokens, no other person), ending in a capitalised word. Nil when there is none.
    func affiliationEnd(_ unit: TextUnit, from index: Int) -> Int? {
        let tokens = unit.tokens
        guard index + 1 < tokens.count, tokens[index].isLowercaseWord, lexicon.prepositions.contains(tokens[index]) else { return nil }
        var k = index + 1
        if lexicon.articles.contains(tokens[k]) { k += 1 }
        var end: Int?
        while k < tokens.count, k - index <= 10, tokens[k].isWord, unit.mention(covering: k) == nil {
            if isCapWord(tokens[k]) {
                end = k + 1
            } else if !(isConnector(tokens[k]) && end != nil) {
                break
            }
            k += 1
        }
        return end
    }

    /// `X, who chairs the Council of Elders, said`, `X, one of the mediators, said`: a verb of
    /// saying after a clause that is no post (the caller asks only then), set off by commas right after the name, the clause opening with a
    /// lower-case word (a relative pronoun, a determiner, a number word) and holding no sentence
    /// punctuation, quotation mark or other person, 16 tokens at most.
    func speechVerbAfterClause(_ unit: TextUnit, after end: Int) -> Bool {
        let tokens = unit.tokens
        guard end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].isLowercaseWord else { return false }
        var c = end + 1
        while c < tokens.count, c - end <= 16 {
            let t = tokens[c]
            if t.text == "," { return c > end + 1 && speechVerb(unit, at: c + 1) }
            if t.kind == .quoteOpen || t.kind == .quoteClose || unit.mention(covering: c) != nil { return false }
            if t.kind == .punct, [".", ";", ":", "!", "?", "(", ")", "–", "—"].contains(t.text) { return false }
            c += 1
        }
        return false
    }

    func speechVerb(_ unit: TextUnit, at index: Int) -> Bool {
        guard index < unit.tokens.count else { return false }
        let t = unit.tokens[index]
        return t.isLowercaseWord && lexicon.speechVerbs.contains(t) && t.text != "so"
    }

    /// Splits a post phrase at `and` between two complete posts and keeps the parts that are posts.
    func splitAndValidate(_ unit: TextUnit, _ start: Int, _ end: Int, plural: Bool = false) -> [String] {
        let tokens = unit.tokens
        guard start < end else { return [] }
        // A post of the reference data is one post, whatever `and` it holds.
        if tokens[start..<end].contains(where: { lexicon.conjunctions.contains($0) }),
           OSCEReference.post(named: unit.text(start, end)) != nil {
            return [unit.text(start, end)]
        }
        var parts: [(Int, Int)] = []
        var s = start
        var k = start
        // `Minister for Foreign and European Affairs and OSCE Chairperson-in-Office`: when a later
        // conjunction opens a new post (`opensPost`), one that does not is inside the first post's
        // name and no split.
        let opening = (start..<end).filter { lexicon.conjunctions.contains(tokens[$0]) && opensPost(unit, $0 + 1, end) }
        while k < end {
            let t = tokens[k]
            if lexicon.conjunctions.contains(t), k > s, k + 1 < end,
               opensPost(unit, k + 1, end) || !opening.contains(where: { $0 > k }),
               isPost(unit, s, k), isPost(unit, k + 1, end),
               !lexicon.isRoleNoun(tokens[k + 1].stem) || namesItsOrganisation(tokens[s..<k]) || tokens[k + 1].isLowercaseWord {
                // (`film director and writer`, `Special Co-ordinator and leader of the short-term
                // observers`: a post noun in lower case after the conjunction is no word of a title
                // that goes on, it opens a post of its own.)
                // `OSCE Chairperson-in-Office and Minister for …`, `the Assembly’s Secretary General
                // and Head of …` are two posts (the first names its organisation);
                // `Special Representative and Co-ordinator for …` is one.
                parts.append((s, k))
                s = k + 1
            }
            k += 1
        }
        parts.append((s, end))
        // `OSCE CiO Karlsson and OSCE Secretary General Y`: a part that is a post word followed by
        // a name (a capitalised word that is no post word) is another person, not a post: the
        // post starts after the conjunction that follows it.
        if parts.count == 1, let c = (start..<end).last(where: { lexicon.conjunctions.contains(tokens[$0]) }),
           c > start, c + 1 < end, isPost(unit, c + 1, end), !isPost(unit, start, c), endsInNameAfterPostWord(unit, start, c) {
            parts = [(c + 1, end)]
        }
        var roles: [String] = []
        for (a, b) in parts where isPost(unit, a, b, plural: plural) {
            // `a former journalist and now Head of …`: an adverb of time opening a part is no post word.
            var a = a
            while a + 1 < b, a > start, tokens[a].isLowercaseWord, lexicon.temporalAdverbs.contains(tokens[a]) { a += 1 }
            // `L’ambassadeur de Suisse auprès de …`: the article elided into the post noun is dropped,
            // like a leading article written apart (`Le Secrétaire général`).
            let first = tokens[a].text
            let bare = lexicon.withoutElision(first)
            let text = unit.text(a, b)
            roles.append(bare != first && lexicon.isRoleNoun(bare) ? String(text.dropFirst(first.count - bare.count)) : text)
        }
        return roles
    }

    /// True when the words from token `start` (before `end`) open a post of their own: a post word
    /// (`Deputy Prime Minister`), an acronym (`OSCE Chairperson-in-Office`), a possessive (`the
    /// Assembly’s Secretary General`) or a capitalised national adjective before a post word
    /// (`Slovak Minister`), after an optional article. `European Affairs` opens none.
    func opensPost(_ unit: TextUnit, _ start: Int, _ end: Int) -> Bool {
        let tokens = unit.tokens
        var k = start
        if k < end, isDeterminer(tokens[k]) { k += 1 }
        guard k < end, tokens[k].isWord else { return false }
        let t = tokens[k]
        if lexicon.isRoleNoun(t.stem) || isAcronym(t) || t.isPossessive { return true }
        return k + 1 < end && isCapWord(t) && StateIndex.shared.adjectives[StateIndex.key(t.text)] != nil
            && tokens[k + 1].isWord && lexicon.isRoleNoun(tokens[k + 1].stem)
    }

    /// True when a post phrase names its organisation itself: an acronym (`OSCE`), a parenthesised
    /// acronym, a possessive (`the Assembly’s`) or a preposition (`Head of the Centre`).
    func namesItsOrganisation(_ phrase: Slice<TokenList>) -> Bool {
        phrase.contains { t in
            t.isAllCaps || t.text == "(" || (t.isWord && t.isPossessive)
                || (t.isLowercaseWord && lexicon.prepositions.contains(t))
        }
    }

    /// True when tokens `start..<end` end in capitalised words that are no post words (a name)
    /// right after a post word: `OSCE CiO Karlsson`, `Minister Smith`.
    func endsInNameAfterPostWord(_ unit: TextUnit, _ start: Int, _ end: Int) -> Bool {
        let tokens = unit.tokens
        var k = end - 1
        var nameWords = 0
        while k >= start, isCapWord(tokens[k]), !tokens[k].isAllCaps, !lexicon.isRoleNoun(tokens[k].stem),
              !lexicon.nonNameWords.contains(tokens[k]) {
            nameWords += 1
            k -= 1
        }
        guard nameWords >= 1, nameWords <= 3, k >= start else { return false }
        return tokens[k].isWord && lexicon.isRoleNoun(tokens[k].stem)
    }

    /// True when tokens `start..<end` name a post: the head (words before the first preposition)
    /// ends in a post word, and the phrase is not only acronyms.
    /// With `plural`, a plural post word counts (`footballers` right before a name).
    func isPost(_ unit: TextUnit, _ start: Int, _ end: Int, plural: Bool = false) -> Bool {
        let tokens = unit.tokens
        guard start < end else { return false }
        // `Генеральный секретарь …`, `Первый заместитель …`: an adjective of the post before its noun.
        if end - start >= 2, tokens[start].isWord, tokens[start + 1].isWord, lexicon.isRoleAdjective(tokens[start].text),
           lexicon.isRoleNoun(tokens[start + 1].stem) {
            return isPost(unit, start + 1, end, plural: plural)
        }
        var headEnd = end
        for k in start..<end where tokens[k].isLowercaseWord && lexicon.prepositions.contains(tokens[k]) && k > start {
            headEnd = k
            break
        }
        guard headEnd > start else { return false }
        // `the keynote speaker`, `moderator of the panel`: a function at an event is no post.
        if tokens[headEnd - 1].isLowercaseWord, endsInEventFunction(unit, start, headEnd) { return false }
        // The marks of a quoted name inside the post count as its words.
        let quoted = tokens[start..<end].contains { $0.kind == .quoteOpen } ? quotedNameTokens(unit, start, end) : []
        if tokens[start].isWord, lexicon.isRoleNoun(tokens[start].stem, plural: plural && tokens[start].isLowercaseWord), !tokens[start].isPossessive,
           tokens[start..<end].indices.allSatisfy({ tokens[$0].isWord || quoted.contains($0) }),
           end - start == 1 || !lexicon.caseEndings.isEmpty || lexicon.connectors.contains(tokens[start + 1])
            || lexicon.isRoleNoun(tokens[start + 1].stem) || isNationalAdjective(unit, start + 1)
            || lexicon.withoutElision(tokens[start + 1].text) != tokens[start + 1].text {
            // `Head of …`, `глава Миссии ОБСЕ …`, `ministre serbe de la Justice`, `viceministro
            // dell’Interno`: the post word comes first.
            return true
        }
        // `OSCE Chairperson-in-Office (CiO)`: the head is the word before a parenthesised acronym.
        var head = headEnd >= start + 4 && isAcronymInParentheses(tokens, closing: headEnd - 1) ? tokens[headEnd - 4] : tokens[headEnd - 1]
        // `Ständige Vertreterin Österreichs bei der OSZE`: a State's name in the genitive after the
        // post noun, before the preposition.
        if headEnd - 2 >= start, !lexicon.isRoleNoun(head.stem), isStateNameForm(unit, headEnd - 1) { head = tokens[headEnd - 2] }
        guard head.isWord, lexicon.isRoleNoun(head.stem, plural: plural && head.isLowercaseWord) else { return false }
        if head.isPossessive && headEnd == end { return false }
        // The commas of an enumeration inside an organisation's name (`Committee on A, B and C`).
        var enumerated = Set<Int>()
        for k in start..<end where tokens[k].text == "," && !enumerated.contains(k) {
            if let e = enumerationEnd(unit, from: start, comma: k), e <= end {
                for c in k..<e where tokens[c].text == "," { enumerated.insert(c) }
                continue
            }
            // (`… on Democracy, Human Rights and …` before a name: a reference name's commas.)
            for p in stride(from: k - 1, through: max(start, k - 12), by: -1) {
                guard let e = referenceOrganisationEnd(tokens, from: p, limit: end), e > k else { continue }
                for c in k..<e where tokens[c].text == "," { enumerated.insert(c) }
                break
            }
        }
        return tokens[start..<end].indices.allSatisfy { k in
            let t = tokens[k]
            return t.isWord || t.text == "’" || t.text == "'" || t.text == "/" || quoted.contains(k)
                || (t.text == "(" && isAcronymInParentheses(tokens, closing: k + 2)) || (t.text == ")" && isAcronymInParentheses(tokens, closing: k))
                || enumerated.contains(k)
        }
    }

    /// True when tokens `start..<end` end in a function at an event (`Lexicon.eventFunctions`:
    /// `keynote speaker`, `moderator`), compared in lower case.
    func endsInEventFunction(_ unit: TextUnit, _ start: Int, _ end: Int) -> Bool {
        let tokens = unit.tokens
        let last = tokens[end - 1].text.lowercased()
        return lexicon.eventFunctions.contains { phrase in
            phrase.last == last && phrase.count <= end - start && phrase.indices.allSatisfy { n in
                let t = tokens[end - phrase.count + n]
                return t.isWord && t.text.lowercased() == phrase[n]
            }
        }
    }

    /// True when, in a language with case endings, token `i` is a State's name in an oblique case
    /// (`Казахстана`, `Германии`: a form the gazetteer gives, or a Cyrillic name's stem with a case
    /// ending) and no given name the lexicon lists: a post's genitive, never part of a person's name.
    func isObliqueStateName(_ unit: TextUnit, _ i: Int) -> Bool {
        let stem = unit.tokens[i].stem
        guard !lexicon.caseEndings.isEmpty, unit.tokens[i].isCapitalized, lexicon.givenNames[stem] == nil else { return false }
        return isStateNameForm(unit, i) || (lexicon.baseWord(stem) != stem && StateIndex.shared.cyrillicMatch(stem) != nil)
    }

    /// True when token `i` is a State's name of one word in a form the gazetteer gives for one of
    /// the lexicon's languages (`StateGazetteer`: the German genitive `Österreichs`, `Ungarns`).
    func isStateNameForm(_ unit: TextUnit, _ i: Int) -> Bool {
        guard unit.tokens[i].isCapitalized else { return false }
        return lexicon.languages.contains { l in
            guard let m = StateGazetteer.shared.match(unit.tokens, at: i, language: l) else { return false }
            return m.state != nil && m.length == 1 && !m.isAdjective
        }
    }

    // MARK: Enumerations inside organisation names

    /// The index of the organisation noun heading an enumeration whose first comma is token
    /// `comma` (`Committee` in `Committee on Democracy, Human Rights and …`): the nearest
    /// organisation head (`Lexicon.organisationHeads`) before the comma followed by a preposition,
    /// with only capitalised words and connectors between; nil when there is none within 12 tokens.
    func enumerationHead(_ unit: TextUnit, comma: Int) -> Int? {
        let tokens = unit.tokens
        var h = comma - 1
        while h >= 0, comma - h <= 12 {
            let t = tokens[h]
            if isCapWord(t), lexicon.organisationHeads.contains(t.stem), h + 2 < comma,
               tokens[h + 1].isLowercaseWord, lexicon.prepositions.contains(tokens[h + 1]) {
                return h
            }
            guard isCapWord(t) || isConnector(t) else { return nil }
            h -= 1
        }
        return nil
    }

    /// The end (exclusive) of an enumeration of capitalised terms inside an organisation's name
    /// that continues at token `comma`: `Institute of Management, Economics and Strategic Research
    /// (KIMEP)`, `Committee on Democracy, Human Rights and Humanitarian Questions`. The tokens
    /// `start..<comma` must hold an organisation head followed by a preposition and capitalised
    /// words (see `enumerationHead`); after the comma come terms of one to three capitalised words
    /// separated by commas, the last joined by a conjunction, then optionally `(ACRONYM)`. The
    /// enumeration must end the phrase (punctuation or the end follows: `…, A and B met` is a list
    /// of people, not of terms) and no term may be a person already found or hold an honorific.
    /// Nil when the tokens are no such enumeration.
    func enumerationEnd(_ unit: TextUnit, from start: Int, comma: Int) -> Int? {
        let tokens = unit.tokens
        guard comma < tokens.count, tokens[comma].text == ",", let h = enumerationHead(unit, comma: comma), h >= start else { return nil }
        // `Mission to Bosnia and Herzegovina, and B, …`: a conjunction before the comma, or right
        // after it, ends the name instead.
        if (h..<comma).contains(where: { lexicon.conjunctions.contains(tokens[$0]) }) { return nil }
        if comma + 1 < tokens.count, lexicon.conjunctions.contains(tokens[comma + 1]) { return nil }
        var k = comma
        var joined = false
        while !joined {
            // `,` or a conjunction, then a term.
            if tokens[k].text == "," {
                k += 1
            } else if tokens[k].isLowercaseWord, lexicon.conjunctions.contains(tokens[k]) {
                joined = true
                k += 1
            } else {
                return nil
            }
            if k < tokens.count, tokens[k].isLowercaseWord, lexicon.conjunctions.contains(tokens[k]) {
                // The serial comma: `A, B, and C`.
                joined = true
                k += 1
            }
            let termStart = k
            while k < tokens.count, k - termStart < 3, isCapWord(tokens[k]), tokens[k].quote == tokens[comma].quote,
                  unit.mention(covering: k) == nil, !lexicon.honorifics.contains(tokens[k]) {
                k += 1
            }
            guard k > termStart, k < tokens.count || joined else { return nil }
            if k < tokens.count, isCapWord(tokens[k]) { return nil }
        }
        if k + 2 < tokens.count, isAcronymInParentheses(tokens, closing: k + 2) { k += 3 }
        if k < tokens.count {
            let next = tokens[k]
            guard next.kind == .punct, next.text != "-" else { return nil }
        }
        return k
    }
}
