import Foundation
/// A bounded hand-off of batches (of triples, quads) from one producer thread to one
/// consumer thread, in the order they were put: the producer waits while
/// the channel holds `capacity` elements or more, the consumer while it is
/// empty and not closed. Capacity is counted in elements, not batches.
///
///     let channel = BatchChannel<Quad>(capacity: 1 << 16)
///     // producer thread:  channel.put(batch) …; channel.close()
///     // consumer thread:  while let batch = channel.take() { write(batch) }
///
/// Closing happens after the producer's last `put`, so whatever the
/// producer wrote before `close()` is visible to the consumer once `take()`
/// returns `nil` (the lock orders them).
///
/// - Complexity: `put` and `take` are O(1) amortised (one lock each, per batch).
final class BatchChannel<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var head = 0
    private var held = 0
    private var closed = false
    /// The number of elements above which `put` waits (a batch is never split, so one batch may exceed it).
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a BatchChannel needs a positive capacity")
        self.capacity = capacity
    }

    /// Appends `batch`, first waiting while the channel is full. An empty
    /// batch is dropped. Returns `false` (dropping `batch`) when the channel
    /// is closed: the consumer has stopped.
    @discardableResult
    func put(_ batch: [Element]) -> Bool {
        guard !batch.isEmpty else { return true }
        condition.lock()
        defer { condition.unlock() }
        while held >= capacity && !closed { condition.wait() }
        if closed { return false }
        batches.append(batch)
        held += batch.count
        condition.broadcast()
        return true
    }

    /// Marks the end: `take()` returns `nil` once the batches put before are
    /// taken, and `put` refuses more (the producer's end, or the consumer giving up).
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest batch not yet taken, waiting for one; `nil` once closed and empty.
    func take() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while head == batches.count {
            if closed { return nil }
            condition.wait()
        }
        let batch = batches[head]
        batches[head] = []
        head += 1
        if head == batches.count || head > 1024 {
            batches.removeFirst(head)
            head = 0
        }
        held -= batch.count
        condition.broadcast()
        return batch
    }
}
