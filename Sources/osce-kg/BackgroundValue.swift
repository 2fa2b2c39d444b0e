import Foundation

/// A value computed on a thread of its own, started at `init`, and waited
/// for by `value`: work that overlaps other work, and is needed later.
///
///     let digest = BackgroundValue { InputDigest.of(files: files, contents: contents) }
///     …                       // other work meanwhile
///     digest.value            // waits for the thread when it has not finished
///
/// `compute` must not throw and must not need the calling thread.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let computed = compute()
            condition.lock()
            result = computed
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// The value, once the thread has computed it.
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
