/// The UTF-8 bytes of one paragraph, copied once from its `String` and owned here: the one owner
/// that frees them. Its `TokenList` keeps it alive; the `Token`s read from it borrow its bytes.
final class ParagraphBytes: @unchecked Sendable {
    /// The bytes; never mutated after `init` (hence `@unchecked Sendable`).
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ paragraph: String) {
        var paragraph = paragraph
        bytes = paragraph.withUTF8 { source in
            let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, source.count))
            if let s = source.baseAddress { p.initialize(from: s, count: source.count) }
            return UnsafeBufferPointer(start: p, count: source.count)
        }
    }

    deinit { UnsafeMutablePointer(mutating: bytes.baseAddress!).deallocate() }
}

/// The tokens of one paragraph: their spans, read through the paragraph's bytes.
///
/// Shape: a random-access collection of `Token`, indexed from 0; each element is made on access
/// from the stored `Token.Span` (16 bytes a token) and a pointer to the paragraph's bytes (no
/// reference count, no copy). A `Token` is valid while a `TokenList` (or a `TextUnit`) holding
/// its paragraph lives: every reader takes the unit or the list as a parameter, so it does.
/// - Complexity: subscript O(1); `text`/`stem` of an element O(token length).
struct TokenList: RandomAccessCollection {
    /// The paragraph the spans index (UTF-8 byte offsets).
    let storage: ParagraphBytes
    private(set) var spans: ContiguousArray<Token.Span>

    init(storage: ParagraphBytes, spans: ContiguousArray<Token.Span>) {
        self.storage = storage
        self.spans = spans
    }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }

    /// The paragraph's UTF-8 bytes.
    var bytes: UnsafeBufferPointer<UInt8> { storage.bytes }

    @inline(__always)
    subscript(i: Int) -> Token { Token(base: storage.bytes.baseAddress!, span: spans[i]) }
}
