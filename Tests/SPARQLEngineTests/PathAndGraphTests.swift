import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

@Suite struct PathAndGraphTests {
    // a cycle a → b → c → a, and d → a
    static let cycle = T.data([T.triple("a", "p", "b"), T.triple("b", "p", "c"), T.triple("c", "p", "a"), T.triple("d", "p", "a"),
                               T.triple("a", "q", "x")])

    func path(_ s: TermPattern, _ p: PropertyPath, _ o: TermPattern) -> GraphPattern { .path(subject: s, path: p, object: o) }
    let p = PropertyPath.iri(T.iri("p"))

    @Test func oneOrMoreOverCycle() throws {
        #expect(try T.select(path(T.c("a"), .oneOrMore(p), T.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c"])
        #expect(try T.select(path(T.c("d"), .oneOrMore(p), T.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c"])
        #expect(try T.select(path(T.v("x"), .oneOrMore(p), T.c("d")), ["x"], on: Self.cycle) == [])
    }

    @Test func zeroOrMoreIncludesStart() throws {
        #expect(try T.select(path(T.c("d"), .zeroOrMore(p), T.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c", "d"])
        // a term absent from the graph still reaches itself by the zero-length path
        #expect(try T.select(path(T.c("zzz"), .zeroOrMore(p), T.v("y")), ["y"], on: Self.cycle) == ["zzz"])
        #expect(try T.select(path(T.v("x"), .zeroOrMore(p), T.c("d")), ["x"], on: Self.cycle) == ["d"])
    }

    @Test func zeroOrOneOverEveryNode() throws {
        // ?x :p? ?y: every node of the graph with itself, plus each :p edge
        let rows = try T.select(path(T.v("x"), .zeroOrOne(p), T.v("y")), ["x", "y"], on: Self.cycle)
        #expect(rows == ["a a", "a b", "b b", "b c", "c a", "c c", "d a", "d d", "x x"])
    }

    @Test func sameVariableBothEnds() throws {
        #expect(try T.select(path(T.v("x"), .oneOrMore(p), T.v("x")), ["x"], on: Self.cycle) == ["a", "b", "c"])
    }

    @Test func sequenceInverseAlternativeNegated() throws {
        #expect(try T.select(path(T.c("a"), .sequence(p, p), T.v("y")), ["y"], on: Self.cycle) == ["c"])
        #expect(try T.select(path(T.c("a"), .inverse(p), T.v("y")), ["y"], on: Self.cycle) == ["c", "d"])
        #expect(try T.select(path(T.c("a"), .alternative(p, .iri(T.iri("q"))), T.v("y")), ["y"], on: Self.cycle) == ["b", "x"])
        #expect(try T.select(path(T.c("a"), .negated(forward: [T.iri("p")], inverse: []), T.v("y")), ["y"], on: Self.cycle) == ["x"])
        #expect(try T.select(path(T.c("a"), .negated(forward: [], inverse: [T.iri("q")]), T.v("y")), ["y"], on: Self.cycle) == ["c", "d"])
    }

    @Test func namedGraphs() throws {
        var ds = Dataset()
        ds.insert(Quad(T.triple("a", "p", "b")))
        ds.insert(Quad(T.triple("x", "p", "y"), graph: T.node("g1")))
        ds.insert(Quad(T.triple("u", "p", "w"), graph: T.node("g2")))
        let d = IndexedDataset(dataset: ds)
        let bgp = GraphPattern.bgp([T.tp(T.v("s"), "p", T.v("o"))])
        #expect(try T.select(bgp, ["s"], on: d) == ["a"])
        #expect(try T.select(.graph(name: T.v("g"), bgp), ["g", "s"], on: d) == ["g1 x", "g2 u"])
        #expect(try T.select(.graph(name: T.c("g2"), bgp), ["s"], on: d) == ["u"])
        #expect(try T.select(.graph(name: T.c("nope"), bgp), ["s"], on: d) == [])
        // GRAPH ?g {} gives one row per named graph
        #expect(try T.select(.graph(name: T.v("g"), .empty), ["g"], on: d) == ["g1", "g2"])
    }

    @Test func fromClauseUsesLoader() throws {
        let d = T.data([T.triple("a", "p", "b")])
        let q = Query(form: .select(variables: [Variable("s")]),
                      pattern: .project(.bgp([T.tp(T.v("s"), "p", T.v("o"))]), [Variable("s")]),
                      dataset: DatasetClause(defaultGraphs: [T.iri("file1")]))
        let options = EvaluationOptions(graphLoader: { iri in
            iri == T.iri("file1") ? Graph([T.triple("loaded", "p", "z")]) : nil
        })
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: d, options: options) else { Issue.record("not solutions"); return }
        #expect(try stream.rows().map { T.short($0[0]) } == ["loaded"])
    }

    @Test func constructMakesFreshBlankNodesPerSolution() throws {
        let d = T.data([T.triple("a", "p", "b"), T.triple("c", "p", "d"), Triple(T.iri("e"), T.iri("p"), Literal("lit"))])
        let bn = Term.blankNode(BlankNode(unchecked: "n"))
        let template = [TriplePattern(.term(bn), T.c("from"), T.v("s")), TriplePattern(T.v("o"), T.c("back"), T.v("s"))]
        let q = Query(form: .construct(template: template), pattern: .bgp([T.tp(T.v("s"), "p", T.v("o"))]))
        guard case .graph(let triples) = try QueryEvaluator.evaluate(q, on: d) else { Issue.record("not a graph"); return }
        let fromTriples = triples.filter { $0.predicate == T.iri("from") }
        #expect(fromTriples.count == 3)
        #expect(Set(fromTriples.map(\.subject)).count == 3)  // one fresh node per solution
        // the literal subject "lit" :back :e is not a valid triple and is dropped
        #expect(triples.filter { $0.predicate == T.iri("back") }.count == 2)
    }

    @Test func describeFollowsBlankNodes() throws {
        let b = Term.blankNode(BlankNode(unchecked: "x1"))
        let d = T.data([Triple(T.node("a"), T.iri("p"), b), Triple(b, T.iri("q"), T.node("c")), T.triple("c", "r", "d")])
        let q = Query(form: .describe(resources: [T.c("a")]), pattern: .empty)
        guard case .graph(let triples) = try QueryEvaluator.evaluate(q, on: d) else { Issue.record("not a graph"); return }
        #expect(triples.count == 2)
    }

    @Test func askStopsAtFirst() throws {
        let q = Query(form: .ask, pattern: .bgp([T.tp(T.v("s"), "p", T.c("a"))]))
        #expect(try { if case .boolean(let b) = try QueryEvaluator.evaluate(q, on: Self.cycle) { return b }; return nil }() == true)
    }
}
