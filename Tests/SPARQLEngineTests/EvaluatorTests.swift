import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

/// Hand-built algebra (SPARQL 1.1 §18) over small graphs, with exact answers.
@Suite struct EvaluatorTests {
    // people, posts and units
    static let org = Alg.data([
        Alg.triple("alice", "holds", "post1"), Alg.triple("post1", "in", "unitA"),
        Alg.triple("bob", "holds", "post2"), Alg.triple("post2", "in", "unitB"),
        Alg.triple("carol", "holds", "post3"), Alg.triple("post3", "in", "unitA"),
        Alg.triple("alice", "knows", "bob"),
        Triple(Alg.iri("alice"), Alg.iri("name"), Literal("Alice")),
        Triple(Alg.iri("bob"), Alg.iri("name"), Literal("Bob")),
    ])

    @Test func bgpJoin() throws {
        let p = GraphPattern.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post")), Alg.tp(Alg.v("post"), "in", Alg.c("unitA"))])
        #expect(try Alg.select(p, ["p", "post"], on: Self.org) == ["alice post1", "carol post3"])
    }

    @Test func joinOfSeparatePatterns() throws {
        let p = GraphPattern.join(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]),
                                  .union(.bgp([Alg.tp(Alg.v("post"), "in", Alg.c("unitB"))]), .bgp([Alg.tp(Alg.v("p"), "knows", Alg.v("x"))])))
        #expect(try Alg.select(p, ["p", "post", "x"], on: Self.org) == ["alice post1 bob", "bob post2 -"])
    }

    @Test func optionalKeepsUnmatched() throws {
        let p = GraphPattern.leftJoin(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), .bgp([Alg.tp(Alg.v("p"), "name", Alg.v("n"))]), nil)
        #expect(try Alg.select(p, ["p", "n"], on: Self.org) == ["alice Alice", "bob Bob", "carol -"])
    }

    @Test func optionalFilterSeesBothSides() throws {
        // OPTIONAL { ?p :name ?n FILTER(?p = :bob) }: the filter is part of the LeftJoin (§18.5)
        let f = Expression.equal(.variable(Variable("p")), .term(Alg.node("bob")))
        let p = GraphPattern.leftJoin(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), .bgp([Alg.tp(Alg.v("p"), "name", Alg.v("n"))]), f)
        #expect(try Alg.select(p, ["p", "n"], on: Self.org) == ["alice -", "bob Bob", "carol -"])
    }

    @Test func filterScopeIsNotPushedIntoOptional() throws {
        // { ?p :holds ?post } JOIN { OPTIONAL { ?p :name ?n } FILTER(!bound(?p)) }
        // the inner group has no ?p binding when its filter runs: ?p is unbound there
        let inner = GraphPattern.filter(.not(.bound(Variable("p"))),
                                        .leftJoin(.empty, .bgp([Alg.tp(Alg.v("x"), "name", Alg.v("n"))]), nil))
        let p = GraphPattern.join(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), inner)
        // inner yields 2 rows (x,n); both pass, joined with 3 holders → 6
        #expect(try Alg.select(p, ["p", "x"], on: Self.org).count == 6)
        // and a filter that reads an outer variable sees it unbound → error → no rows
        let inner2 = GraphPattern.filter(.equal(.variable(Variable("p")), .term(Alg.node("alice"))), .bgp([Alg.tp(Alg.v("x"), "name", Alg.v("n"))]))
        #expect(try Alg.select(.join(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), inner2), ["p", "x"], on: Self.org) == [])
    }

    @Test func nestedOptionalIsNotSubstituted() throws {
        // ?p :holds ?post . { ?x :knows ?y OPTIONAL { ?y :holds ?post } }: the inner
        // OPTIONAL binds ?post independently; only compatible rows survive the join.
        let inner = GraphPattern.leftJoin(.bgp([Alg.tp(Alg.v("x"), "knows", Alg.v("y"))]), .bgp([Alg.tp(Alg.v("y"), "holds", Alg.v("post"))]), nil)
        let p = GraphPattern.join(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), inner)
        // inner = {x=alice,y=bob,post=post2}; joins only with bob's post
        #expect(try Alg.select(p, ["p", "post", "x"], on: Self.org) == ["bob post2 alice"])
    }

    @Test func minusDisjointDomainsRemoveNothing() throws {
        let left = GraphPattern.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))])
        let shared = GraphPattern.minus(left, .bgp([Alg.tp(Alg.v("post"), "in", Alg.c("unitA"))]))
        #expect(try Alg.select(shared, ["p"], on: Self.org) == ["bob"])
        let disjoint = GraphPattern.minus(left, .bgp([Alg.tp(Alg.v("z"), "in", Alg.c("unitA"))]))
        #expect(try Alg.select(disjoint, ["p"], on: Self.org) == ["alice", "bob", "carol"])
    }

    @Test func valuesWithUndef() throws {
        let vals = GraphPattern.values(variables: [Variable("p"), Variable("n")],
                                       rows: [[Alg.node("alice"), nil], [Alg.node("bob"), Alg.lit("Robert")]])
        let p = GraphPattern.join(vals, .bgp([Alg.tp(Alg.v("p"), "name", Alg.v("n"))]))
        #expect(try Alg.select(p, ["p", "n"], on: Self.org) == ["alice Alice"])
    }

    @Test func extendAndErrorsLeaveUnbound() throws {
        // BIND(?n AS ?m) and BIND(?missing AS ?z): an error leaves ?z unbound
        let p = GraphPattern.extend(.extend(.bgp([Alg.tp(Alg.v("p"), "name", Alg.v("n"))]), Variable("m"), .variable(Variable("n"))),
                                    Variable("z"), .variable(Variable("missing")))
        #expect(try Alg.select(p, ["p", "m", "z"], on: Self.org) == ["alice Alice -", "bob Bob -"])
    }

    @Test func existsUsesSubstitution() throws {
        // FILTER EXISTS { ?p :knows ?q } / NOT EXISTS
        let base = GraphPattern.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))])
        let inner = GraphPattern.bgp([Alg.tp(Alg.v("p"), "knows", Alg.v("q"))])
        #expect(try Alg.select(.filter(.exists(inner, negated: false), base), ["p"], on: Self.org) == ["alice"])
        #expect(try Alg.select(.filter(.exists(inner, negated: true), base), ["p"], on: Self.org) == ["bob", "carol"])
        // substitution reaches a FILTER inside the EXISTS pattern (§18.6)
        let f = GraphPattern.filter(.equal(.variable(Variable("p")), .term(Alg.node("carol"))), .empty)
        #expect(try Alg.select(.filter(.exists(f, negated: false), base), ["p"], on: Self.org) == ["carol"])
    }

    @Test func aggregatesOverEmptyInput() throws {
        let none = GraphPattern.bgp([Alg.tp(Alg.v("s"), "missing", Alg.v("o"))])
        let count = GraphPattern.group(none, keys: [], aggregates: [AggregateBinding(Variable("c"), .count(distinct: false, nil))])
        #expect(try Alg.select(count, ["c"], on: Self.org) == ["0"])
        let grouped = GraphPattern.group(none, keys: [GroupKey(.variable(Variable("s")))],
                                         aggregates: [AggregateBinding(Variable("c"), .count(distinct: false, nil))])
        #expect(try Alg.select(grouped, ["s", "c"], on: Self.org) == [])
        let other = GraphPattern.group(none, keys: [], aggregates: [
            AggregateBinding(Variable("m"), .max(distinct: false, .variable(Variable("o")))),
            AggregateBinding(Variable("g"), .groupConcat(distinct: false, .variable(Variable("o")), separator: ",")),
        ])
        #expect(try Alg.select(other, ["m", "g"], on: Self.org) == ["- "])
    }

    @Test func groupCount() throws {
        let p = GraphPattern.group(.bgp([Alg.tp(Alg.v("post"), "in", Alg.v("unit"))]), keys: [GroupKey(.variable(Variable("unit")))],
                                   aggregates: [AggregateBinding(Variable("n"), .count(distinct: false, .variable(Variable("post"))))])
        #expect(try Alg.select(p, ["unit", "n"], on: Self.org) == ["unitA 2", "unitB 1"])
        let distinctUnits = GraphPattern.group(.bgp([Alg.tp(Alg.v("post"), "in", Alg.v("unit"))]), keys: [],
                                               aggregates: [AggregateBinding(Variable("n"), .count(distinct: true, .variable(Variable("unit"))))])
        #expect(try Alg.select(distinctUnits, ["n"], on: Self.org) == ["2"])
    }

    @Test func subqueryVariablesAreLocal() throws {
        // { ?p :holds ?post } JOIN { SELECT ?p { ?p :name ?post } }: the inner ?post is another variable
        let sub = GraphPattern.project(.bgp([Alg.tp(Alg.v("p"), "name", Alg.v("post"))]), [Variable("p")])
        let p = GraphPattern.join(.bgp([Alg.tp(Alg.v("p"), "holds", Alg.v("post"))]), sub)
        #expect(try Alg.select(p, ["p", "post"], on: Self.org) == ["alice post1", "bob post2"])
    }

    @Test func sliceAndDistinct() throws {
        let p = GraphPattern.distinct(.project(.bgp([Alg.tp(Alg.v("post"), "in", Alg.v("unit"))]), [Variable("unit")]))
        #expect(try Alg.select(p, ["unit"], on: Self.org) == ["unitA", "unitB"])
        let sliced = GraphPattern.slice(.bgp([Alg.tp(Alg.v("post"), "in", Alg.v("unit"))]), offset: 1, limit: 1)
        #expect(try Alg.select(sliced, ["post"], on: Self.org).count == 1)
    }

    @Test func deadlineEndsEvaluation() throws {
        let big = Alg.data((0..<200).map { Alg.triple("s\($0)", "p", "o\($0)") })
        let cross = GraphPattern.bgp([Alg.tp(Alg.v("a"), "p", Alg.v("b")), Alg.tp(Alg.v("c"), "p", Alg.v("d")), Alg.tp(Alg.v("e"), "p", Alg.v("f"))])
        let options = EvaluationOptions(deadline: .now - .seconds(1))
        #expect(throws: QueryEvaluationError.self) { try Alg.select(cross, ["a"], on: big, options: options) }
    }
}
