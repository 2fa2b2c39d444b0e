import RDF

/// Small graphs, one per Raptor writer fault (RAPTOR-LIMITS.md, writers
/// table) plus the escaping cases; every one must round-trip in every
/// syntax that reads back.
struct FaultCase: CustomStringConvertible, Sendable {
    var name: String
    var graph: Graph
    /// Whether XML syntaxes must refuse the graph (characters XML 1.0 cannot hold).
    var xmlRefuses = false
    var description: String { name }

    static let xsdNS = "http://www.w3.org/2001/XMLSchema#"
    static func lit(_ s: String, _ dt: IRI) -> Term { .literal(Literal(s, datatype: dt)) }
    static func str(_ s: String) -> Term { .literal(Literal(s)) }
    static func b(_ id: String) -> Term { .blankNode(BlankNode(unchecked: id)) }
    static let s = IRI.ex("s"), p = IRI.ex("p"), q = IRI.ex("q")
    static func objects(_ terms: [Term], predicate: IRI = p) -> Graph {
        Graph(terms.map { Triple(.iri(s), predicate, $0) })
    }
    static func list(_ head: String, _ items: [Term], into g: inout Graph) {
        for (i, item) in items.enumerated() {
            let node = b("\(head)\(i)")
            g.insert(Triple(node, RDFVocabulary.first, item))
            g.insert(Triple(node, RDFVocabulary.rest, i + 1 < items.count ? b("\(head)\(i + 1)") : .iri(RDFVocabulary.nil)))
        }
    }

    static let all: [FaultCase] = {
        var cases: [FaultCase] = []
        cases.append(FaultCase(name: "decimal without a dot", graph: objects([lit("5", XSD.decimal), lit("-12", XSD.decimal), lit("5.", XSD.decimal), lit(".5", XSD.decimal), lit("+1.50", XSD.decimal)])))
        cases.append(FaultCase(name: "double without exponent", graph: objects([lit("2.5", XSD.double), lit("-0.0", XSD.double), lit("1e5", XSD.double), lit("1.E3", XSD.double), lit("0x1p3", XSD.double), lit("1.0E-3", XSD.double)])))
        cases.append(FaultCase(name: "NaN and infinities", graph: objects([lit("NaN", XSD.double), lit("INF", XSD.double), lit("-INF", XSD.double), lit("INF", XSD.float)])))
        cases.append(FaultCase(name: "boolean digits", graph: objects([lit("1", XSD.boolean), lit("0", XSD.boolean), lit("true", XSD.boolean), lit("false", XSD.boolean)])))
        cases.append(FaultCase(name: "ill-typed and odd integers", graph: objects([lit("abc", XSD.integer), lit(" 5", XSD.integer), lit("5 ", XSD.integer), lit("+5", XSD.integer), lit("05", XSD.integer), lit("-0", XSD.integer), lit("", XSD.integer)])))
        cases.append(FaultCase(name: "carriage return", graph: objects([str("a\r\nb"), str("a\rb"), str("\r"), try! .literal(Literal("x\ry", language: "en"))])))
        cases.append(FaultCase(name: "control characters", graph: objects([str("a\u{01}b"), str("\u{1F}"), str("del\u{7F}"), str("\u{08}\u{0C}")]), xmlRefuses: true))
        cases.append(FaultCase(name: "escapes", graph: objects([
            str("back\\slash"), str("quote\"d"), str("\"\"\"triple"), str("ends with quote\""), str("line\nbreak\"\n"),
            str("tab\there"), str("Ö Wien – “curly” 日本"), str("astral 😀 𝄞"), str(""), str(" leading and trailing "),
            str("\\u0041 not an escape"), str("\\"), str("multi\n\nline\n"),
        ])))
        cases.append(FaultCase(name: "language tags and datatypes", graph: objects([
            try! .literal(Literal("Wien", language: "de")), try! .literal(Literal("Vienna", language: "en-gb")),
            try! .literal(Literal("x", language: "sr-latn-rs")), lit("2020-05-11", XSD.date), lit("x", IRI.ex("dt/custom")),
            lit("<b>x</b>", IRI(unchecked: "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral")),
            lit("1", XSD.nonNegativeInteger), lit("explicit", XSD.string),
        ])))
        var cycle = Graph()
        cycle.insert(Triple(b("c1"), p, b("c2")))
        cycle.insert(Triple(b("c2"), p, b("c1")))
        cycle.insert(Triple(b("c2"), q, str("in a cycle")))
        cycle.insert(Triple(b("self"), p, b("self")))
        cycle.insert(Triple(b("c1"), q, b("leaf")))
        cycle.insert(Triple(b("leaf"), q, str("below the cycle")))
        cases.append(FaultCase(name: "unreferenced blank-node cycles", graph: cycle))
        var refCycle = Graph()
        refCycle.insert(Triple(.iri(s), p, b("r1")))
        refCycle.insert(Triple(b("r1"), p, b("r2")))
        refCycle.insert(Triple(b("r2"), p, b("r1")))
        cases.append(FaultCase(name: "referenced blank-node cycle", graph: refCycle))
        var shared = Graph()
        list("L", [str("1"), str("2")], into: &shared)
        shared.insert(Triple(.iri(s), p, b("L0")))
        shared.insert(Triple(.iri(IRI.ex("t")), p, b("L0")))
        cases.append(FaultCase(name: "shared list head", graph: shared))
        var subjectList = Graph()
        list("M", [str("1"), .iri(IRI.ex("x"))], into: &subjectList)
        cases.append(FaultCase(name: "list in subject position", graph: subjectList))
        var subjectList2 = Graph()
        list("N", [str("1")], into: &subjectList2)
        subjectList2.insert(Triple(b("N0"), q, str("list with a property")))
        subjectList2.insert(Triple(.iri(s), p, b("N0")))
        cases.append(FaultCase(name: "list node with an extra property", graph: subjectList2))
        var lists = Graph()
        list("A", [str("a"), b("A9"), .iri(IRI.ex("z"))], into: &lists)
        list("B", [lit("1", XSD.integer), lit("2.5", XSD.double)], into: &lists)
        lists.insert(Triple(.iri(s), p, b("A0")))
        lists.insert(Triple(b("A9"), q, b("B0")))
        lists.insert(Triple(.iri(s), q, .iri(RDFVocabulary.nil)))
        cases.append(FaultCase(name: "object lists, nested and empty", graph: lists))
        var sharedTail = Graph()
        list("T", [str("1"), str("2"), str("3")], into: &sharedTail)
        sharedTail.insert(Triple(.iri(s), p, b("T0")))
        sharedTail.insert(Triple(.iri(IRI.ex("t")), p, b("T1")))
        cases.append(FaultCase(name: "shared list tail", graph: sharedTail))
        var blanks = Graph()
        blanks.insert(Triple(.iri(s), p, b("shared")))
        blanks.insert(Triple(.iri(IRI.ex("t")), p, b("shared")))
        blanks.insert(Triple(b("shared"), q, str("twice")))
        blanks.insert(Triple(b("0digit"), q, b("x_prefixed")))
        blanks.insert(Triple(b("x_prefixed"), q, b("under_score-dash")))
        blanks.insert(Triple(b("under_score-dash"), q, str("deep")))
        blanks.insert(Triple(b("lonely"), q, b("leafonly")))
        blanks.insert(Triple(.iri(s), q, b("0digit")))
        blanks.insert(Triple(.iri(IRI.ex("t")), q, b("0digit")))
        cases.append(FaultCase(name: "blank-node labels and sharing", graph: blanks))
        cases.append(FaultCase(name: "IRIs", graph: Graph([
            Triple(IRI.ex("Österreich"), p, IRI.ex("a%20b")),
            Triple(IRI.ex("ends.with.dot."), p, IRI.ex("q?x=1&y=2#frag")),
            Triple(IRI.ex("123"), p, IRI.ex("")),
            Triple(IRI.ex("path/"), p, IRI(unchecked: "urn:isbn:0451450523")),
            Triple(IRI.ex("a-b_c~d"), IRI.ex("ns#local"), IRI(unchecked: "mailto:someone@example.org")),
            Triple(IRI(unchecked: "http://example.org/base/doc"), p, IRI(unchecked: "http://example.org/base/doc#me")),
            Triple(IRI(unchecked: "http://example.org/base/"), p, IRI(unchecked: "http://example.org/base/sub/x")),
            Triple(IRI(unchecked: "http://example.org/base/doc"), p, IRI(unchecked: "http://example.org/other?q")),
            Triple(IRI(unchecked: "file:///tmp/x"), RDFVocabulary.type, IRI.ex("C")),
        ])))
        return cases
    }()
}
