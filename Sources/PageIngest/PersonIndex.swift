/// Hash look-ups over the people `PeopleExtractor` has found, so that resolving a name or a
/// surname costs O(1) instead of a scan over every person (a page naming n people in m words
/// costs O(m), not O(m·n)).
///
/// Each key maps to the indices (into `PeopleExtractor.people`) of the people it fits, in
/// increasing order, so `first` is what `people.firstIndex { … }` returned. Base forms
/// (`Lexicon.baseForm`) are kept only when the lexicon has case endings (`Lexicon.sameName`
/// compares names there).
struct PersonIndex {
    private var byName: [String: [Int]] = [:]
    /// Every tail of a name after one of its spaces (`Funered` and `Maria Funered` for `Anna Maria Funered`).
    private var bySuffix: [String: [Int]] = [:]
    private var byBaseName: [String: [Int]] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var byBaseSurname: [String: [Int]] = [:]
    let caseForms: Bool

    init(lexicon: Lexicon) { caseForms = !lexicon.caseEndings.isEmpty }

    /// Enters person `p` (the highest index so far) with its name and surname.
    mutating func add(_ p: Int, name: String, surname: String, lexicon: Lexicon) {
        for (key, value) in keys(name: name, surname: surname, lexicon: lexicon) { Self.insert(p, key, &self[keyPath: value]) }
    }

    /// Moves person `p` from its old name and surname to new ones.
    mutating func rename(_ p: Int, from old: (name: String, surname: String), to new: (name: String, surname: String), lexicon: Lexicon) {
        for (key, value) in keys(name: old.name, surname: old.surname, lexicon: lexicon) {
            self[keyPath: value][key]?.removeAll { $0 == p }
            if self[keyPath: value][key]?.isEmpty == true { self[keyPath: value][key] = nil }
        }
        for (key, value) in keys(name: new.name, surname: new.surname, lexicon: lexicon) { Self.insert(p, key, &self[keyPath: value]) }
    }

    /// The first person named exactly `name`.
    func first(named name: String) -> Int? { byName[name]?.first }

    /// The first person whose name ends in ` name` (`name` is a short form of it).
    func first(endingIn name: String) -> Int? { bySuffix[name]?.first }

    /// The first person whose name is `name` but for case endings (`Lexicon.sameName`).
    func first(sameNameAs name: String, lexicon: Lexicon) -> Int? {
        caseForms ? byBaseName[lexicon.baseForm(of: name)]?.first : byName[name]?.first
    }

    /// The people whose surname is `surname`, in index order.
    func people(withSurname surname: String) -> [Int] { bySurname[surname] ?? [] }

    /// The people whose surname is `surname` but for case endings, in index order.
    func people(withSurnameLike surname: String, lexicon: Lexicon) -> [Int] {
        caseForms ? byBaseSurname[lexicon.baseForm(of: surname)] ?? [] : bySurname[surname] ?? []
    }

    private func keys(name: String, surname: String, lexicon: Lexicon) -> [(String, WritableKeyPath<PersonIndex, [String: [Int]]>)] {
        var out: [(String, WritableKeyPath<PersonIndex, [String: [Int]]>)] = [(name, \.byName), (surname, \.bySurname)]
        var seen = Set<String>()
        for (i, c) in zip(name.indices, name) where c == " " {
            let tail = String(name[name.index(after: i)...])
            if seen.insert(tail).inserted { out.append((tail, \.bySuffix)) }
        }
        if caseForms {
            out.append((lexicon.baseForm(of: name), \.byBaseName))
            out.append((lexicon.baseForm(of: surname), \.byBaseSurname))
        }
        return out
    }

    private static func insert(_ p: Int, _ key: String, _ table: inout [String: [Int]]) {
        var list = table[key] ?? []
        guard !list.contains(p) else { return }
        let at = list.firstIndex { $0 > p } ?? list.count
        list.insert(p, at: at)
        table[key] = list
    }
}
