import RDF
import Testing
@testable import OSCE

/// A streaming `KnowledgeGraphBuilder` emits the triples `build()` lists, in
/// the same order, each once, keeping no graph.
@Suite struct StreamingBuilderTests {
    let policy = IRIPolicy()

    func release(_ title: String, date: String, person: String, role: String, page: String) -> Release {
        let p = Person(name: person)
        return Release(
            kind: .pressRelease, title: title, date: date, people: [p], posts: [Post(role: role, holder: p)],
            quotes: [Quote(text: "We act.", speaker: person)], sourcePath: page)
    }

    /// The same pages added to `b`; the triples emitted after each page.
    func addPages(_ b: inout KnowledgeGraphBuilder, emitted: inout [[Triple]]) throws {
        emitted.append(b.takeEmitted())
        b.addPage(path: "a.txt")
        b.add(release("Mission marks anniversary", date: "2021-06-01", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "a.txt"))
        emitted.append(b.takeEmitted())
        b.addPage(path: "b.txt")
        b.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        // The same release again (a second capture): nothing new but what differs.
        b.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        emitted.append(b.takeEmitted())
        try b.emitClosingTriples()
        emitted.append(b.takeEmitted())
    }

    @Test func streamingEmitsWhatBuildLists() throws {
        var stored = KnowledgeGraphBuilder(policy: policy)
        var ignored: [[Triple]] = []
        try addPages(&stored, emitted: &ignored)
        #expect(ignored.allSatisfy { $0.isEmpty })  // a storing builder queues nothing

        var streaming = KnowledgeGraphBuilder(policy: policy, streaming: true)
        var emitted: [[Triple]] = []
        try addPages(&streaming, emitted: &emitted)
        let all = emitted.flatMap { $0 }
        #expect(all == stored.build().triples)
        #expect(Set(all).count == all.count)
        // The reference graph first, then each page's own triples as it is added, the holdings last.
        #expect(emitted[0].count == KnowledgeGraphBuilder(policy: policy).store.count)
        #expect(emitted[1].contains { $0.subject == .iri(policy.page(slug: "a")) })
        #expect(!emitted[1].contains { $0.subject == .iri(policy.page(slug: "b")) })
        #expect(emitted[2].contains { $0.subject == .iri(policy.page(slug: "b")) })
        #expect(!emitted[3].isEmpty)  // the post holding of Jan Braathu
        #expect(streaming.build().isEmpty)
        #expect(all.allSatisfy { streaming.hasEmitted($0) })
        #expect(!streaming.hasEmitted(Triple(policy.page(slug: "c"), RDFVocabulary.type, Namespace.schema["WebPage"])))
    }

    /// With `namedGraphs`, each queued triple carries the graph `buildDataset()` puts it in.
    @Test func namedGraphsStreamTheDatasetsQuads() throws {
        var stored = KnowledgeGraphBuilder(policy: policy)
        var ignored: [[Triple]] = []
        try addPages(&stored, emitted: &ignored)
        let dataset = stored.buildDataset()

        var streaming = KnowledgeGraphBuilder(policy: policy, streaming: true, namedGraphs: true)
        var quads: [Quad] = streaming.takeEmittedQuads()
        streaming.addPage(path: "a.txt")
        streaming.add(release("Mission marks anniversary", date: "2021-06-01", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "a.txt"))
        quads += streaming.takeEmittedQuads()
        streaming.addPage(path: "b.txt")
        streaming.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        streaming.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        quads += streaming.takeEmittedQuads()
        try streaming.emitClosingTriples()
        quads += streaming.takeEmittedQuads()

        #expect(quads.count == stored.build().count)
        #expect(Set(quads) == Set(dataset.quads))
        // The graphs first named in buildDataset()'s order: reference, entities, then the pages.
        var named: [Term] = []
        for q in quads where !named.contains(q.graph!) { named.append(q.graph!) }
        #expect(named == dataset.graphNames)
        #expect(quads.contains { $0.graph == .iri(policy.page(slug: "b")) && $0.subject == .iri(policy.page(slug: "b")) })
        #expect(quads.first?.graph == .iri(policy.referenceGraph))
        #expect(quads.last?.graph == .iri(policy.entitiesGraph))  // the holdings
        // Without namedGraphs, every quad is in the default graph.
        var plain = KnowledgeGraphBuilder(policy: policy, streaming: true)
        #expect(plain.takeEmittedQuads().allSatisfy { $0.graph == nil })
    }

    /// A page window not retained forgets its page-bound triples when the
    /// next opens (the shared entities' stay); a retained one keeps them.
    @Test func pageWindowsForgetPageBoundTriplesUnlessRetained() {
        var b = KnowledgeGraphBuilder(policy: policy, streaming: true)
        _ = b.takeEmitted()
        b.beginPageWindow(retained: false)
        b.add(release("Mission marks anniversary", date: "2021-06-01", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "a.txt"))
        let first = b.takeEmitted()
        let pageA = Triple(policy.page(slug: "a"), RDFVocabulary.type, Namespace.schema["WebPage"])
        #expect(first.contains(pageA))
        #expect(b.hasEmitted(pageA))
        let person = first.first { !b.isPageBound($0.subject) && $0.subject.description.contains("/person/") }
        #expect(person != nil)
        b.beginPageWindow(retained: true)
        #expect(!b.hasEmitted(pageA))  // forgotten with its window
        #expect(person.map { b.hasEmitted($0) } == true)  // shared: kept
        b.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        _ = b.takeEmitted()
        b.beginPageWindow(retained: false)
        let pageB = Triple(policy.page(slug: "b"), RDFVocabulary.type, Namespace.schema["WebPage"])
        #expect(b.hasEmitted(pageB))  // its window was retained
        // The same release again in a later window: nothing new.
        b.add(release("Judges trained", date: "2019-03-12", person: "Jan Braathu", role: "Head of the OSCE Mission to Serbia", page: "b.txt"))
        #expect(b.takeEmitted().isEmpty)
    }
}
