import Foundation
import RDF
import Testing
@testable import OSCE
@testable import PageIngest

/// The pages' facts spilled to a temporary file during a read (`PageCorpus.read`,
/// `CaptureStore`, `Capture+Coding`): the same graph as holding them in memory,
/// and no file left behind.
@Suite struct SpillTests {
    /// A fresh, empty folder of this test's own.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-spill-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func contents(_ folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["unreadable"]
    }

    /// The quads a streaming builder emits for `files`, read with `spillAbove` into `folder`.
    static func streamed(_ files: [String], pagePaths: [String], spillAbove: Int?, folder: URL, jobs: Int = 1)
        throws -> (quads: [Quad], spilled: Bool)
    {
        let reading = PageCorpus.read(files: files, pagePaths: pagePaths, contents: [:], stopAtFirstFailure: false, jobs: jobs,
                                      spillAbove: spillAbove, spillDirectory: folder.path, progress: { _ in }, diagnostic: { _ in })
        // Nothing in the folder while the facts are spilled (the file has no name).
        #expect(contents(folder) == [])
        var builder = KnowledgeGraphBuilder(streaming: true, namedGraphs: true)
        var quads = builder.takeEmittedQuads()
        var adder = reading.adder()
        while try adder.addNext(into: &builder) { quads += builder.takeEmittedQuads() }
        try builder.emitClosingTriples()
        quads += builder.takeEmittedQuads()
        return (quads, reading.isSpilled)
    }

    static var examples: (files: [String], paths: [String]) {
        (PageWindowTests.files, ExamplePageTests.pageNames.map { "news/\($0).txt" })
    }

    @Test func spilledAndHeldFactsGiveTheSameQuads() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (files, paths) = Self.examples
        let held = try Self.streamed(files, pagePaths: paths, spillAbove: nil, folder: folder)
        let spilled = try Self.streamed(files, pagePaths: paths, spillAbove: 0, folder: folder, jobs: 2)
        #expect(!held.spilled && spilled.spilled)
        #expect(held.quads.count > 3500)
        #expect(spilled.quads == held.quads)
        // The default threshold holds 17 pages in memory.
        #expect(PageCorpus.read(files: files, pagePaths: paths, jobs: 1, diagnostic: { _ in }).isSpilled == false)
        #expect(Self.contents(folder) == [])
    }

    /// Every page twice, under two paths, and twice under one path (a file given twice, and
    /// renamed `PageIdentity` collisions): captures grouped, unified and windows retained as in memory.
    @Test func spilledDuplicatesAndRenamedPagesGiveTheSameQuads() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (files, names) = Self.examples
        let twice = files + files + files
        let paths = names.map { "a/\($0)" } + names.map { "b/\($0)" } + names.map { "a/\($0)" }
        let held = try Self.streamed(twice, pagePaths: paths, spillAbove: nil, folder: folder)
        let spilled = try Self.streamed(twice, pagePaths: paths, spillAbove: 0, folder: folder)
        #expect(Set(held.quads).count == held.quads.count)
        #expect(spilled.quads == held.quads)
        // No page path at all: every file a collision of its name, renamed.
        let copies = files + files.map { $0.replacingOccurrences(of: "/pages/", with: "/pages/./") }
        let heldNames = try Self.streamed(copies, pagePaths: [], spillAbove: nil, folder: folder)
        let spilledNames = try Self.streamed(copies, pagePaths: [], spillAbove: 0, folder: folder)
        #expect(spilledNames.quads == heldNames.quads)
    }

    /// The real captures, when `../shared/pages-real` is there (read in place).
    @Test func realPagesSpillToTheSameQuads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/pages-real").standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return }
        let files = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted().map { root.appendingPathComponent($0).path }
        guard !files.isEmpty else { return }
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = files.map { URL(fileURLWithPath: $0).lastPathComponent }
        let held = try Self.streamed(files, pagePaths: paths, spillAbove: nil, folder: folder)
        let spilled = try Self.streamed(files, pagePaths: paths, spillAbove: 0, folder: folder, jobs: 2)
        #expect(held.quads.count > 1000)
        #expect(spilled.quads == held.quads)
    }

    /// Each capture of the example pages encodes and decodes to itself, field for field.
    @Test func capturesRoundTrip() throws {
        let ingester = PageIngester()
        var releases = 0
        for (order, file) in Self.examples.files.enumerated() {
            let facts = try ingester.ingest(fileAt: file)
            let capture = PageCorpus.Capture(order: order, facts: facts, pagePath: "news/x\(order).txt")
            let back = try PageCorpus.Capture(decoding: capture.encoded())
            #expect(back.order == capture.order && back.source == capture.source && back.url == capture.url)
            #expect(back.pagePath == capture.pagePath && back.isTruncated == capture.isTruncated && back.slug == capture.slug)
            #expect(back.releases == capture.releases)
            #expect(back.posts == capture.posts)
            #expect(back.mentions == capture.mentions)
            #expect(back.encoded() == capture.encoded())
            releases += capture.releases.count
        }
        #expect(releases >= 15)
    }

    /// A model field added without its encoding is caught here: the counts are of the
    /// stored properties `Capture+Coding` writes.
    @Test func everyStoredPropertyIsEncoded() {
        let span = TextSpan(start: 0, end: 1)
        let person = Person(name: "A")
        let counts: [(String, Any, Int)] = [
            ("Capture", PageCorpus.Capture(order: 0, source: "", url: nil, pagePath: nil, isTruncated: false, releases: [],
                                           posts: [], mentions: PageMentions(), slug: ""), 9),
            ("Release", Release(kind: .other, title: "", sourcePath: ""), 20),
            ("Organisation", Organisation(name: ""), 5),
            ("Person", person, 3),
            ("TextSpan", span, 6),
            ("Post", Post(role: ""), 4),
            ("Quote", Quote(text: ""), 3),
            ("Meeting", Meeting(name: ""), 7),
            ("Place", Place(name: ""), 1),
            ("PageMentions", PageMentions(), 3),
        ]
        for (name, value, encoded) in counts {
            #expect(Mirror(reflecting: value).children.count == encoded, "\(name): encode the new stored property in Capture+Coding.swift")
        }
        #expect(ReleaseKind.allCases.count < 128 && OrganisationKind.allCases.count < 128)
    }

    /// Damaged records throw, naming the byte; they never trap.
    @Test func damagedRecordsThrow() throws {
        let file = PageWindowTests.files[0]
        let facts = try PageIngester().ingest(fileAt: file)
        let bytes = PageCorpus.Capture(order: 3, facts: facts, pagePath: nil).encoded()
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: ByteReader.Malformed.self) { try PageCorpus.Capture(decoding: Array(bytes.prefix(cut))) }
        }
        #expect(throws: ByteReader.Malformed.self) { try PageCorpus.Capture(decoding: bytes + [0]) }
        var huge = ByteWriter()
        huge.write(1)
        huge.write(UInt64.max)
        #expect(throws: ByteReader.Malformed.self) { try PageCorpus.Capture(decoding: huge.bytes) }
    }

    /// Records across the buffer's edge and larger than it come back whole; the folder stays empty.
    @Test func storeReadsBackEveryRecordAndLeavesNoFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var records: [[UInt8]] = []
        var locations: [CaptureStore.Location] = []
        do {
            let store = try CaptureStore(directory: folder.path, bufferSize: 64)
            #expect(Self.contents(folder) == [])
            for n in [0, 1, 10, 63, 64, 65, 200, 5, 30, 40] {
                let record = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ n) }
                records.append(record)
                locations.append(try store.append(record))
            }
            #expect(store.size == records.reduce(0) { $0 + $1.count })
            for (record, location) in zip(records, locations) { #expect(try store.read(location) == record) }
            #expect(Self.contents(folder) == [])
            #expect(throws: SpillError.self) { try store.read(CaptureStore.Location(offset: store.size - 10, count: 20)) }
        }
        #expect(Self.contents(folder) == [])
        #expect(throws: SpillError.self) { try CaptureStore(directory: folder.appendingPathComponent("missing").path) }
    }

    /// A shelf whose file cannot be made holds the captures in memory: the read still works.
    @Test func unwritableFolderHoldsTheFactsInMemory() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-no-such-folder-\(UUID().uuidString)")
        let (files, paths) = Self.examples
        let reading = PageCorpus.read(files: files, pagePaths: paths, contents: [:], stopAtFirstFailure: false, jobs: 1,
                                      spillAbove: 0, spillDirectory: missing.path, progress: { _ in }, diagnostic: { _ in })
        #expect(!reading.isSpilled)
        var builder = KnowledgeGraphBuilder(streaming: true)
        var adder = reading.adder()
        var triples = builder.takeEmitted()
        while try adder.addNext(into: &builder) { triples += builder.takeEmitted() }
        try builder.emitClosingTriples()
        triples += builder.takeEmitted()
        #expect(triples == PageWindowTests.stored(files, pagePaths: paths))
    }

    @Test func spillThresholdFromTheEnvironment() throws {
        #expect(try PageCorpus.spillThresholdFromEnvironment([:]) == nil)
        #expect(try PageCorpus.spillThresholdFromEnvironment(["OSCE_KG_SPILL_ABOVE": " 0 "]) == 0)
        #expect(try PageCorpus.spillThresholdFromEnvironment(["OSCE_KG_SPILL_ABOVE": "500"]) == 500)
        for bad in ["-1", "many"] {
            #expect(throws: PageCorpus.JobsError.self) { try PageCorpus.spillThresholdFromEnvironment(["OSCE_KG_SPILL_ABOVE": bad]) }
        }
    }
}
