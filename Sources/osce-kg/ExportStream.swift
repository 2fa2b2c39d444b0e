import DatasetDescription
import OSCE
import PageIngest
import RDF

/// The triples of a streamed export, produced as the writer pulls them: the
/// reference graph, then each page's new triples as the page is added to a
/// streaming `KnowledgeGraphBuilder`, then the post holdings and Wikidata
/// links, then the triples of the dataset description that the content does
/// not already hold. The same triples in the same order as writing
/// `builder.build()` followed by the description, without the graph in memory.
///
///     let stream = ExportStream(builder: streamingBuilder, adder: reading.adder()) { statistics in … }
///     try writer.write(contentsOf: stream)   // stream.count, stream.statistics afterwards
///
/// The VoID statistics are counted as the content passes
/// (`GraphStatistics.Accumulator`), so the description, written last, is that
/// of exactly the triples written before it.
///
/// - Complexity: one pass; memory is the builder's entity tables and
///   fingerprints plus one page's triples.
final class ExportStream: Sequence, IteratorProtocol {
    private var builder: KnowledgeGraphBuilder
    private var adder: PageCorpus.PageAdder
    private var counts: GraphStatistics.Accumulator
    private let describe: (GraphStatistics) -> Graph
    private var buffer: [Triple]
    private var index = 0
    private var phase = Phase.pages

    private enum Phase { case pages, description, done }

    /// The number of triples produced so far (all of them once the writer is done).
    private(set) var count = 0
    /// The statistics of the content, once the stream has reached the description.
    private(set) var statistics: GraphStatistics?

    /// A stream adding `adder`'s pages to `builder` (which must be streaming)
    /// and ending with `describe(statistics of the content)`.
    init(builder: KnowledgeGraphBuilder, adder: PageCorpus.PageAdder, describe: @escaping (GraphStatistics) -> Graph) {
        precondition(builder.streaming, "ExportStream needs a streaming KnowledgeGraphBuilder")
        self.builder = builder
        self.adder = adder
        self.describe = describe
        counts = GraphStatistics.Accumulator(uriSpace: builder.policy.base)
        buffer = self.builder.takeEmitted()
    }

    func next() -> Triple? {
        while index == buffer.count {
            index = 0
            switch phase {
            case .pages:
                if adder.addNext(into: &builder) {
                    buffer = builder.takeEmitted()
                } else {
                    builder.emitClosingTriples()
                    buffer = builder.takeEmitted()
                    phase = .description
                }
            case .description:
                let stats = counts.statistics
                statistics = stats
                buffer = describe(stats).filter { !builder.hasEmitted($0) }
                phase = .done
            case .done:
                buffer = []
                return nil
            }
        }
        let t = buffer[index]
        index += 1
        if phase != .done { counts.add(t) }
        count += 1
        return t
    }

    func makeIterator() -> ExportStream { self }
}
