import Foundation
import RDF
import SPARQLEngine
import SPARQLSyntax
import Testing

/// An OSCE-shaped synthetic graph and five query shapes, timed. Runs only
/// when OSCE_ENGINE_BENCH is set to the number of releases (e.g. 100000 for
/// about 1M triples); writes the data as N-Triples to /tmp/osce-bench.nt so
/// other engines can load the same data.
@Suite struct BenchmarkTests {
    static let ex = "http://bench.osce.example/"
    static func iri(_ s: String) -> Term { .iri(IRI(unchecked: ex + s)) }
    static let rdfType = Term.iri(RDFVocabulary.type)
    static let schema = Namespace.schema, org = Namespace.org, rdfs = Namespace.rdfs, dct = Namespace.dcterms, foaf = Namespace.foaf

    static func generate(releases: Int, _ emit: (Term, Term, Term) -> Void) {
        let units = max(20, releases / 50), people = releases / 2, posts = releases * 6 / 10, quotes = releases * 3 / 10
        let langs = ["en", "fr", "de", "ru", "es"]
        for s in 0..<57 {
            emit(iri("state/\(s)"), rdfType, iri("State"))
            for l in langs { emit(iri("state/\(s)"), .iri(rdfs["label"]), .literal(Literal("State \(s) \(l)", uncheckedLanguage: l))) }
        }
        for u in 0..<units {
            emit(iri("unit/\(u)"), rdfType, .iri(org["OrganizationalUnit"]))
            emit(iri("unit/\(u)"), .iri(rdfs["label"]), .literal(Literal("Unit \(u)", uncheckedLanguage: "en")))
            if u > 0 { emit(iri("unit/\(u)"), .iri(org["subOrganizationOf"]), iri("unit/\((u - 1) / 3)")) }
        }
        for p in 0..<people {
            emit(iri("person/\(p)"), rdfType, .iri(foaf["Person"]))
            emit(iri("person/\(p)"), .iri(foaf["name"]), .literal(Literal("Person \(p)")))
        }
        for p in 0..<posts {
            let post = iri("post/\(p)")
            emit(post, rdfType, .iri(org["Post"]))
            emit(post, .iri(org["postIn"]), iri("unit/\(p % units)"))
            emit(post, .iri(org["heldBy"]), iri("person/\((p * 7) % people)"))
            emit(post, .iri(rdfs["label"]), .literal(Literal("Post \(p)", uncheckedLanguage: "en")))
        }
        for r in 0..<releases {
            let rel = iri("release/\(r)")
            emit(rel, rdfType, .iri(schema["NewsArticle"]))
            let day = r % 28 + 1, month = r / 28 % 12 + 1, year = 2000 + r / 336 % 25
            emit(rel, .iri(dct["date"]), .literal(Literal(String(format: "%04d-%02d-%02d", year, month, day), datatype: XSD.date)))
            emit(rel, .iri(schema["about"]), iri("field/\(r % 20)"))
            emit(rel, .iri(schema["headline"]), .literal(Literal("Release \(r) headline", uncheckedLanguage: "en")))
            emit(rel, .iri(schema["mentions"]), iri("state/\(r % 57)"))
            if r % 3 == 0 { emit(rel, .iri(schema["mentions"]), iri("state/\((r / 3) % 57)")) }
        }
        for q in 0..<quotes {
            let quote = iri("quote/\(q)")
            emit(quote, rdfType, .iri(schema["Quotation"]))
            emit(quote, .iri(schema["spokenByCharacter"]), iri("person/\(q % people)"))
            emit(quote, .iri(schema["text"]), .literal(Literal("Quote number \(q) text")))
            emit(quote, .iri(schema["isPartOf"]), iri("release/\(q * 3 % releases)"))
        }
    }

    static func v(_ n: String) -> TermPattern { .variable(Variable(n)) }
    static func t(_ term: Term) -> TermPattern { .term(term) }

    /// The five query shapes as algebra (the same as the SPARQL in bench.py).
    static func queries(units: Int) -> [(String, Query)] {
        let rdfTypeP = t(rdfType)
        let q1 = Query(form: .select(variables: [Variable("r"), Variable("date")]), pattern:
            .slice(.project(.orderBy(.bgp([
                TriplePattern(v("r"), rdfTypeP, t(.iri(schema["NewsArticle"]))),
                TriplePattern(v("r"), t(.iri(schema["about"])), t(iri("field/3"))),
                TriplePattern(v("r"), t(.iri(dct["date"])), v("date")),
            ]), [OrderCondition(.variable(Variable("date")), ascending: false)]), [Variable("r"), Variable("date")]), offset: 0, limit: 10))
        let q2 = Query(form: .select(variables: [Variable("person"), Variable("name"), Variable("post")]), pattern:
            .project(.bgp([
                TriplePattern(v("post"), t(.iri(org["postIn"])), t(iri("unit/7"))),
                TriplePattern(v("post"), t(.iri(org["heldBy"])), v("person")),
                TriplePattern(v("person"), t(.iri(foaf["name"])), v("name")),
                TriplePattern(v("post"), t(.iri(rdfs["label"])), v("label")),
            ]), [Variable("person"), Variable("name"), Variable("post")]))
        let q3 = Query(form: .select(variables: [Variable("state"), Variable("n")]), pattern:
            .project(.orderBy(.group(.bgp([TriplePattern(v("r"), t(.iri(schema["mentions"])), v("state"))]),
                                     keys: [GroupKey(.variable(Variable("state")))],
                                     aggregates: [AggregateBinding(Variable("n"), .count(distinct: false, .variable(Variable("r"))))]),
                              [OrderCondition(.variable(Variable("n")), ascending: false)]), [Variable("state"), Variable("n")]))
        let q4 = Query(form: .select(variables: [Variable("s"), Variable("label")]), pattern:
            .project(.leftJoin(.bgp([TriplePattern(v("s"), rdfTypeP, t(iri("State")))]),
                               .bgp([TriplePattern(v("s"), t(.iri(rdfs["label"])), v("label"))]),
                               .equal(.builtin(.lang, [.variable(Variable("label"))]), .term(.literal(Literal("fr"))))),
                     [Variable("s"), Variable("label")]))
        let q5 = Query(form: .select(variables: [Variable("u")]), pattern:
            .project(.path(subject: t(iri("unit/\(units - 1)")), path: .oneOrMore(.iri(org["subOrganizationOf"])), object: v("u")), [Variable("u")]))
        return [("Q1 releases in field by date LIMIT 10", q1), ("Q2 people/posts in unit", q2), ("Q3 releases per State",
                 q3), ("Q4 labels OPTIONAL FILTER(lang)", q4), ("Q5 subOrganizationOf+", q5)]
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["OSCE_ENGINE_BENCH"] != nil))
    func benchmark() throws {
        let releases = Int(ProcessInfo.processInfo.environment["OSCE_ENGINE_BENCH"] ?? "") ?? 100_000
        var triples = [(Term, Term, Term)]()
        Self.generate(releases: releases) { triples.append(($0, $1, $2)) }
        if ProcessInfo.processInfo.environment["OSCE_ENGINE_BENCH_WRITE"] != nil {
            var text = ""
            for (s, p, o) in triples { text += "\(s) \(p) \(o) .\n" }
            try text.write(toFile: "/tmp/osce-bench.nt", atomically: true, encoding: .utf8)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let data = IndexedDataset(capacity: triples.count / 2)
        for (s, p, o) in triples { data.add(subject: s, predicate: p, object: o) }
        let added = clock.now
        data.finishLoading()
        let loaded = clock.now
        print("BENCH triples=\(data.defaultGraphCount) terms=\(data.termCount) encode=\(added - start) index=\(loaded - added) load=\(loaded - start)")
        triples = []
        for (name, q) in Self.queries(units: max(20, releases / 50)) {
            for round in 0..<3 {
                let t0 = clock.now
                var n = 0
                switch try QueryEvaluator.evaluate(q, on: data) {
                case .solutions(_, let stream): while try stream.nextRow() != nil { n += 1 }
                default: break
                }
                print("BENCH \(name) round=\(round) results=\(n) time=\(clock.now - t0)")
            }
        }
        print("BENCH maxrss_kb=\(Self.maxRSS())")
    }

    static func maxRSS() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
