import OSCE
import RDF
import Testing
@testable import DatasetDescription

/// `GraphStatistics.Accumulator`: counting triples one by one, in any order,
/// gives the statistics (and so the description) of the graph they make.
@Suite struct StatisticsAccumulatorTests {
    let policy = IRIPolicy()

    @Test(arguments: [nil, 50, 1])
    func accumulatedStatisticsAreTheGraphs(spillingAfter: Int?) throws {
        var b = KnowledgeGraphBuilder(policy: policy)  // the reference data: States, posts, Wikidata links
        b.addPage(path: "a.txt", url: "https://www.osce.org/x/1")
        b.addPage(path: "b.txt")
        let graph = b.build()
        let whole = GraphStatistics(graph, uriSpace: policy.base)
        var counts = GraphStatistics.Accumulator(uriSpace: policy.base, spillingAfter: spillingAfter)
        for t in graph.triples.reversed() { counts.add(t) }
        let s = try counts.statistics
        #expect(counts.distinct.hasSpilled == (spillingAfter != nil))
        #expect(s.triples == graph.count)
        #expect(s.triples == whole.triples && s.entities == whole.entities && s.classes == whole.classes)
        #expect(s.properties == whole.properties && s.distinctSubjects == whole.distinctSubjects)
        #expect(s.distinctObjects == whole.distinctObjects && s.languages == whole.languages)
        #expect(s.classEntities.map(\.class) == whole.classEntities.map(\.class))
        #expect(s.classEntities.map(\.entities) == whole.classEntities.map(\.entities))
        #expect(s.propertyTriples.map(\.triples) == whole.propertyTriples.map(\.triples))
        #expect(s.wikidataLinks.map(\.triples) == whole.wikidataLinks.map(\.triples))
        #expect(!s.wikidataLinks.isEmpty)
        #expect(s.firstInstance == whole.firstInstance)
        #expect(s.pages.count == 2 && whole.pages.count == 2)
        #expect(try s.pages.all() == whole.pages.all())
        let webPages = graph.triples.filter { $0.predicate == RDFVocabulary.type && $0.object == .iri(Namespace.schema["WebPage"]) }
            .compactMap { t -> IRI? in if case .iri(let page) = t.subject { page } else { nil } }
        #expect(try s.pages.all() == webPages.sorted { $0.value < $1.value })
        let settings = DescriptionSettings(time: ExportTime(secondsSince1970: 1_700_000_000), toolVersion: "9.9")
        let described = try DatasetDescriber.describe(statistics: s, policy: policy, settings: settings)
        #expect(described.triples == DatasetDescriber.describe(graph, policy: policy, settings: settings).triples)
        #expect(described.contains(Triple(policy.dataset, Namespace.void["triples"], Literal(String(graph.count), datatype: XSD.integer))))
    }
}
