import Foundation
import RDF
import RaptorIO
import Testing

/// Named graphs in N-Quads and TriG, the dataset description inside an
/// export, `--description FILE` and `osce-kg describe`.
@Suite struct NamedGraphExportTests {
    static let base = "https://w3id.org/osce-kg/resource/"
    static let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path

    /// N-Quads and TriG hold the same quads, a graph per page plus the
    /// reference, entities and description graphs; merged, they are the
    /// N-Triples export, each triple once.
    @Test func quadSyntaxesHoldOneGraphPerPage() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nt = dir.appendingPathComponent("out.nt").path, nq = dir.appendingPathComponent("out.nq").path
        let trig = dir.appendingPathComponent("out.trig").path
        for (file, format) in [(nt, "ntriples"), (nq, "nquads"), (trig, "trig")] {
            let out = try CLIRunner.run(["export", Self.pages, "--format", format, "--output", file])
            #expect(out.status == 0, "\(out.stderr)")
        }
        let quads = try RDFParser.parseDataset(file: nq, syntax: .nquads)
        let fromTriG = try RDFParser.parseDataset(file: trig, syntax: .trig)
        let triples = try RDFParser.parseGraph(file: nt, syntax: .ntriples)
        #expect(quads.defaultGraph.isEmpty)
        let names = quads.graphNames.compactMap(\.iri?.value)
        // N-Quads streams: a graph first appears with its first quad, so the entities graph
        // follows the first page that names an entity; the reference graph comes first.
        #expect(names.first == Self.base + "graph/reference")
        #expect(names.contains(Self.base + "graph/entities"))
        #expect(names.last == Self.base + "graph/description")
        #expect(names.filter { $0.hasPrefix(Self.base + "page/") }.count == 17)
        #expect(Set(fromTriG.graphNames) == Set(quads.graphNames))
        var merged = Graph()
        var total = 0
        for name in quads.graphNames {
            let g = quads.namedGraph(name)
            #expect(fromTriG.namedGraph(name) == g, "graph \(name) differs between N-Quads and TriG")
            total += g.count
            merged.insert(contentsOf: g)
        }
        #expect(total == merged.count, "a triple is in two graphs")
        #expect(merged == triples)
        // The seed page's graph holds its release; the person is a shared entity.
        let seedGraph = quads.namedGraph(.iri(IRI(unchecked: Self.base + "page/000-0b91f1119559f398")))
        #expect(!seedGraph.triples(predicate: IRI(unchecked: "http://schema.org/headline")).isEmpty)
        let greminger = Term.iri(IRI(unchecked: Self.base + "person/thomas-greminger"))
        #expect(seedGraph.triples(subject: greminger).isEmpty)
        #expect(!quads.namedGraph(.iri(IRI(unchecked: Self.base + "graph/entities"))).triples(subject: greminger).isEmpty)

        if let rapper = try CLIRunner.tool("rapper", ["-i", "trig", "-c", trig]) {
            #expect(rapper.status == 0, "\(rapper.stderr)")
            #expect(rapper.stderr.contains("returned \(total) triples"), "\(rapper.stderr)")
        }
    }

    /// pyoxigraph and rdflib read the N-Quads and TriG exports to the same
    /// quads (count and graph names).
    @Test(.needsProjectPython) func pythonReadersAgree() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nq = dir.appendingPathComponent("out.nq").path, trig = dir.appendingPathComponent("out.trig").path
        _ = try CLIRunner.run(["export", Self.pages, "--format", "nquads", "--output", nq])
        _ = try CLIRunner.run(["export", Self.pages, "--format", "trig", "--output", trig])
        let script = """
            import sys, pyoxigraph as ox, rdflib
            for path, ox_format, rl_format in [(sys.argv[1], ox.RdfFormat.N_QUADS, "nquads"), (sys.argv[2], ox.RdfFormat.TRIG, "trig")]:
                store = ox.Store(); store.load(path=path, format=ox_format)
                ds = rdflib.Dataset(); ds.parse(path, format=rl_format)
                rl_quads = [q for q in ds.quads() if q[3] is not None and str(q[3]) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)]
                print(len(store), len(set(str(q.graph_name) for q in store)), len(rl_quads), len(set(str(q[3]) for q in rl_quads)))
            """
        let out = try #require(try CLIRunner.python(["-c", script, nq, trig]))
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map { $0.split(separator: " ").compactMap { Int($0) } }
        #expect(lines.count == 2)
        let quads = try RDFParser.parseDataset(file: nq, syntax: .nquads)
        let expected = [quads.quads.count, quads.graphNames.count, quads.quads.count, quads.graphNames.count]
        #expect(lines.first == expected, "pyoxigraph/rdflib on N-Quads: \(out.stdout)")
        #expect(lines.last == expected, "pyoxigraph/rdflib on TriG: \(out.stdout)")
    }

    /// Every syntax written still reads back in rdflib to the N-Triples graph
    /// (the description included).
    @Test(.needsProjectPython, arguments: ["turtle", "rdfxml-abbrev", "trig", "nquads"])
    func rdflibReadsTheExport(format: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nt = dir.appendingPathComponent("out.nt").path, file = dir.appendingPathComponent("out.x").path
        _ = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--output", nt])
        _ = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", format, "--output", file])
        let rl = ["turtle": "turtle", "rdfxml-abbrev": "xml", "trig": "trig", "nquads": "nquads"][format]!
        let script = """
            import sys, rdflib
            from rdflib.compare import isomorphic
            nt = rdflib.Graph(); nt.parse(sys.argv[1], format="nt")
            ds = rdflib.Dataset(); ds.parse(sys.argv[2], format=sys.argv[3])
            merged = rdflib.Graph()
            for s, p, o, g in ds.quads(): merged.add((s, p, o))
            print(isomorphic(nt, merged), len(nt), len(merged))
            """
        let out = try #require(try CLIRunner.python(["-c", script, nt, file, rl]))
        #expect(out.stdout.hasPrefix("True "), "\(format): \(out.stdout) \(out.stderr)")
    }
}

@Suite struct DescriptionCommandTests {
    static let license = "https://creativecommons.org/licenses/by/4.0/"
    static let reference = CLIRunner.root.deletingLastPathComponent().appendingPathComponent("shared/reference/dcat-ap-3.0.1")
    static var hasReference: Bool { FileManager.default.fileExists(atPath: reference.appendingPathComponent("dcat-ap-SHACL.ttl").path) }

    static func export(_ dir: URL, _ extra: [String] = []) throws -> (file: String, description: String, out: CLIRunner.Output) {
        let file = dir.appendingPathComponent("osce.ttl").path, description = dir.appendingPathComponent("osce.description.ttl").path
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--output", file, "--format", "turtle", "--license", license,
                                     "--publisher", "Example Org", "--endpoint", "https://example.org/sparql",
                                     "--dump-url", "https://example.org/osce.ttl", "--description", description] + extra)
        return (file, description, out)
    }

    /// The description file gives the export file's real size and SHA-256,
    /// and `osce-kg describe` prints the same description for the finished file.
    @Test func descriptionFileMeasuresTheExport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (file, descriptionPath, out) = try Self.export(dir)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stderr.contains("warning: no --"))
        #expect(out.stderr.contains("warnings: 0, triples written: "))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let description = try RDFParser.parseGraph(file: descriptionPath, syntax: .turtle)
        let size = description.triples(predicate: IRI(unchecked: "http://www.w3.org/ns/dcat#byteSize")).map(\.object)
        #expect(size == [.literal(Literal(String(bytes.count), datatype: XSD.nonNegativeInteger))])
        let digest = description.triples(predicate: IRI(unchecked: "http://spdx.org/rdf/terms#checksumValue")).first?.object.literal?.lexicalForm
        if let sha = try CLIRunner.tool("sha256sum", [file]) {
            #expect(digest.map { sha.stdout.hasPrefix($0 + " ") } == true, "\(String(describing: digest)) vs \(sha.stdout)")
        }
        // The export carries the same description without the distribution.
        let export = try RDFParser.parseGraph(file: file, syntax: .turtle)
        let license = Triple(IRI(unchecked: "https://w3id.org/osce-kg/resource/dataset"), IRI(unchecked: "http://purl.org/dc/terms/license"),
                             IRI(unchecked: Self.license))
        #expect(export.contains(license))
        #expect(description.contains(license))
        #expect(export.triples(predicate: IRI(unchecked: "http://www.w3.org/ns/dcat#byteSize")).isEmpty)

        let described = try CLIRunner.run(["describe", file, "--license", Self.license, "--publisher", "Example Org",
                                           "--endpoint", "https://example.org/sparql", "--dump-url", "https://example.org/osce.ttl"])
        #expect(described.status == 0, "\(described.stderr)")
        #expect(described.stdoutBytes == (try Data(contentsOf: URL(fileURLWithPath: descriptionPath))))
    }

    /// Without `--license` there is no licence triple, and a warning says portals need one.
    @Test func noInventedLicence() throws {
        let out = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        #expect(out.status == 0)
        #expect(out.stderr.contains(CLIRunner.descriptionWarningLine))
        #expect(out.stderr.contains("warnings: 1, triples written: "))
        let quiet = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--quiet", "--publisher", "P"])
        #expect(!quiet.stderr.contains("osce-kg: warning:"))
        #expect(quiet.stderr.contains("warnings: 1, triples written: "))
        let loud = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--publisher", "P"])
        #expect(loud.stderr.contains("osce-kg: warning: no --license: the dataset description has no licence, and data portals need one"))
        #expect(!out.stdout.contains("<http://purl.org/dc/terms/license>"))
        #expect(out.stdout.contains("<https://w3id.org/osce-kg/resource/dataset> <http://rdfs.org/ns/void#triples> "))
    }

    /// `--date` and `SOURCE_DATE_EPOCH` stamp the export; bad values are one-line errors.
    @Test func exportTime() throws {
        let dated = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples", "--date", "2024-05-01"])
        #expect(dated.stdout.contains("<http://purl.org/dc/terms/issued> \"2024-05-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"))
        // CLIRunner sets SOURCE_DATE_EPOCH=1700000000.
        let epoch = try CLIRunner.run(["export", CLIRunner.seed.path, "--format", "ntriples"])
        #expect(epoch.stdout.contains("\"2023-11-14T22:13:20Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"))
        let bad = try CLIRunner.run(["export", CLIRunner.seed.path, "--date", "2024-02-30"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--date: date '2024-02-30' is neither"))
        let noOutput = try CLIRunner.run(["export", CLIRunner.seed.path, "--description", "/tmp/x.ttl"])
        #expect(noOutput.status == 64)  // a usage error, found before anything is written
        #expect(noOutput.stdout.isEmpty)
        #expect(noOutput.stderr.contains("--description /tmp/x.ttl needs --output"))
        let missing = try CLIRunner.run(["describe", "/nonexistent/osce.ttl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/osce.ttl"))
    }

    /// The description conforms to the official DCAT-AP 3.0.1 shapes (read from
    /// ../shared/reference/dcat-ap-3.0.1) and to Ontology/shapes.ttl; a
    /// description missing its distribution's access URL does not.
    @Test(.needsProjectPython) func conformsToDCATAPAndProjectShapes() throws {
        // Without ../shared/reference (a clone elsewhere) only the project's shapes are checked.
        if !Self.hasReference { print("SKIPPED: DCAT-AP shapes: no ../shared/reference/dcat-ap-3.0.1; project shapes only") }
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (_, description, out) = try Self.export(dir)
        #expect(out.status == 0)
        // pySHACL refuses the `sh:property` links ranges.ttl makes to shapes it
        // does not define; those links are dropped (no constraint is). RDFS
        // inference gives every resource its rdfs:Resource type, which the
        // range shapes ask for.
        let script = """
            import sys, rdflib, pyshacl
            from rdflib.namespace import SH
            ref, data_path, project = sys.argv[1], sys.argv[2], sys.argv[3]
            data = rdflib.Graph(); data.parse(data_path)
            if ref != "-":
                shapes = rdflib.Graph(); shapes.parse(ref + "/dcat-ap-SHACL.ttl"); shapes.parse(ref + "/ranges.ttl")
                for s, o in list(shapes.subject_objects(SH.property)):
                    if (o, SH.path, None) not in shapes: shapes.remove((s, SH.property, o))
                ok, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs")
                print("DCAT-AP", ok); print(text[:1500])
                broken = rdflib.Graph(); broken.parse(data_path)
                broken.remove((None, rdflib.URIRef("http://www.w3.org/ns/dcat#accessURL"), None))
                print("BROKEN", pyshacl.validate(broken, shacl_graph=shapes, inference="rdfs")[0])
            ok, _, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(project))
            print("PROJECT", ok); print(text[:1500])
            """
        let shapes = CLIRunner.root.appendingPathComponent("Ontology/shapes.ttl").path
        let report = try #require(try CLIRunner.python(["-c", script, Self.hasReference ? Self.reference.path : "-", description, shapes]))
        if Self.hasReference {
            #expect(report.stdout.contains("DCAT-AP True"), "\(report.stdout) \(report.stderr)")
            #expect(report.stdout.contains("BROKEN False"), "\(report.stdout)")
        }
        #expect(report.stdout.contains("PROJECT True"), "\(report.stdout)")
    }
}
