import Foundation
import OSCE

/// The word lists the people and quote annotators rely on, for one language.
///
/// Every list is data (`Resources/people-lexicon.tsv` and `speech-lexicon.tsv`, read by
/// `LexiconFile`); a lexicon for language `L` joins the lists of `mul`, `L`, the languages `L`
/// reads (`LanguageRelations`: Serbian reads the Croatian/BCS lists, in both scripts) and English
/// (OSCE pages in other languages keep English post names and acronyms). The words of the OSCE reference data
/// (State names and adjectives, organisation names, posts, fields of work, meeting kinds,
/// cities) are added to `nonNameWords`: they are never parts of a person's name.
///
///     Lexicon.for(language: "de").speechVerbs.contains("sagte")   // true
///     Lexicon.for(language: "en").speechVerbs.contains("sagte")   // false
final class Lexicon: Sendable {
    /// The languages joined in this lexicon (`["mul", "de", "en"]`).
    let languages: [String]
    /// Honorifics reported in `PersonFacts.honorific` (`Ambassador`, `Dr.`, `Botschafterin`, `ambasadori`).
    let reportedHonorifics: Set<String>
    /// Every word written before a name as a title: reported honorifics plus forms of address (`Mr.`, `Herr`).
    let honorifics: WordSet
    /// The honorifics of several words (`Prof. Dr.`, `Dr. habil.`, `Brigadier General`), split at
    /// spaces as the tokenizer splits them, by their last word, longest first.
    let honorificPhrases: [String: [[String]]]
    /// Lower-case words that head a post phrase (`minister`, `head`, `leiterin`, `депутат`).
    let roleNouns: WordSet
    /// Endings of compound post nouns (`…koordinatorin`), any case.
    let roleSuffixes: [String]
    /// Endings of lower-case occupation nouns (`…ologist`), words of 7 letters or more.
    let lowercaseRoleSuffixes: [String]
    /// Noun case endings (Slavic) removed to find a base form, longest first.
    let caseEndings: [String]
    /// Genitive endings that mark a post's possessor in a head-final language (Kazakh `-ның`,
    /// `-нің`: `министрлігінің өкілі`, the ministry's representative), longest first; empty in the
    /// others. See `PeopleExtractor.possessorStart`.
    let possessorEndings: [String]
    /// Endings of a noun's possessed form in a head-final language that chains nouns without the
    /// genitive (Uzbek `-i`, `-si`: `loyihalar koordinatori`, the projects' co-ordinator), longest
    /// first; empty in the others. See `PeopleExtractor.possessorStart`.
    let possessedEndings: [String]
    /// Endings of the other cases (accusative, dative, locative, ablative) in those languages
    /// (Kazakh `Семинарды`, Uzbek `Seminarni`, `Toshkentda`): a word bearing one is no possessor
    /// and ends a post's possessor chain. See `PeopleExtractor.possessorStart`.
    let obliqueEndings: [String]
    /// Plural endings of nouns and their singular endings, as (plural, singular) pairs, longest
    /// plural first (`ies` → `y`, `s` → ``; `i` → `o`): for plural posts (`Heads of …`).
    let pluralForms: [(plural: String, singular: String)]
    let connectors: WordSet
    /// Lower-case adjectives inside an organisation's capitalised name (`Affari esteri`,
    /// `Affaires étrangères`): a post phrase goes on over them.
    let nameAdjectives: Set<String>
    /// Endings of adjectives written in lower case before a capitalised noun (German `für
    /// grenzüberschreitende Bedrohungen`): inside a post after a preposition or an article.
    let adjectiveEndings: [String]
    let prepositions: WordSet
    let determiners: WordSet
    let articles: WordSet
    let conjunctions: WordSet
    let pronouns: WordSet
    let relativePronouns: WordSet
    let speechVerbs: WordSet
    /// Verbs of saying that are weak evidence of speech (`welcomed`, `thanked`): `AttributionWeights.weakVerb`.
    let weakSpeechVerbs: WordSet
    /// Pronouns that stand for an institution or a group (`it`, `they`): a passage they say has no person.
    let impersonalPronouns: Set<String>
    /// Endings of past-tense verbs that show the speaker's gender (`сказала` → feminine), longest first.
    let verbGenderEndings: [(ending: String, gender: Gender)]
    let verbParticles: Set<String>
    /// Auxiliary verbs before a verb of saying (`a déclaré`, `has said`).
    let auxiliaries: WordSet
    let sentenceAdverbs: Set<String>
    /// Verbs that link a predicate noun before them to the subject after them (Russian `Тренером
    /// курса выступила X`, the course's trainer was X): a post phrase before a name holds none.
    let linkingVerbs: Set<String>
    let clauseOpeners: WordSet
    let leadingWords: Set<String>
    let titleCues: Set<String>
    let titleNouns: Set<String>
    /// Lower-case words after which a lower-case passage is still speech (`that “…`, `as a “…”`).
    let quoteLeadWords: Set<String>
    let parliamentTitles: Set<String>
    let groupNounSuffixes: [String]
    let unnamedSpeakers: Set<String>
    let unnamedDeterminers: Set<String>
    /// Multi-word phrases (`according to`, `laut`), as word arrays.
    let attributionPhrases: [[String]]
    /// Phrases after a name that state a post (`was appointed as`), longest first, as word arrays.
    let appointmentPhrases: [[String]]
    /// Lower-case words before a post that say when it was held (`former`, `newly appointed`),
    /// kept as part of the post, longest first, as word arrays.
    let roleQualifiers: [[String]]
    /// Lower-case words that qualify an occupation noun and belong to its post (`investigative
    /// journalist`, `senior legal adviser`), unlike other modifiers (`the famous director`).
    let roleModifiers: Set<String>
    /// Functions a person has at an event, not posts in an organisation (`keynote speaker`,
    /// `moderator`), lower-cased, as word arrays: a post phrase whose head ends in one is no post.
    let eventFunctions: [[String]]
    /// Stems of the adjectives that open a post before its noun in the languages that inflect
    /// them (`генеральн` of `Генеральный секретарь`), lower-cased: `isRoleAdjective`.
    let roleAdjectives: [String]
    /// Qualifiers that say a post is no longer held (`former`, `ex`), lower-cased: a post phrase
    /// that opens with one names a role, not a post held at the release date.
    let pastQualifiers: Set<String>
    /// Plural honorifics before coordinated names (`Ambassadors X and Y`), each mapped to the
    /// honorific every named person gets (`Ambassador`; "" for none reported: `Messrs.`).
    let pluralHonorifics: [String: String]
    /// Past participles that state a post before `by` and a name (`headed by X`, `chaired by X`),
    /// each with the post noun it implies (`Head`, `Chair`): `The mission is headed by X` makes a
    /// later `the Head of the mission said` name X (`PeopleExtractor.Found.impliedPosts`).
    let headingVerbs: [String: String]
    /// Adverbs of time dropped from the start of a post in apposition (`X, now Director of Y`).
    let temporalAdverbs: WordSet
    /// Words that open a post in apposition after two or more names and give it to each of them
    /// (`X and Y, both members of Z`): the post is each one's, in the singular.
    let sharedPostWords: WordSet
    /// Verbs whose object is the previous holder of a post (`X succeeded Y as Head of …`): the
    /// post stated after that object is the subject's, not the object's.
    let successionVerbs: WordSet
    let compassWords: WordSet
    /// Lower-case prepositions of place (`in`, `from`, `near`, `aus`, `в`): a capitalised run right
    /// after one names a place unless an honorific, a post or a known name says otherwise.
    let locativePrepositions: WordSet
    /// Capitalised nouns that head an organisation, document or event name (`Agreement`, `Office`).
    let organisationHeads: WordSet
    /// `organisationHeads` lower-cased and reduced by `baseWord` (`офис`, `мисси`), for case forms.
    private let organisationHeadBases: Set<String>
    /// Lower-case particles inside a name (`van der`, `de`, `al`), patronymic particles included.
    let nameParticles: WordSet
    /// Patronymic particles (`oğlu`, `qizi`, `uulu`): name particles that may also end a name
    /// (`Azamat Toktogul uulu`).
    let patronymicParticles: WordSet
    /// Generational suffixes written after a surname (`Jr.`, `Sr.`, `III`): the last word of a
    /// name, never its surname (`Thomas R. Haverford Jr.`, later `Haverford`).
    let nameSuffixes: Set<String>
    /// Lower-case conjunctions that join two surnames of one person after a given name and a
    /// surname (Catalan `i`, Spanish `y`: `Jordi Casals i Vidal`).
    let surnameConjunctions: Set<String>
    /// Articles elided before a word and joined to it by an apostrophe (`l'`, `dell'`), folded
    /// (`StateGazetteer.fold`), longest first: the `elision` rules of the State gazetteer
    /// (`Resources/state-names.tsv`) for this lexicon's languages, one list for both.
    let elidedArticles: [String]
    /// Lower-case words that open a clause with its verb last (`wie`: `Wie X betonte, „…`).
    let verbFinalOpeners: Set<String>
    /// Given names in their base form, with the gender they show (`Елена` → feminine).
    let givenNames: [String: Gender]
    /// Case endings of given names as (oblique, base) pairs (`ой` → `а`), longest oblique first.
    let nameCaseForms: [(oblique: String, base: String)]
    /// Case endings of surnames as (oblique, base) pairs per gender (`овой` → `ова`), longest first.
    let surnameCaseForms: [Gender: [(oblique: String, base: String)]]
    /// Forms of address and honorifics written in an oblique case (`посла`, `послу`, `г-на`): a
    /// name right after one is in an oblique case too.
    let obliqueCaseCues: Set<String>
    /// Words that show a person's gender (pronouns, honorifics, forms of address).
    let feminineWords: Set<String>
    let masculineWords: Set<String>
    /// Byte pre-filters over the sets asked at every token (`LexiconFilters`), built once here.
    let filters: LexiconFilters

    /// Whether a post phrase opens with a past qualifier (`Lexicon.pastQualifiers`, any case;
    /// `ex-` joined by a hyphen too): "Former ODIHR Director", "ex-Minister" → true;
    /// "Head of Mission", "outgoing Head" → false.
    func isPastQualified(_ role: String) -> Bool {
        // The first word only (no split of the whole phrase).
        let rest = role.drop(while: \.isWhitespace)
        guard !rest.isEmpty else { return false }
        let word = rest.prefix(while: { !$0.isWhitespace }).lowercased()
        if pastQualifiers.contains(word) { return true }
        if let dash = word.firstIndex(where: { $0 == "-" || $0 == "‑" }), pastQualifiers.contains(String(word[..<dash])) { return true }
        return false
    }

    enum Gender: Sendable { case feminine, masculine }

    /// The gender a verb of saying shows by its ending (`сказала` → feminine, `rekao` → masculine),
    /// nil when its language's verbs show none (`said`).
    func gender(ofVerb verb: String) -> Gender? {
        verbGenderEndings.first { verb.count > $0.ending.count + 1 && verb.hasSuffix($0.ending) }?.gender
    }

    /// The gender a pronoun or honorific shows, nil when it shows none.
    func gender(of word: String) -> Gender? {
        if feminineWords.contains(word) { return .feminine }
        if masculineWords.contains(word) { return .masculine }
        return nil
    }
    /// Capitalised words that are never part of a person's name.
    let nonNameWords: WordSet
    /// `nonNameWords` and `organisationHeads` in one set: a capitalised word in it is no name word
    /// (`PeopleExtractor.isNameToken` asks both at every capitalised word, from its bytes).
    let nonNameWordsOrHeads: WordSet
    /// Endings of nouns that are never names (German `…ung`, `…schaft`, `…akademie`), for words
    /// of nine letters or more: `isNonNameWord`.
    let nonNameSuffixes: [String]

    /// True when a capitalised word is never part of a person's name: a listed word (or one of
    /// the reference data or State gazetteer), or a long word with a non-name ending
    /// (`Justizakademie`, `Fortbildung` in a German lexicon).
    func isNonNameWord(_ word: String) -> Bool {
        nonNameWords.contains(word) || hasNonNameSuffix(word)
    }

    /// True when `word` is a long word with a non-name ending (`nonNameSuffixes`): the half of
    /// `isNonNameWord` that is no look-up.
    func hasNonNameSuffix(_ word: String) -> Bool {
        // (`utf8.count` first: a word of fewer than 9 bytes has fewer than 9 characters, and is not counted.)
        guard !nonNameSuffixes.isEmpty, word.utf8.count >= 9, word.count >= 9 else { return false }
        let lower = word.lowercased()
        return nonNameSuffixes.contains { lower.hasSuffix($0) }
    }

    /// The lexicon for an ISO 639-1 code; a language without lists gets English's. Each language's
    /// lexicon is built once, on first use (thread-safe).
    static func `for`(language: String) -> Lexicon {
        let code = hasLists(language) ? language : "en"
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let lexicon = cache.lexicons[code] { return lexicon }
        let lexicon = Lexicon(languages: code == "en" ? ["mul", "en"] : ["mul"] + readLanguages([code]) + ["en"])
        cache.lexicons[code] = lexicon
        return lexicon
    }

    /// The lexicon of a text whose blocks are in several languages: the lists of each (the first
    /// is the text's main language), with English's; one language gives `for(language:)`. Each
    /// combination is built once (thread-safe).
    ///
    ///     Lexicon.for(languages: ["en", "ru"]).speechVerbs.contains("сказал")   // true
    static func `for`(languages codes: [String]) -> Lexicon {
        var known: [String] = []
        for c in codes where hasLists(c) && c != "en" && !known.contains(c) { known.append(c) }
        guard known.count > 1 else { return .for(language: known.first ?? codes.first ?? "en") }
        let key = known.joined(separator: "+")
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let lexicon = cache.lexicons[key] { return lexicon }
        let lexicon = Lexicon(languages: ["mul"] + readLanguages(known) + ["en"])
        cache.lexicons[key] = lexicon
        return lexicon
    }

    /// True when `language`, or a language it reads (`LanguageRelations.chain(for:)`: Serbian
    /// reads the Croatian/BCS lists), has lists of its own.
    static func hasLists(_ language: String) -> Bool {
        LanguageRelations.shared.chain(for: language).contains { LexiconFile.languages.contains($0) }
    }

    /// Each language of `codes`, then the languages it reads, each once (English left out: every
    /// lexicon ends with it): `["mk"]` → `["mk", "sr", "hr"]`.
    static func readLanguages(_ codes: [String]) -> [String] {
        var out: [String] = []
        for c in codes {
            for l in LanguageRelations.shared.chain(for: c) where l != "en" && !out.contains(l) { out.append(l) }
        }
        return out
    }

    /// Every language's lists joined, for text whose language is not known.
    static let shared = Lexicon(languages: ["mul"] + LexiconFile.languages)

    /// The lexicons built so far, by language; `lock` guards `lexicons`.
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var lexicons: [String: Lexicon] = [:]
    }
    private static let cache = Cache()

    private init(languages: [String]) {
        self.languages = languages
        // The languages whose Latin entries also count in Cyrillic (`LanguageRelations`: Serbian
        // and what it reads, for a Serbian or Macedonian lexicon) → the language whose letters convert them.
        let relations = LanguageRelations.shared
        var cyrillicBy: [String: String] = [:]
        for l in languages {
            guard let t = relations.transliterating(l) else { continue }
            for r in relations.chain(for: t) where cyrillicBy[r] == nil { cyrillicBy[r] = t }
        }
        func list(_ name: String) -> [String] {
            var seen = Set<String>()
            return languages.flatMap { l -> [String] in
                let entries = LexiconFile.entries(name, language: l)
                guard let t = cyrillicBy[l] else { return entries }
                return entries + entries.compactMap { relations.cyrillic($0, language: t) }
            }.filter { seen.insert($0).inserted }
        }
        func set(_ name: String) -> Set<String> { Set(list(name)) }
        /// The `left=right` entries of a list, in the list's order (entries without `=` skipped).
        func equations(_ name: String) -> [(String, String)] {
            list(name).compactMap { entry -> (String, String)? in
                guard let eq = entry.firstIndex(of: "=") else { return nil }
                return (String(entry[..<eq]), String(entry[entry.index(after: eq)...]))
            }
        }
        func phrases(_ name: String) -> [[String]] {
            list(name).map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        }
        /// `г-н`, `г-жа`: a form of address written in lower case opens a sentence capitalised (`Г-н X`); both count.
        func withSentenceCase(_ name: String) -> Set<String> {
            let entries = list(name)
            return Set(entries + entries.compactMap { e in
                guard let f = e.unicodeScalars.first, f.properties.isLowercase else { return nil }
                return e.prefix(1).uppercased() + e.dropFirst()
            })
        }
        reportedHonorifics = set("honorifics")
        honorifics = WordSet(reportedHonorifics.union(withSentenceCase("address-forms")))
        var byLastWord: [String: [[String]]] = [:]
        for h in honorifics.sorted() where h.contains(" ") {
            let words = h.split(separator: " ").map(String.init)
            byLastWord[words[words.count - 1], default: []].append(words)
        }
        honorificPhrases = byLastWord.mapValues { $0.sorted { $0.count > $1.count } }
        roleNouns = WordSet(Set(list("role-nouns").map { $0.lowercased() }))
        roleSuffixes = list("role-suffixes")
        lowercaseRoleSuffixes = list("role-suffixes-lowercase")
        caseEndings = list("case-endings").sorted { $0.count > $1.count }
        possessorEndings = list("possessor-endings").sorted { $0.count > $1.count }
        possessedEndings = list("possessed-endings").sorted { $0.count > $1.count }
        obliqueEndings = list("oblique-endings").sorted { $0.count > $1.count }
        connectors = WordSet(set("connectors"))
        nameAdjectives = set("name-adjectives")
        adjectiveEndings = list("adjective-endings").sorted { $0.count > $1.count }
        prepositions = WordSet(set("prepositions"))
        determiners = WordSet(set("determiners"))
        articles = WordSet(set("articles"))
        conjunctions = WordSet(set("conjunctions"))
        pronouns = WordSet(set("pronouns"))
        relativePronouns = WordSet(set("relative-pronouns"))
        speechVerbs = WordSet(set("speech-verbs"))
        weakSpeechVerbs = WordSet(set("weak-speech-verbs"))
        impersonalPronouns = set("impersonal-pronouns")
        verbGenderEndings = (list("feminine-verb-endings").map { ($0, Gender.feminine) } + list("masculine-verb-endings").map { ($0, Gender.masculine) })
            .enumerated().sorted { ($0.element.0.count, -$0.offset) > ($1.element.0.count, -$1.offset) }.map(\.element)
        verbParticles = set("verb-particles")
        auxiliaries = WordSet(set("auxiliaries"))
        sentenceAdverbs = set("sentence-adverbs")
        linkingVerbs = set("linking-verbs")
        clauseOpeners = WordSet(set("clause-openers"))
        leadingWords = set("leading-words")
        titleCues = set("title-cues")
        titleNouns = set("title-nouns")
        quoteLeadWords = set("quote-lead-words")
        parliamentTitles = set("parliament-titles")
        groupNounSuffixes = list("group-noun-suffixes")
        unnamedSpeakers = set("unnamed-speakers")
        unnamedDeterminers = set("unnamed-determiners")
        attributionPhrases = phrases("attribution-phrases")
        appointmentPhrases = phrases("appointment-phrases")
        roleQualifiers = phrases("role-qualifiers")
        roleModifiers = set("role-modifiers")
        eventFunctions = phrases("event-functions").map { $0.map { $0.lowercased() } }
        roleAdjectives = list("role-adjectives").map { $0.lowercased() }.sorted { $0.count > $1.count }
        pluralHonorifics = Dictionary(equations("plural-honorifics"), uniquingKeysWith: { first, _ in first })
        headingVerbs = Dictionary(equations("heading-verbs"), uniquingKeysWith: { first, _ in first })
        pastQualifiers = Set(list("past-qualifiers").map { $0.lowercased() })
        temporalAdverbs = WordSet(set("temporal-adverbs"))
        sharedPostWords = WordSet(set("shared-post-words"))
        successionVerbs = WordSet(set("succession-verbs"))
        compassWords = WordSet(set("compass-words"))
        locativePrepositions = WordSet(set("locative-prepositions"))
        organisationHeads = WordSet(set("organisation-heads"))
        let endings = caseEndings
        func base(_ w: String) -> String {
            for e in endings where w.count >= e.count + 3 && w.hasSuffix(e) { return String(w.dropLast(e.count)) }
            return w
        }
        organisationHeadBases = endings.isEmpty ? [] : Set(organisationHeads.words.map { base($0.lowercased()) })
        patronymicParticles = WordSet(set("patronymic-particles"))
        nameParticles = WordSet(set("name-particles").union(patronymicParticles))
        nameSuffixes = set("name-suffixes")
        surnameConjunctions = set("surname-conjunctions")
        elidedArticles = languages.flatMap { StateGazetteer.shared.elisions[$0] ?? [] }.sorted { $0.count > $1.count }
        verbFinalOpeners = Set(list("verb-final-openers").map { $0.lowercased() })
        var given: [String: Gender] = [:]
        for n in list("given-names-masculine") { given[n] = .masculine }
        for n in list("given-names-feminine") { given[n] = .feminine }
        givenNames = given
        func pairs(_ name: String) -> [(oblique: String, base: String)] {
            equations(name).map { (oblique: $0.0, base: $0.1) }.sorted { $0.oblique.count > $1.oblique.count }
        }
        nameCaseForms = pairs("name-case-forms")
        pluralForms = pairs("plural-forms").map { (plural: $0.oblique, singular: $0.base) }
        surnameCaseForms = [.feminine: pairs("surname-case-forms-feminine"), .masculine: pairs("surname-case-forms-masculine")]
        obliqueCaseCues = withSentenceCase("oblique-case-cues")
        feminineWords = withSentenceCase("feminine-words")
        masculineWords = withSentenceCase("masculine-words")
        var words = set("non-name-words").union(honorifics)
        words.formUnion(Lexicon.referenceWords)
        words.formUnion(Lexicon.gazetteerWords(languages: Set(languages)))
        nonNameSuffixes = list("non-name-suffixes")
        nonNameWords = WordSet(words)
        nonNameWordsOrHeads = WordSet(words.union(organisationHeads.words))
        filters = LexiconFilters(honorifics: honorifics.words, honorificPhrases: Array(honorificPhrases.values.joined()), pluralHonorifics: pluralHonorifics.keys, nameParticles: nameParticles.words,
                                 pronouns: pronouns.words, articles: articles.words, appointmentPhrases: appointmentPhrases,
                                 elidedArticles: elidedArticles)
    }

    /// The word without its longest case ending (Slavic lexicons), keeping three letters at least;
    /// the word itself where the language lists no endings.
    func baseWord(_ w: String) -> String {
        for e in caseEndings where w.count >= e.count + 3 && w.hasSuffix(e) { return String(w.dropLast(e.count)) }
        return w
    }

    /// True when `word` (any case) is an organisation head (`Office`, `office`), or, in a language
    /// with case endings, a case form of one (`Офиса`, `офиса`, `Миссии` → `Офис`, `Миссия`).
    func isOrganisationHead(_ word: String) -> Bool {
        if organisationHeads.contains(TextNormalization.capitalizeFirst(word)) { return true }
        guard !organisationHeadBases.isEmpty else { return false }
        return organisationHeadBases.contains(baseWord(word.lowercased()))
    }

    /// Each word of a name reduced by `baseWord` (`Клауса Нойкирха` → `Клаус Нойкирх`).
    func baseForm(of name: String) -> String {
        name.split(separator: " ").map { baseWord(String($0)) }.joined(separator: " ")
    }

    /// The base form (nominative) of a name whose given name is written in a case form
    /// (`Ириной Савчук` → `Ирина Савчук`, `Елены Ковальчук` → `Елена Ковальчук`, `Николая
    /// Петрова` → `Николай Петров`), nil when the first word is no case form of a listed given name
    /// (`givenNames`): the given-name list confirms the base form, and the gender it shows chooses
    /// the surname's endings (`surnameCaseForms`; a surname none of them fits stays as written:
    /// `Ковальчук` is the same in every case for a woman). Other words between stay as written.
    func nominativeName(_ words: [String]) -> [String]? {
        guard words.count >= 2, !nameCaseForms.isEmpty, givenNames[words[0]] == nil else { return nil }
        let first = words[0]
        var found: (name: String, gender: Gender)?
        for (oblique, base) in nameCaseForms where first.count > oblique.count + 1 && first.hasSuffix(oblique) {
            let candidate = String(first.dropLast(oblique.count)) + base
            if let gender = givenNames[candidate] { found = (candidate, gender); break }
        }
        guard let found else { return nil }
        var result = [found.name] + words.dropFirst()
        let surname = result[result.count - 1]
        for (oblique, base) in surnameCaseForms[found.gender] ?? [] where surname.count > oblique.count + 1 && surname.hasSuffix(oblique) {
            result[result.count - 1] = String(surname.dropLast(oblique.count)) + base
            break
        }
        return result
    }

    /// The base form (nominative) of a surname written alone in an oblique case (`посла Петрова`
    /// → `Петров`, `послу Ковальчуку` → `Ковальчук`), read off the surname case endings of the
    /// gender given, or of both genders when `gender` is nil: the longest oblique ending of each
    /// gender's table (`surnameCaseForms`) that the surname has. Nil when no ending fits, or when
    /// the two genders' tables give different base forms (`Петрову`: `Петров` or `Петрова`): an
    /// ambiguous ending keeps the form as written, and no name is invented. A surname whose ending
    /// is in no table (`Бережного`: `Бережной`, `Бережный` or `Бережний`) stays as written too.
    func nominativeSurname(_ surname: String, gender: Gender?) -> String? {
        var bases = Set<String>()
        for g in gender.map({ [$0] }) ?? [.masculine, .feminine] {
            for (oblique, base) in surnameCaseForms[g] ?? [] where surname.count > oblique.count + 1 && surname.hasSuffix(oblique) {
                bases.insert(String(surname.dropLast(oblique.count)) + base)
                break
            }
        }
        guard bases.count == 1, let base = bases.first, base != surname else { return nil }
        return base
    }

    /// True when two names differ only by case endings (`Анны Петровой` and `Анна Петрова`).
    func sameName(_ a: String, _ b: String) -> Bool {
        guard !caseEndings.isEmpty, a != b else { return a == b }
        return baseForm(of: a) == baseForm(of: b)
    }

    /// The capitalised words of the OSCE reference data's names (States, organisations, posts,
    /// fields of work, meeting kinds, cities), computed once for every lexicon.
    static let referenceWords: Set<String> = {
        var words = Set<String>()
        var names: [String] = []
        for s in OSCEReference.states { names += [s.name] + s.alternativeNames + s.adjectives }
        for o in OSCEReference.organisations { names += [o.name] + o.alternativeNames }
        for p in OSCEReference.posts { names += [p.name] + p.alternativeNames }
        for f in OSCEReference.fieldsOfWork { names += [f.name] + f.alternativeNames }
        for m in OSCEReference.meetingKinds { names += [m.name] + m.alternativeNames }
        for c in OSCEReference.cities { names += [c.name] + c.alternativeNames }
        for n in names { words.formUnion(Lexicon.words(n)) }
        return words
    }()

    /// The capitalised word forms of the State gazetteer's names in `languages` (`Shqipëri`,
    /// `Shqipërisë` for `sq`; `Bosnie-Herzégovine` for `fr`): a stem with each ending of its
    /// language, and the words written with inner capitals as written (`BiH`). National
    /// adjectives are left out (their forms can be surnames: `Rusu`), and so is a `not` phrase
    /// (`Republika Srpska`).
    static func gazetteerWords(languages: Set<String>) -> Set<String> {
        let gazetteer = StateGazetteer.shared
        var words = Set<String>()
        for language in languages { words.formUnion(gazetteer.mixedCaseWords[language] ?? []) }
        for entry in gazetteer.entries where entry.kind == .name && languages.contains(entry.language) {
            let endings = gazetteer.endings[entry.language]?[.name] ?? [""]
            for w in entry.words {
                for form in w.isStem ? endings.map({ w.text + $0 }) : [w.text] where form.count >= 3 {
                    words.insert(TextNormalization.capitalizeFirst(form))
                }
            }
        }
        return words
    }

    /// The word without an elided article joined to it (`l’ambassadrice` → `ambassadrice`,
    /// `L’Ambasciatrice` → `Ambasciatrice`); the word itself when it has none or nothing follows.
    func withoutElision(_ word: String) -> String {
        for a in elidedArticles where word.count > a.count + 1 && StateGazetteer.fold(word.prefix(a.count)) == a {
            return String(word.dropFirst(a.count))
        }
        return word
    }

    /// The honorific a word is (`Ambassador`, `l’ambassadrice` → `ambassadrice`), nil when it is none.
    func honorific(_ word: String) -> String? {
        if honorifics.contains(word) { return word }
        let bare = withoutElision(word)
        return bare != word && honorifics.contains(bare) ? bare : nil
    }

    func reportedHonorific(_ h: String) -> String? { reportedHonorifics.contains(h) ? h : nil }

    /// The honorific written right before token `end` of `tokens`, with the token it starts at:
    /// the longest honorific of several words (`honorificPhrases`: `Prof. Dr.`, `Dr. habil.`,
    /// `Major General`) whose words are the tokens before `end`, else the word before `end`
    /// (`honorific(_:)`). Nil when none is (`Secretary General`: `General` alone is none).
    /// - Complexity: O(k) for the k phrases ending in the word before `end`; O(1), with no
    ///   `String` made, for a word that the byte pre-filters (`LexiconFilters`) refuse.
    func honorific(before end: Int, in tokens: TokenList) -> (text: String, start: Int)? {
        guard end > 0, end <= tokens.count else { return nil }
        let last = tokens[end - 1]
        if last.isWord, filters.honorificPhraseEnds.mayContain(last.utf8), let phrases = honorificPhrases[last.text] {
            for phrase in phrases where phrase.count <= end {
                let s = end - phrase.count
                if phrase.indices.allSatisfy({ tokens[s + $0].isWord && tokens[s + $0].text == phrase[$0] && ($0 == 0 || tokens[s + $0].spaceBefore) }) {
                    return (phrase.joined(separator: " "), s)
                }
            }
        }
        return honorific(last).map { ($0, end - 1) }
    }

    /// The end (exclusive) of the honorific written from token `start` of `tokens` (the longest,
    /// as `honorific(before:in:)` reads one), nil when none starts there.
    /// - Complexity: O(1), with no `String` made, when the byte pre-filters (`LexiconFilters`) say
    ///   no honorific starts with the word at `start` (most words of a text).
    func honorificEnd(from start: Int, in tokens: TokenList) -> Int? {
        guard start >= 0, start < tokens.count else { return nil }
        let first = tokens[start].utf8
        guard filters.mayBeHonorific(first) || filters.honorificPhraseStarts.mayContain(first) else { return nil }
        var best: Int?
        var e = start + 1
        while e <= tokens.count, e - start <= 4 {
            if let h = honorific(before: e, in: tokens), h.start == start { best = e }
            e += 1
        }
        return best
    }

    /// Capitalised words of a name, as the tokenizer splits them.
    static func words(_ s: String) -> [String] {
        let tokens = Tokenizer.tokenize(s).tokens
        return withExtendedLifetime(tokens) { tokens.filter { $0.isWord && ($0.text.first?.isUppercase ?? false) }.map(\.stem) }
    }

    /// The word's base form: lower-cased, without a possessive, a plural `-s` or a case ending
    /// when the shorter form is a post word.
    private func roleBase(_ w: String, plural: Bool) -> String? {
        if roleNouns.contains(w) { return w }
        if plural, w.count > 3 {
            for one in singulars(of: w) where roleNouns.contains(one) { return one }
        }
        guard !caseEndings.isEmpty else { return nil }
        let count = w.count
        for e in caseEndings where count > e.count + 2 && w.hasSuffix(e) {
            let stem = String(w.dropLast(e.count))
            if roleNouns.contains(stem) { return stem }
            if let n = roleNouns.words.first(where: { $0.hasPrefix(stem) && $0.count <= stem.count + 1 }) { return n }
        }
        return nil
    }

    /// The singular forms a plural noun may have (`pluralForms`, longest ending first), as written
    /// but for the ending (`Heads` → `Head`, `Deputies` → `Deputy`, `capi` → `capo`); empty when no
    /// plural ending fits. A stem of two letters or fewer is no noun.
    func singulars(of word: String) -> [String] {
        pluralForms.compactMap { form in
            guard word.count > form.plural.count + 2, word.hasSuffix(form.plural) else { return nil }
            return String(word.dropLast(form.plural.count)) + form.singular
        }
    }

    /// True when `word` (any case) is a common noun for a person that is no post word: a noun of
    /// `unnamedSpeakers` (`participant`, `trainee`, `volunteer`, `resident`). Capitalised before a
    /// name (`Participant Amer X`) it is a status, never a given name.
    func isPersonNoun(_ word: String) -> Bool {
        unnamedSpeakers.contains(word) || unnamedSpeakers.contains(word.lowercased())
    }

    /// The possessive endings `isRoleNoun` drops (`’s`, `'s`).
    private static let possessiveSuffixes = ["’s", "'s"]

    /// `word.first?.isLowercase == true`, read from the first byte when it is ASCII and no
    /// combining mark follows it (then the first character is that byte).
    static func startsLowercase(_ word: String) -> Bool {
        let u = word.utf8
        if let f = u.first, f < 0x80 {
            let second = u.dropFirst().first
            if second == nil || second! < 0x80 { return f >= 0x61 && f <= 0x7A }
        }
        return word.first?.isLowercase == true
    }

    /// True when `word` (any case) is a form of an adjective of a post (`roleAdjectives`): the
    /// stem and one to three letters of ending (`Генеральный`, `генерального`, `Специальная`).
    func isRoleAdjective(_ word: String) -> Bool {
        guard !roleAdjectives.isEmpty else { return false }
        let w = word.lowercased()
        return roleAdjectives.contains { w.count > $0.count && w.count - $0.count <= 3 && w.hasPrefix($0) }
    }

    /// True when `word` heads a post phrase (`Minister`, `Chairperson-in-Office`, `adviser`,
    /// `footballers`, `депутата`, `glaciologist`, `l’ambassadrice` after its elided article).
    /// With `plural`, a plural in `-s` counts too (`footballers Stevan X and Stefan Y`).
    func isRoleNoun(_ word: String, plural: Bool = false) -> Bool {
        var w = word.lowercased()
        // (`l’ambassadrice`: a post noun after an elided article.)
        if !elidedArticles.isEmpty { w = withoutElision(w) }
        for suffix in Self.possessiveSuffixes where w.hasSuffix(suffix) { w.removeLast(suffix.count) }
        if roleBase(w, plural: plural) != nil { return true }
        if w.utf8.contains(0x2D) {
            for part in w.split(separator: "-") where part != "in" && roleBase(String(part), plural: plural) != nil { return true }
        }
        // (`w.count` counts characters: counted once, and only when a list of endings needs it.)
        if !roleSuffixes.isEmpty {
            let count = w.count
            for suffix in roleSuffixes where count > suffix.count + 2 && w.hasSuffix(suffix) { return true }
        }
        if !lowercaseRoleSuffixes.isEmpty, Self.startsLowercase(word), w.count >= 7 {
            for suffix in lowercaseRoleSuffixes where w.hasSuffix(suffix) && !w.hasSuffix("exist") { return true }
        }
        return false
    }
}
