import Foundation
import RDF

/// Comparison of query results with expected results: solution multisets
/// up to blank-node renaming, ordered checks for ORDER BY, and RDF graph
/// isomorphism (RDF 1.1 Concepts §3.6).
enum ResultComparison {
    /// Language tags compare without regard to case (RDF 1.1 Concepts §3.3;
    /// the practice suite's README asks for it in SELECT results).
    ///
    /// Numeric literals compare by value within their datatype: the W3C
    /// expected results write e.g. `"6"^^xsd:double` where the canonical
    /// form (XSD 1.1 Part 2 §3.3.5.2) is `"6.0E0"`, and `"3"^^xsd:decimal`
    /// for `"3.0"`. The datatype itself must match.
    static func normalise(_ t: Term) -> Term {
        guard case .literal(let l) = t else { return t }
        if let lang = l.language {
            return .literal(Literal(l.lexicalForm, uncheckedLanguage: lang.lowercased()))
        }
        if let canonical = canonicalNumber(l) { return .literal(Literal(canonical, datatype: l.datatype)) }
        return t
    }

    static let integerTypes: Set<String> = [
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "nonPositiveInteger", "negativeInteger",
        "positiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    ].reduce(into: []) { $0.insert("http://www.w3.org/2001/XMLSchema#" + $1) }

    /// A canonical spelling of a numeric literal's value, or nil when the
    /// literal is not numeric or not well formed.
    static func canonicalNumber(_ l: Literal) -> String? {
        let dt = l.datatype.value
        let lex = l.lexicalForm.trimmingCharacters(in: .whitespaces)
        if dt == XSD.double.value || dt == XSD.float.value {
            guard let d = Double(lex) else { return nil }
            if d.isNaN { return "NaN" }
            return d == 0 ? (d.sign == .minus ? "-0" : "0") : "\(d)"
        }
        guard dt == XSD.decimal.value || integerTypes.contains(dt) else { return nil }
        var s = Substring(lex)
        var negative = false
        if s.hasPrefix("+") { s = s.dropFirst() } else if s.hasPrefix("-") { negative = true; s = s.dropFirst() }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let intPart = parts[0].drop { $0 == "0" }
        var frac = parts.count == 2 ? Substring(parts[1]) : ""
        while frac.hasSuffix("0") { frac = frac.dropLast() }
        let body = (intPart.isEmpty ? "0" : String(intPart)) + (frac.isEmpty ? "" : "." + frac)
        return (negative && body != "0" ? "-" : "") + body
    }

    static func normalise(_ row: [String: Term]) -> [String: Term] { row.mapValues(normalise) }

    /// nil when `actual` matches `expected`, else why not.
    /// - Parameters:
    ///   - lax: REDUCED-style cardinality: each expected row may appear
    ///     from once up to its expected number of times.
    ///   - orderVariables: when set, row `i` of both must agree on these
    ///     variables (skipped when an expected value is a blank node).
    ///   - exact: compare terms exactly (no numeric or language-tag normalisation).
    static func compareSolutions(expected: [[String: Term]], actual: [[String: Term]], lax: Bool,
                                 orderVariables: [String]?, exact: Bool = false) -> String? {
        let e = exact ? expected : expected.map(normalise)
        let a = exact ? actual : actual.map(normalise)
        if !lax && e.count != a.count { return "expected \(e.count) rows, got \(a.count)" }
        let hasBlank = { (r: [String: Term]) in r.values.contains { $0.isBlankNode } }
        let eGround = e.filter { !hasBlank($0) }, aGround = a.filter { !hasBlank($0) }
        let eBlank = e.filter(hasBlank), aBlank = a.filter(hasBlank)
        var eCount: [[String: Term]: Int] = [:], aCount: [[String: Term]: Int] = [:]
        for r in eGround { eCount[r, default: 0] += 1 }
        for r in aGround { aCount[r, default: 0] += 1 }
        if lax {
            if Set(eCount.keys) != Set(aCount.keys) || aCount.contains(where: { $0.value > eCount[$0.key] ?? 0 }) {
                return "rows differ (lax cardinality)\(diff(eCount, aCount))"
            }
            if eBlank.isEmpty && aBlank.isEmpty { return nil }
        } else if eCount != aCount {
            return "rows differ\(diff(eCount, aCount))"
        }
        if eBlank.count != aBlank.count { return "expected \(eBlank.count) rows with blank nodes, got \(aBlank.count)" }
        var forward: [BlankNode: BlankNode] = [:], backward: [BlankNode: BlankNode] = [:]
        var used = [Bool](repeating: false, count: aBlank.count)
        if !matchRows(eBlank, 0, aBlank, &used, &forward, &backward) { return "rows with blank nodes differ" }
        if let vars = orderVariables, !vars.isEmpty, !lax, !e.contains(where: { r in vars.contains { r[$0]?.isBlankNode == true } }) {
            for i in 0..<min(e.count, a.count) {
                for v in vars where e[i][v] != a[i][v] {
                    return "order differs at row \(i + 1): expected ?\(v) = \(e[i][v].map { "\($0)" } ?? "unbound"), got \(a[i][v].map { "\($0)" } ?? "unbound")"
                }
            }
        }
        return nil
    }

    private static func diff(_ e: [[String: Term]: Int], _ a: [[String: Term]: Int]) -> String {
        func show(_ r: [String: Term]) -> String { "{" + r.sorted { $0.key < $1.key }.map { "?\($0.key)=\($0.value)" }.joined(separator: " ") + "}" }
        let missing = e.filter { (a[$0.key] ?? 0) < $0.value }.map(\.key).prefix(5).map(show)
        let extra = a.filter { (e[$0.key] ?? 0) < $0.value }.map(\.key).prefix(5).map(show)
        return (missing.isEmpty ? "" : "; missing " + missing.joined(separator: ", ")) + (extra.isEmpty ? "" : "; unexpected " + extra.joined(separator: ", "))
    }

    private static func matchRows(_ e: [[String: Term]], _ i: Int, _ a: [[String: Term]], _ used: inout [Bool],
                                  _ fwd: inout [BlankNode: BlankNode], _ bwd: inout [BlankNode: BlankNode]) -> Bool {
        if i == e.count { return true }
        let row = e[i]
        for j in a.indices where !used[j] && a[j].count == row.count {
            var f = fwd, b = bwd
            var ok = true
            for (k, v) in row {
                guard let w = a[j][k] else { ok = false; break }
                if case .blankNode(let x) = v, case .blankNode(let y) = w {
                    if let m = f[x], m != y { ok = false; break }
                    if let m = b[y], m != x { ok = false; break }
                    f[x] = y; b[y] = x
                } else if v != w { ok = false; break }
            }
            guard ok else { continue }
            used[j] = true
            if matchRows(e, i + 1, a, &used, &f, &b) { fwd = f; bwd = b; return true }
            used[j] = false
        }
        return false
    }

    // MARK: - Graph isomorphism

    /// Whether the graphs are isomorphic (RDF 1.1 Concepts §3.6): equal up
    /// to a bijection of blank nodes. Colour refinement over blank nodes,
    /// then individualisation with backtracking where colours tie.
    static func isomorphic(_ g1: Graph, _ g2: Graph) -> Bool {
        guard g1.count == g2.count else { return false }
        let ground1 = Set(g1.filter { !$0.subject.isBlankNode && !$0.object.isBlankNode })
        let ground2 = Set(g2.filter { !$0.subject.isBlankNode && !$0.object.isBlankNode })
        guard ground1 == ground2 else { return false }
        let b1 = BlankStructure(g1), b2 = BlankStructure(g2)
        guard b1.nodes.count == b2.nodes.count else { return false }
        if b1.nodes.isEmpty { return true }
        var c1 = b1.initialColours(), c2 = b2.initialColours()
        refine(b1, &c1, b2, &c2)
        return search(b1, c1, b2, c2, target: Set(g2))
    }

    /// Refines both colourings in lock step until neither partition splits further.
    static func refine(_ b1: BlankStructure, _ c1: inout [Int], _ b2: BlankStructure, _ c2: inout [Int]) {
        var classes = (Set(c1).count, Set(c2).count)
        while true {
            c1 = b1.refined(c1)
            c2 = b2.refined(c2)
            let now = (Set(c1).count, Set(c2).count)
            if now == classes { return }
            classes = now
        }
    }

    private static func search(_ b1: BlankStructure, _ c1: [Int], _ b2: BlankStructure, _ c2: [Int], target: Set<Triple>) -> Bool {
        var hist1: [Int: Int] = [:], hist2: [Int: Int] = [:]
        for c in c1 { hist1[c, default: 0] += 1 }
        for c in c2 { hist2[c, default: 0] += 1 }
        guard hist1 == hist2 else { return false }
        // Pick the smallest tied colour class, if any.
        guard let tied = hist1.filter({ $0.value > 1 }).min(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else {
            var byColour: [Int: BlankNode] = [:]
            for (i, c) in c2.enumerated() { byColour[c] = b2.nodes[i] }
            var mapping: [BlankNode: BlankNode] = [:]
            for (i, c) in c1.enumerated() { mapping[b1.nodes[i]] = byColour[c] }
            return b1.triples.allSatisfy { target.contains(b1.map($0, mapping)) }
        }
        let i = c1.firstIndex(of: tied)!
        var freshHasher = Hasher()
        freshHasher.combine(tied)
        freshHasher.combine(0x5EED)
        let fresh = freshHasher.finalize()
        for j in c2.indices where c2[j] == tied {
            var n1 = c1, n2 = c2
            n1[i] = fresh
            n2[j] = fresh
            refine(b1, &n1, b2, &n2)
            if search(b1, n1, b2, n2, target: target) { return true }
        }
        return false
    }

    /// The blank nodes of a graph with their incident triples.
    struct BlankStructure {
        var nodes: [BlankNode] = []
        var index: [BlankNode: Int] = [:]
        /// Per node: (direction, predicate, other end) — other end a node index or a ground term.
        var edges: [[(Bool, IRI, Int?, Term?)]] = []
        var triples: [Triple] = []
        var fixedEdges: [[(Int, Int?)]] = []

        init(_ g: Graph) {
            for t in g {
                for term in [t.subject, t.object] {
                    if case .blankNode(let b) = term, index[b] == nil {
                        index[b] = nodes.count
                        nodes.append(b)
                        edges.append([])
                    }
                }
                guard t.subject.isBlankNode || t.object.isBlankNode else { continue }
                triples.append(t)
                let s = t.subject.blankNode.flatMap { index[$0] }
                let o = t.object.blankNode.flatMap { index[$0] }
                if let s { edges[s].append((true, t.predicate, o, o == nil ? t.object : nil)) }
                if let o { edges[o].append((false, t.predicate, s, s == nil ? t.subject : nil)) }
            }
            fixedEdges = fixed
        }

        /// Per node: the hash of each incident edge's fixed part (direction,
        /// predicate, ground other end) and the other end's node index, if a blank node.
        var fixed: [[(Int, Int?)]] {
            edges.map { es in
                es.map { e -> (Int, Int?) in
                    var h = Hasher()
                    h.combine(e.0); h.combine(e.1); h.combine(e.3); h.combine(e.2 == nil)
                    return (h.finalize(), e.2)
                }
            }
        }

        func initialColours() -> [Int] {
            fixed.map { es in es.reduce(0) { $0 &+ mix($1.0) } }
        }

        /// One round of refinement: a node's new colour mixes its colour with
        /// the multiset (a commutative sum) of its edges' hashes.
        func refined(_ colours: [Int]) -> [Int] {
            let f = fixedEdges
            var out = [Int](repeating: 0, count: colours.count)
            for i in f.indices {
                var sum = 0
                for (h, n) in f[i] { sum = sum &+ mix(h &+ (n.map { colours[$0] } ?? 0) &* 0x9E37_79B9) }
                out[i] = mix(colours[i] ^ mix(sum))
            }
            return out
        }

        /// splitmix64's finaliser: a cheap, well-spread integer hash.
        func mix(_ x: Int) -> Int {
            var z = UInt64(bitPattern: Int64(x)) &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(Int64(bitPattern: z ^ (z >> 31)))
        }

        func map(_ t: Triple, _ m: [BlankNode: BlankNode]) -> Triple {
            func f(_ x: Term) -> Term { if case .blankNode(let b) = x, let y = m[b] { return .blankNode(y) }; return x }
            return Triple(f(t.subject), t.predicate, f(t.object))
        }
    }
}
