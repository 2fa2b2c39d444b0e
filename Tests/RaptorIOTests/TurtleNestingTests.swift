import Testing
import RDF
import TestSupport
@testable import RaptorIO

/// Turtle output of deep blank-node trees stays linear in size: Raptor nests
/// only `TurtleGuard.maximumNesting` levels, deeper nodes are written with
/// labels in the N-Triples tail, and the text reads back to the same graph.
@Suite struct TurtleNestingTests {
    static let next = IRI.ex("next"), index = IRI.ex("index"), root = IRI.ex("root")

    /// `root next b1 next b2 … bN`; with `indexed`, each node also has its number.
    static func chain(_ n: Int, indexed: Bool) -> Graph {
        var g = Graph()
        var previous: Term = .iri(root)
        for i in 1...n {
            let b = Term.blankNode(BlankNode(unchecked: "b\(i)"))
            g.insert(Triple(previous, next, b))
            if indexed { g.insert(Triple(b, index, .literal(Literal(String(i), datatype: XSD.integer)))) }
            previous = b
        }
        return g
    }

    /// Follows `next` from the root: whether `g` is a chain of `n` distinct
    /// blank nodes (then it is isomorphic to `chain(n, indexed: false)`).
    static func isChain(_ g: Graph, _ n: Int) -> Bool {
        guard g.count == n else { return false }
        var out: [Term: [Triple]] = [:]
        for t in g { out[t.subject, default: []].append(t) }
        var node: Term = .iri(root)
        var seen = Set<Term>()
        for _ in 0..<n {
            guard let ts = out[node], ts.count == 1, ts[0].predicate == next, ts[0].object.isBlankNode,
                  seen.insert(ts[0].object).inserted else { return false }
            node = ts[0].object
        }
        return out[node] == nil
    }

    @Test func longChainWritesInLinearSize() throws {
        let n = 100_000
        let g = Self.chain(n, indexed: false)
        let nt = try RDFSerialization.string(from: g, syntax: .ntriples)
        let ttl = try RDFSerialization.string(from: g, syntax: .turtle, namespaces: [Namespace(prefix: "ex", iri: "http://example.org/")])
        #expect(ttl.utf8.count < 2 * nt.utf8.count, "Turtle \(ttl.utf8.count) bytes, N-Triples \(nt.utf8.count)")
        let back = try RDFParser.parseGraph(string: ttl, syntax: .turtle)
        #expect(Self.isChain(back, n))
        // No line is indented deeper than the nesting limit allows.
        var widest = 0, run = 0, atLineStart = true
        for b in ttl.utf8 {
            if b == 0x0A { atLineStart = true; run = 0; continue }
            if atLineStart && b == 0x20 { run += 1; widest = max(widest, run) } else { atLineStart = false }
        }
        #expect(widest <= 4 * (TurtleGuard.maximumNesting + 2), "indentation \(widest)")
    }

    /// The same with a number on each node, compared by the isomorphism
    /// helper (colour refinement settles in one round here).
    @Test func indexedChainReadsBackIsomorphic() throws {
        let g = Self.chain(100_000, indexed: true)
        let nt = try RDFSerialization.string(from: g, syntax: .ntriples)
        let ttl = try RDFSerialization.string(from: g, syntax: .turtle)
        #expect(ttl.utf8.count < 2 * nt.utf8.count, "Turtle \(ttl.utf8.count) bytes, N-Triples \(nt.utf8.count)")
        let back = try RDFParser.parseGraph(string: ttl, syntax: .turtle)
        #expect(GraphIsomorphism.isomorphic(g, back))
    }

    /// Shallow trees are still nested by Raptor (no label, no tail).
    @Test func shallowTreesStayNested() throws {
        // b1 … b8 nested, b9 (a leaf) labelled, as Raptor writes leaves.
        let depth = TurtleGuard.maximumNesting
        let g = Self.chain(depth + 1, indexed: false)
        let ttl = try RDFSerialization.string(from: g, syntax: .turtle)
        #expect(ttl.filter { $0 == "[" }.count == depth, "\(ttl)")
        #expect(!ttl.contains("_:b\(depth) "), "\(ttl)")
        #expect(GraphIsomorphism.isomorphic(g, try RDFParser.parseGraph(string: ttl, syntax: .turtle)))
        // One more: b9 is cut, written `_:b9` in Raptor's part and described in the tail.
        let deeper = Self.chain(depth + 2, indexed: false)
        let text = try RDFSerialization.string(from: deeper, syntax: .turtle)
        #expect(text.filter { $0 == "[" }.count == depth, "\(text)")
        #expect(text.contains("_:b\(depth + 1) <http://example.org/next> _:b\(depth + 2) .\n"), "\(text)")
        #expect(GraphIsomorphism.isomorphic(deeper, try RDFParser.parseGraph(string: text, syntax: .turtle)))
    }

    /// A long list stays one `( … )` (its rest chain is not nesting), and
    /// lists nested in lists are cut like any other nesting.
    @Test func listsAndNestedLists() throws {
        var g = Graph()
        var items: [Term] = []
        for i in 0..<2_000 { items.append(.literal(Literal(String(i), datatype: XSD.integer))) }
        var head: Term = .iri(RDFVocabulary.nil)
        for (k, item) in items.enumerated().reversed() {
            let node = Term.blankNode(BlankNode(unchecked: "l\(k)"))
            g.insert(Triple(node, RDFVocabulary.first, item))
            g.insert(Triple(node, RDFVocabulary.rest, head))
            head = node
        }
        g.insert(Triple(.iri(Self.root), Self.next, head))
        // A list nested 30 deep: ( ( ( … ) ) ).
        var inner: Term = .literal(Literal("core"))
        for k in 0..<30 {
            let node = Term.blankNode(BlankNode(unchecked: "n\(k)"))
            g.insert(Triple(node, RDFVocabulary.first, inner))
            g.insert(Triple(node, RDFVocabulary.rest, .iri(RDFVocabulary.nil)))
            inner = node
        }
        g.insert(Triple(.iri(IRI.ex("other")), Self.next, inner))
        let ttl = try RDFSerialization.string(from: g, syntax: .turtle)
        #expect(ttl.contains("("))
        let back = try RDFParser.parseGraph(string: ttl, syntax: .turtle)
        #expect(GraphIsomorphism.isomorphic(g, back))
    }

    /// Raptor's Turtle writer turns every non-alphanumeric label character
    /// into `z`; labels are spelt so that distinct nodes stay distinct and the
    /// tail names the nodes Raptor wrote. Written `_:genid1` and a `[ ]`
    /// read by Raptor stay two nodes.
    @Test func labelsSurviveRaptorsTurtleWriter() throws {
        var g = Graph()
        let labels = ["a_b", "azb", "a-b", "genid1", "zgenid1", "s1_n1"]
        for l in labels {
            let b = Term.blankNode(BlankNode(unchecked: l))
            // Referenced twice: Raptor writes each with its label.
            g.insert(Triple(.iri(IRI.ex("x")), Self.next, b))
            g.insert(Triple(.iri(IRI.ex("y")), Self.next, b))
            g.insert(Triple(b, Self.index, .literal(Literal(l))))
        }
        g.insert(Triple(.iri(IRI.ex("z")), Self.next, .blankNode(BlankNode(unchecked: "anon"))))
        g.insert(Triple(.blankNode(BlankNode(unchecked: "anon")), Self.index, .literal(Literal("anon"))))
        let ttl = try RDFSerialization.string(from: g, syntax: .turtle)
        let back = try RDFParser.parseGraph(string: ttl, syntax: .turtle)
        #expect(GraphIsomorphism.isomorphic(g, back), "\(ttl)")
        if TestSupport.rapper != nil {
            #expect(GraphIsomorphism.isomorphic(g, try TestSupport.rapperRead(ttl, syntax: .turtle)), "\(ttl)")
        }
        // A document that writes _:genid1 next to [ ] has two nodes.
        let mixed = try RDFParser.parseGraph(string: "[ <http://example.org/p> 1 ] <http://example.org/q> _:genid1 .\n_:genid1 <http://example.org/p> 2 .\n", syntax: .turtle)
        #expect(Set(mixed.triples.map(\.subject)).count == 2)
    }
}
