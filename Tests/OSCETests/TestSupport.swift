import Foundation
import RDF
import Testing
@testable import OSCE

/// Paths of repository files, found relative to this file (tests never read /work/shared).
enum RepositoryPath {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var ontology: URL { root.appendingPathComponent("Ontology/osce-kg.ttl") }
    static var shapes: URL { root.appendingPathComponent("Ontology/shapes.ttl") }
    static var wikidataTSV: URL { root.appendingPathComponent("Ontology/reference/wikidata.tsv") }
    static var wikidataPeopleTSV: URL { root.appendingPathComponent("Ontology/reference/wikidata-people.tsv") }
    static var sources: URL { root.appendingPathComponent("Sources") }

    /// The project's Python, `.venv/bin/python` under the repository root (`make venv`
    /// creates it with pySHACL, pyoxigraph and rdflib), or nil when it does not exist.
    static let python: URL? = {
        let url = root.appendingPathComponent(".venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()
}

/// Enables a test or suite only when the project's Python (`.venv/bin/python`) exists;
/// otherwise the runner reports it as skipped with the reason.
extension Trait where Self == ConditionTrait {
    static var needsProjectPython: Self {
        .enabled(if: RepositoryPath.python != nil, "SKIPPED: no .venv/bin/python for the Python test tools (make venv creates it)")
    }
}

/// The seed page's release (shared/seeds/000_0b91f1119559f398.txt), built by
/// hand from its expected facts.
enum SeedRelease {
    static let body = """
        VIENNA, 11 May 2020 –Today, the Mediterranean Partners for Co-operation Group, under the Swedish Chair, held their first virtual meeting.
        “Our programme for 2020 will focus on topics such as countering trafficking in human beings,” said Ambassador Ulrika Funered.
        """

    static let funered = Person(name: "Ulrika Funered", honorific: "Ambassador")
    static let hasani = Person(name: "Igli Hasani", honorific: "Ambassador")
    static let greminger = Person(name: "Thomas Greminger")
    static let richey = Person(name: "Valiant Richey")

    static let release = Release(
        kind: .pressRelease,
        title: "Sweden hosts first meeting of Mediterranean Partners for Co-operation Group, focuses on information technology and human trafficking",
        language: "en", date: "2020-05-11", contentType: "Press release",
        places: ["Vienna"],
        issuers: ["Mediterranean Partners for Co-operation", "OSCE Chairpersonship"],
        fieldsOfWork: ["Combating trafficking in human beings"],
        body: body,
        mentionedStates: ["Sweden", "Albania"],
        people: [funered, hasani, greminger, richey],
        posts: [
            Post(
                role: "Head of the Permanent Delegation of Sweden to the OSCE", holder: funered,
                organisation: Organisation(
                    name: "Permanent Delegation of Sweden to the OSCE", kind: .permanentDelegation, representedState: "SE")),
            Post(role: "Chair of the Permanent Council", holder: hasani),
            Post(role: "OSCE Secretary General", holder: greminger),
            Post(role: "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings", holder: richey),
        ],
        quotes: [
            Quote(text: "Our programme for 2020 will focus on topics such as countering trafficking in human beings", speaker: "Ulrika Funered"),
            Quote(text: "The programme closely aligns and complements Albanian’s Chairmanship priorities", speaker: "Igli Hasani"),
            Quote(text: "The OSCE has been in the lead in standard-setting", speaker: "Thomas Greminger"),
        ],
        meetings: [
            Meeting(
                name: "First meeting of the Mediterranean Partners for Co-operation Group in 2020", startDate: "2020-05-11",
                organizer: "Mediterranean Partners for Co-operation Group", attendanceMode: .virtual, participantCount: 100)
        ],
        sourcePath: "Examples/000_0b91f1119559f398.txt")
}

extension Graph {
    /// The graph as N-Triples, one line per triple.
    var nTriples: String { triples.map { $0.description + "\n" }.joined() }

    func objects(_ subject: IRI, _ predicate: IRI) -> [Term] {
        triples(subject: subject.term, predicate: predicate).map(\.object)
    }
}

let schema = Namespace.schema
let org = Namespace.org
let skos = Namespace.skos
let foaf = Namespace.foaf
let prov = Namespace.prov
let rdfType = RDFVocabulary.type
