import Synchronization

/// The answers of one pure look-up of the reference data by a text (`OSCEReference.post(named:)`,
/// `organisation(named:)`), kept for the texts already asked in this process.
///
/// Every page of a corpus asks the same few role phrases and organisation names again and
/// again, and each answer costs a folding of the text (`OSCEReference.key`) and several table
/// look-ups (without possessives, case forms, a head word before a field operation's name); a
/// kept answer costs one hash of the text's bytes. Safe to use from the threads that analyse
/// pages at once (one lock a look-up).
///
/// Texts are told apart by their UTF-8 bytes, not by `String` equality: two canonically
/// equivalent spellings each get the answer computed for their own spelling, whichever a thread
/// asked first, so the answers (and the output) do not depend on scheduling.
///
/// Shape: at most `capacity` texts with their answers (nil answers included); when it is full
/// the table is emptied and filled again (a corpus asks the same texts over and over, so the
/// common ones come back at once).
/// - Complexity: O(bytes of the text) a kept answer; the look-up's own cost otherwise.
final class ReferenceMemo<Value: Sendable>: Sendable {
    /// A text compared and hashed by its UTF-8 bytes.
    private struct Key: Hashable, Sendable {
        let text: String

        func hash(into hasher: inout Hasher) {
            var s = text
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    }

    /// The most texts kept.
    let capacity: Int
    private let answers: Mutex<[Key: Value?]>

    /// - Parameter capacity: the most texts kept (> 0).
    init(capacity: Int) {
        precondition(capacity > 0, "a ReferenceMemo needs a positive capacity")
        self.capacity = capacity
        answers = Mutex([:])
    }

    /// The answer for `text`: the kept one, else `lookUp(text)` (then kept).
    func answer(for text: String, _ lookUp: (String) -> Value?) -> Value? {
        let key = Key(text: text)
        if let kept = answers.withLock({ $0[key] }) { return kept }
        let value = lookUp(text)
        answers.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = .some(value)
        }
        return value
    }

    /// The number of texts kept (for tests).
    var count: Int { answers.withLock { $0.count } }
}
