import RDF

/// Graph isomorphism for tests (RDF 1.1 Concepts §3.6): a bijection between
/// the blank nodes of two graphs that maps one onto the other.
///
/// Colour refinement (each blank node's colour is refined by the colours and
/// terms of its neighbours until stable), then backtracking over blank nodes
/// of equal colour, smallest class first. Exponential only for highly
/// symmetric graphs, which tests do not use.
enum Isomorphism {
    /// Whether `a` and `b` are isomorphic. With `caseInsensitiveLanguage`,
    /// language tags compare case-insensitively (RDF 1.1 Concepts §3.3
    /// allows parsers to lowercase them).
    static func isomorphic(_ a: Graph, _ b: Graph, caseInsensitiveLanguage: Bool = false) -> Bool {
        mapping(a, b, caseInsensitiveLanguage: caseInsensitiveLanguage) != nil
    }

    /// The triples of `a` not matched in `b` (after blank-node relabelling when
    /// the graphs are isomorphic); a short, human-readable difference.
    static func difference(_ a: Graph, _ b: Graph, caseInsensitiveLanguage: Bool = false) -> String {
        let na = normalise(a, caseInsensitiveLanguage), nb = normalise(b, caseInsensitiveLanguage)
        let groundA = Set(na.filter { !hasBlank($0) }), groundB = Set(nb.filter { !hasBlank($0) })
        var out: [String] = []
        for t in groundA.subtracting(groundB).sorted() { out.append("- \(t)") }
        for t in groundB.subtracting(groundA).sorted() { out.append("+ \(t)") }
        let ba = na.filter(hasBlank).count, bb = nb.filter(hasBlank).count
        if ba != bb { out.append("blank-node triples: \(ba) vs \(bb)") }
        return out.prefix(20).joined(separator: "\n")
    }

    static func normalise(_ g: Graph, _ ci: Bool) -> [Triple] {
        guard ci else { return g.triples }
        return g.triples.map { t in
            var t = t
            if case .literal(let l) = t.object, let lang = l.language {
                t.object = .literal(Literal(l.lexicalForm, uncheckedLanguage: lang.lowercased()))
            }
            return t
        }
    }

    static func hasBlank(_ t: Triple) -> Bool { t.subject.isBlankNode || t.object.isBlankNode }

    static func mapping(_ a: Graph, _ b: Graph, caseInsensitiveLanguage: Bool = false) -> [BlankNode: BlankNode]? {
        let ta = Set(normalise(a, caseInsensitiveLanguage)), tb = Set(normalise(b, caseInsensitiveLanguage))
        guard ta.count == tb.count else { return nil }
        let groundA = ta.filter { !hasBlank($0) }, groundB = tb.filter { !hasBlank($0) }
        guard groundA == groundB else { return nil }
        let blankA = Array(ta.filter(hasBlank)), blankB = Array(tb.filter(hasBlank))
        guard blankA.count == blankB.count else { return nil }
        if blankA.isEmpty { return [:] }
        let colourA = colours(blankA), colourB = colours(blankB)
        // Same colour histogram is necessary.
        var histA: [Int: Int] = [:], histB: [Int: Int] = [:]
        for (_, c) in colourA { histA[c, default: 0] += 1 }
        for (_, c) in colourB { histB[c, default: 0] += 1 }
        guard histA == histB else { return nil }
        let order = colourA.keys.sorted { (histA[colourA[$0]!]!, $0) < (histA[colourA[$1]!]!, $1) }
        var byColourB: [Int: [BlankNode]] = [:]
        for (n, c) in colourB { byColourB[c, default: []].append(n) }
        for k in byColourB.keys { byColourB[k]!.sort() }
        let setB = Set(blankB)
        var map: [BlankNode: BlankNode] = [:]
        var used: Set<BlankNode> = []
        // Triples of A grouped by the blank nodes they mention, for early checks.
        var triplesOf: [BlankNode: [Triple]] = [:]
        for t in blankA {
            if case .blankNode(let s) = t.subject { triplesOf[s, default: []].append(t) }
            if case .blankNode(let o) = t.object, t.subject != t.object { triplesOf[o, default: []].append(t) }
        }
        func image(_ t: Triple) -> Triple? {
            var t = t
            if case .blankNode(let s) = t.subject { guard let m = map[s] else { return nil }; t.subject = .blankNode(m) }
            if case .blankNode(let o) = t.object { guard let m = map[o] else { return nil }; t.object = .blankNode(m) }
            return t
        }
        func search(_ i: Int) -> Bool {
            if i == order.count { return true }
            let n = order[i]
            for candidate in byColourB[colourA[n]!] ?? [] where !used.contains(candidate) {
                map[n] = candidate
                used.insert(candidate)
                var ok = true
                for t in triplesOf[n] ?? [] {
                    if let img = image(t), !setB.contains(img) { ok = false; break }
                }
                if ok && search(i + 1) { return true }
                map[n] = nil
                used.remove(candidate)
            }
            return false
        }
        return search(0) ? map : nil
    }

    /// Stable colours of the blank nodes of `triples` (which all mention a blank node).
    static func colours(_ triples: [Triple]) -> [BlankNode: Int] {
        var nodes: Set<BlankNode> = []
        for t in triples {
            if case .blankNode(let s) = t.subject { nodes.insert(s) }
            if case .blankNode(let o) = t.object { nodes.insert(o) }
        }
        var colour: [BlankNode: Int] = Dictionary(uniqueKeysWithValues: nodes.map { ($0, 0) })
        var classes = 1
        for _ in 0..<(nodes.count + 1) {
            var signature: [BlankNode: [String]] = [:]
            for t in triples {
                func show(_ term: Term) -> String {
                    if case .blankNode(let b) = term { return "_#\(colour[b]!)" }
                    return term.description
                }
                if case .blankNode(let s) = t.subject { signature[s, default: []].append("out \(t.predicate) \(show(t.object))") }
                if case .blankNode(let o) = t.object { signature[o, default: []].append("in \(show(t.subject)) \(t.predicate)") }
            }
            let keyed = nodes.map { n in (n, "\(colour[n]!)|" + (signature[n] ?? []).sorted().joined(separator: "|")) }
            let distinct = Array(Set(keyed.map(\.1))).sorted()
            let number = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            for (n, k) in keyed { colour[n] = number[k]! }
            if distinct.count == classes { break }
            classes = distinct.count
        }
        return colour
    }
}
