import Foundation
import OSCE

/// Finds passages of direct speech and attributes each to its speaker.
///
/// Attribution gathers, for each passage, the candidate speakers the sentence's structure
/// offers (`SpeakerCandidate`, one per cue, `AttributionCue`) and lets `SpeakerResolver` choose
/// the best by score (`AttributionWeights`, the one table of weights):
/// - after the closing mark, in the same sentence: `…,” said [Ambassador] X`, `…,” X said`,
///   `…,” she added`, `…,” concluded the Chairman-in-Office`, `…“, sagte X`, `…», a déclaré X`,
///   `…,” said the Head of Mission, Ambassador X`, `…,” according to X`; `…,” one participant
///   said` names nobody (`.unnamed`);
/// - before the opening mark, from the clause of the last verb of saying: `X, who added: “…`
///   (the relative pronoun's antecedent), `X[, ROLE,] said: “…`, `She said: “…`, `Wie X
///   betonte, „…`, `One participant from Y said: “…` (nobody), `According to X, “…`, `X: “…`;
/// - the first reference in the clause before the passage (`At the request of X, Y visited …`
///   → Y when Y is followed by its verb);
/// - a pull quote repeated later keeps the speaker of its first occurrence;
/// - the subject of the sentences before, or the last speaker (`X endorsed the programme. “…”`,
///   `“…,” she said. “…”`).
/// References resolve to people: names and short forms to the person (`PeopleExtractor`), a
/// pronoun to its best compatible antecedent (`SpeakerResolver.antecedent`: the subject first,
/// gender agreement, recency; never the person the verb addresses), a role alone (`the Head of
/// Mission`) to the one person holding it on the page. Each decision keeps its evidence
/// (`attribute(_:)`). Quoted titles (`entitled “…”`, `the report, “…”`, `the “Role of …”`), quoted
/// names inside a post (`editor of “X” Name`), cited wording (`laws that criminalize “the …”`) and
/// short scare quotes without a speaker are skipped. Every word list comes from the item's `Lexicon`.
struct QuoteExtractor {
    let lexicon: Lexicon
    let people: PeopleExtractor
    /// Normalised role keys of each person, computed once.
    let roleKeys: [[String]]
    /// Reference post ids of each person's roles (nil where a role is no standing post).
    let rolePosts: [[String?]]
    /// The people holding a role whose key is, or ends in (after a space, before the role's first
    /// preposition), the key: `roleRef`'s look-up in O(1) instead of a scan over every person's
    /// roles.
    let roleHolders: [String: [Int]]
    /// The people holding a role of each reference post id.
    let postHolders: [String: [Int]]
    /// The words of each person's roles (`PostWords`), made once for `roleRef`'s short-form test.
    let roleWords: [[PostWords]]
    /// How many tokens before an opening mark the attribution of a passage is looked for (the
    /// clause that introduces it): a bound that keeps a sentence of many passages linear.
    static let lookback = 200

    init(people: PeopleExtractor) {
        self.lexicon = people.lexicon
        self.people = people
        self.roleKeys = people.people.map { $0.roles.map(OSCEKey.normalize) }
        self.rolePosts = people.people.map { $0.roles.map { OSCEReference.post(named: $0)?.id } }
        var roleHolders: [String: [Int]] = [:]
        var postHolders: [String: [Int]] = [:]
        for (p, keys) in roleKeys.enumerated() {
            var mine = Set<String>()
            for key in keys {
                mine.insert(key)
                // (`Deputy Head of Mission` is held by `the Head of Mission`; `Senior Adviser to the High
                // Commissioner` is not by `the High Commissioner`: no suffix after a preposition, whose
                // object is another post.)
                var wordStart = key.startIndex
                for (i, c) in zip(key.indices, key) where c == " " {
                    if people.lexicon.prepositions.contains(String(key[wordStart..<i])) { break }
                    wordStart = key.index(after: i)
                    mine.insert(String(key[wordStart...]))
                }
            }
            // (`headed by X`: the post the predicate states names X too.)
            for post in people.people[p].impliedPosts { mine.insert(OSCEKey.normalize(post)) }
            for k in mine { roleHolders[k, default: []].append(p) }
            for id in Set(rolePosts[p].compactMap { $0 }) { postHolders[id, default: []].append(p) }
        }
        self.roleHolders = roleHolders
        self.postHolders = postHolders
        self.roleWords = people.people.map { ($0.roles + $0.impliedPosts).map { PostWords($0, articles: people.lexicon.articles) } }
        var unread: [Int: UnreadNames] = [:]
        for c in people.candidates where c.label == .person && !c.accepted && !c.vetoed && c.tokens.count >= 2 {
            unread[c.unit, default: UnreadNames()].add(c.tokens)
        }
        unreadNames = unread
    }

    /// Names the page gives that were not read as a person (`PeopleExtractor.candidates` that no cue
    /// made a person and no counter-cue ruled out, two words at least), by unit: a speaker slot
    /// holding one names someone, but nobody the page's people include.
    let unreadNames: [Int: UnreadNames]

    /// The unread names of one unit: their token ranges by first token and by end.
    struct UnreadNames {
        private(set) var byStart: [Int: Int] = [:]
        private(set) var byEnd: [Int: Int] = [:]
        mutating func add(_ r: Range<Int>) {
            byStart[r.lowerBound] = r.upperBound
            byEnd[r.upperBound] = r.lowerBound
        }
        /// The end of the unread name starting at token `i` that no mention covers, nil when none.
        func end(startingAt i: Int, in unit: TextUnit) -> Int? {
            guard let e = byStart[i], unit.mention(covering: i) == nil, unit.mention(covering: e - 1) == nil else { return nil }
            return e
        }
        /// True when an unread name that no mention covers ends right before token `end`.
        func ends(at end: Int, in unit: TextUnit) -> Bool {
            guard let s = byEnd[end] else { return false }
            return unit.mention(covering: s) == nil && unit.mention(covering: end - 1) == nil
        }
    }

    enum Ref {
        case person(Int)
        /// A personal pronoun, with its grammatical gender when it has one (`she` → `.feminine`).
        case pronoun(Lexicon.Gender?)
        /// An explicit attribution to someone who is not a named person (`said a participant`).
        case unnamed
        /// A name in a speaker's slot that was not read as a person (`UnreadNames`): someone the
        /// page names, but none of its people.
        case unread
    }

    /// One passage and the decision on its speaker.
    struct Attribution: Sendable {
        /// The passage, white space collapsed (the parts of a passage over several paragraphs joined).
        var text: String
        /// The speaker's index in `people.people`; nil for nobody.
        var speaker: Int?
        /// Why: the winning candidate with its features and score, then the others considered
        /// (`SpeakerResolver.Decision.evidence`).
        var evidence: String
    }

    /// Quotes in page order with the index of the speaker in `people.people`.
    func extract(_ units: [TextUnit]) -> [(text: String, speaker: Int?)] {
        attribute(units).map { ($0.text, $0.speaker) }
    }

    /// Quotes in page order, each with its speaker and the evidence for it.
    ///
    /// For each passage the candidates of every cue are gathered (`attributionAfter`,
    /// `attributionBefore`, `colonLead`, `firstRef`, the passage it repeats, the subject carried
    /// over) and `SpeakerResolver` chooses among them by score; a passage that is no speech (a
    /// quoted title, cited wording) is skipped.
    func attribute(_ units: [TextUnit]) -> [Attribution] {
        var result: [Attribution] = []
        /// Per passage: open at the paragraph's end with no speaker named around it, and whether it opens its paragraph.
        var runsOn: [Bool] = []
        var opensParagraph: [Bool] = []
        /// Per passage: its unit, and whether it is still open at the unit's end (no closing mark).
        var unitOf: [Int] = []
        var unclosed: [Bool] = []
        /// The subject of the current or a previous sentence (or the last speaker), and the
        /// sentence count when it was set.
        var subject: Int?
        /// True when the subject is a name not read as a person (`subject` is then nil).
        var subjectUnread = false
        var subjectSentence = 0
        /// Sentences ended so far (a paragraph's end ends one), and whether one is open.
        var sentenceCount = 0
        var sentenceOpen = false
        func endSentence() {
            if sentenceOpen { sentenceCount += 1 }
            sentenceOpen = false
        }
        /// Persons in the order the text names them (outside quotes), for pronoun resolution.
        /// (Each person's last mention, by a counter: `recent` in O(1) a mention.)
        var recent = RecentPeople()
        /// Speakers of the passages read so far, by their text (a pull quote repeated later keeps its speaker).
        var spoken = SpokenPassages()
        var resolver = SpeakerResolver(people: people.people, lexicon: lexicon)
        for (u, unit) in units.enumerated() where !unit.isTitle {
            let tokens = unit.tokens
            let unread = unreadNames[u] ?? UnreadNames()
            var sentenceHasSubject = false
            var sentenceStart = 0
            var i = 0
            endSentence()
            while i < tokens.count {
                let t = tokens[i]
                sentenceOpen = true
                if t.kind == .quoteOpen, let qi = t.quote, qi < unit.quotes.count {
                    let q = unit.quotes[qi]
                    var close = i + 1
                    while close < tokens.count, !(tokens[close].kind == .quoteClose && tokens[close].quote == qi) { close += 1 }
                    let clauseStart = max(sentenceStart, i - Self.lookback)
                    let after = attributionAfter(unit, closeIndex: close, quote: q, unread: unread)
                    let before = attributionBefore(unit, from: clauseStart, to: i, unread: unread)
                    let explicit = after != nil || before.map { !isUnnamed($0.ref) } == true
                    if isNotSpeech(unit, openIndex: i, quote: q, explicit: explicit, attributedAfter: after != nil) {
                        i = close + 1
                        continue
                    }
                    var candidates = [after, before, incisoAttribution(unit, open: i, close: close, quote: q, unread: unread),
                                      colonLead(unit, from: clauseStart, open: i),
                                      i == 0 && u > 0 ? headingAbove(units[u - 1]) : nil].compactMap { $0 }
                    if let (ref, end) = firstRef(unit, from: clauseStart, to: i) {
                        candidates.append(SpeakerCandidate(cue: .clauseReference, ref: ref, distance: max(0, i - end)))
                    }
                    if let earlier = spoken.speaker(repeating: q.text) {
                        candidates.append(SpeakerCandidate(cue: .repeatedPassage, ref: .person(earlier)))
                    }
                    if subject != nil || subjectUnread {
                        candidates.append(SpeakerCandidate(cue: .previousSubject, ref: subject.map { .person($0) } ?? .unread,
                                                           sentences: sentenceCount - subjectSentence))
                    }
                    let decision = resolver.choose(candidates, subject: subject, unreadSubject: subjectUnread, recent: recent)
                    if let speaker = decision.speaker {
                        subject = speaker
                        subjectUnread = false
                        subjectSentence = sentenceCount
                        spoken.append(q.text, speaker: speaker)
                    } else if decision.unread {
                        subject = nil
                        subjectUnread = true
                        subjectSentence = sentenceCount
                    }
                    result.append(Attribution(text: q.text, speaker: decision.speaker, evidence: decision.evidence))
                    runsOn.append(q.close == nil && after == nil && before == nil)
                    opensParagraph.append(i == 0)
                    unitOf.append(u)
                    unclosed.append(q.close == nil)
                    // Sentence boundary after a passage that ends a sentence.
                    if let last = q.text.last, ".!?…".contains(last), close + 1 < tokens.count,
                       tokens[close + 1].isCapitalized || tokens[close + 1].kind == .quoteOpen || tokens[close + 1].isAllCaps {
                        sentenceStart = close + 1
                        sentenceHasSubject = false
                        endSentence()
                    } else if close >= tokens.count {
                        sentenceStart = tokens.count
                    }
                    i = close + 1
                    continue
                }
                if t.quote == nil, let m = unit.mention(startingAt: i) {
                    recent.mentioned(m.person)
                }
                if t.quote == nil, !sentenceHasSubject, let (ref, end) = refAt(unit, i) {
                    sentenceHasSubject = true
                    // The sentence's subject: the first reference followed by its verb
                    // (`At the request of X, Y visited …` → Y), else the first reference.
                    let chosen = isFollowedByVerb(unit, end) ? ref : (laterSubject(unit, from: end) ?? ref)
                    if case .person(let p) = chosen {
                        subject = p
                        subjectUnread = false
                        subjectSentence = sentenceCount
                    }
                } else if t.quote == nil, !sentenceHasSubject, t.isWord, t.startsUppercase, let e = unread.end(startingAt: i, in: unit),
                          isFollowedByVerb(unit, e) {
                    // `Gevorg X, who chairs …, said that …`: a sentence whose subject is a name not
                    // read as a person; its pronouns and the passages after it are nobody's we know.
                    sentenceHasSubject = true
                    subject = nil
                    subjectUnread = true
                    subjectSentence = sentenceCount
                }
                if t.kind == .punct, t.quote == nil, [".", "!", "?", ";"].contains(t.text) {
                    sentenceStart = i + 1
                    sentenceHasSubject = false
                    endSentence()
                }
                i += 1
            }
        }
        // A passage over several paragraphs (`“First part…` / `“Second part,” said X.`): an open
        // paragraph without its own attribution is spoken by the speaker of the paragraph that continues it.
        for r in result.indices.reversed() where runsOn[r] && r + 1 < result.count && opensParagraph[r + 1] {
            if let next = result[r + 1].speaker {
                result[r].speaker = next
                result[r].evidence = "continued in the next paragraph → \(people.people[next].name); was: \(result[r].evidence)"
            }
        }
        // The parts of one passage are one quote: a passage still open at its paragraph's end goes
        // on in the next paragraph when that opens with a quotation mark (the typographic
        // convention), unless the two parts have different speakers.
        for r in result.indices.reversed() where unclosed[r] && r + 1 < result.count && opensParagraph[r + 1]
            && unitOf[r + 1] == unitOf[r] + 1 && (result[r].speaker == nil || result[r + 1].speaker == nil || result[r].speaker == result[r + 1].speaker) {
            let next = result.remove(at: r + 1)
            result[r].text += " " + next.text
            if result[r].speaker == nil, next.speaker != nil {
                result[r].speaker = next.speaker
                result[r].evidence = "from its next part: \(next.evidence)"
            }
        }
        return result
    }

    private func isUnnamed(_ ref: Ref) -> Bool {
        if case .unnamed = ref { true } else { false }
    }

    /// True when one passage repeats the other (equal, or one begins the other), 40 characters at least.
    static func isRepetition(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 40 && long.hasPrefix(SpokenPassages.trimmingPunctuation(short))
    }

    /// `X: “…`: a reference (name, pronoun or role) ending right before the colon that opens the
    /// passage at `open`.
    func colonLead(_ unit: TextUnit, from start: Int, open: Int) -> SpeakerCandidate? {
        let tokens = unit.tokens
        guard open - 1 > start, tokens[open - 1].text == ":", let ref = refEnding(unit, at: open - 1, from: start) else { return nil }
        return SpeakerCandidate(cue: .colonLead, ref: ref, distance: 1)
    }

    /// The speaker a heading line names for the paragraph under it (`Giulia X, Undersecretary of
    /// State …` above `“…”`, the passage opening that paragraph): a line that opens with a
    /// reference to a person (`refAt`), followed by nothing or by a comma and a post, with no
    /// quotation, no sentence punctuation, no verb of saying and at most 40 tokens. Nil otherwise.
    func headingAbove(_ unit: TextUnit) -> SpeakerCandidate? {
        let tokens = unit.tokens
        guard !unit.isTitle, unit.quotes.isEmpty, tokens.count <= 40, let (ref, end) = refAt(unit, 0), case .person = ref,
              end == tokens.count || tokens[end].text == "," else { return nil }
        for t in tokens[end...] {
            if t.kind == .punct, [".", "!", "?", ";", ":"].contains(t.text) { return nil }
            if t.isLowercaseWord, lexicon.speechVerbs.contains(t) { return nil }
        }
        return SpeakerCandidate(cue: .headingAbove, ref: ref, distance: 0)
    }

    /// A reference to a person starting at token `i`: a name or surname (after an optional honorific),
    /// a pronoun, or `the ROLE` naming a known person's post.
    func refAt(_ unit: TextUnit, _ i: Int) -> (Ref, Int)? {
        let tokens = unit.tokens
        guard i < tokens.count, tokens[i].isWord else { return nil }
        var k = i
        let word = tokens[i].utf8
        // (`said Major General X`: an honorific of several words is passed over whole.)
        if let e = lexicon.honorificEnd(from: k, in: tokens), e < tokens.count { k = e }
        if let m = unit.mention(startingAt: k) { return (.person(m.person), m.end) }
        // `a conclu l’ambassadrice.`: an honorific joined to its elided article with no name after
        // it is a role reference, as `the Ambassador` is.
        if k == i + 1, lexicon.withoutElision(tokens[i].text) != tokens[i].text, let (p, end) = roleRef(unit, i) { return (.person(p), end) }
        if k == i, lexicon.filters.pronouns.mayContain(word), lexicon.pronouns.contains(tokens[i]) { return (.pronoun(lexicon.gender(of: tokens[i].text)), i + 1) }
        if k == i, tokens[i].startsUppercase || (lexicon.filters.articles.mayContain(word) && lexicon.articles.contains(tokens[i])),
           let (p, end) = roleRef(unit, i) {
            return (.person(p), end)
        }
        // `Osh Mayor Nurlan X told …`, `UNHCR Assistant High Commissioner X said`: the post
        // written right before a name the page reads as a person's, starting here.
        if k == i, tokens[i].startsUppercase, let m = mentionAfterPost(unit, i) { return (.person(m.person), m.end) }
        return nil
    }

    /// The mention of a person whose post phrase before the name (`PeopleExtractor.roleBefore`)
    /// starts at token `i`, within eight tokens; nil when there is none.
    func mentionAfterPost(_ unit: TextUnit, _ i: Int) -> TextUnit.Mention? {
        let tokens = unit.tokens
        var m = i + 1
        while m < tokens.count, m - i <= 8, tokens[m].isWord, unit.mention(covering: m) == nil { m += 1 }
        guard m < tokens.count, let mention = unit.mention(startingAt: m) else { return nil }
        var before = m
        if before > 0, lexicon.honorific(tokens[before - 1]) != nil { before -= 1 }
        let post = people.roleBefore(unit, at: before)
        return !post.roles.isEmpty && post.start == i ? mention : nil
    }

    /// `the Chairman-in-Office`, `the Head of Mission`, `the Head of the mission`: the post phrase
    /// starting at token `i` (after an optional article) that a role reference reads: after an
    /// article a lower-case post word or an organisation noun and a post word (`the head of …`,
    /// `the mission head`), then capitalised words and connectors before a capital (`the Head of
    /// the OSCE Mission to Serbia`), then a
    /// preposition, connectors and a lower-case organisation noun (`Lexicon.organisationHeads`:
    /// `of the mission`), or a lower-case honorific alone (`dijo la embajadora.`). Nil when the
    /// words are no post (`PeopleExtractor.isPost`).
    func rolePhrase(_ unit: TextUnit, _ i: Int) -> Range<Int>? {
        let tokens = unit.tokens
        guard i < tokens.count else { return nil }
        var s = i
        if lexicon.articles.contains(tokens[i]) { s = i + 1 }
        var e = s
        // `the Head of the OSCE Mission to Serbia`: capitalised words and connectors before a capital.
        func connectsToCapital(_ c: Int) -> Bool {
            var n = c
            while n < tokens.count, n - c < 3, tokens[n].isLowercaseWord, lexicon.connectors.contains(tokens[n]) { n += 1 }
            return n > c && n < tokens.count && tokens[n].isWord && tokens[n].startsUppercase
        }
        /// The end of lower-case post words from token `n` (`deputy minister`, `press officer`,
        /// `mission head`, `ministry’s spokesperson`): post words, modifiers of
        /// `Lexicon.roleModifiers` and organisation nouns (a possessive too), at most four words,
        /// ending after the last post word; nil when there is none.
        func lowercasePostEnd(from n: Int) -> Int? {
            var k = n
            var end: Int?
            while k < tokens.count, k - n < 4, tokens[k].isLowercaseWord {
                let w = tokens[k]
                if lexicon.isRoleNoun(w.text), !w.isPossessive {
                    k += 1
                    end = k
                } else if lexicon.roleModifiers.contains(w.text) || lexicon.isOrganisationHead(w.stem) {
                    k += 1
                } else {
                    break
                }
            }
            return end
        }
        // `the head of the mission`, `the mission head`, `the deputy minister`, `the ministry’s
        // spokesperson`: after an article, lower-case post words open the phrase too.
        if s == i + 1, s < tokens.count, tokens[s].isLowercaseWord, let end = lowercasePostEnd(from: s) {
            e = end
        }
        while e < tokens.count, e - s < 12, tokens[e].isWord,
              tokens[e].startsUppercase || connectsToCapital(e) {
            e += 1
        }
        // `the Ministry’s press officer`: lower-case post words after a capitalised possessive.
        if e > s, tokens[e - 1].isPossessive, tokens[e - 1].startsUppercase, let end = lowercasePostEnd(from: e) {
            e = end
        }
        // `dijo la embajadora.`, `a déclaré l’ambassadrice.`: a lower-case honorific alone.
        if e == s, s < tokens.count, tokens[s].isWord, lexicon.honorific(tokens[s].text) != nil,
           s + 1 == tokens.count || !tokens[s + 1].isWord {
            e = s + 1
        }
        // `the Head of the mission`: a lower-case organisation noun after a preposition ends the post.
        if e > s, e + 1 < tokens.count, tokens[e].isLowercaseWord, lexicon.prepositions.contains(tokens[e]) {
            var n = e + 1
            while n < tokens.count, n - e < 3, tokens[n].isLowercaseWord, lexicon.articles.contains(tokens[n]) { n += 1 }
            if n < tokens.count, tokens[n].isLowercaseWord, lexicon.isOrganisationHead(tokens[n].text) { e = n + 1 }
        }
        guard e > s, people.isPost(unit, s, e) else { return nil }
        return s..<e
    }

    /// `the Chairman-in-Office`, `the Head of Mission`: a phrase (`rolePhrase`) equal to (or
    /// ending, or a short form of) the post of one known person, or a post a predicate gave one
    /// (`the Head of the mission` after `The mission is headed by X`).
    func roleRef(_ unit: TextUnit, _ i: Int) -> (Int, Int)? {
        let tokens = unit.tokens
        guard !people.people.isEmpty, let range = rolePhrase(unit, i) else { return nil }
        let (s, e) = (range.lowerBound, range.upperBound)
        let phrase = unit.text(s, e)
        let key = OSCEKey.normalize(phrase)
        var matches = Set(roleHolders[key] ?? [])
        if let phrasePost = OSCEReference.post(named: phrase)?.id { matches.formUnion(postHolders[phrasePost] ?? []) }
        if matches.isEmpty {
            // `the OSCE Special Representative` for `Special Representative of the OSCE Chairperson-in-Office …`.
            let short = PostWords(phrase, articles: lexicon.articles)
            // (`the Head of the mission` for `Head of Mission`: the same words but for articles.)
            // (Not `the High Commissioner` for `Senior Adviser to the High Commissioner`: a word of
            // the short form is in the post's head, before its first preposition.)
            func sharesHead(_ post: PostWords) -> Bool {
                let head = post.words.prefix { !lexicon.prepositions.contains($0) }
                return short.words.contains { w in head.contains { $0 == w || ($0.hasPrefix(w) && $0.dropFirst(w.count).first == "-") } }
            }
            for (p, words) in roleWords.enumerated() where words.contains(where: { short == $0 || (short.isShortFormInAnyOrder(of: $0) && sharesHead($0)) }) {
                matches.insert(p)
            }
        }
        if matches.isEmpty, e == s + 1, tokens[s].text.count >= 5 {
            // `sagte der Minister` for `usbekischen Außenminister`: a post word that ends a
            // compound post word of one person (German compounds).
            let word = tokens[s].text.lowercased()
            for (p, person) in people.people.enumerated() where person.roles.contains(where: { role in
                role.split(separator: " ").contains { w in
                    let l = w.lowercased()
                    return l.count > word.count + 2 && l.hasSuffix(word)
                }
            }) { matches.insert(p) }
        }
        if matches.isEmpty, e == s + 1, let h = lexicon.honorific(tokens[s].text) {
            // `sagte der Botschafter`, `the Ambassador said`: the one person the page gives that honorific.
            let key = lexicon.withoutElision(h).lowercased()
            for (p, person) in people.people.enumerated() where person.honorific?.lowercased() == key { matches.insert(p) }
        }
        guard matches.count == 1, let m = matches.first else { return nil }
        return (m, e)
    }

    /// True when the token at `end` (after an optional apposition `, …,`) is a lower-case word that
    /// can be a verb: not a preposition, connector, conjunction or relative pronoun.
    func isFollowedByVerb(_ unit: TextUnit, _ end: Int) -> Bool {
        let tokens = unit.tokens
        var v = end
        // `X of the Journalists Union said that …`: after an affiliation.
        if let a = people.affiliationEnd(unit, from: v) { v = a }
        if v < tokens.count, tokens[v].text == "(" {
            while v < tokens.count, tokens[v].text != ")" { v += 1 }
            v += 1
        }
        if v < tokens.count, tokens[v].text == "," {
            var c = v + 1
            while c < tokens.count, c - v < 25, tokens[c].text != ",", !isSentenceEnd(tokens[c]) { c += 1 }
            if c < tokens.count, tokens[c].text == "," { v = c + 1 }
        }
        guard v < tokens.count, tokens[v].isLowercaseWord else { return false }
        let w = tokens[v].text
        return !lexicon.prepositions.contains(w) && !lexicon.connectors.contains(w) && !lexicon.conjunctions.contains(w)
            && !lexicon.relativePronouns.contains(w)
    }

    /// A later reference in the same sentence that is followed by its verb.
    func laterSubject(_ unit: TextUnit, from start: Int) -> Ref? {
        let tokens = unit.tokens
        var k = start
        while k < tokens.count, !isSentenceEnd(tokens[k]), tokens[k].kind != .quoteOpen {
            if tokens[k].quote == nil, let (ref, end) = refAt(unit, k) {
                if isFollowedByVerb(unit, end) { return ref }
                k = end
                continue
            }
            k += 1
        }
        return nil
    }

    /// `.`, `!`, `?` or `;` outside a quotation (read from the token's one byte: no `String`).
    func isSentenceEnd(_ t: Token) -> Bool {
        guard t.kind == .punct, t.quote == nil else { return false }
        let u = t.utf8
        return u.count == 1 && (u[0] == 0x2E || u[0] == 0x21 || u[0] == 0x3F || u[0] == 0x3B)
    }

    /// The candidate speaker named before the opening mark, from the clause of the last verb of
    /// saying (the first of these patterns that the clause shows):
    /// - `X, who added: “…` → X (`.relativeClause`, the noun before the relative pronoun);
    /// - `Wie X betonte, „…` → X (`.verbFinalClause`);
    /// - `X said: “…`, `She added: “…` → the reference right before the verb (`.speakerBeforeVerb`;
    ///   a pronoun excludes the people named between the verb and the passage, its addressees);
    ///   `X, ROLE, said: “…` (`.speakerBeforeApposition`);
    /// - `One participant from Y said: “…`, `a resident told …: “…` → `.unnamed` (`.unnamedBefore`);
    /// - `According to X, “…` → X (`.accordingToBefore`).
    /// `distance` counts the tokens from the reference's end to the opening mark. Nil when the
    /// clause shows none of them (other candidates decide).
    func attributionBefore(_ unit: TextUnit, from start: Int, to open: Int, unread: UnreadNames = UnreadNames()) -> SpeakerCandidate? {
        let tokens = unit.tokens
        var v = open - 1
        while v >= start, !(tokens[v].quote == nil && tokens[v].isLowercaseWord && lexicon.speechVerbs.contains(tokens[v]) && tokens[v].text != "so") {
            v -= 1
        }
        if v >= start {
            let verb = tokens[v].text
            let weak = lexicon.weakSpeechVerbs.contains(verb)
            /// The people named between the verb and the passage (`She told X: “…`): no antecedent of a pronoun.
            func addressees() -> [Int] {
                var out: [Int] = []
                var k = v + 1
                while k < open {
                    if let m = unit.mention(startingAt: k) { out.append(m.person); k = m.end; continue }
                    // (`She told the Ambassador: “…`: a role reference to a person of the page too.)
                    if let (ref, end) = refAt(unit, k), case .person(let p) = ref, end > k { out.append(p); k = end; continue }
                    k += 1
                }
                return out
            }
            func candidate(_ cue: AttributionCue, _ ref: Ref, endingAt end: Int) -> SpeakerCandidate {
                var c = SpeakerCandidate(cue: cue, ref: ref, distance: max(0, open - end), verb: verb, weakVerb: weak)
                if case .pronoun = ref { c.excluded = addressees() }
                return c
            }
            var b = v - 1
            while b >= start, tokens[b].isLowercaseWord, lexicon.sentenceAdverbs.contains(tokens[b].text) || lexicon.auxiliaries.contains(tokens[b]) { b -= 1 }
            // `X, who added:` — the antecedent of the relative pronoun.
            if b >= start, lexicon.relativePronouns.contains(tokens[b]) {
                var c = b - 1
                if c >= start, tokens[c].text == "," { c -= 1 }
                if c >= start, let m = unit.mention(endingAt: c + 1) { return candidate(.relativeClause, .person(m.person), endingAt: m.end) }
                // `X (MP, Spain), who called it “…”`: the antecedent before a parenthesis.
                if c > start, tokens[c].text == ")", let o = (max(start, c - 12)..<c).last(where: { tokens[$0].text == "(" }),
                   let m = unit.mention(endingAt: o) {
                    return candidate(.relativeClause, .person(m.person), endingAt: c + 1)
                }
                if c >= start, unread.ends(at: c + 1, in: unit) { return candidate(.relativeClause, .unread, endingAt: c + 1) }
                if c >= start, let m = unit.lastMention(endingBy: c + 1, startingFrom: start),
                   isApposition(unit, from: m.end, to: c + 1) {
                    return candidate(.relativeClause, .person(m.person), endingAt: m.end)
                }
            }
            // `Wie X nach einem Treffen mit Y betonte, „…`: in a clause whose opener puts the verb
            // last (`Lexicon.verbFinalOpeners`) the subject follows the opener, not the verb.
            var o = v - 1
            while o >= start, v - o <= 25, !isSentenceEnd(tokens[o]), tokens[o].quote == nil {
                if lexicon.verbFinalOpeners.contains(tokens[o].text.lowercased()), let (ref, end) = refAt(unit, o + 1) {
                    return candidate(.verbFinalClause, ref, endingAt: end)
                }
                o -= 1
            }
            // The reference right before the verb, or before an apposition before it.
            if b >= start, let ref = refEnding(unit, at: b + 1, from: start) { return candidate(.speakerBeforeVerb, ref, endingAt: b + 1) }
            if b >= start, unread.ends(at: b + 1, in: unit) { return candidate(.speakerBeforeVerb, .unread, endingAt: b + 1) }
            if b >= start, tokens[b].text == "," {
                // `Drejtori i projektit, X, tha se …`: the name closing an apposition, its comma, then the verb.
                if b > start, let m = unit.mention(endingAt: b) { return candidate(.speakerBeforeVerb, .person(m.person), endingAt: b) }
                var c = b - 1
                while c >= start, tokens[c].text != ",", !isSentenceEnd(tokens[c]) { c -= 1 }
                if c > start, tokens[c].text == ",", let ref = refEnding(unit, at: c, from: start) {
                    return candidate(.speakerBeforeApposition, ref, endingAt: c)
                }
                if c > start, tokens[c].text == ",", unread.ends(at: c, in: unit) { return candidate(.speakerBeforeApposition, .unread, endingAt: c) }
            }
            // `The Head of the delegation said: “…`: a role reference right before the verb that
            // names nobody the page gives that post (`refEnding` found no holder) is no person.
            if b >= start {
                var r = b
                while r > start, b - r < 14, tokens[r - 1].isWord { r -= 1 }
                if (r...b).contains(where: { lexicon.articles.contains(tokens[$0]) && rolePhrase(unit, $0)?.upperBound == b + 1 }) {
                    return candidate(.unnamedBefore, .unnamed, endingAt: b + 1)
                }
            }
            // `Sweden said in a statement: “…`, `The OSCE Mission to Serbia said: “…`: a participating
            // State or an organisation of the reference data right before the verb speaks as a
            // body: no person (before, the passage went to the last person named).
            if b >= start, tokens[b].startsUppercase, unit.mention(endingAt: b + 1) == nil {
                var r = b
                while r > start, b - r < 8, tokens[r - 1].isWord { r -= 1 }
                for f in r...b where tokens[f].isWord && (tokens[f].startsUppercase || f > r) {
                    let phrase = unit.text(f, b + 1)
                    if StateIndex.shared.names[StateIndex.key(phrase)] != nil || OSCEReference.organisation(named: phrase) != nil {
                        return candidate(.unnamedBefore, .unnamed, endingAt: b + 1)
                    }
                }
            }
            // `It said: “…`, `They added: “…`: a pronoun for an institution or a group, no person.
            if b >= start, lexicon.impersonalPronouns.contains(tokens[b].text) || lexicon.impersonalPronouns.contains(tokens[b].text.lowercased()) {
                return candidate(.unnamedBefore, .unnamed, endingAt: b + 1)
            }
            // An unnamed speaker: an indefinite noun phrase that opens the clause.
            var clauseStart = v - 1
            while clauseStart > start, tokens[clauseStart - 1].text != ",", !isSentenceEnd(tokens[clauseStart - 1]) { clauseStart -= 1 }
            // (`A government spokesperson said: “…`: after an indefinite determiner a lower-case post
            // word names nobody either.)
            let indefinite = clauseStart < v && clauseStart >= start && lexicon.unnamedDeterminers.contains(tokens[clauseStart].text.lowercased())
            if clauseStart < v, clauseStart >= start,
               lexicon.unnamedDeterminers.contains(tokens[clauseStart].text.lowercased()) || lexicon.unnamedSpeakers.contains(tokens[clauseStart].text.lowercased())
                || lexicon.articles.contains(tokens[clauseStart]),
               tokens[clauseStart..<v].contains(where: { lexicon.unnamedSpeakers.contains($0.text.lowercased())
                   || (indefinite && $0.isLowercaseWord && lexicon.isRoleNoun($0.text)) }),
               unit.lastMention(endingBy: v, startingFrom: clauseStart) == nil {
                return candidate(.unnamedBefore, .unnamed, endingAt: v)
            }
        }
        // `According to X, “…`.
        var k = start
        while k < open {
            if tokens[k].quote == nil, let end = attributionPhraseEnd(unit, at: k) {
                if let (ref, refEnd) = refAt(unit, end) { return SpeakerCandidate(cue: .accordingToBefore, ref: ref, distance: max(0, open - refEnd)) }
                if let m = unit.firstMention(from: end, to: open) { return SpeakerCandidate(cue: .accordingToBefore, ref: .person(m.person), distance: max(0, open - m.end)) }
            }
            k += 1
        }
        return nil
    }

    /// True when tokens `from..<to` are a comma-led apposition (`, Foreign Minister of Y`).
    private func isApposition(_ unit: TextUnit, from: Int, to: Int) -> Bool {
        guard from < to, unit.tokens[from].text == "," else { return false }
        return to - from <= 20 && !unit.tokens[(from + 1)..<to].contains { isSentenceEnd($0) || $0.kind == .quoteOpen }
    }

    /// A reference (mention, pronoun or role) whose last token is `end - 1`.
    private func refEnding(_ unit: TextUnit, at end: Int, from start: Int) -> Ref? {
        let tokens = unit.tokens
        guard end - 1 >= start else { return nil }
        if let m = unit.mention(endingAt: end) { return .person(m.person) }
        if tokens[end - 1].kind == .punct, tokens[end - 1].text == ")" {
            // `X (MP, Norway) said`
            var o = end - 1
            while o > start, tokens[o].text != "(" { o -= 1 }
            if o > start, let m = unit.mention(endingAt: o) { return .person(m.person) }
        }
        // `X of the University of Tirana said`: a name and its affiliation (`PeopleExtractor.affiliationEnd`).
        var o = end - 1
        while o > start, end - o <= 11, tokens[o].isWord {
            if let m = unit.mention(endingAt: o), people.affiliationEnd(unit, from: o) == end { return .person(m.person) }
            o -= 1
        }
        if lexicon.pronouns.contains(tokens[end - 1]) { return .pronoun(lexicon.gender(of: tokens[end - 1].text)) }
        var s = end - 1
        while s > start, tokens[s - 1].isWord, tokens[s - 1].startsUppercase || lexicon.connectors.contains(tokens[s - 1]) || lexicon.articles.contains(tokens[s - 1]) {
            s -= 1
        }
        for r in s..<end where tokens[r].isWord {
            if let (p, e) = roleRef(unit, r), e == end { return .person(p) }
        }
        return nil
    }

    /// True when the capitalised run at `r` (connectors inside) is a post phrase (`Deputy Head of Mission`).
    private func isCapitalisedPost(_ unit: TextUnit, _ r: Int) -> Bool {
        let tokens = unit.tokens
        var e = r
        while e < tokens.count, e - r < 12, tokens[e].isWord,
              tokens[e].startsUppercase || (lexicon.connectors.contains(tokens[e]) && e + 1 < tokens.count && tokens[e + 1].isWord) {
            e += 1
        }
        while e > r, lexicon.connectors.contains(tokens[e - 1]) { e -= 1 }
        return e > r && people.isPost(unit, r, e)
    }

    /// The first reference to a person among tokens `from..<to` outside quotes, with the index after it.
    func firstRef(_ unit: TextUnit, from: Int, to: Int) -> (Ref, Int)? {
        var k = from
        while k < to {
            if unit.tokens[k].quote == nil, let (ref, end) = refAt(unit, k) { return (ref, end) }
            k += 1
        }
        return nil
    }

    /// The candidate speaker named in an inciso inside the passage, between dashes (the Spanish
    /// convention: `«… —subrayó el Presidente …, X— que …»`): a dash right before a lower-case verb
    /// of saying, inside the marks of the passage opened at token `open`, read as an attribution
    /// after a closing mark (`attributionAfter`); nil when there is none.
    func incisoAttribution(_ unit: TextUnit, open: Int, close: Int, quote: Tokenizer.Quotation, unread: UnreadNames) -> SpeakerCandidate? {
        let tokens = unit.tokens
        let qi = tokens[open].quote
        var j = open + 2
        while j + 1 < min(close, tokens.count) {
            let t = tokens[j]
            if t.kind == .punct, t.text == "—" || t.text == "–", t.quote == qi, tokens[j + 1].isLowercaseWord, !tokens[j + 1].spaceBefore,
               lexicon.speechVerbs.contains(tokens[j + 1]) {
                return attributionAfter(unit, closeIndex: j - 1, quote: quote, unread: unread)
            }
            j += 1
        }
        return nil
    }

    /// The candidate speaker named after the closing mark: `…,” said X` (`.verbThenSpeaker`),
    /// `…,” said the Head of Y, Ambassador X` (`.nameAfterVerb`), `…,” according to X`
    /// (`.accordingToAfter`), `…,” X said` / `…,” she added` (`.speakerThenVerb`), `“…” – X` at the
    /// paragraph's end (`.bylineAfter`), `«…», añadió.` (`.verbAlone`), `…,” a resident
    /// said` / `…,” participants told …` (`.unnamedAfter`); nil when none. `distance` counts the
    /// tokens from the closing mark to the reference; a pronoun excludes the people its verb
    /// addresses (`…,” she told Minister X`).
    func attributionAfter(_ unit: TextUnit, closeIndex: Int, quote: Tokenizer.Quotation, unread: UnreadNames = UnreadNames()) -> SpeakerCandidate? {
        let tokens = unit.tokens
        guard closeIndex < tokens.count else { return nil }
        var k = closeIndex + 1
        var dash = false
        while k < tokens.count, tokens[k].kind == .punct, [",", ".", "–", "—", "-"].contains(tokens[k].text) {
            if tokens[k].text != "," && tokens[k].text != "." { dash = true }
            k += 1
        }
        guard k < tokens.count, tokens[k].isWord else { return nil }
        if k + 1 < tokens.count, tokens[k].isLowercaseWord, lexicon.auxiliaries.contains(tokens[k]),
           lexicon.speechVerbs.contains(tokens[k + 1]) {
            k += 1   // `« … », a déclaré X`
        }
        let endsSentence = quote.text.last.map { ".!?…".contains($0) } ?? false
        let sentenceBreak = endsSentence && tokens[k].startsUppercase
        let t = tokens[k]
        /// A candidate whose reference starts at `at`, linked by the verb at `verbAt` (if any).
        func candidate(_ cue: AttributionCue, _ ref: Ref, at: Int, verbAt: Int?) -> SpeakerCandidate {
            let verb = verbAt.map { tokens[$0].text }
            return SpeakerCandidate(cue: cue, ref: ref, distance: max(0, at - closeIndex - 1), verb: verb,
                                    weakVerb: verb.map(lexicon.weakSpeechVerbs.contains) ?? false)
        }
        /// The people named in the clause from `from` (`…,” she told Minister X`): no antecedent of a pronoun.
        func addressees(from: Int) -> [Int] {
            var out: [Int] = []
            var m = from
            while m < tokens.count, m - from < 12, tokens[m].kind != .quoteOpen, !isSentenceEnd(tokens[m]) {
                if let mention = unit.mention(startingAt: m) { out.append(mention.person); m = mention.end; continue }
                // (`…,” she told the Ambassador`: a role reference to a person of the page too.)
                if let (ref, end) = refAt(unit, m), case .person(let p) = ref, end > m { out.append(p); m = end; continue }
                m += 1
            }
            return out
        }
        if t.isLowercaseWord, lexicon.speechVerbs.contains(t) {
            var r = k + 1
            // `„…”, dodala je.`, `rekla je veleposlanica X`: an auxiliary after the verb.
            if r < tokens.count, tokens[r].isLowercaseWord, lexicon.auxiliaries.contains(tokens[r]) { r += 1 }
            if r < tokens.count, lexicon.verbParticles.contains(tokens[r].text) { r += 1 }
            if let (ref, end) = refAt(unit, r) {
                var c = candidate(.verbThenSpeaker, ref, at: r, verbAt: k)
                if case .pronoun = ref { c.excluded = addressees(from: end) }
                return c
            }
            // `said the Head of the OSCE Mission, Ambassador X`, `сказал глава Миссии посол X`: the first name in the clause
            // (a quoted name inside the post is passed over: `the editor of “Vechernii Bishkek”, X`).
            var m = r
            while m < tokens.count, m - r < 18, tokens[m].kind != .quoteOpen || people.quotedNameClose(unit, open: m) != nil,
                  !(tokens[m].kind == .punct && [".", "!", "?", ";"].contains(tokens[m].text)) {
                if let mention = unit.mention(startingAt: m) { return candidate(.nameAfterVerb, .person(mention.person), at: m, verbAt: k) }
                if unread.end(startingAt: m, in: unit) != nil { return candidate(m == r ? .verbThenSpeaker : .nameAfterVerb, .unread, at: m, verbAt: k) }
                if tokens[m].kind == .quoteOpen, let close = people.quotedNameClose(unit, open: m) { m = close + 1; continue }
                m += 1
            }
            // `«…», añadió.`, `«…», — добавила.`: a verb with no subject after it (a language that
            // drops subject pronouns) speaks like a pronoun, of the gender its ending shows.
            if r == tokens.count || (tokens[r].kind == .punct && [".", "!", "?", ";", ","].contains(tokens[r].text)) {
                return candidate(.verbAlone, .pronoun(lexicon.gender(ofVerb: t.text)), at: r, verbAt: k)
            }
            // `said a participant`, `said one of the trainers`: explicit, but nobody named;
            // `said Deputy Head of Mission` when nobody on the page holds that post: nobody either.
            if r < tokens.count, tokens[r].isLowercaseWord { return candidate(.unnamedAfter, .unnamed, at: r, verbAt: k) }
            if r < tokens.count, isCapitalisedPost(unit, r) { return candidate(.unnamedAfter, .unnamed, at: r, verbAt: k) }
            return nil
        }
        // `…,” according to Ambassador X.` / `… according to OSCE Secretary General X.`
        if let phraseEnd = attributionPhraseEnd(unit, at: k) {
            if let (ref, _) = refAt(unit, phraseEnd) { return candidate(.accordingToAfter, ref, at: phraseEnd, verbAt: nil) }
            var m = phraseEnd
            while m < tokens.count, m - k < 16, tokens[m].kind != .quoteOpen,
                  !(tokens[m].kind == .punct && [".", "!", "?", ";"].contains(tokens[m].text)) {
                if let mention = unit.mention(startingAt: m) { return candidate(.accordingToAfter, .person(mention.person), at: m, verbAt: nil) }
                m += 1
            }
            // `according to the Ministry`: a source that is no person.
            return candidate(.accordingToAfter, .unnamed, at: phraseEnd, verbAt: nil)
        }
        // `…,” it said`, `…,” they told journalists`: a pronoun that stands for an institution or a
        // group speaks for nobody named.
        if t.isLowercaseWord, lexicon.impersonalPronouns.contains(t.text) {
            var v = k + 1
            if v < tokens.count, tokens[v].isLowercaseWord, lexicon.sentenceAdverbs.contains(tokens[v].text) { v += 1 }
            if v < tokens.count, tokens[v].isLowercaseWord, lexicon.speechVerbs.contains(tokens[v]) {
                return candidate(.unnamedAfter, .unnamed, at: k, verbAt: v)
            }
        }
        if t.isLowercaseWord, !lexicon.pronouns.contains(t) {
            // `…,” the two officials said`, `…,” participants told …`: a plural noun phrase speaks
            // for several people, none of them named: nobody.
            var v = k
            while v < tokens.count, v - k < 5, tokens[v].isLowercaseWord, !lexicon.speechVerbs.contains(tokens[v]) { v += 1 }
            if v > k, v < tokens.count, tokens[v].isLowercaseWord, lexicon.speechVerbs.contains(tokens[v]) {
                let noun = tokens[v - 1].text
                let plural = noun.count > 3 && noun.hasSuffix("s") && !lexicon.isRoleNoun(noun) && lexicon.isRoleNoun(noun, plural: true)
                if plural || lexicon.groupNounSuffixes.contains(where: { noun.hasSuffix($0) }) && noun.count > 5 {
                    return candidate(.unnamedAfter, .unnamed, at: k, verbAt: v)
                }
            }
        }
        if t.isLowercaseWord, lexicon.unnamedDeterminers.contains(t.text) {
            var v = k + 1
            while v < tokens.count, v - k < 7, tokens[v].isWord, !lexicon.speechVerbs.contains(tokens[v]) { v += 1 }
            if v < tokens.count, lexicon.speechVerbs.contains(tokens[v]),
               tokens[k..<v].contains(where: { lexicon.unnamedSpeakers.contains($0.text.lowercased()) }) {
                return candidate(.unnamedAfter, .unnamed, at: k, verbAt: v)
            }
        }
        // `…,” the Head of the delegation said`: a role reference that names nobody the page gives
        // that post (or several people) is an explicit speaker, but no person.
        if t.isLowercaseWord, lexicon.articles.contains(t), refAt(unit, k) == nil, let role = rolePhrase(unit, k) {
            var v = role.upperBound
            if v < tokens.count, tokens[v].isLowercaseWord, lexicon.sentenceAdverbs.contains(tokens[v].text) { v += 1 }
            if v < tokens.count, tokens[v].isLowercaseWord, lexicon.speechVerbs.contains(tokens[v]) {
                return candidate(.unnamedAfter, .unnamed, at: k, verbAt: v)
            }
        }
        if let (ref, end) = refAt(unit, k) ?? unread.end(startingAt: k, in: unit).map({ (Ref.unread, $0) }) {
            var v = end
            // `…,” X of the Journalists Union said.`: skip an affiliation.
            if case .person = ref, let a = people.affiliationEnd(unit, from: v) { v = a }
            if v < tokens.count, tokens[v].isLowercaseWord, lexicon.sentenceAdverbs.contains(tokens[v].text) { v += 1 }
            // `…,” Ambassador X, Head of Y, said.`: skip an apposition.
            if v < tokens.count, tokens[v].text == "," {
                var c = v + 1
                while c < tokens.count, c - v < 25, tokens[c].text != ",", tokens[c].kind != .quoteOpen,
                      !(tokens[c].kind == .punct && [".", "!", "?", ";"].contains(tokens[c].text)) { c += 1 }
                if c < tokens.count, tokens[c].text == "," { v = c + 1 }
            }
            // `“…” – Deputy Minister X`: a name after a dash, alone up to the paragraph's end (or an
            // apposition after it), signs the passage.
            if dash, case .person = ref, end == tokens.count || [",", "."].contains(tokens[end].text) && (end + 1 == tokens.count || tokens[end].text == ",") {
                return candidate(.bylineAfter, ref, at: k, verbAt: nil)
            }
            guard v < tokens.count, tokens[v].isLowercaseWord, lexicon.speechVerbs.contains(tokens[v]) else { return nil }
            if sentenceBreak, case .pronoun = ref { return nil }
            var c = candidate(.speakerThenVerb, ref, at: k, verbAt: v)
            if case .pronoun = ref { c.excluded = addressees(from: v + 1) }
            return c
        }
        return nil
    }

    /// The index after an attribution phrase (`according to`, `laut`) starting at `k`, if one does.
    func attributionPhraseEnd(_ unit: TextUnit, at k: Int) -> Int? {
        let tokens = unit.tokens
        guard k < tokens.count else { return nil }
        // (The first word lower-cased once, not once a phrase.)
        let first = tokens[k].text.lowercased()
        for phrase in lexicon.attributionPhrases where k + phrase.count < tokens.count && phrase.first == first {
            if phrase.indices.dropFirst().allSatisfy({ tokens[k + $0].text.lowercased() == phrase[$0] }) { return k + phrase.count }
        }
        return nil
    }

    /// A quoted title, or a short scare quote without an explicit speaker.
    ///
    /// Besides title cues (`entitled “…”`): a capitalised unpunctuated passage right after an article
    /// (`on the “Role of the OSCE today”`) is a title; a lower-case passage right after a word that
    /// does not lead into speech (`laws that criminalize “the public denial …”`) cites wording when
    /// no speaker is named before or after it.
    func isNotSpeech(_ unit: TextUnit, openIndex: Int, quote: Tokenizer.Quotation, explicit: Bool, attributedAfter: Bool = false) -> Bool {
        let tokens = unit.tokens
        // `редактор газеты «Вести Юга» Марина X`, `the editor of “Morning Star” Ana X`: a quoted
        // name between a lower-case word and a capitalised one, with no comma, is part of a post.
        if openIndex > 0, tokens[openIndex - 1].isLowercaseWord, let close = people.quotedNameClose(unit, open: openIndex),
           close + 1 < tokens.count, tokens[close + 1].isWord, tokens[close + 1].startsUppercase {
            return true
        }
        // `said X, editor of “Vechernii Osh”, at …`: a quoted name after a post word and a connector
        // ends a post in apposition.
        if openIndex > 1, tokens[openIndex - 1].isLowercaseWord, lexicon.connectors.contains(tokens[openIndex - 1]),
           people.quotedNameClose(unit, open: openIndex) != nil,
           (max(0, openIndex - 3)..<(openIndex - 1)).contains(where: { tokens[$0].isWord && lexicon.isRoleNoun(tokens[$0].stem) }) {
            return true
        }
        var k = openIndex - 1
        var cues = 0
        // `who called it “a test of our values”`: a naming verb, an object pronoun and a passage in
        // lower case are the speaker's own words about it, not a title.
        // (`for what he called “a conversation …”`: a naming verb after a personal pronoun, the
        // speaker's own words too.)
        let characterised = openIndex >= 2 && quote.text.first?.isLowercase == true
            && (lexicon.impersonalPronouns.contains(tokens[openIndex - 1].text)
                || (lexicon.titleCues.contains(tokens[openIndex - 1].text) && tokens[openIndex - 2].isLowercaseWord && lexicon.pronouns.contains(tokens[openIndex - 2])))
        while k >= 0, cues < 3, !characterised {
            if lexicon.titleCues.contains(tokens[k].text.lowercased()) {
                if tokens[k].text.lowercased() != "under" || (k + 2 < openIndex && lexicon.titleNouns.contains(tokens[k + 2].text.lowercased())) {
                    return true
                }
            }
            if tokens[k].kind != .word { break }
            k -= 1
            cues += 1
        }
        guard let last = quote.text.last, let first = quote.text.first else { return true }
        let punctuated = ".,!?;:…".contains(last)
        if !attributedAfter, openIndex > 0 {
            let previous = tokens[openIndex - 1]
            if first.isUppercase, !punctuated, previous.isWord, lexicon.articles.contains(previous) { return true }
            // `the report, “Hate Crime Data”,`, `the handbook “…”`: a document or event noun names the title.
            let noun = previous.text == "," && openIndex > 1 ? tokens[openIndex - 2] : previous
            if first.isUppercase, !punctuated, noun.isLowercaseWord,
               lexicon.organisationHeads.contains(TextNormalization.capitalizeFirst(noun.text)) { return true }
            var p = openIndex - 1
            while p > 0, tokens[p].isWord, lexicon.articles.contains(tokens[p]) || lexicon.determiners.contains(tokens[p]) { p -= 1 }
            let lead = tokens[p]
            if !explicit, !characterised, first.isLowercase, lead.isLowercaseWord, !lexicon.speechVerbs.contains(lead), !lexicon.quoteLeadWords.contains(lead.text),
               !lexicon.prepositions.contains(lead), !lexicon.conjunctions.contains(lead), unit.oneScalarBetween(lead, tokens[p + 1]) || p == openIndex - 1 {
                return true
            }
        }
        if explicit { return false }
        let words = quote.text.split(separator: " ")
        if words.count <= 2 && !punctuated { return true }
        if !punctuated && words.count <= 10 {
            let long = words.filter { $0.count >= 4 && $0.contains(where: \.isLetter) }
            if !long.isEmpty && long.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        return false
    }
}

/// The people named so far, ordered by their last mention.
struct RecentPeople {
    private var last: [Int: Int] = [:]
    private var clock = 0

    /// Records a mention of person `p`. O(1).
    mutating func mentioned(_ p: Int) {
        clock += 1
        last[p] = clock
    }

    /// The people, the most recently mentioned first. O(p log p) for p people.
    var latestFirst: [Int] { last.sorted { $0.value > $1.value }.map(\.key) }
}
