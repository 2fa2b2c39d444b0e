import Foundation
import RDF
import RDFJSONLD
import RaptorIO
import Testing

/// The export and query output formats: JSON-LD read back by pyoxigraph and
/// rdflib, the extension of --output choosing the syntax, every offered
/// syntax written, and result formats that cannot hold a query's result refused.
@Suite struct OutputFormatTests {
    static let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path

    /// Compares a JSON-LD file with an N-Triples file, as graphs, in pyoxigraph and in rdflib.
    static let compareScript = """
        import sys, pyoxigraph as ox, rdflib
        from rdflib.compare import isomorphic
        jl, nt = sys.argv[1], sys.argv[2]
        def canonical(path, fmt):
            d = ox.Dataset(ox.parse(path=path, format=fmt))
            d.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)  # blank-node labels by RDF Dataset Canonicalization
            return set(map(str, d))
        qa, qb = canonical(jl, ox.RdfFormat.JSON_LD), canonical(nt, ox.RdfFormat.N_TRIPLES)
        print("pyoxigraph", len(qa), len(qb), qa == qb)
        for x in sorted(qa ^ qb)[:5]: print("differs:", x)
        ga = rdflib.Graph().parse(jl, format="json-ld"); gb = rdflib.Graph().parse(nt, format="nt")
        print("rdflib", len(ga), len(gb), isomorphic(ga, gb))
        """

    static func compare(jsonld: URL, ntriples: URL) throws -> String {
        let out = try #require(try CLIRunner.python(["-c", compareScript, jsonld.path, ntriples.path]))
        #expect(out.status == 0, "\(out.stderr)")
        return out.stdout
    }

    /// The export of Examples/pages as JSON-LD is the same graph as its N-Triples export.
    @Test(.needsProjectPython) func jsonldExportReadsBackInPyoxigraphAndRdflib() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nt = dir.appendingPathComponent("osce.nt"), jsonld = dir.appendingPathComponent("osce.jsonld")
        let a = try CLIRunner.run(["export", Self.pages, "--output", nt.path])
        let b = try CLIRunner.run(["export", Self.pages, "--output", jsonld.path])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        let n = try #require(CLIRunner.triplesWritten(b.stderr))
        #expect(n > 3000 && CLIRunner.triplesWritten(a.stderr) == n)
        let report = try Self.compare(jsonld: jsonld, ntriples: nt)
        #expect(report.contains("pyoxigraph \(n) \(n) True"), "\(report)")
        #expect(report.contains("rdflib \(n) \(n) True"), "\(report)")
        // One context: schema.org as @vocab, the project's prefixes; compacted keys and ids.
        let text = try String(contentsOf: jsonld, encoding: .utf8)
        #expect(text.contains("\"@vocab\": \"http://schema.org/\""))
        for prefix in ["osce", "org", "foaf", "skos", "prov", "dcterms", "dcat", "oa", "time", "xsd", "state", "person"] {
            #expect(text.contains("\n    \"\(prefix)\": \""), "\(prefix)")
        }
        #expect(text.contains("\"datePublished\": {\"@value\": \"2020-05-11\", \"@type\": \"xsd:date\"}"))
        #expect(text.contains("\"@id\": \"state:se\""))
        // Deterministic.
        let again = try CLIRunner.run(["export", Self.pages, "--format", "jsonld"])
        #expect(again.stdoutBytes == (try Data(contentsOf: jsonld)))
    }

    /// Quotes, backslashes, newlines, every C0 control including U+0000, DEL,
    /// U+2028, characters above U+FFFF, language tags, datatypes, and IRIs
    /// that look like compact IRIs read back unchanged.
    @Test(.needsProjectPython) func trickyTermsReadBackInPyoxigraphAndRdflib() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = IRI(unchecked: "https://w3id.org/osce-kg/resource/state/se")
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
        let tricky = "say \"hi\" \\ back\nslash\r\t" + controls + "\u{7F}\u{2028}\u{2029} caf\u{E9} \u{1F600} \u{10FFFF}"
        let triples = [
            Triple(s, Namespace.schema["description"], Literal(tricky)),
            Triple(s, Namespace.schema["name"], try Literal(tricky, language: "de-ch")),
            Triple(s, Namespace.schema["name"], try Literal("Sverige", language: "sv")),
            Triple(s, Namespace.schema["foundingDate"], Literal("1523-06-06", datatype: XSD.date)),
            Triple(s, Namespace.schema["value"], Literal("007", datatype: XSD.integer)),
            Triple(s, Namespace.schema["value"], Literal(57)),
            Triple(s, Namespace.schema["value"], Literal(false)),
            Triple(s, Namespace.schema["value"], Literal("1.50", datatype: XSD.decimal)),
            Triple(s, Namespace.schema["value"], Literal("x", datatype: IRI(unchecked: "http://schema.org/Text"))),
            // A schema.org property named like a context prefix, and IRIs that look like compact IRIs.
            Triple(s, Namespace.schema["state"], IRI(unchecked: "org://host/path")),
            Triple(s, Namespace.schema["url"], IRI(unchecked: "urn:isbn:0451450523")),
            Triple(s, Namespace.schema["sameAs"], IRI(unchecked: "http://www.wikidata.org/entity/Q34")),
            Triple(s, Namespace.schema["about"], IRI(unchecked: "https://w3id.org/osce-kg/resource/state/")),
            Triple(s, Namespace.schema["about"], IRI(unchecked: "https://w3id.org/osce-kg/resource/state//x")),
            Triple(s, IRI(unchecked: "http://example.org/p#a:b"), BlankNode(unchecked: "b0").term),
            Triple(BlankNode(unchecked: "b0").term, RDFVocabulary.type, IRI(unchecked: "http://schema.org/Thing").term),
        ]
        let context = try JSONLDContext(vocabulary: IRI(unchecked: Namespace.schema.iri), prefixes: [
            Namespace.schema, Namespace.org, Namespace.xsd, Namespace.wd,
            Namespace(prefix: "state", iri: "https://w3id.org/osce-kg/resource/state/"),
            Namespace(prefix: "ex", iri: "http://example.org/p#"),
        ])
        let jsonld = dir.appendingPathComponent("tricky.jsonld"), nt = dir.appendingPathComponent("tricky.nt")
        try JSONLDWriter.document(triples, context: context).write(to: jsonld, atomically: true, encoding: .utf8)
        try triples.map(\.description).joined(separator: "\n").appending("\n").write(to: nt, atomically: true, encoding: .utf8)
        let report = try Self.compare(jsonld: jsonld, ntriples: nt)
        #expect(report.contains("pyoxigraph \(triples.count) \(triples.count) True"), "\(report)")
        #expect(report.contains("rdflib \(triples.count) \(triples.count) True"), "\(report)")
    }

    /// Without --format, the extension of --output chooses the syntax.
    @Test(arguments: [("nt", RDFSyntax.ntriples), ("ttl", .turtle), ("nq", .nquads), ("rdf", .rdfxml), ("owl", .rdfxml),
                      ("json", .json)])
    func extensionChoosesTheSyntax(ext: String, syntax: RDFSyntax) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.\(ext)").path
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "-o", file])
        #expect(out.status == 0, "\(out.stderr)")
        let written = try #require(CLIRunner.triplesWritten(out.stderr))
        let graph = try RDFParser.parseGraph(file: file, syntax: syntax)
        #expect(graph.count == written)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        switch syntax {
        case .ntriples: #expect(text.hasPrefix("<https://w3id.org/osce-kg/resource/"))
        case .turtle: #expect(text.hasPrefix("@prefix "))
        case .rdfxml: #expect(text.hasPrefix("<?xml"))
        case .json: #expect(text.drop { $0.isWhitespace }.hasPrefix("{"))
        default: break
        }
    }

    /// A --format that contradicts the extension is an error naming both; a
    /// compatible one (rdfxml-abbrev for .rdf) is taken; an extension that
    /// names a syntax not offered is an error that says why.
    @Test func contradictingFormatIsAnError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nt = dir.appendingPathComponent("out.nt").path
        let bad = try CLIRunner.run(["export", CLIRunner.seed.path, "-o", nt, "--format", "turtle"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--format turtle contradicts the extension of --output \(nt) (.nt is ntriples)"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: nt))
        let json = try CLIRunner.run(["export", CLIRunner.seed.path, "-o", dir.appendingPathComponent("g.json").path, "--format", "jsonld"])
        #expect(json.stderr.contains("--format jsonld contradicts the extension"), "\(json.stderr)")
        #expect(json.stderr.contains("(.json is json)"))

        let abbrev = dir.appendingPathComponent("out.rdf").path
        let ok = try CLIRunner.run(["export", CLIRunner.seed.path, "-o", abbrev, "--format", "rdfxml-abbrev"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try RDFParser.parseGraph(file: abbrev, syntax: .rdfxml).count == CLIRunner.triplesWritten(ok.stderr))

        // .trig chooses TriG, which osce-kg assembles (DatasetWriter): it reads back with named graphs.
        let trigPath = dir.appendingPathComponent("out.trig").path
        let trig = try CLIRunner.run(["export", CLIRunner.seed.path, "-o", trigPath])
        #expect(trig.status == 0, "\(trig.stderr)")
        #expect(try String(contentsOfFile: trigPath, encoding: .utf8).contains("graph/reference> {"))
        for name in ["atom", "rss-1.0", "rdfxml-xmp"] {
            let refused = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", name])
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("--format \(name) is not offered: "), "\(refused.stderr)")
        }
        // An extension that names no RDF syntax keeps the default, Turtle.
        let txt = dir.appendingPathComponent("out.txt").path
        #expect(try CLIRunner.run(["export", CLIRunner.seed.path, "-o", txt]).status == 0)
        #expect(try String(contentsOfFile: txt, encoding: .utf8).hasPrefix("@prefix "))
    }

    /// The presentation syntaxes Raptor writes but cannot read are written too.
    @Test(arguments: [("dot", "digraph"), ("html", "<table"), ("json-triples", "\"triples\"")])
    func presentationSyntaxesAreWritten(format: String, marker: String) throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", format])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains(marker), "\(out.stdout.prefix(300))")
        #expect(out.stdout.contains("thomas-greminger"))
    }

    /// `--help` lists the formats offered and the ones not offered with the reason.
    @Test func helpSaysWhichFormatsAreNotOffered() throws {
        let help = try CLIRunner.run(["export", "--help"])
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        #expect(text.contains("jsonld"))
        #expect(text.contains("Not offered: atom"), "\(help.stdout)")
        #expect(text.contains("rdfxml-xmp"))
    }

    @Test func resultFormatMustHoldTheResult() throws {
        let construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        let json = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "json", construct])
        #expect(json.status == 64)  // a usage error: the format and the query exclude each other
        #expect(json.stdout.isEmpty)
        #expect(json.stderr.contains("Error: --results json cannot hold the graph a CONSTRUCT query returns; use a graph format: turtle, ntriples"), "\(json.stderr)")
        #expect(json.stderr.contains("rdfjson") && json.stderr.contains("jsonld"))
        let describe = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "csv",
                                          "DESCRIBE <https://w3id.org/osce-kg/resource/state/se>"])
        #expect(describe.stderr.contains("--results csv cannot hold the graph a DESCRIBE query returns"), "\(describe.stderr)")
        let select = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "turtle", "SELECT * WHERE { ?s ?p ?o }"])
        #expect(select.status == 64)
        #expect(select.stderr.contains("Usage: osce-kg query [<options>]"), "\(select.stderr)")  // this subcommand's usage
        #expect(select.stderr.contains("--results turtle cannot hold the table a SELECT query returns; use a results format: table, json, xml, csv, tsv"), "\(select.stderr)")
        let ask = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "jsonld", "ASK { ?s ?p ?o }"])
        #expect(ask.stderr.contains("--results jsonld cannot hold the boolean an ASK query returns"), "\(ask.stderr)")
        // RDF/JSON is still reachable for graphs, by its own name.
        let rdfjson = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "rdfjson", construct])
        #expect(rdfjson.status == 0)
        #expect(rdfjson.stdout.contains("\"https://w3id.org/osce-kg/resource/state/se\""))
    }

    /// CONSTRUCT results in JSON-LD, compacted with the query's prefixes, read back as the same graph.
    @Test(.needsProjectPython) func constructResultsAsJSONLD() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let q = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?r schema:headline ?h ; schema:datePublished ?d } WHERE { ?r schema:headline ?h ; schema:datePublished ?d }"
        let jl = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "jsonld", q])
        let nt = try CLIRunner.run(["query", "--data", CLIRunner.seed.path, "--results", "ntriples", q])
        #expect(jl.status == 0 && nt.status == 0, "\(jl.stderr)")
        #expect(jl.stdout.contains("\"schema:headline\": {\"@value\": \"Sweden hosts first meeting"), "\(jl.stdout.prefix(600))")
        try jl.stdoutBytes.write(to: dir.appendingPathComponent("r.jsonld"))
        try nt.stdoutBytes.write(to: dir.appendingPathComponent("r.nt"))
        let report = try Self.compare(jsonld: dir.appendingPathComponent("r.jsonld"), ntriples: dir.appendingPathComponent("r.nt"))
        #expect(report.contains("pyoxigraph 2 2 True") && report.contains("rdflib 2 2 True"), "\(report)")
    }
}
