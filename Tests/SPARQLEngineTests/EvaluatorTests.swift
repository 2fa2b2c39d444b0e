import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

/// Hand-built algebra (SPARQL 1.1 §18) over small graphs, with exact answers.
@Suite struct EvaluatorTests {
    // people, posts and units
    static let org = T.data([
        T.triple("alice", "holds", "post1"), T.triple("post1", "in", "unitA"),
        T.triple("bob", "holds", "post2"), T.triple("post2", "in", "unitB"),
        T.triple("carol", "holds", "post3"), T.triple("post3", "in", "unitA"),
        T.triple("alice", "knows", "bob"),
        Triple(T.iri("alice"), T.iri("name"), Literal("Alice")),
        Triple(T.iri("bob"), T.iri("name"), Literal("Bob")),
    ])

    @Test func bgpJoin() throws {
        let p = GraphPattern.bgp([T.tp(T.v("p"), "holds", T.v("post")), T.tp(T.v("post"), "in", T.c("unitA"))])
        #expect(try T.select(p, ["p", "post"], on: Self.org) == ["alice post1", "carol post3"])
    }

    @Test func joinOfSeparatePatterns() throws {
        let p = GraphPattern.join(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]),
                                  .union(.bgp([T.tp(T.v("post"), "in", T.c("unitB"))]), .bgp([T.tp(T.v("p"), "knows", T.v("x"))])))
        #expect(try T.select(p, ["p", "post", "x"], on: Self.org) == ["alice post1 bob", "bob post2 -"])
    }

    @Test func optionalKeepsUnmatched() throws {
        let p = GraphPattern.leftJoin(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), .bgp([T.tp(T.v("p"), "name", T.v("n"))]), nil)
        #expect(try T.select(p, ["p", "n"], on: Self.org) == ["alice Alice", "bob Bob", "carol -"])
    }

    @Test func optionalFilterSeesBothSides() throws {
        // OPTIONAL { ?p :name ?n FILTER(?p = :bob) }: the filter is part of the LeftJoin (§18.5)
        let f = Expression.equal(.variable(Variable("p")), .term(T.node("bob")))
        let p = GraphPattern.leftJoin(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), .bgp([T.tp(T.v("p"), "name", T.v("n"))]), f)
        #expect(try T.select(p, ["p", "n"], on: Self.org) == ["alice -", "bob Bob", "carol -"])
    }

    @Test func filterScopeIsNotPushedIntoOptional() throws {
        // { ?p :holds ?post } JOIN { OPTIONAL { ?p :name ?n } FILTER(!bound(?p)) }
        // the inner group has no ?p binding when its filter runs: ?p is unbound there
        let inner = GraphPattern.filter(.not(.bound(Variable("p"))),
                                        .leftJoin(.empty, .bgp([T.tp(T.v("x"), "name", T.v("n"))]), nil))
        let p = GraphPattern.join(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), inner)
        // inner yields 2 rows (x,n); both pass, joined with 3 holders → 6
        #expect(try T.select(p, ["p", "x"], on: Self.org).count == 6)
        // and a filter that reads an outer variable sees it unbound → error → no rows
        let inner2 = GraphPattern.filter(.equal(.variable(Variable("p")), .term(T.node("alice"))), .bgp([T.tp(T.v("x"), "name", T.v("n"))]))
        #expect(try T.select(.join(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), inner2), ["p", "x"], on: Self.org) == [])
    }

    @Test func nestedOptionalIsNotSubstituted() throws {
        // ?p :holds ?post . { ?x :knows ?y OPTIONAL { ?y :holds ?post } }: the inner
        // OPTIONAL binds ?post independently; only compatible rows survive the join.
        let inner = GraphPattern.leftJoin(.bgp([T.tp(T.v("x"), "knows", T.v("y"))]), .bgp([T.tp(T.v("y"), "holds", T.v("post"))]), nil)
        let p = GraphPattern.join(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), inner)
        // inner = {x=alice,y=bob,post=post2}; joins only with bob's post
        #expect(try T.select(p, ["p", "post", "x"], on: Self.org) == ["bob post2 alice"])
    }

    @Test func minusDisjointDomainsRemoveNothing() throws {
        let left = GraphPattern.bgp([T.tp(T.v("p"), "holds", T.v("post"))])
        let shared = GraphPattern.minus(left, .bgp([T.tp(T.v("post"), "in", T.c("unitA"))]))
        #expect(try T.select(shared, ["p"], on: Self.org) == ["bob"])
        let disjoint = GraphPattern.minus(left, .bgp([T.tp(T.v("z"), "in", T.c("unitA"))]))
        #expect(try T.select(disjoint, ["p"], on: Self.org) == ["alice", "bob", "carol"])
    }

    @Test func valuesWithUndef() throws {
        let vals = GraphPattern.values(variables: [Variable("p"), Variable("n")],
                                       rows: [[T.node("alice"), nil], [T.node("bob"), T.lit("Robert")]])
        let p = GraphPattern.join(vals, .bgp([T.tp(T.v("p"), "name", T.v("n"))]))
        #expect(try T.select(p, ["p", "n"], on: Self.org) == ["alice Alice"])
    }

    @Test func extendAndErrorsLeaveUnbound() throws {
        // BIND(?n AS ?m) and BIND(?missing AS ?z): an error leaves ?z unbound
        let p = GraphPattern.extend(.extend(.bgp([T.tp(T.v("p"), "name", T.v("n"))]), Variable("m"), .variable(Variable("n"))),
                                    Variable("z"), .variable(Variable("missing")))
        #expect(try T.select(p, ["p", "m", "z"], on: Self.org) == ["alice Alice -", "bob Bob -"])
    }

    @Test func existsUsesSubstitution() throws {
        // FILTER EXISTS { ?p :knows ?q } / NOT EXISTS
        let base = GraphPattern.bgp([T.tp(T.v("p"), "holds", T.v("post"))])
        let inner = GraphPattern.bgp([T.tp(T.v("p"), "knows", T.v("q"))])
        #expect(try T.select(.filter(.exists(inner, negated: false), base), ["p"], on: Self.org) == ["alice"])
        #expect(try T.select(.filter(.exists(inner, negated: true), base), ["p"], on: Self.org) == ["bob", "carol"])
        // substitution reaches a FILTER inside the EXISTS pattern (§18.6)
        let f = GraphPattern.filter(.equal(.variable(Variable("p")), .term(T.node("carol"))), .empty)
        #expect(try T.select(.filter(.exists(f, negated: false), base), ["p"], on: Self.org) == ["carol"])
    }

    @Test func aggregatesOverEmptyInput() throws {
        let none = GraphPattern.bgp([T.tp(T.v("s"), "missing", T.v("o"))])
        let count = GraphPattern.group(none, keys: [], aggregates: [AggregateBinding(Variable("c"), .count(distinct: false, nil))])
        #expect(try T.select(count, ["c"], on: Self.org) == ["0"])
        let grouped = GraphPattern.group(none, keys: [GroupKey(.variable(Variable("s")))],
                                         aggregates: [AggregateBinding(Variable("c"), .count(distinct: false, nil))])
        #expect(try T.select(grouped, ["s", "c"], on: Self.org) == [])
        let other = GraphPattern.group(none, keys: [], aggregates: [
            AggregateBinding(Variable("m"), .max(distinct: false, .variable(Variable("o")))),
            AggregateBinding(Variable("g"), .groupConcat(distinct: false, .variable(Variable("o")), separator: ",")),
        ])
        #expect(try T.select(other, ["m", "g"], on: Self.org) == ["- "])
    }

    @Test func groupCount() throws {
        let p = GraphPattern.group(.bgp([T.tp(T.v("post"), "in", T.v("unit"))]), keys: [GroupKey(.variable(Variable("unit")))],
                                   aggregates: [AggregateBinding(Variable("n"), .count(distinct: false, .variable(Variable("post"))))])
        #expect(try T.select(p, ["unit", "n"], on: Self.org) == ["unitA 2", "unitB 1"])
        let distinctUnits = GraphPattern.group(.bgp([T.tp(T.v("post"), "in", T.v("unit"))]), keys: [],
                                               aggregates: [AggregateBinding(Variable("n"), .count(distinct: true, .variable(Variable("unit"))))])
        #expect(try T.select(distinctUnits, ["n"], on: Self.org) == ["2"])
    }

    @Test func subqueryVariablesAreLocal() throws {
        // { ?p :holds ?post } JOIN { SELECT ?p { ?p :name ?post } }: the inner ?post is another variable
        let sub = GraphPattern.project(.bgp([T.tp(T.v("p"), "name", T.v("post"))]), [Variable("p")])
        let p = GraphPattern.join(.bgp([T.tp(T.v("p"), "holds", T.v("post"))]), sub)
        #expect(try T.select(p, ["p", "post"], on: Self.org) == ["alice post1", "bob post2"])
    }

    @Test func sliceAndDistinct() throws {
        let p = GraphPattern.distinct(.project(.bgp([T.tp(T.v("post"), "in", T.v("unit"))]), [Variable("unit")]))
        #expect(try T.select(p, ["unit"], on: Self.org) == ["unitA", "unitB"])
        let sliced = GraphPattern.slice(.bgp([T.tp(T.v("post"), "in", T.v("unit"))]), offset: 1, limit: 1)
        #expect(try T.select(sliced, ["post"], on: Self.org).count == 1)
    }

    @Test func deadlineEndsEvaluation() throws {
        let big = T.data((0..<200).map { T.triple("s\($0)", "p", "o\($0)") })
        let cross = GraphPattern.bgp([T.tp(T.v("a"), "p", T.v("b")), T.tp(T.v("c"), "p", T.v("d")), T.tp(T.v("e"), "p", T.v("f"))])
        let options = EvaluationOptions(deadline: .now - .seconds(1))
        #expect(throws: QueryEvaluationError.self) { try T.select(cross, ["a"], on: big, options: options) }
    }
}
