/// A limit on the queries evaluated at once: past it, a request waits (in
/// arrival order, holding no thread) until one finishes.
///
/// Evaluation is CPU-bound, so more queries at once than a few per core
/// only add threads and memory; the wait counts toward the query's time
/// limit, so under overload a request gets 503 rather than waiting without end.
actor QueryGate {
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var head = 0

    /// A gate letting `limit` (at least 1) queries through at once.
    init(limit: Int) { self.limit = max(1, limit) }

    /// Waits for a free place.
    func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// The requests waiting for a place.
    var waitingCount: Int { waiting.count - head }

    /// Frees a place: the longest-waiting request takes it.
    func leave() {
        if head < waiting.count {
            let next = waiting[head]
            head += 1
            if head > 1024 && head * 2 > waiting.count { waiting.removeFirst(head); head = 0 }
            next.resume()
        } else {
            running -= 1
        }
    }
}
