import Foundation
import RDF
import RaptorIO
import Testing

/// Publishing a description: `--description` never overwrites the export,
/// its syntax (JSON-LD too) comes from the `GraphFormat` table, `describe`
/// finds the base and the activity in the file's own description, and each
/// export has its own activity.
@Suite struct DescriptionPublishingTests {
    static let pages = CLIRunner.root.appendingPathComponent("Examples/pages").path
    static let void = "http://rdfs.org/ns/void#"
    static let wasGeneratedBy = IRI(unchecked: "http://www.w3.org/ns/prov#wasGeneratedBy")

    /// The integer values of `predicate` on `subject`.
    static func integers(_ g: Graph, _ subject: String, _ predicate: String) -> [Int] {
        g.triples(predicate: IRI(unchecked: predicate)).filter { $0.subject == .iri(IRI(unchecked: subject)) }
            .compactMap { $0.object.literal.flatMap { Int($0.lexicalForm) } }
    }

    /// Same file for `--output` and `--description` (spelled differently) is a
    /// usage error naming both; nothing is written and an existing file is kept.
    @Test func descriptionNeverOverwritesTheExport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for spelling in ["same.ttl", "./same.ttl", dir.appendingPathComponent("same.ttl").path, "sub/../same.ttl"] {
            let out = try CLIRunner.run(["export", Self.pages, "-o", "same.ttl", "--description", spelling], cwd: dir)
            #expect(out.status == 64, "\(spelling): \(out.stderr)")
            #expect(out.stderr.contains("--output same.ttl and --description \(spelling) are the same file"), "\(out.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("same.ttl").path))
        }
        try Data("kept\n".utf8).write(to: dir.appendingPathComponent("same.ttl"))
        let kept = try CLIRunner.run(["export", Self.pages, "-o", "same.ttl", "--description", "./same.ttl"], cwd: dir)
        #expect(kept.status == 64)
        #expect(try String(contentsOf: dir.appendingPathComponent("same.ttl"), encoding: .utf8) == "kept\n")
        // A symbolic link to the export not written yet, and a hard link to an existing one
        // (a new user found both overwriting the export with the description).
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.ttl").path, withDestinationPath: "new.ttl")
        let link = try CLIRunner.run(["export", Self.pages, "-o", "new.ttl", "--description", "link.ttl"], cwd: dir)
        #expect(link.status == 64, "\(link.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new.ttl").path))
        try FileManager.default.linkItem(at: dir.appendingPathComponent("same.ttl"), to: dir.appendingPathComponent("hard.ttl"))
        let hard = try CLIRunner.run(["export", Self.pages, "-o", "same.ttl", "--description", "hard.ttl"], cwd: dir)
        #expect(hard.status == 64, "\(hard.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("same.ttl"), encoding: .utf8) == "kept\n")
        // Without --output: refused before the export is printed.
        let noOutput = try CLIRunner.run(["export", Self.pages, "--description", "d.ttl"], cwd: dir)
        #expect(noOutput.status == 64)
        #expect(noOutput.stdoutBytes.isEmpty)
        #expect(noOutput.stderr.contains("--description d.ttl needs --output"))
        // describe -o onto the file it describes is refused too.
        try Data("kept\n".utf8).write(to: dir.appendingPathComponent("x.ttl"))
        let describe = try CLIRunner.run(["describe", "x.ttl", "-o", "./x.ttl"], cwd: dir)
        #expect(describe.status == 64)
        #expect(describe.stderr.contains("--output ./x.ttl is the export file x.ttl"))
        // An extension naming a syntax that is not offered.
        let atom = try CLIRunner.run(["export", Self.pages, "-o", "y.ttl", "--description", "d.atom"], cwd: dir)
        #expect(atom.status == 64)
        #expect(atom.stderr.contains("--description d.atom: .atom is atom, which is not offered"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("y.ttl").path))
    }

    /// `.jsonld` gives JSON-LD for `--description` and `describe -o`; reading
    /// JSON-LD is refused with the reason.
    @Test func jsonLDDescriptions() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLIRunner.run(["export", Self.pages, "-o", "x.ttl", "--description", "d.jsonld", "--quiet"], cwd: dir)
        #expect(out.status == 0, "\(out.stderr)")
        let turtleDescription = try CLIRunner.run(["export", Self.pages, "-o", "x.ttl", "--description", "d.ttl", "--quiet"], cwd: dir)
        #expect(turtleDescription.status == 0)
        let expected = try RDFParser.parseGraph(file: dir.appendingPathComponent("d.ttl").path, syntax: .turtle)
        for name in ["d.jsonld", "dd.jsonld"] {
            if name == "dd.jsonld" {
                let described = try CLIRunner.run(["describe", "x.ttl", "-o", "dd.jsonld"], cwd: dir)
                #expect(described.status == 0, "\(described.stderr)")
            }
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name) is not a JSON object")
            #expect(json["@context"] != nil)
            let nodes = try #require(json["@graph"] as? [[String: Any]])
            // As many nodes as the Turtle description has subjects.
            #expect(nodes.count == Set(expected.map(\.subject)).count, "\(name)")
        }
    }

    /// `describe` reads its file in `--data-format` (as `query` does), else by extension or
    /// content, JSON-LD included, and writes the description in `--format` (as `export` does);
    /// before, `--format` set both, so a JSON-LD description of a Turtle file could not be asked
    /// for, and JSON-LD files were refused.
    @Test func describeReadsInDataFormatAndWritesInFormat() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["x.ttl", "x.jsonld"] {
            let out = try CLIRunner.run(["export", Self.pages, "-o", name, "--quiet"], cwd: dir)
            try #require(out.status == 0, "\(out.stderr)")
        }
        try FileManager.default.copyItem(at: dir.appendingPathComponent("x.ttl"), to: dir.appendingPathComponent("x.data"))
        let fromTurtle = try CLIRunner.run(["describe", "x.ttl", "--format", "ntriples"], cwd: dir)
        #expect(fromTurtle.status == 0, "\(fromTurtle.stderr)")
        #expect(fromTurtle.stdout.hasPrefix("<"))  // N-Triples, not the file's Turtle
        let fromData = try CLIRunner.run(["describe", "x.data", "--data-format", "turtle", "--format", "ntriples"], cwd: dir)
        #expect(fromData.status == 0, "\(fromData.stderr)")
        let fromJSONLD = try CLIRunner.run(["describe", "x.jsonld", "--format", "ntriples"], cwd: dir)
        #expect(fromJSONLD.status == 0, "\(fromJSONLD.stderr)")
        let voidCounts = { (text: String) in text.split(separator: "\n").filter { $0.contains("rdfs.org/ns/void#triples") || $0.contains("void#entities") }.sorted() }
        #expect(voidCounts(fromTurtle.stdout).count >= 2)
        #expect(voidCounts(fromJSONLD.stdout) == voidCounts(fromTurtle.stdout))
        #expect(voidCounts(fromData.stdout) == voidCounts(fromTurtle.stdout))
        // Without --format, the description is in the file's syntax: JSON-LD for a JSON-LD file.
        let same = try CLIRunner.run(["describe", "x.jsonld"], cwd: dir)
        #expect(same.stdout.hasPrefix("{"), "\(same.stdout.prefix(80))")
        // --format and the extension of --output must agree, as for export.
        let clash = try CLIRunner.run(["describe", "x.ttl", "--format", "turtle", "-o", "d.nt"], cwd: dir)
        #expect(clash.status == 64, "\(clash.stderr)")
        let help = try CLIRunner.run(["describe", "--help"])
        #expect(help.stdout.contains("--data-format <SYNTAX>"))
        #expect(help.stdout.contains("--format <SYNTAX>"))
    }

    /// `describe` without `--base` takes the base from the file's own
    /// description and leaves that description out of the statistics: the
    /// counts equal those the export carries, in Turtle and in N-Quads.
    @Test(arguments: ["b.ttl", "b.nq"]) func describeFindsTheBase(name: String) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = "https://ex.org/kg/"
        let out = try CLIRunner.run(["export", Self.pages, "-o", name, "--base", base, "--quiet"], cwd: dir)
        #expect(out.status == 0, "\(out.stderr)")
        let described = try CLIRunner.run(["describe", name, "-o", "d.nt"], cwd: dir)
        #expect(described.status == 0, "\(described.stderr)")
        let export = try RDFParser.parseGraph(file: dir.appendingPathComponent(name).path, syntax: name.hasSuffix(".nq") ? .nquads : .turtle)
        let description = try RDFParser.parseGraph(file: dir.appendingPathComponent("d.nt").path, syntax: .ntriples)
        let dataset = base + "dataset"
        for p in ["triples", "entities", "classes", "properties", "distinctSubjects", "distinctObjects"] {
            let carried = Self.integers(export, dataset, Self.void + p), given = Self.integers(description, dataset, Self.void + p)
            #expect(carried.count == 1 && carried == given, "void:\(p): export \(carried), describe \(given)")
        }
        let entities = try #require(Self.integers(description, dataset, Self.void + "entities").first)
        #expect(entities > 0)
        let uriSpace = description.triples(predicate: IRI(unchecked: Self.void + "uriSpace"))
            .filter { $0.subject == .iri(IRI(unchecked: dataset)) }.map(\.object)
        #expect(uriSpace == [.literal(Literal(base))])
        // The activity is the export's own.
        let activities = { (g: Graph) in g.triples(predicate: Self.wasGeneratedBy).map(\.object) }
        #expect(activities(description) == activities(export))
        #expect(activities(export).count == 1)
    }

    /// Each export has its own activity (time and pages) and distribution
    /// (file checksum); the same pages and time give the same bytes.
    @Test func activityPerExport() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        func export(_ input: String, _ name: String, _ extra: [String] = []) throws -> Graph {
            let out = try CLIRunner.run(["export", input, "-o", name, "--description", name + ".d.ttl", "--quiet"] + extra, cwd: dir)
            #expect(out.status == 0, "\(out.stderr)")
            return try RDFParser.parseGraph(file: dir.appendingPathComponent(name + ".d.ttl").path, syntax: .turtle)
        }
        let all = try export(Self.pages, "a.ttl"), seed = try export(CLIRunner.seed.path, "s.ttl")
        let again = try export(Self.pages, "a2.ttl"), later = try export(Self.pages, "a3.ttl", ["--date", "2024-05-01"])
        let activity = { (g: Graph) -> Term? in g.triples(predicate: Self.wasGeneratedBy).first?.object }
        let a = try #require(activity(all)), s = try #require(activity(seed))
        #expect(a != s)
        #expect(activity(again) == a)
        #expect(activity(later) != a)
        #expect(a.iri?.value.hasPrefix("https://w3id.org/osce-kg/resource/dataset/export/20231114T221320Z-") == true, "\(a)")
        #expect(activity(later)?.iri?.value.hasPrefix("https://w3id.org/osce-kg/resource/dataset/export/20240501T000000Z-") == true)
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.ttl")) == Data(contentsOf: dir.appendingPathComponent("a2.ttl")))
        // Loaded into one store, the two activities stay apart.
        var store = all
        for t in seed { store.insert(t) }
        #expect(Set(store.triples(predicate: IRI(unchecked: "http://www.w3.org/ns/prov#endedAtTime")).map(\.subject)).count == 2)
        let distributions = Set(store.triples(predicate: IRI(unchecked: "http://www.w3.org/ns/dcat#byteSize")).map(\.subject))
        #expect(distributions.count == 2)
    }
}
