import RDF

/// Graph isomorphism for tests (RDF 1.1 Concepts §3.6): whether a bijection
/// between the blank nodes of two graphs maps one onto the other. The one
/// implementation the test targets share (RaptorIO round trips and W3C
/// suites, SPARQL conformance results).
///
/// Colour refinement over the blank nodes of both graphs in lock step
/// (each colour refined by the colours and terms of its neighbours until
/// neither partition splits), then individualisation with backtracking
/// where colours tie. Exponential only for highly symmetric graphs, which
/// tests do not use; long chains and cycles are linear in practice.
public enum GraphIsomorphism {
    /// Whether the graphs are isomorphic (RDF 1.1 Concepts §3.6): equal up
    /// to a bijection of blank nodes. With `caseInsensitiveLanguage`,
    /// language tags compare case-insensitively (RDF 1.1 Concepts §3.3
    /// allows parsers to lowercase them).
    public static func isomorphic(_ a: Graph, _ b: Graph, caseInsensitiveLanguage: Bool = false) -> Bool {
        let g1 = caseInsensitiveLanguage ? Graph(normalise(a, true)) : a, g2 = caseInsensitiveLanguage ? Graph(normalise(b, true)) : b
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

    /// The triples of `a` not matched in `b` (after blank-node relabelling when
    /// the graphs are isomorphic); a short, human-readable difference.
    public static func difference(_ a: Graph, _ b: Graph, caseInsensitiveLanguage: Bool = false) -> String {
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
}
