import Foundation
import RDF
import Testing
@testable import OSCE

/// Validates the mapped graph against Ontology/shapes.ttl with pySHACL, run by the
/// project's Python (`.venv/bin/python`; skipped when `make venv` has not created it).
@Suite(.needsProjectPython)
struct SHACLValidationTests {
    /// Runs pySHACL on an N-Triples file against Ontology/shapes.ttl.
    static func pyshacl(_ dataFile: URL) -> (status: Int32, output: String) {
        guard let python = RepositoryPath.python else { return (-1, "no .venv/bin/python") }
        let p = Process()
        p.executableURL = python
        p.arguments = ["-m", "pyshacl", "-s", RepositoryPath.shapes.path, "-sf", "turtle", "-df", "nt", dataFile.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func validate(_ graph: Graph, name: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("osce-shacl-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("\(name).nt")
        try graph.nTriples.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Self.pyshacl(file)
        #expect(result.status == 0, "SHACL violations for \(name):\n\(result.output.prefix(6000))")
    }

    @Test func seedReleaseConforms() throws {
        var b = KnowledgeGraphBuilder()
        b.add(SeedRelease.release)
        b.add(Person(name: "Frank-Walter Steinmeier", honorific: "Dr."))
        b.add(Post(role: "High Commissioner on National Minorities", holder: Person(name: "Mirela Štefánková")))
        b.add(Post(role: "MP, Norway", holder: Person(name: "Henrik Solvang"), organisation: "OSCE PA"))
        b.add(Release(
            kind: .pressRelease, title: "OSZE-Mission in Serbien schult Richterinnen", language: "de", date: "2019-03-12",
            places: ["Belgrad", "Atlantis"], issuers: ["OSZE-Mission in Serbien", "OSZE-Vorsitz", "Justizakademie"],
            fieldsOfWork: ["Rechtsstaatlichkeit", "Media laws"], body: "Text", mentionedStates: ["Serbien", "Slowakei"],
            people: [Person(name: "Hanna Lindgren-Moos", honorific: "Botschafterin", position: TextSpan(start: 40, end: 58))],
            posts: [Post(role: "Leiterin der OSZE-Mission in Serbien", holder: Person(name: "Hanna Lindgren-Moos"), organisation: "OSZE-Mission in Serbien")],
            quotes: [Quote(text: "Ein Hassverbrechen trifft nicht nur das Opfer", speaker: "Hanna Lindgren-Moos", position: TextSpan(start: 90, end: 135))],
            meetings: [Meeting(name: "Fortbildung", startDate: "2019-03-12", organizer: "Sweden", attendanceMode: .offline, participantCount: 25, kind: "Summit meetings", place: "Belgrad")],
            sourcePath: "10-press-release-de-belgrad.txt", sourceURL: "https://www.osce.org/de/mission-to-serbia/x", truncated: true))
        try validate(b.build(), name: "seed")
    }

    @Test func shapesCatchViolations() throws {
        // A release without headline or provenance must fail: the shapes are not vacuous.
        var g = Graph()
        let r = IRI(unchecked: "https://w3id.org/osce-kg/resource/release/bad")
        g.insert(Triple(r, RDFVocabulary.type, Namespace.schema["NewsArticle"]))
        g.insert(Triple(r, Namespace.schema["datePublished"], Literal("11 May 2020")))
        let dir = FileManager.default.temporaryDirectory
        let file = dir.appendingPathComponent("osce-shacl-bad-\(ProcessInfo.processInfo.processIdentifier).nt")
        try g.nTriples.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Self.pyshacl(file)
        #expect(result.status != 0)
        #expect(result.output.contains("headline"))
    }

    /// A post holding without its member, an interval without its end and a
    /// selector with a string offset violate the shapes.
    @Test func holdingAndSelectorShapesCatchViolations() throws {
        let policy = IRIPolicy()
        var g = Graph()
        let holding = policy.membership(postSlug: "secretary-general", personSlug: "x")
        let interval = policy.interval(postSlug: "secretary-general", personSlug: "x")
        let selector = policy.selector(pageSlug: "p", span: TextSpan(start: 1, end: 2))
        g.insert(Triple(holding, RDFVocabulary.type, OSCEVocabulary.PostHolding))
        g.insert(Triple(holding, RDFVocabulary.type, Namespace.org["Membership"]))
        g.insert(Triple(holding, Namespace.org["memberDuring"], interval))
        g.insert(Triple(interval, RDFVocabulary.type, OSCEVocabulary.time["Interval"]))
        g.insert(Triple(selector, RDFVocabulary.type, OSCEVocabulary.oa["TextPositionSelector"]))
        g.insert(Triple(selector, OSCEVocabulary.oa["start"], Literal("1")))
        g.insert(Triple(selector, OSCEVocabulary.oa["end"], Literal("2", datatype: XSD.nonNegativeInteger)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("osce-shacl-holding-\(ProcessInfo.processInfo.processIdentifier).nt")
        try g.nTriples.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Self.pyshacl(file)
        #expect(result.status != 0)
        for path in ["Result Path: org:member", "Result Path: osce:post", "Result Path: time:hasEnd", "Result Path: oa:start"] {
            #expect(result.output.contains(path), "\(path) not reported:\n\(result.output.prefix(3000))")
        }
    }
}
