import Foundation
import RDF

/// The second stage of a parse: turns the statements Raptor reported for a
/// chunk (`RawStatements`) into quads and hands them to the caller's
/// handler, on a worker thread while the parsing thread goes on with the
/// next chunk, so parsing and term building use two cores.
///
/// Order and results are those of converting on the parsing thread:
/// chunks are converted and handled one at a time, in submission order.
/// At the first chunk with an invalid IRI (`StatementCollector.problem`)
/// the stage hands over nothing more, as the one-thread parse throws before
/// handing over that chunk. At most `maxQueued` chunks wait (bounded memory;
/// the parsing thread blocks beyond that).
///
/// The handler runs on the worker thread (never concurrently with itself);
/// `finish()` returns after it has seen every handed-over quad. Small
/// parses never start the thread: until a parse has more than one chunk,
/// chunks are converted on the parsing thread.
final class ConversionStage: @unchecked Sendable {
    private let collector: StatementCollector
    /// Dropped by `finish()`, so the parse's (non-escaping) handler is
    /// released before the parse returns, whatever the worker thread holds.
    private var handler: ((Quad) -> Void)?
    private let maxQueued: Int
    private let condition = NSCondition()
    private var queue: [RawStatements] = []
    private var busy = false
    private var workerStarted = false
    private var workerExited = false
    private var finished = false
    private var stopped = false
    private var submitted = 0
    private var quads: [Quad] = []

    /// - Parameter handler: called for each quad, in order; must not escape
    ///   beyond `finish()` (the stage is used within one parse).
    init(collector: StatementCollector, maxQueued: Int = 16, handler: @escaping (Quad) -> Void) {
        self.collector = collector
        self.handler = handler
        self.maxQueued = maxQueued
    }

    /// The invalid IRI found so far, if any (after `finish()`: the first of the parse).
    var problem: RaptorMessage? {
        condition.lock()
        defer { condition.unlock() }
        return stopped ? collector.problem : nil
    }

    /// Hands over the statements of one chunk.
    func submit(_ statements: RawStatements) {
        submitted += 1
        if submitted == 1 {
            // The first chunk: convert here (a small parse never starts a thread).
            convertAndHand(statements)
            return
        }
        condition.lock()
        while queue.count >= maxQueued { condition.wait() }
        if !stopped {
            queue.append(statements)
            if !workerStarted {
                workerStarted = true
                // The thread holds the stage unretained (not the handler, which
                // must not outlive the parse): `finish()` waits for it to exit.
                let stage = Unmanaged.passUnretained(self)
                let thread = Thread { stage.takeUnretainedValue().work() }
                thread.name = "osce-kg.parse"
                thread.start()
            }
            condition.broadcast()
        }
        condition.unlock()
    }

    /// Converts and hands over one chunk; returns false once a problem stops the stage.
    private func convertAndHand(_ statements: RawStatements) {
        if stopped { return }
        collector.convert(statements, into: &quads)
        if collector.problem != nil {
            condition.lock()
            stopped = true
            queue.removeAll()
            condition.broadcast()
            condition.unlock()
        } else {
            // Handed over borrowed from the buffer (no copy, no reference counting per quad).
            if let handler { quads.withUnsafeBufferPointer { for i in $0.indices { handler($0[i]) } } }
        }
        quads.removeAll(keepingCapacity: true)
    }

    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            if queue.isEmpty {
                workerExited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let next = queue.removeFirst()
            busy = true
            condition.broadcast()
            condition.unlock()
            convertAndHand(next)
            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits until every submitted chunk has been converted and handed over
    /// (or dropped after a problem) and the worker has exited. Call once,
    /// on the parsing thread, on every path out of the parse.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        while !queue.isEmpty || busy || (workerStarted && !workerExited) { condition.wait() }
        handler = nil
        condition.unlock()
    }
}
