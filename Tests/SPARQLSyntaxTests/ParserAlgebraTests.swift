import RDF
import Testing
@testable import SPARQLSyntax

/// Translation of queries to the algebra (SPARQL 1.1 §18.2).
@Suite struct ParserAlgebraTests {
    let ex = Namespace(prefix: "ex", iri: "http://example.org/")
    func v(_ n: String) -> TermPattern { .variable(Variable(n)) }
    func iri(_ local: String) -> TermPattern { .term(.iri(ex[local])) }
    func lit(_ n: Int) -> Expression { .term(.literal(Literal(n))) }

    func parse(_ text: String) throws -> Query {
        try SPARQLParser.parse("PREFIX ex: <http://example.org/>\n" + text)
    }

    @Test func selectProjectsBGP() throws {
        let q = try parse("SELECT ?s WHERE { ?s ex:p ?o ; ex:q 1 . }")
        #expect(q.form == .select(variables: [Variable("s")]))
        #expect(q.pattern == .project(.bgp([
            TriplePattern(v("s"), iri("p"), v("o")),
            TriplePattern(v("s"), iri("q"), .term(.literal(Literal(1)))),
        ]), [Variable("s")]))
        #expect(q.prefixes == [Namespace(prefix: "ex", iri: "http://example.org/")])
    }

    @Test func optionalFilterBecomesLeftJoinCondition() throws {
        let q = try parse("ASK { ?s ex:p ?n OPTIONAL { ?s ex:q ?m FILTER(?n = 2) } }")
        #expect(q.pattern == .leftJoin(
            .bgp([TriplePattern(v("s"), iri("p"), v("n"))]),
            .bgp([TriplePattern(v("s"), iri("q"), v("m"))]),
            .equal(.variable(Variable("n")), lit(2))))
    }

    @Test func filterOfNestedGroupStaysInsideOptional() throws {
        // Only the OPTIONAL group's own filter is the LeftJoin condition; a nested group's filter
        // is evaluated inside (and cannot see ?n), §18.2.2.6 before simplification.
        let q = try parse("ASK { ?s ex:p ?n OPTIONAL { { ?s ex:q ?m FILTER(?n = 2) } } }")
        #expect(q.pattern == .leftJoin(
            .bgp([TriplePattern(v("s"), iri("p"), v("n"))]),
            .filter(.equal(.variable(Variable("n")), lit(2)), .bgp([TriplePattern(v("s"), iri("q"), v("m"))])),
            nil))
    }

    @Test func filterAppliesToWholeGroup() throws {
        let q = try parse("ASK { FILTER(?m) ?s ex:p ?n OPTIONAL { ?s ex:q ?m } }")
        #expect(q.pattern == .filter(.variable(Variable("m")), .leftJoin(
            .bgp([TriplePattern(v("s"), iri("p"), v("n"))]),
            .bgp([TriplePattern(v("s"), iri("q"), v("m"))]), nil)))
    }

    @Test func bindExtendsPatternSoFarAndUnionMinusGraphNest() throws {
        let q = try parse("""
            ASK { ?s ex:p ?o BIND(?o + 1 AS ?x) { ?s ex:a ?y } UNION { ?s ex:b ?y } MINUS { ?s ex:c ?o } GRAPH ?g { ?s ex:d ?z } }
            """)
        let bgp = GraphPattern.bgp([TriplePattern(v("s"), iri("p"), v("o"))])
        let extended = GraphPattern.extend(bgp, Variable("x"), .add(.variable(Variable("o")), lit(1)))
        let union = GraphPattern.union(.bgp([TriplePattern(v("s"), iri("a"), v("y"))]), .bgp([TriplePattern(v("s"), iri("b"), v("y"))]))
        let minus = GraphPattern.minus(.join(extended, union), .bgp([TriplePattern(v("s"), iri("c"), v("o"))]))
        #expect(q.pattern == .join(minus, .graph(name: v("g"), .bgp([TriplePattern(v("s"), iri("d"), v("z"))]))))
    }

    @Test func pathsTranslateToTriplesWhereTheyCan() throws {
        let q = try parse("ASK { ?a ex:p/^ex:q ?b . ?b ex:r* ?c . ?c !(ex:s|^ex:t) ?d . ?d (ex:u|ex:v)+ ?e }")
        guard case .join(.join(.join(let first, let star), let negated), let plus) = q.pattern else {
            Issue.record("unexpected shape \(SSEPrinter.format(q.pattern))")
            return
        }
        guard case .bgp(let ts) = first, ts.count == 2, let mid = ts[0].object.variable else {
            Issue.record("expected a 2-triple BGP, got \(first)")
            return
        }
        #expect(SPARQLParser.isGeneratedVariable(mid))
        #expect(ts[0] == TriplePattern(v("a"), iri("p"), .variable(mid)))
        #expect(ts[1] == TriplePattern(v("b"), iri("q"), .variable(mid)))
        #expect(star == .path(subject: v("b"), path: .zeroOrMore(.iri(ex["r"])), object: v("c")))
        #expect(negated == .path(subject: v("c"), path: .negated(forward: [ex["s"]], inverse: [ex["t"]]), object: v("d")))
        #expect(plus == .path(subject: v("d"), path: .oneOrMore(.alternative(.iri(ex["u"]), .iri(ex["v"]))), object: v("e")))
    }

    @Test func pathPrecedence() throws {
        // §9: '|' binds loosest, then '/', then '^', then the postfix operators.
        let q = try parse("ASK { ?a ex:p|ex:q/^ex:r? ?b }")
        #expect(q.pattern == .path(subject: v("a"),
                                   path: .alternative(.iri(ex["p"]), .sequence(.iri(ex["q"]), .inverse(.zeroOrOne(.iri(ex["r"]))))),
                                   object: v("b")))
    }

    @Test func blankNodesBecomeFreshVariablesOmittedFromSelectAll() throws {
        let q = try parse("SELECT * { _:x ex:p [ ex:q ?o ] . _:x ex:r ( 1 ) }")
        guard case .select(let vars) = q.form else { Issue.record("not a select"); return }
        #expect(vars == [Variable("o")])
        guard case .project(.bgp(let ts), _) = q.pattern else { Issue.record("shape \(q.pattern)"); return }
        #expect(ts.count == 5)
        #expect(ts.allSatisfy { $0.subject.variable.map(SPARQLParser.isGeneratedVariable) == true })
        // [ ex:q ?o ] is emitted before the triple that uses it; the collection's cells follow.
        #expect(ts[0].predicate == iri("q") && ts[1].object == ts[0].subject)
        #expect(ts[1].subject == ts[4].subject && ts[4].object == ts[2].subject)
        #expect(ts[3].object == .term(.iri(RDFVocabulary.nil)))
    }

    @Test func aggregatesGroupHavingAndOrder() throws {
        let q = try parse("""
            SELECT ?s (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ex:p ?o }
            GROUP BY ?s HAVING (COUNT(DISTINCT ?o) > 1) ORDER BY DESC(?n) LIMIT 10 OFFSET 5
            """)
        let agg = Aggregate.count(distinct: true, .variable(Variable("o")))
        guard case .slice(.project(.orderBy(.extend(.filter(let having, .group(let inner, let keys, let aggs)), let nv, let ne), let order), let proj), 5, 10) = q.pattern else {
            Issue.record("unexpected shape \(SSEPrinter.format(q.pattern))")
            return
        }
        #expect(inner == .bgp([TriplePattern(v("s"), iri("p"), v("o"))]))
        #expect(keys == [GroupKey(.variable(Variable("s")), as: Variable("s"))])
        #expect(aggs.count == 1)  // the same aggregate in SELECT and HAVING is computed once
        #expect(aggs.first?.aggregate == agg)
        let a = try #require(aggs.first?.variable)
        #expect(having == .greater(.variable(a), lit(1)))
        #expect(nv == Variable("n") && ne == .variable(a))
        #expect(order == [OrderCondition(.variable(Variable("n")), ascending: false)])
        #expect(proj == [Variable("s"), Variable("n")])
    }

    @Test func aggregateWithoutGroupByHasOneGroup() throws {
        let q = try parse("SELECT (GROUP_CONCAT(?o; SEPARATOR=\", \") AS ?all) { ?s ex:p ?o }")
        guard case .project(.extend(.group(_, let keys, let aggs), _, _), _) = q.pattern else {
            Issue.record("shape \(q.pattern)"); return
        }
        #expect(keys.isEmpty)
        #expect(aggs.first?.aggregate == .groupConcat(distinct: false, .variable(Variable("o")), separator: ", "))
    }

    @Test func valuesInlineAndTrailing() throws {
        let q = try parse("SELECT ?x ?y { VALUES ?x { ex:a UNDEF } } VALUES (?x ?y) { (1 \"a\") (UNDEF UNDEF) }")
        #expect(q.pattern == .project(.join(
            .values(variables: [Variable("x")], rows: [[.iri(ex["a"])], [nil]]),
            .values(variables: [Variable("x"), Variable("y")], rows: [[.literal(Literal(1)), .literal(Literal("a"))], [nil, nil]])),
            [Variable("x"), Variable("y")]))
    }

    @Test func subqueryKeepsItsOwnModifiers() throws {
        let q = try parse("SELECT ?s { ?s ex:p ?o { SELECT DISTINCT ?s { ?s ex:q ?z } LIMIT 1 } }")
        #expect(q.pattern == .project(.join(
            .bgp([TriplePattern(v("s"), iri("p"), v("o"))]),
            .slice(.distinct(.project(.bgp([TriplePattern(v("s"), iri("q"), v("z"))]), [Variable("s")])), offset: 0, limit: 1)),
            [Variable("s")]))
    }

    @Test func constructWhereUsesPatternAsTemplate() throws {
        let q = try parse("CONSTRUCT WHERE { ?s ex:p ?o }")
        #expect(q.form == .construct(template: [TriplePattern(v("s"), iri("p"), v("o"))]))
        #expect(q.pattern == .bgp([TriplePattern(v("s"), iri("p"), v("o"))]))
    }

    @Test func constructTemplateKeepsBlankNodes() throws {
        let q = try parse("CONSTRUCT { _:b ex:p ?o . [] ex:q _:b } WHERE { ?s ex:p ?o }")
        guard case .construct(let t) = q.form else { Issue.record("not construct"); return }
        #expect(t.count == 2)
        #expect(t[0].subject.term?.isBlankNode == true)
        #expect(t[0].subject == t[1].object)
        #expect(t[1].subject != t[0].subject)
    }

    @Test func describeAndDataset() throws {
        let q = try SPARQLParser.parse("DESCRIBE <a> ?x FROM <g1> FROM NAMED <g2> WHERE { ?x ?p ?o }",
                                       baseIRI: IRI(unchecked: "http://example.org/dir/q.rq"))
        #expect(q.form == .describe(resources: [.term(.iri(IRI(unchecked: "http://example.org/dir/a"))), v("x")]))
        #expect(q.dataset == DatasetClause(defaultGraphs: [IRI(unchecked: "http://example.org/dir/g1")],
                                           namedGraphs: [IRI(unchecked: "http://example.org/dir/g2")]))
    }

    @Test func expressionsBuiltinsAndPrecedence() throws {
        let q = try parse("""
            ASK { FILTER(!BOUND(?x) || ?a + 2 * ?b >= -3 && REGEX(STR(?x), "^a", "i") && ?x NOT IN (1, 2) \
            && isURI(?x) && xsd:integer(?y) = ?y-1 && EXISTS { ?x ex:p ?y }) }
            """.replacingPrefix())
        guard case .filter(let e, .bgp([])) = q.pattern else { Issue.record("shape \(q.pattern)"); return }
        let xsdInteger = XSD.integer
        let expected = Expression.or(
            .not(.bound(Variable("x"))),
            .and(.and(.and(.and(.and(
                .greaterOrEqual(.add(.variable(Variable("a")), .multiply(lit(2), .variable(Variable("b")))),
                                .term(.literal(Literal("-3", datatype: XSD.integer)))),
                .builtin(.regex, [.builtin(.str, [.variable(Variable("x"))]), .term(.literal(Literal("^a"))), .term(.literal(Literal("i")))])),
                .in(.variable(Variable("x")), [lit(1), lit(2)], negated: true)),
                .builtin(.isIRI, [.variable(Variable("x"))])),
                .equal(.function(xsdInteger, [.variable(Variable("y"))]), .subtract(.variable(Variable("y")), lit(1)))),
                .exists(.bgp([TriplePattern(v("x"), iri("p"), v("y"))]), negated: false)))
        #expect(e == expected)
    }

    @Test func literalForms() throws {
        let q = try parse(#"""
            SELECT * { ?s ?p 1, -2, +3.5, 1e3, .5E-1, true, FALSE, "a\tb\u00E9", 'x'@en-GB, """l1
            "q" l2""", '''it's''', "5"^^xsd:integer }
            """#.replacingPrefix())
        guard case .project(.bgp(let ts), _) = q.pattern else { Issue.record("shape"); return }
        let objects = ts.map { $0.object.term?.literal }
        #expect(objects == [
            Literal("1", datatype: XSD.integer), Literal("-2", datatype: XSD.integer), Literal("+3.5", datatype: XSD.decimal),
            Literal("1e3", datatype: XSD.double), Literal(".5E-1", datatype: XSD.double), Literal(true), Literal(false),
            Literal("a\tb\u{E9}"), Literal("x", uncheckedLanguage: "en-GB"), Literal("l1\n\"q\" l2"), Literal("it's"),
            Literal("5", datatype: XSD.integer),
        ])
    }

    @Test func prefixedNamesWithEscapesAndColons() throws {
        let q = try parse(#"ASK { ex:a\.b ex:c:d ex:e%20f }"#)
        #expect(q.pattern == .bgp([TriplePattern(iri("a.b"), iri("c:d"), iri("e%20f"))]))
    }

    @Test func selectExpressionsAreExtendsBeforeOrder() throws {
        let q = try parse("SELECT ?s (STRLEN(?o) AS ?len) { ?s ex:p ?o } ORDER BY ?len")
        #expect(q.pattern == .project(.orderBy(.extend(.bgp([TriplePattern(v("s"), iri("p"), v("o"))]), Variable("len"),
                                                       .builtin(.strlen, [.variable(Variable("o"))])),
                                               [OrderCondition(.variable(Variable("len")))]),
                                      [Variable("s"), Variable("len")]))
    }

    @Test func ssePrinterIsStable() throws {
        let q = try parse("SELECT DISTINCT ?s { ?s ex:p ?o OPTIONAL { ?o ex:q ?z } FILTER(?o > 1) } LIMIT 2")
        #expect(SSEPrinter.format(q) == """
            (select (?s)
              (slice _ 2
                (distinct
                  (project (?s)
                    (filter (> ?o "1"^^<http://www.w3.org/2001/XMLSchema#integer>)
                      (leftjoin
                        (bgp (triple ?s <http://example.org/p> ?o))
                        (bgp (triple ?o <http://example.org/q> ?z))))))))
            """)
    }
}

extension String {
    /// Adds the xsd: prefix declaration used by some tests.
    func replacingPrefix() -> String { "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + self }
}
