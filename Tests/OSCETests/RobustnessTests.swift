import Foundation
import RDF
import Testing
@testable import OSCE

/// Hostile names and texts through every entry point of the builder: every
/// IRI is valid, no blank node appears, and Raptor's N-Triples parser reads the
/// output back with the same number of triples.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
        mutating func text() -> String {
            let pieces = [
                "Vienna", "Ж", "Š", " ", "\u{A0}", "\"", "'", "’", "/", "#", "%", "?", "<", ">", "{", "}", "|", "^", "`", "\\",
                "\n", "\r", "\t", "\u{0}", "\u{7F}", "🙂", "\u{E000}", "\u{FFFF}", "..", "-", "e\u{301}", "習", "OSCE", "Mission to Serbia",
                "Sweden", "Turkey", "Cyber/ICT Security", "2020-05-11", "   ",
            ]
            var s = ""
            for _ in 0..<(1 + Int(next() % 6)) { s += pick(pieces) }
            return s
        }
    }

    func hostileGraph() -> Graph {
        var g = Generator(state: 42)
        var b = KnowledgeGraphBuilder()
        for i in 0..<150 {
            let people = (0..<3).map { _ in Person(name: g.text(), honorific: g.pick([nil, "Dr.", g.text()])) }
            b.add(Release(
                kind: g.pick(ReleaseKind.allCases), title: g.text(), language: g.pick(["en", "de", "ru", "", "x y", "EN-gb"]),
                date: g.pick([nil, "2020-05-11", "2020-02-30", g.text()]), contentType: g.pick([nil, g.text()]),
                places: [Place(name: g.text())], issuers: [Organisation(name: g.text())], fieldsOfWork: [g.text()], body: g.text(),
                mentionedStates: [g.text(), "Russia"], mentionedOrganisations: [Organisation(name: g.text(), kind: g.pick(OrganisationKind.allCases), parent: g.text(), representedState: g.text())],
                people: people, posts: [Post(role: g.text(), holder: people[0], organisation: g.pick([nil, Organisation(name: g.text())]))],
                quotes: [Quote(text: g.text(), speaker: g.pick([nil, people[1].name]))],
                meetings: [Meeting(name: g.text(), startDate: g.text(), organizer: Organisation(name: g.text()), attendanceMode: .virtual, participantCount: Int(g.next() % 300) - 10, kind: g.text(), place: Place(name: g.text()))],
                sourcePath: "dir/\(g.text())-\(i).txt", sourceURL: g.pick([nil, "https://www.osce.org/x", g.text()]), truncated: i % 2 == 0,
                id: g.pick([nil, g.text()])))
        }
        return b.build()
    }

    @Test func everyTermIsValid() {
        let graph = hostileGraph()
        #expect(graph.count > 3000)
        for t in graph {
            #expect(!t.subject.isBlankNode && !t.object.isBlankNode)
            for iri in [t.subject.iri, t.predicate, t.object.iri].compactMap({ $0 }) {
                #expect(IRI.problem(in: iri.value) == nil, "\(iri.value)")
                #expect(!iri.value.contains("/../") && !iri.value.hasSuffix("/.."), "\(iri.value)")
            }
            if let l = t.object.literal {
                if let lang = l.language { #expect(Literal.isValidLanguageTag(lang) && lang == lang.lowercased()) }
                #expect(!l.lexicalForm.unicodeScalars.contains { $0.value == 0 }, "NUL in \(t)")
            }
        }
    }

    @Test(.needsProjectPython) func hostileGraphConformsToTheShapes() throws {
        try SHACLValidationTests().validate(hostileGraph(), name: "hostile")
    }

    @Test func raptorReadsTheOutputBack() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rapper") else {
            print("SKIPPED: rapper (raptor2-utils) is not installed.")
            return
        }
        let graph = hostileGraph()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("osce-robust-\(ProcessInfo.processInfo.processIdentifier).nt")
        try graph.nTriples.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/rapper")
        p.arguments = ["-q", "-i", "ntriples", "-c", file.path]
        let pipe = Pipe()
        p.standardError = pipe
        p.standardOutput = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(out.prefix(2000))")
    }
}
