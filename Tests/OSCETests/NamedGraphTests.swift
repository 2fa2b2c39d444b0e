import RDF
import Testing
@testable import OSCE

/// `KnowledgeGraphBuilder.buildDataset()`: every triple of `build()` in exactly
/// one graph: reference data, shared entities, or the page it came from.
@Suite struct NamedGraphTests {
    let policy = IRIPolicy()

    func release(_ title: String, date: String, person: String, role: String, page: String) -> Release {
        let p = Person(name: person)
        return Release(
            kind: .pressRelease, title: title, date: date, people: [p], posts: [Post(role: role, holder: p)],
            quotes: [Quote(text: "We act.", speaker: person)], sourcePath: page)
    }

    var builder: KnowledgeGraphBuilder {
        var b = KnowledgeGraphBuilder(policy: policy)
        b.addPage(path: "a.txt")
        b.add(release("Mission marks anniversary", date: "2021-06-01", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "a.txt"))
        b.addPage(path: "b.txt")
        b.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        return b
    }

    @Test func everyTripleIsInExactlyOneGraph() {
        let b = builder
        let merged = b.build()
        let dataset = b.buildDataset()
        #expect(dataset.defaultGraph.isEmpty)
        var seen = Set<Triple>()
        var total = 0
        for name in dataset.graphNames {
            for t in dataset.namedGraph(name) {
                total += 1
                #expect(seen.insert(t).inserted, "\(t) is in two graphs")
            }
        }
        #expect(total == merged.count)
        #expect(Graph(seen) == merged)
    }

    @Test func graphsAreReferenceEntitiesAndPages() throws {
        let dataset = builder.buildDataset()
        let pageA = policy.page(slug: "a"), pageB = policy.page(slug: "b")
        #expect(dataset.graphNames == [.iri(policy.referenceGraph), .iri(policy.entitiesGraph), .iri(pageA), .iri(pageB)])
        let reference = dataset.namedGraph(.iri(policy.referenceGraph))
        #expect(reference == OSCEReference.graph(policy: policy))
        // The person, the post, the holding (accumulated over both pages) are shared entities.
        let entities = dataset.namedGraph(.iri(policy.entitiesGraph))
        let person = policy.person(named: "Jan Braathu")
        #expect(entities.contains(Triple(person, RDFVocabulary.type, Namespace.foaf["Person"])))
        let holding = policy.membership(postSlug: "head-of-mission-to-serbia", personSlug: "jan-braathu")
        #expect(!entities.triples(subject: .iri(holding)).isEmpty)
        #expect(entities.triples(subject: .iri(holding), predicate: Namespace.prov["wasDerivedFrom"]).count == 2)
        // Each page's graph holds the page, its release and its quote, and nothing of the other page.
        let a = dataset.namedGraph(.iri(pageA))
        let releaseA = try #require(a.triples(predicate: Namespace.prov["wasDerivedFrom"], object: .iri(pageA)).first?.subject)
        #expect(releaseA.iri?.value.contains("/release/2021-06-01-") == true)
        #expect(a.contains(Triple(pageA, RDFVocabulary.type, Namespace.schema["WebPage"])))
        #expect(!a.triples(predicate: Namespace.schema["spokenByCharacter"]).isEmpty)
        #expect(a.triples(subject: .iri(pageB)).isEmpty)
        #expect(a.triples(subject: .iri(person)).isEmpty)
    }

    @Test func aReleaseAddedLaterGoesToItsOwnPage() {
        // Truncated releases are added after every page (PageCorpus); the graph follows the release's page.
        var b = KnowledgeGraphBuilder(policy: policy, includeReferenceData: false)
        b.addPage(path: "a.txt")
        b.addPage(path: "b.txt")
        b.add(release("Late", date: "2020-01-01", person: "Ann Lee", role: "Head of the OSCE Mission to Serbia", page: "a.txt"))
        let a = b.buildDataset().namedGraph(.iri(policy.page(slug: "a")))
        #expect(a.triples(predicate: Namespace.schema["headline"]).count == 1)
        #expect(b.buildDataset().namedGraph(.iri(policy.page(slug: "b"))).triples(predicate: Namespace.schema["headline"]).isEmpty)
    }
}
