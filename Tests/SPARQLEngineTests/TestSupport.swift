import RDF
import SPARQLEngine
import SPARQLSyntax

/// Helpers for building algebra by hand in tests.
enum Alg {
    static func iri(_ local: String) -> IRI { IRI(unchecked: "http://example.org/" + local) }
    static func node(_ local: String) -> Term { .iri(iri(local)) }
    static func v(_ name: String) -> TermPattern { .variable(Variable(name)) }
    static func c(_ local: String) -> TermPattern { .term(node(local)) }
    static func lit(_ s: String) -> Term { .literal(Literal(s)) }
    static func int(_ i: Int) -> Term { .literal(Literal(i)) }
    static func tp(_ s: TermPattern, _ p: String, _ o: TermPattern) -> TriplePattern { TriplePattern(s, c(p), o) }
    static func triple(_ s: String, _ p: String, _ o: String) -> Triple { Triple(iri(s), iri(p), iri(o)) }

    /// Short text of a term: local name for example.org IRIs, lexical form for literals.
    static func short(_ t: Term?) -> String {
        guard let t else { return "-" }
        switch t {
        case .iri(let i): return i.value.hasPrefix("http://example.org/") ? String(i.value.dropFirst(19)) : i.description
        case .literal(let l): return l.lexicalForm
        case .blankNode(let b): return "_:" + b.id
        }
    }

    /// Evaluates a SELECT over `pattern` projecting `vars`; rows as "a b c" strings, sorted.
    static func select(_ pattern: GraphPattern, _ vars: [String], on data: IndexedDataset,
                       options: EvaluationOptions = EvaluationOptions()) throws -> [String] {
        let variables = vars.map(Variable.init)
        let q = Query(form: .select(variables: variables), pattern: .project(pattern, variables))
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: data, options: options) else { return [] }
        return try stream.rows().map { $0.map(short).joined(separator: " ") }.sorted()
    }

    /// Same, keeping the order of the stream.
    static func selectOrdered(_ pattern: GraphPattern, _ vars: [String], on data: IndexedDataset) throws -> [String] {
        let variables = vars.map(Variable.init)
        let q = Query(form: .select(variables: variables), pattern: pattern)
        guard case .solutions(_, let stream) = try QueryEvaluator.evaluate(q, on: data) else { return [] }
        return try stream.rows().map { $0.map(short).joined(separator: " ") }
    }

    static func data(_ triples: [Triple]) -> IndexedDataset { IndexedDataset(graph: Graph(triples)) }
}
