import Foundation

/// Something that takes batches of items on a worker thread (the dataset,
/// which encodes the triples of a batch).
protocol BatchConsumer<Item>: AnyObject, Sendable {
    associatedtype Item
    /// Consumes one batch; batches arrive in the order they were appended,
    /// one at a time (never concurrently).
    func consume(_ batch: [Item])
}

/// A two-stage pipeline for bulk loading: the producer (a parser's
/// callback) appends items, which are collected into batches of
/// `batchSize` and handed, in order, to one worker thread that consumes
/// them. Parsing and dictionary encoding then run on two cores, and the
/// result is exactly that of consuming the items in order on one thread.
///
/// - The worker starts with the first full batch (a small load never
///   starts a thread: `drain` consumes the partial batch on the caller's
///   thread) and exits after 50 ms without work, so it holds its consumer
///   only while loading.
/// - At most `maxQueued` batches wait; the producer blocks beyond that
///   (bounded memory).
/// - `drain()` returns once every appended item has been consumed; call it
///   before touching the consumer's state from the producer's thread.
/// - One producer thread. Memory: O(batchSize × maxQueued) items.
final class LoadPipeline<Item>: @unchecked Sendable {
    let batchSize: Int
    let maxQueued: Int
    private var batch: [Item] = []
    /// Items appended since the last `drain` (producer thread only): when 0,
    /// `drain` returns without locking, so readers of a loaded dataset
    /// (concurrent queries) never contend.
    private var undrained = 0
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var busy = false
    private var workerRunning = false

    init(batchSize: Int = 4096, maxQueued: Int = 8) {
        self.batchSize = batchSize
        self.maxQueued = maxQueued
    }

    /// Appends `item`; a full batch goes to the worker of `consumer`.
    @inline(__always)
    func append<C: BatchConsumer<Item>>(_ item: consuming Item, for consumer: C) {
        batch.append(item)
        undrained &+= 1
        if batch.count >= batchSize { submit(consumer) }
    }

    private func submit<C: BatchConsumer<Item>>(_ consumer: C) {
        let full = batch
        batch = []
        batch.reserveCapacity(batchSize)
        condition.lock()
        while queue.count >= maxQueued { condition.wait() }
        queue.append(full)
        if !workerRunning {
            workerRunning = true
            let thread = Thread { [self] in work(consumer) }
            thread.name = "osce-kg.load"
            thread.start()
        }
        condition.broadcast()
        condition.unlock()
    }

    private func work<C: BatchConsumer<Item>>(_ consumer: C) {
        while true {
            condition.lock()
            while queue.isEmpty {
                if !condition.wait(until: Date(timeIntervalSinceNow: 0.05)) && queue.isEmpty {
                    workerRunning = false
                    condition.broadcast()
                    condition.unlock()
                    return
                }
            }
            let next = queue.removeFirst()
            busy = true
            condition.broadcast()
            condition.unlock()
            consumer.consume(next)
            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Waits until the worker has consumed every queued batch, then
    /// consumes the partial batch on this thread.
    @inline(__always)
    func drain<C: BatchConsumer<Item>>(_ consumer: C) {
        if undrained != 0 { drainAll(consumer) }
    }

    private func drainAll<C: BatchConsumer<Item>>(_ consumer: C) {
        undrained = 0
        condition.lock()
        while !queue.isEmpty || busy { condition.wait() }
        condition.unlock()
        if !batch.isEmpty {
            let rest = batch
            batch = []
            consumer.consume(rest)
        }
    }
}
