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
        return (toRaptor, toTail)
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

/// Relabels blank nodes for RDF/XML, whose `rdf:nodeID` must be an XML
/// name: a label starting with a digit, or with `x_`, gets the prefix `x_`.
/// The mapping is injective and needs no state (labels it leaves alone
/// never start with `x_`).
struct BlankNodeRelabelling {
    func label(for blank: BlankNode) -> String {
        let id = blank.id
        guard let first = id.utf8.first else { return id }
        if (first >= 0x30 && first <= 0x39) || id.hasPrefix("x_") { return "x_" + id }
        return id
    }
}
