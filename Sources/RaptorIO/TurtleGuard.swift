import RDF

/// Decides which triples Raptor's Turtle serializer may write and which must
/// follow its output as N-Triples lines, so that the document reads back to
/// the same graph.
///
/// Raptor 2.0.15's Turtle serializer (RAPTOR-LIMITS.md, "writers" table):
/// - writes `xsd:integer`, `xsd:decimal`, `xsd:double` and `xsd:boolean`
///   literals as bare tokens whenever C `strtol`/`strtod` accepts the
///   lexical form (so `"5"^^xsd:decimal` becomes `5`, an integer; `"2.5"`
///   as double becomes a decimal; `NaN`, `INF`, `0x1p3`, `5.` and `" 5"`
///   become broken or different tokens; `"1"^^xsd:boolean` becomes `true`);
/// - writes a raw CR inside `"""…"""` (line-end normalisation turns it
///   into LF) and other C0 controls raw;
/// - drops blank nodes that are only referenced from inside a cycle of
///   blank nodes (each is referenced once, so each waits to be inlined);
/// - writes an `rdf:List` whose head is referenced other than exactly once
///   as a detached `( … ) .`, which is not Turtle.
///
/// A literal is handed to Raptor only when its bare token (if Raptor would
/// make one) is exactly the Turtle token for the same datatype and lexical
/// form (Turtle §6.5 INTEGER, DECIMAL, DOUBLE, `true`/`false`). Blank nodes
/// are grouped into components (connected through blank-to-blank triples);
/// a component goes to the N-Triples tail, with every triple that mentions
/// one of its blank nodes, when it holds a cycle, a list node that is not a
/// plain, singly referenced `rdf:first`/`rdf:rest` pair, or a literal that
/// must not reach Raptor. Raptor writes the remaining blank nodes either
/// inline (`[ … ]`, `( … )`) or with their own label, so labels in the
/// tail (the original ones) cannot clash with anything Raptor writes.
///
/// - Complexity: O(b) memory for the b triples that mention blank nodes,
///   O(b α(b)) time in `plan()`.
struct TurtleGuard {
    private var blankTriples: [Triple] = []
    private var seenBlankTriples: Set<Triple> = []
    private var tail: [Triple] = []

    /// Whether `triple` must wait for `plan()` (it mentions a blank node, or
    /// its literal must not reach Raptor); the others may be written at once.
    static func holdsBack(_ triple: Triple) -> Bool {
        if triple.subject.isBlankNode || triple.object.isBlankNode { return true }
        if case .literal(let l) = triple.object { return !raptorWritesCorrectly(l) }
        return false
    }

    /// Keeps a checked triple for which `holdsBack` is true.
    mutating func hold(_ triple: Triple) {
        if triple.subject.isBlankNode || triple.object.isBlankNode {
            if seenBlankTriples.insert(triple).inserted { blankTriples.append(triple) }
        } else {
            tail.append(triple)
        }
    }

    /// The triples for Raptor's Turtle serializer, and those for the N-Triples tail, in input order.
    func plan() -> (raptor: [Triple], tail: [Triple]) {
        var index: [BlankNode: Int] = [:]
        var nodes: [BlankNode] = []
        func id(_ b: BlankNode) -> Int {
            if let i = index[b] { return i }
            index[b] = nodes.count
            nodes.append(b)
            return nodes.count - 1
        }
        for t in blankTriples {
            if case .blankNode(let b) = t.subject { _ = id(b) }
            if case .blankNode(let b) = t.object { _ = id(b) }
        }
        let n = nodes.count
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var objectCount = [Int](repeating: 0, count: n)
        var firstCount = [Int](repeating: 0, count: n)
        var restCount = [Int](repeating: 0, count: n)
        var otherCount = [Int](repeating: 0, count: n)
        var restIsListLike = [Bool](repeating: true, count: n)
        var edges = [[Int]](repeating: [], count: n)
        var bad = [Bool](repeating: false, count: n) // indexed by node; folded to roots below

        for t in blankTriples {
            let s = t.subject.blankNode.map { index[$0]! }
            let o = t.object.blankNode.map { index[$0]! }
            if let o { objectCount[o] += 1 }
            if let s, let o {
                let rs = find(s), ro = find(o)
                if rs != ro { parent[rs] = ro }
                edges[s].append(o)
            }
            if let s {
                if t.predicate == RDFVocabulary.first {
                    firstCount[s] += 1
                } else if t.predicate == RDFVocabulary.rest {
                    restCount[s] += 1
                    if !(t.object.isBlankNode || t.object == .iri(RDFVocabulary.nil)) { restIsListLike[s] = false }
                } else {
                    otherCount[s] += 1
                }
                if case .literal(let l) = t.object, !TurtleGuard.raptorWritesCorrectly(l) { bad[s] = true }
            }
        }
        for v in 0..<n where firstCount[v] + restCount[v] > 0 {
            if objectCount[v] != 1 || firstCount[v] != 1 || restCount[v] != 1 || otherCount[v] != 0 || !restIsListLike[v] {
                bad[v] = true
            }
        }
        // Directed cycles through blank-to-blank triples (iterative DFS, colours 0/1/2).
        var colour = [UInt8](repeating: 0, count: n)
        for start in 0..<n where colour[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            colour[start] = 1
            while let top = stack.last {
                if top.next < edges[top.node].count {
                    stack[stack.count - 1].next += 1
                    let w = edges[top.node][top.next]
                    if colour[w] == 1 { bad[w] = true } else if colour[w] == 0 {
                        colour[w] = 1
                        stack.append((w, 0))
                    }
                } else {
                    colour[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        var badRoot = [Bool](repeating: false, count: n)
        for v in 0..<n where bad[v] { badRoot[find(v)] = true }

        var toRaptor: [Triple] = []
        var toTail = tail
        for t in blankTriples {
            var isBad = false
            if case .blankNode(let b) = t.subject, badRoot[find(index[b]!)] { isBad = true }
            if case .blankNode(let b) = t.object, badRoot[find(index[b]!)] { isBad = true }
            if !isBad, t.subject.isIRI, case .literal(let l) = t.object, !TurtleGuard.raptorWritesCorrectly(l) { isBad = true }
            if isBad { toTail.append(t) } else { toRaptor.append(t) }
        }
        let isListNode: (Int) -> Bool = { v in firstCount[v] + restCount[v] > 0 && !bad[v] }
        return TurtleGuard.limitNesting(toRaptor, tail: toTail, index: index, isListNode: isListNode)
    }

    /// The deepest nesting of `[ … ]` and `( … )` Raptor is given to write.
    ///
    /// Raptor's Turtle serializer writes a blank node inline when it is the
    /// subject of triples and the object of exactly one; each level is one
    /// more C recursion and four more spaces on every line below it, so a
    /// chain of n blank nodes became O(n²) bytes (a 5,000-long chain: 150 MB)
    /// and a 100,000-long one overflowed the C stack.
    static let maximumNesting = 8

    /// Moves the triples of blank nodes nested deeper than `maximumNesting`
    /// to the N-Triples tail. A node at the cut keeps its one reference in
    /// Raptor's part, where it is then an object only, so Raptor writes it
    /// with its label (`_:b9`), and the tail describes it under that label.
    /// Depth grows by one per inlined blank node; along the `rdf:rest` chain
    /// of a list (written as one `( … )`) it does not.
    /// - Complexity: O(n) for the n triples given (no recursion).
    static func limitNesting(_ triples: [Triple], tail: [Triple], index: [BlankNode: Int], isListNode: (Int) -> Bool) -> (raptor: [Triple], tail: [Triple]) {
        let n = index.count
        guard n > maximumNesting else { return (triples, tail) }
        var isSubject = [Bool](repeating: false, count: n)
        var references = [Int](repeating: 0, count: n)
        // For a node referenced once: the triple referencing it.
        var parentTriple = [Int](repeating: -1, count: n)
        for (k, t) in triples.enumerated() {
            if case .blankNode(let b) = t.subject { isSubject[index[b]!] = true }
            if case .blankNode(let b) = t.object {
                let o = index[b]!
                references[o] += 1
                parentTriple[o] = k
            }
        }
        // Depth of each inlined node (-1: not computed yet); roots are 0.
        var depth = [Int](repeating: -1, count: n)
        func isInlined(_ v: Int) -> Bool { isSubject[v] && references[v] == 1 }
        var path: [Int] = []
        for start in 0..<n where depth[start] < 0 {
            // Walk up to a node whose depth is known (or a root), then back down.
            var v = start
            var base = 0
            while true {
                if depth[v] >= 0 { base = depth[v]; break }
                guard isInlined(v) else { depth[v] = 0; base = 0; break }
                path.append(v)
                let t = triples[parentTriple[v]]
                guard case .blankNode(let parent) = t.subject else { base = 0; break }
                v = index[parent]!
                if path.count > n { break } // a cycle (cannot happen: cycles go to the tail)
            }
            while let w = path.popLast() {
                let t = triples[parentTriple[w]]
                var step = 1
                if t.predicate == RDFVocabulary.rest, case .blankNode(let parent) = t.subject, isListNode(index[parent]!), isListNode(w) { step = 0 }
                base += step
                depth[w] = base
            }
        }
        guard depth.contains(where: { $0 > maximumNesting }) else { return (triples, tail) }
        var raptor: [Triple] = []
        var moved = tail
        for t in triples {
            if case .blankNode(let b) = t.subject, depth[index[b]!] > maximumNesting { moved.append(t) } else { raptor.append(t) }
        }
        return (raptor, moved)
    }

    /// Whether some blank nodes of `triples` form a directed cycle through
    /// blank-to-blank triples (including a blank node that is its own object).
    /// - Complexity: O(n) expected.
    static func hasBlankNodeCycle(_ triples: [Triple]) -> Bool {
        var index: [BlankNode: Int] = [:]
        var edges: [[Int]] = []
        func id(_ b: BlankNode) -> Int {
            if let i = index[b] { return i }
            index[b] = edges.count
            edges.append([])
            return edges.count - 1
        }
        for t in triples {
            guard case .blankNode(let s) = t.subject, case .blankNode(let o) = t.object else { continue }
            let a = id(s), b = id(o)
            edges[a].append(b)
        }
        var colour = [UInt8](repeating: 0, count: edges.count)
        for start in 0..<edges.count where colour[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            colour[start] = 1
            while let top = stack.last {
                if top.next < edges[top.node].count {
                    stack[stack.count - 1].next += 1
                    let w = edges[top.node][top.next]
                    if colour[w] == 1 { return true }
                    if colour[w] == 0 {
                        colour[w] = 1
                        stack.append((w, 0))
                    }
                } else {
                    colour[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return false
    }

    /// Whether Raptor's Turtle serializer writes `literal` so that it reads back unchanged.
    static func raptorWritesCorrectly(_ literal: Literal) -> Bool {
        for byte in literal.lexicalForm.utf8 where byte < 0x20 || byte == 0x7F {
            if byte != 0x09 && byte != 0x0A { return false }
        }
        guard literal.language == nil else { return true }
        let lexical = literal.lexicalForm.utf8
        switch literal.datatype {
        case XSD.integer: return TurtleNumber.isInteger(lexical)
        case XSD.decimal: return TurtleNumber.isDecimal(lexical)
        case XSD.double: return TurtleNumber.isDouble(lexical)
        case XSD.boolean: return literal.lexicalForm == "true" || literal.lexicalForm == "false"
        default: return true
        }
    }
}

/// The Turtle numeric tokens (Turtle §6.5 productions [19]–[21], [154]).
enum TurtleNumber {
    private static func digits<C: Collection>(_ c: C) -> Bool where C.Element == UInt8 {
        c.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func unsigned<C: Collection>(_ c: C) -> C.SubSequence where C.Element == UInt8 {
        if let f = c.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { return c.dropFirst() }
        return c[...]
    }

    /// `[+-]? [0-9]+`
    static func isInteger<C: Collection>(_ c: C) -> Bool where C.Element == UInt8 {
        let u = unsigned(c)
        return !u.isEmpty && digits(u)
    }

    /// `[+-]? [0-9]* '.' [0-9]+`
    static func isDecimal<C: Collection>(_ c: C) -> Bool where C.Element == UInt8 {
        let u = unsigned(c)
        guard let dot = u.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let fraction = u[u.index(after: dot)...]
        return digits(u[..<dot]) && !fraction.isEmpty && digits(fraction)
    }

    /// `[+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)`,
    /// EXPONENT = `[eE] [+-]? [0-9]+`.
    static func isDouble<C: Collection>(_ c: C) -> Bool where C.Element == UInt8 {
        let u = unsigned(c)
        guard let e = u.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return false }
        let exponent = unsigned(u[u.index(after: e)...])
        guard !exponent.isEmpty, digits(exponent) else { return false }
        let mantissa = u[..<e]
        if let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) {
            let whole = mantissa[..<dot], fraction = mantissa[mantissa.index(after: dot)...]
            guard digits(whole), digits(fraction) else { return false }
            return !whole.isEmpty || !fraction.isEmpty
        }
        return !mantissa.isEmpty && digits(mantissa)
    }
}

/// Relabels blank nodes where Raptor would write or read the plain label
/// wrongly.
/// - RDF/XML (`.xml`): `rdf:nodeID` must be an XML name, so a label
///   starting with a digit, or with `x_`, gets the prefix `x_`.
/// - Turtle (`.turtle`): Raptor's Turtle writer replaces every character of a
///   label that is not an ASCII letter or digit by `z`
///   (`raptor_bnodeid_ntriples_write`), so `_:a_b` and `_:azb` became one
///   node, and a label it wrote no longer matched the same node in the
///   N-Triples tail. Labels are therefore spelt with letters and digits only,
///   `z` as the escape: `z` → `zz`, `_` → `zu`, `-` → `zh`. And Raptor's
///   readers number the `[ ]` they read `genid1`, `genid2`, … and take a
///   written `_:genid1` in the same document for the same node, so a label
///   starting with `genid` gets `zg` in front.
/// Both mappings are injective and need no state.
struct BlankNodeRelabelling {
    enum Rule { case xml, turtle }
    let rule: Rule

    func label(for blank: BlankNode) -> String {
        let id = blank.id
        switch rule {
        case .xml:
            guard let first = id.utf8.first else { return id }
            if (first >= 0x30 && first <= 0x39) || id.hasPrefix("x_") { return "x_" + id }
            return id
        case .turtle:
            var out = id.hasPrefix("genid") ? "zg" : ""
            guard id.utf8.contains(where: { $0 == UInt8(ascii: "z") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
                return out + id
            }
            for u in id.unicodeScalars {
                switch u {
                case "z": out += "zz"
                case "_": out += "zu"
                case "-": out += "zh"
                default: out.unicodeScalars.append(u)
                }
            }
            return out
        }
    }
}
