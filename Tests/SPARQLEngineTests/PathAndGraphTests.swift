import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

@Suite struct PathAndGraphTests {
    // a cycle a → b → c → a, and d → a
    static let cycle = Alg.data([Alg.triple("a", "p", "b"), Alg.triple("b", "p", "c"), Alg.triple("c", "p", "a"), Alg.triple("d", "p", "a"),
                               Alg.triple("a", "q", "x")])

    func path(_ s: TermPattern, _ p: PropertyPath, _ o: TermPattern) -> GraphPattern { .path(subject: s, path: p, object: o) }
    let p = PropertyPath.iri(Alg.iri("p"))

    @Test func oneOrMoreOverCycle() throws {
        #expect(try Alg.select(path(Alg.c("a"), .oneOrMore(p), Alg.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c"])
        #expect(try Alg.select(path(Alg.c("d"), .oneOrMore(p), Alg.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c"])
        #expect(try Alg.select(path(Alg.v("x"), .oneOrMore(p), Alg.c("d")), ["x"], on: Self.cycle) == [])
    }

    @Test func zeroOrMoreIncludesStart() throws {
        #expect(try Alg.select(path(Alg.c("d"), .zeroOrMore(p), Alg.v("y")), ["y"], on: Self.cycle) == ["a", "b", "c", "d"])
        // a term absent from the graph still reaches itself by the zero-length path
        #expect(try Alg.select(path(Alg.c("zzz"), .zeroOrMore(p), Alg.v("y")), ["y"], on: Self.cycle) == ["zzz"])
        #expect(try Alg.select(path(Alg.v("x"), .zeroOrMore(p), Alg.c("d")), ["x"], on: Self.cycle) == ["d"])
    }

    @Test func zeroOrOneOverEveryNode() throws {
        // ?x :p? ?y: every node of the graph with itself, plus each :p edge
        let rows = try Alg.select(path(Alg.v("x"), .zeroOrOne(p), Alg.v("y")), ["x", "y"], on: Self.cycle)
        #expect(rows == ["a a", "a b", "b b", "b c", "c a", "c c", "d a", "d d", "x x"])
    }

    @Test func sameVariableBothEnds() throws {
        #expect(try Alg.select(path(Alg.v("x"), .oneOrMore(p), Alg.v("x")), ["x"], on: Self.cycle) == ["a", "b", "c"])
    }

    @Test func sequenceInverseAlternativeNegated() throws {
        #expect(try Alg.select(path(Alg.c("a"), .sequence(p, p), Alg.v("y")), ["y"], on: Self.cycle) == ["c"])
        #expect(try Alg.select(path(Alg.c("a"), .inverse(p), Alg.v("y")), ["y"], on: Self.cycle) == ["c", "d"])
        #expect(try Alg.select(path(Alg.c("a"), .alternative(p, .iri(Alg.iri("q"))), Alg.v("y")), ["y"], on: Self.cycle) == ["b", "x"])
        #expect(try Alg.select(path(Alg.c("a"), .negated(forward: [Alg.iri("p")], inverse: []), Alg.v("y")), ["y"], on: Self.cycle) == ["x"])
        #expect(try Alg.select(path(Alg.c("a"), .negated(forward: [], inverse: [Alg.iri("q")]), Alg.v("y")), ["y"], on: Self.cycle) == ["c", "d"])
    }

    @Test func namedGraphs() throws {
        var ds = Dataset()
        ds.insert(Quad(Alg.triple("a", "p", "b")))
        ds.insert(Quad(Alg.triple("x", "p", "y"), graph: Alg.node("g1")))
        ds.insert(Quad(Alg.triple("u", "p", "w"), graph: Alg.node("g2")))
        let d = IndexedDataset(dataset: ds)
        let bgp = GraphPattern.bgp([Alg.tp(Alg.v("s"), "p", Alg.v("o"))])
        #expect(try Alg.select(bgp, ["s"], on: d) == ["a"])
        #expect(try Alg.select(.graph(name: Alg.v("g"), bgp), ["g", "s"], on: d) == ["g1 x", "g2 u"])
        #expect(try Alg.select(.graph(name: Alg.c("g2"), bgp), ["s"], on: d) == ["u"])
        #expect(try Alg.select(.graph(name: Alg.c("nope"), bgp), ["s"], on: d) == [])
        // GRAPH ?g {} gives one row per named graph
        #expect(try Alg.select(.graph(name: Alg.v("g"), .empty), ["g"], on: d) == ["g1", "g2"])
    }

    @Test func fromClauseUsesLoader() throws {
        let d = Alg.data([Alg.triple("a", "p", "b")])
        let q = Query(form: .select(variables: [Variable("s")]),
                      pattern: .project(.bgp([Alg.tp(Alg.v("s"), "p", Alg.v("o"))]), [Variable("s")]),
                      dataset: DatasetClause(defaultGraphs: [Alg.iri("file1")]))
        let options = EvaluationOptions(graphLoader: { iri in
            iri == Alg.iri("file1") ? Graph([Alg.triple("loaded", "p", "z")]) : nil
        })
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: d, options: options) else { Issue.record("not solutions"); return }
        #expect(try stream.rows().map { Alg.short($0[0]) } == ["loaded"])
    }

    @Test func constructMakesFreshBlankNodesPerSolution() throws {
        let d = Alg.data([Alg.triple("a", "p", "b"), Alg.triple("c", "p", "d"), Triple(Alg.iri("e"), Alg.iri("p"), Literal("lit"))])
        let bn = Term.blankNode(BlankNode(unchecked: "n"))
        let template = [TriplePattern(.term(bn), Alg.c("from"), Alg.v("s")), TriplePattern(Alg.v("o"), Alg.c("back"), Alg.v("s"))]
        let q = Query(form: .construct(template: template), pattern: .bgp([Alg.tp(Alg.v("s"), "p", Alg.v("o"))]))
        guard case .graph(let triples) = try QueryEvaluator.evaluate(q, on: d) else { Issue.record("not a graph"); return }
        let fromTriples = triples.filter { $0.predicate == Alg.iri("from") }
        #expect(fromTriples.count == 3)
        #expect(Set(fromTriples.map(\.subject)).count == 3)  // one fresh node per solution
        // the literal subject "lit" :back :e is not a valid triple and is dropped
        #expect(triples.filter { $0.predicate == Alg.iri("back") }.count == 2)
    }

    @Test func describeFollowsBlankNodes() throws {
        let b = Term.blankNode(BlankNode(unchecked: "x1"))
        let d = Alg.data([Triple(Alg.node("a"), Alg.iri("p"), b), Triple(b, Alg.iri("q"), Alg.node("c")), Alg.triple("c", "r", "d")])
        let q = Query(form: .describe(resources: [Alg.c("a")]), pattern: .empty)
        guard case .graph(let triples) = try QueryEvaluator.evaluate(q, on: d) else { Issue.record("not a graph"); return }
        #expect(triples.count == 2)
    }

    @Test func askStopsAtFirst() throws {
        let q = Query(form: .ask, pattern: .bgp([Alg.tp(Alg.v("s"), "p", Alg.c("a"))]))
        #expect(try { if case .boolean(let b) = try QueryEvaluator.evaluate(q, on: Self.cycle) { return b }; return nil }() == true)
    }
}
