import DatasetDescription
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OSCE
import PageIngest
import RDF

/// The quads of a streamed export, produced as the writer pulls them: the
/// reference graph, then each page's new triples as the page is added to a
/// streaming `KnowledgeGraphBuilder`, then the post holdings and Wikidata
/// links, then the triples of the dataset description that the content does
/// not already hold. The same triples in the same order as writing
/// `builder.build()` followed by the description, without the graph in memory.
///
/// Each triple is in the default graph (`graph` nil), unless the builder has
/// `namedGraphs`: then each is in its graph (`KnowledgeGraphBuilder.takeEmittedQuads()`),
/// each page's entities-graph quads before its own graph's (so the graphs
/// are first named in the order of the in-memory dataset), and the
/// description comes whole in `{base}graph/description`, as
/// `ExportWriter.namedGraphs` lays the dataset out.
///
///     let stream = ExportStream(builder: streamingBuilder, adder: reading.adder(), concurrent: true) { statistics in … }
///     for quad in stream { try writer.write(quad) }   // stream.count, stream.statistics afterwards
///
/// Concurrent (`concurrent: true`): the pages are added to the builder on a
/// thread of their own, which hands each page's quads to the writer's thread
/// through a bounded `BatchChannel` (at most `channelCapacity` quads
/// waiting); the writer's thread counts the statistics as it takes each
/// batch (building is the heavier half), and makes the description once the
/// building thread has ended. So building and serialising run on two cores.
/// The triples and their order are the same either way: one producer, one
/// consumer, batches in order.
///
/// The VoID statistics are counted as the content passes (each distinct triple once)
/// (`GraphStatistics.Accumulator`), so the description, written last, is that
/// of exactly the triples written before it.
///
/// - Complexity: one pass; memory is the builder's entity tables and
///   fingerprints plus one page's triples (concurrent: plus the channel's);
///   what grows with the pages otherwise (the releases of post holdings, the
///   description's page lists) waits in temporary files (`SortedPairs`).
final class ExportStream: Sequence, IteratorProtocol {
    private let producer: Producer
    private let channel: BatchChannel<Quad>?
    private var buffer: [Quad] = []
    private var index = 0
    private var ended = false
    /// Concurrent: the channel has ended (the content is taken and counted; the description follows).
    private var contentTaken = false

    /// The number of quads waiting between the threads, at most (concurrent streams): two
    /// hand-offs. Building runs ahead of writing (which also counts), so the channel is
    /// mostly full: its capacity is memory held.
    static let channelCapacity = 2 * handOff
    /// The fewest quads handed from the building thread to the writing one at once (but the last).
    static let handOff = 1 << 12
    /// The distinct terms the statistics hold in memory at most (`DistinctCounter`, 24 bytes
    /// each in a hash set of 2¹⁹ slots: 12 MiB); the rest wait in a temporary file.
    static let distinctInMemory = 3 << 17

    /// The number of quads produced so far (all of them once the writer is done).
    private(set) var count = 0
    /// The statistics of the content, once the stream has ended.
    var statistics: GraphStatistics? { ended ? producer.statistics : nil }
    /// Why the stream ended early, once it has ended: a page's facts could not
    /// be read back from their temporary file (`PageCorpus.PageAdder.addNext`).
    var failure: (any Error)? { ended ? producer.failure : nil }

    /// A stream adding `adder`'s pages to `builder` (which must be streaming)
    /// and ending with `describe(statistics of the content)`; `concurrent`
    /// builds on a thread of its own (see the type's discussion).
    init(builder: KnowledgeGraphBuilder, adder: PageCorpus.PageAdder, concurrent: Bool = false,
         describe: @escaping (GraphStatistics) -> DatasetDescriber.Stream) {
        precondition(builder.streaming, "ExportStream needs a streaming KnowledgeGraphBuilder")
        producer = Producer(builder: builder, adder: adder, countsContent: !concurrent, describe: describe)
        // The listing and reading of the pages freed much memory on this thread's heap; the
        // builder's thread allocates from a heap of its own, so give the freed pages back now.
        Self.trimHeap()
        if concurrent {
            let channel = BatchChannel<Quad>(capacity: Self.channelCapacity)
            self.channel = channel
            let producer = producer
            let thread = Thread {
                // Pages' batches joined into hand-offs of `handOff` quads or more: one lock and
                // one wake-up per hand-off instead of per page.
                var pending: [Quad] = []
                while let batch = producer.nextContentBatch() {
                    pending += batch
                    if pending.count >= Self.handOff {
                        if !channel.put(pending) { return }  // the writer stopped (an error): so does the builder
                        pending = []
                    }
                }
                channel.put(pending)
                channel.close()
            }
            thread.stackSize = 16 << 20
            thread.start()
        } else {
            channel = nil
        }
    }

    deinit { channel?.close() }

    /// Gives the C heap's free pages back to the system (glibc's `malloc_trim(0)`, looked
    /// up at run time; nothing where the C library has none).
    private static func trimHeap() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }

    func next() -> Quad? {
        while index == buffer.count {
            if ended { return nil }
            index = 0
            if let channel, !contentTaken {
                if let batch = channel.take() {
                    // Counted on this thread: building is the heavier half.
                    producer.count(batch)
                    buffer = batch
                    continue
                }
                // The building thread has ended (the channel is closed and empty): the
                // description is made on this thread, from the statistics counted here.
                contentTaken = true
            }
            if let batch = producer.nextBatch() {
                buffer = batch
            } else {
                buffer = []
                ended = true
                return nil
            }
        }
        let t = buffer[index]
        index += 1
        count += 1
        return t
    }

    func makeIterator() -> ExportStream { self }

    /// The builder's side of the stream: adds the pages and counts the
    /// statistics, one batch of new quads at a time. Used by one thread at
    /// a time (the producer's, or the writer's when not concurrent).
    private final class Producer: @unchecked Sendable {
        private var builder: KnowledgeGraphBuilder
        private var adder: PageCorpus.PageAdder
        private var counts: GraphStatistics.Accumulator
        private let describe: (GraphStatistics) -> DatasetDescriber.Stream
        private let descriptionGraph: Term?
        private var phase = Phase.reference
        private(set) var statistics: GraphStatistics?
        /// Why the stream ended before the description: a page's spilled facts, or the
        /// statistics' spilled fingerprints, could not be read back.
        private(set) var failure: (any Error)?

        private enum Phase { case reference, pages, closing, description, describing, done }
        /// The description's triples not yet handed out (`describing`).
        private var description: DatasetDescriber.Stream?

        /// Whether `nextBatch` counts the content's quads itself (else the caller gives each to `count`).
        private let countsContent: Bool

        init(builder: KnowledgeGraphBuilder, adder: PageCorpus.PageAdder, countsContent: Bool,
             describe: @escaping (GraphStatistics) -> DatasetDescriber.Stream) {
            self.countsContent = countsContent
            self.builder = builder
            self.adder = adder
            self.describe = describe
            descriptionGraph = builder.namedGraphs ? .iri(builder.policy.descriptionGraph) : nil
            counts = GraphStatistics.Accumulator(uriSpace: builder.policy.base, spillingAfter: ExportStream.distinctInMemory)
        }

        /// Counts a content batch that `nextContentBatch` gave (`countsContent` false).
        func count(_ batch: [Quad]) {
            for q in batch { counts.add(q.triple) }
        }

        /// The next non-empty batch of the content (reference, pages, closing triples), not
        /// counted; `nil` once the content is done (the description is then `nextBatch`'s).
        func nextContentBatch() -> [Quad]? { nextBatch(contentOnly: true) }

        /// The next non-empty batch of quads (the content counted when `countsContent`);
        /// `nil` after the description.
        func nextBatch(contentOnly: Bool = false) -> [Quad]? {
            while true {
                let batch: [Quad]
                switch phase {
                case .reference:
                    batch = builder.takeEmittedQuads()
                    phase = .pages
                case .pages:
                    let added: Bool
                    do { added = try adder.addNext(into: &builder) } catch {
                        // The stream ends here; the writer reports `failure` once it has stopped.
                        failure = error
                        phase = .done
                        return nil
                    }
                    if added {
                        batch = builder.takeEmittedQuads()
                    } else {
                        phase = .closing
                        continue
                    }
                case .closing:
                    // The post holdings and Wikidata links, a hand-off at a time.
                    let more: Bool
                    do { more = try builder.emitClosingTriples(atLeast: ExportStream.handOff) } catch {
                        failure = error
                        phase = .done
                        return nil
                    }
                    if more {
                        batch = builder.takeEmittedQuads()
                    } else {
                        phase = .description
                        continue
                    }
                case .description:
                    if contentOnly { return nil }
                    let stats: GraphStatistics
                    do { stats = try counts.statistics } catch {
                        failure = error
                        phase = .done
                        return nil
                    }
                    statistics = stats
                    phase = .done
                    description = describe(stats)
                    phase = .describing
                    continue
                case .describing:
                    if contentOnly { return nil }
                    // The description (its page lists read back as they go), a hand-off at a time.
                    var chunk: [Triple] = []
                    do {
                        while chunk.count < ExportStream.handOff, let t = try description!.next() { chunk.append(t) }
                    } catch {
                        failure = error
                        phase = .done
                        return nil
                    }
                    if chunk.count < ExportStream.handOff { description = nil; phase = .done }
                    if let descriptionGraph {
                        // Its own graph: the whole description, a triple the content holds too included.
                        batch = chunk.map { Quad($0, graph: descriptionGraph) }
                    } else {
                        batch = chunk.filter { !builder.hasEmitted($0) }.map { Quad($0) }
                    }
                    if !batch.isEmpty { return batch }
                    continue
                case .done:
                    return nil
                }
                if countsContent { count(batch) }
                if !batch.isEmpty { return batch }
            }
        }
    }
}

extension Array {
    /// `nil` for an empty array, else the array.
    fileprivate var nilWhenEmpty: [Element]? { isEmpty ? nil : self }
}
