import RDF

/// Turtle in bounded memory: Raptor's Turtle serializer keeps every triple
/// until its end (it groups and sorts the subjects to abbreviate them), so
/// `RDFWriter` gives it the triples a batch at a time (at most `limit`
/// triples, cut where the subject changes) and each batch to a serializer of
/// its own, writing into `sink` (memory). Every batch's text starts with the
/// same header (`@base`, the `@prefix` lines and a blank line): the first
/// batch's is kept, the others' dropped, so the document is one header and
/// the batches' subjects in order.
///
/// The batches hold no blank node (`TurtleGuard` keeps every triple that
/// mentions one for the end, which goes into the last batch): a batch's
/// text means the same whatever the other batches hold. A subject whose
/// triples come in two batches is written twice, which Turtle allows.
///
/// - Complexity: memory O(`limit`) triples in Raptor and their text in `sink`.
final class TurtleBatches {
    /// The triples in a batch before it ends at the next change of subject.
    let limit: Int
    /// The current batch's text (a memory sink) and the stream Raptor writes it through.
    let sink: OutputSink
    let stream: RaptorIOStream
    /// The triples given to the current batch, and the subject of the last one.
    private var count = 0
    private var lastSubject: Term?
    /// The batches moved out so far.
    private(set) var ended = 0
    /// The header every batch's text starts with (from a batch without triples), once taken.
    private var header: [UInt8]?

    init(world: RaptorWorld, limit: Int) throws(RaptorError) {
        self.limit = max(1, limit)
        sink = OutputSink()
        stream = try RaptorIOStream(world: world, sink: sink)
    }

    /// Whether a triple about `subject` must go to a new batch: the current one is full and `subject` starts another subject.
    func isFull(before subject: Term) -> Bool { count >= limit && subject != lastSubject }

    /// Counts a triple about `subject` given to the current batch.
    func note(_ subject: Term) {
        count += 1
        lastSubject = subject
    }

    /// Whether the header must be taken (`takeHeader()`) before the next batch is moved out.
    var needsHeader: Bool { header == nil && ended >= 1 }

    /// Keeps `sink`'s text, the output of a serializer that ended without triples, as the header.
    func takeHeader() {
        header = Array(UnsafeBufferPointer(start: sink.state.pointee.bytes, count: sink.state.pointee.count))
        sink.state.pointee.count = 0
    }

    /// Moves the ended batch's text from `sink` to `destination`, without the
    /// header after the first batch, and starts counting a new batch.
    /// - Throws: `RaptorError` of kind `.serialize` when the text does not start with the header.
    func moveOutput(to destination: OutputSink) throws(RaptorError) {
        let bytes = UnsafeBufferPointer(start: sink.state.pointee.bytes, count: sink.state.pointee.count)
        var start = 0
        if ended > 0 {
            guard let header, bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else {
                throw RaptorError(kind: .serialize, message: "a Turtle batch does not start with the document's header")
            }
            start = header.count
        }
        if bytes.count > start { OutputSink.append(destination.state, UnsafeRawPointer(bytes.baseAddress! + start), bytes.count - start) }
        sink.state.pointee.count = 0
        ended += 1
        count = 0
        lastSubject = nil
    }
}
