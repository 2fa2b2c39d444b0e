import Foundation
import RDF
import Testing
@testable import OSCE
@testable import PageIngest

/// `PageCorpus.PageAdder` opens one page window per page in a streaming
/// builder: the output is the storing builder's, triple for triple, while the
/// builder keeps the fingerprints of page-bound triples only for pages whose
/// page or releases recur.
@Suite struct PageWindowTests {
    static let files: [String] = ExamplePageTests.pageNames.map {
        ExamplePageTests.pagesDirectory.appendingPathComponent($0 + ".txt").path
    }

    /// The triples a streaming builder emits for `files`, and the builder.
    static func streamed(_ files: [String], pagePaths: [String]) throws -> ([Triple], KnowledgeGraphBuilder) {
        let reading = PageCorpus.read(files: files, pagePaths: pagePaths, jobs: 1, diagnostic: { _ in })
        var builder = KnowledgeGraphBuilder(streaming: true)
        var triples = builder.takeEmitted()
        var adder = reading.adder()
        while try adder.addNext(into: &builder) { triples += builder.takeEmitted() }
        try builder.emitClosingTriples()
        triples += builder.takeEmitted()
        return (triples, builder)
    }

    static func stored(_ files: [String], pagePaths: [String]) -> [Triple] {
        var builder = KnowledgeGraphBuilder()
        _ = PageCorpus.ingest(files: files, pagePaths: pagePaths, into: &builder, jobs: 1, diagnostic: { _ in })
        return builder.build().triples
    }

    @Test func examplePagesStreamTheStoredGraphAndForgetPageTriples() throws {
        #expect(Self.files.count == 17)
        let paths = ExamplePageTests.pageNames.map { "news/\($0).txt" }
        let (triples, builder) = try Self.streamed(Self.files, pagePaths: paths)
        let stored = Self.stored(Self.files, pagePaths: paths)
        #expect(triples.count > 3500)
        #expect(triples == stored)
        // Page-bound triples of pages whose windows were not retained are no longer held.
        let pageBound = triples.filter { builder.isPageBound($0.subject) }.count
        #expect(pageBound > 1000)
        #expect(builder.seen.count < triples.count - pageBound / 2)
        // The pages and releases of windows not retained are counted, not held.
        var storing = KnowledgeGraphBuilder()
        _ = PageCorpus.ingest(files: Self.files, pagePaths: paths, into: &storing, jobs: 1, diagnostic: { _ in })
        #expect(builder.pageCount == storing.pageCount)
        #expect(builder.releaseCount == storing.releaseCount)
        #expect(builder.pageCount >= 16)
        #expect(builder.pages.count + builder.windowPages.count < builder.pageCount)
    }

    /// Every page given twice (under two paths, or one URL): its releases
    /// recur, so their windows are retained and nothing is emitted twice.
    @Test func recurringPagesAndReleasesAreEmittedOnce() throws {
        let files = Self.files + Self.files
        let paths = ExamplePageTests.pageNames.map { "a/\($0).txt" } + ExamplePageTests.pageNames.map { "b/\($0).txt" }
        let (triples, _) = try Self.streamed(files, pagePaths: paths)
        #expect(Set(triples).count == triples.count)
        #expect(triples == Self.stored(files, pagePaths: paths))
    }
}
