import OSCE

/// Short forms of people's names resolved across the pages of a corpus: `Medvedev` on one page
/// and `Dmitry Medvedev` on another are one person (one IRI).
///
/// A name S, as one page writes it, is resolved to a full name F when all of these hold:
/// - F's words end with S's words and F has more words (`Medvedev` → `Dmitry Medvedev`,
///   `Perrin de Brichambaut` → `Marc Perrin de Brichambaut`), compared case- and
///   diacritic-folded (`OSCEReference.key`);
/// - F is the only such name, a candidate that is itself a short form of another candidate
///   counting as that one: `Smith` stays `Smith` when the corpus names `Jane Smith` and
///   `John Smith` (never merge two different known people);
/// - something ties the two: F is a person of the reference data (`OSCEReference.people`), or a
///   post given to S and a post given to F are the same or one is a short form of the other
///   (`President` and `Russian President`, see `PostWords`), or both are given the same
///   honorific (`Ambassador Kasprowicz` on one page, `Ambassador Andrzej Kasprowicz` on
///   another). A surname shared by two people with nothing in common is left alone.
///
/// Within one page `PeopleExtractor` resolves short forms already; this joins pages.
///
///     let aliases = PersonAliases(people: [("Medvedev", ["President"]), ("Dmitry Medvedev", ["Russian President"])])
///     aliases.resolve("Medvedev")   // "Dmitry Medvedev"
///
/// - Complexity: O(n·k) for n distinct names and k full names sharing a last word.
struct PersonAliases {
    /// Folded short name → the full name it stands for.
    private var fullNames: [String: String] = [:]

    /// - Parameters:
    ///   - people: every person of the corpus as a page gives them (name, posts), in corpus order;
    ///     the first spelling of a folded name is the one kept.
    ///   - reference: full names of the reference data.
    init(people: [(name: String, roles: [String])], reference: [String] = OSCEReference.people.map(\.name)) {
        var names = Names(reference: reference)
        for (name, roles) in people { names.add(name, roles: roles) }
        self.init(names)
    }

    /// The people of a corpus gathered page by page, in corpus order (the input of
    /// `init(_:)`): each folded name once, with its first spelling and the distinct posts
    /// given to it, so it grows with the distinct names and posts, not with the pages.
    struct Names {
        struct Entry {
            var name: String
            var words: [String]
            var roles: [String] = []
            /// The honorifics the pages give the name (`Ambassador`, `Dr.`), each once.
            var honorifics: [String] = []
            var isReference = false
        }
        fileprivate var entries: [String: Entry] = [:]
        fileprivate var order: [String] = []

        /// The reference data's full names first (`reference`).
        init(reference: [String] = OSCEReference.people.map(\.name)) {
            for name in reference {
                let key = OSCEReference.key(name)
                guard entries[key] == nil else { continue }
                entries[key] = Entry(name: name, words: Self.words(key), isReference: true)
                order.append(key)
            }
        }

        private static func words(_ key: String) -> [String] { key.split(separator: " ").map(String.init) }

        /// Adds a person as a page gives them (a post given twice is kept once: only
        /// whether two names share a post matters).
        mutating func add(_ name: String, roles: [String], honorific: String? = nil) {
            let key = OSCEReference.key(name)
            guard !key.isEmpty else { return }
            if entries[key] == nil {
                entries[key] = Entry(name: name, words: Self.words(key))
                order.append(key)
            }
            for role in roles where !entries[key]!.roles.contains(role) { entries[key]!.roles.append(role) }
            if let honorific, !entries[key]!.honorifics.contains(honorific) { entries[key]!.honorifics.append(honorific) }
        }

        /// Adds the people a capture names: its releases' people with their posts, its
        /// posts' holders, and the people its untitled entries mention.
        mutating func add(_ capture: PageCorpus.Capture) {
            for release in capture.releases {
                for (person, (name, roles)) in zip(release.people, PersonAliases.people(of: release)) {
                    add(name, roles: roles, honorific: person.honorific)
                }
            }
            for post in capture.posts { if let holder = post.holder { add(holder.name, roles: [post.role]) } }
            for person in capture.mentions.people { add(person.name, roles: []) }
        }
    }

    /// The resolutions `names` allow (see the type).
    init(_ names: Names) {
        let entries = names.entries
        let order = names.order
        // Full names (two words or more) by their last word.
        var byLastWord: [String: [String]] = [:]
        for key in order {
            guard let e = entries[key], e.words.count >= 2, let last = e.words.last else { continue }
            byLastWord[last, default: []].append(key)
        }
        let articles = Lexicon.shared.articles
        func tied(_ a: [String], _ b: [String]) -> Bool {
            for x in a {
                let px = PostWords(x, articles: articles)
                for y in b {
                    let py = PostWords(y, articles: articles)
                    if px == py || px.isShortForm(of: py) || py.isShortForm(of: px) { return true }
                }
            }
            return false
        }
        for key in order {
            guard let short = entries[key], !short.isReference, let last = short.words.last else { continue }
            let candidates = (byLastWord[last] ?? []).filter { k in
                guard let f = entries[k] else { return false }
                return f.words.count > short.words.count && Array(f.words.suffix(short.words.count)) == short.words
            }
            // The longest forms: a candidate ending another candidate's words is that candidate.
            let maximal = candidates.filter { k in
                let w = entries[k]!.words
                return !candidates.contains { o in
                    let ow = entries[o]!.words
                    return ow.count > w.count && Array(ow.suffix(w.count)) == w
                }
            }
            guard maximal.count == 1, let full = entries[maximal[0]] else { continue }
            // Every candidate must belong to that one full name's chain.
            guard full.isReference || tied(short.roles, candidates.flatMap { entries[$0]!.roles })
                    || candidates.contains(where: { !Set(entries[$0]!.honorifics).isDisjoint(with: short.honorifics) }) else { continue }
            fullNames[key] = full.name
        }
    }

    /// The people of a release with the posts it gives each (the input of `init`).
    static func people(of release: Release) -> [(name: String, roles: [String])] {
        release.people.map { p in (p.name, release.posts.filter { $0.holder?.name == p.name }.map(\.role)) }
    }

    /// The full name `name` stands for, or `name` itself.
    func resolve(_ name: String) -> String {
        fullNames[OSCEReference.key(name)] ?? name
    }

    /// True when no name is resolved to another.
    var isEmpty: Bool { fullNames.isEmpty }

    /// The release with its people, post holders and quote speakers resolved (a person named
    /// twice after resolving is kept once, at the first place).
    func resolve(_ release: Release) -> Release {
        guard !isEmpty else { return release }
        var r = release
        r.people = resolve(release.people)
        r.posts = release.posts.map(resolve)
        for i in r.quotes.indices { r.quotes[i].speaker = r.quotes[i].speaker.map(resolve) }
        return r
    }

    /// The page's mentions with every person's name resolved (a person named twice after
    /// resolving is kept once).
    func resolve(_ mentions: PageMentions) -> PageMentions {
        guard !isEmpty else { return mentions }
        var m = mentions
        m.people = resolve(mentions.people)
        return m
    }

    /// People with their names resolved, a person named twice after resolving kept once, at
    /// the first place.
    private func resolve(_ people: [Person]) -> [Person] {
        var seen = Set<String>()
        return people.compactMap { p in
            var p = p
            p.name = resolve(p.name)
            return seen.insert(p.name).inserted ? p : nil
        }
    }

    /// The post with its holder resolved.
    func resolve(_ post: Post) -> Post {
        guard !isEmpty, let holder = post.holder else { return post }
        var p = post
        p.holder?.name = resolve(holder.name)
        return p
    }
}
