import RDF
import Testing
import TestSupport

/// The harness's own comparison logic: it must reject what differs, or the suite proves nothing.
@Suite struct ResultComparisonTests {
    func b(_ id: String) -> Term { .blankNode(BlankNode(unchecked: id)) }
    func i(_ l: String) -> Term { .iri(IRI(unchecked: "http://ex.org/" + l)) }
    let p = IRI(unchecked: "http://ex.org/p")

    func chain(_ n: Int, prefix: String, closeCycle: Bool = false) -> Graph {
        var g = Graph()
        for k in 0..<n { g.insert(Triple(b(prefix + "\(k)"), p, b(prefix + "\(k + 1)"))) }
        if closeCycle { g.insert(Triple(b(prefix + "\(n)"), p, b(prefix + "0"))) }
        return g
    }

    @Test func isomorphismRenamesBlankNodes() {
        #expect(GraphIsomorphism.isomorphic(chain(200, prefix: "a"), chain(200, prefix: "z")))
    }

    @Test func isomorphismRejectsDifferentShapes() {
        // Same counts of nodes and triples: a path of 4 edges vs a 4-cycle plus an isolated edge would differ;
        // here a cycle vs a chain with the same number of triples.
        var cycle = chain(3, prefix: "a", closeCycle: true)
        cycle.insert(Triple(i("x"), p, i("y")))
        var line = chain(4, prefix: "z")
        line.insert(Triple(i("x"), p, i("y")))
        #expect(cycle.count == line.count)
        #expect(!GraphIsomorphism.isomorphic(cycle, line))
    }

    @Test func isomorphismHandlesSymmetry() {
        // Two disjoint 3-cycles vs one 6-cycle: colour refinement alone cannot tell them apart.
        var two = chain(2, prefix: "a", closeCycle: true)
        two.insert(contentsOf: chain(2, prefix: "b", closeCycle: true))
        let six = chain(5, prefix: "c", closeCycle: true)
        #expect(two.count == 6 && six.count == 6)
        #expect(!GraphIsomorphism.isomorphic(two, six))
        var twoAgain = chain(2, prefix: "x", closeCycle: true)
        twoAgain.insert(contentsOf: chain(2, prefix: "y", closeCycle: true))
        #expect(GraphIsomorphism.isomorphic(two, twoAgain))
    }

    @Test func solutionsUpToBlankNodeRenaming() {
        let e: [[String: Term]] = [["x": b("a"), "y": i("1")], ["x": b("a"), "y": i("2")], ["x": b("c")]]
        let same: [[String: Term]] = [["x": b("q")], ["x": b("r"), "y": i("2")], ["x": b("r"), "y": i("1")]]
        let split: [[String: Term]] = [["x": b("q")], ["x": b("r"), "y": i("2")], ["x": b("s"), "y": i("1")]]
        #expect(ResultComparison.compareSolutions(expected: e, actual: same, lax: false, orderVariables: nil) == nil)
        #expect(ResultComparison.compareSolutions(expected: e, actual: split, lax: false, orderVariables: nil) != nil)
    }

    @Test func multiplicityOrderAndLaxCardinality() {
        let e: [[String: Term]] = [["x": i("1")], ["x": i("1")], ["x": i("2")]]
        let once: [[String: Term]] = [["x": i("1")], ["x": i("2")]]
        let reordered: [[String: Term]] = [["x": i("2")], ["x": i("1")], ["x": i("1")]]
        #expect(ResultComparison.compareSolutions(expected: e, actual: once, lax: false, orderVariables: nil) != nil)
        #expect(ResultComparison.compareSolutions(expected: e, actual: once, lax: true, orderVariables: nil) == nil)
        #expect(ResultComparison.compareSolutions(expected: e, actual: reordered, lax: false, orderVariables: nil) == nil)
        #expect(ResultComparison.compareSolutions(expected: e, actual: reordered, lax: false, orderVariables: ["x"]) != nil)
    }

    @Test func numbersCompareByValueWithinTheirDatatype() {
        let six = Term.literal(Literal("6", datatype: XSD.double))
        let sixCanonical = Term.literal(Literal("6.0E0", datatype: XSD.double))
        let sixFloat = Term.literal(Literal("6.0E0", datatype: XSD.float))
        #expect(ResultComparison.normalise(six) == ResultComparison.normalise(sixCanonical))
        #expect(ResultComparison.normalise(six) != ResultComparison.normalise(sixFloat))
        let dec = Term.literal(Literal("3", datatype: XSD.decimal))
        #expect(ResultComparison.normalise(dec) == ResultComparison.normalise(.literal(Literal("+03.000", datatype: XSD.decimal))))
        #expect(ResultComparison.normalise(dec) != ResultComparison.normalise(.literal(Literal("3.01", datatype: XSD.decimal))))
        // Strings are never normalised.
        #expect(ResultComparison.normalise(.literal(Literal("3.0"))) == .literal(Literal("3.0")))
    }
}
