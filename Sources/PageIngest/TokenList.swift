/// The tokens of one paragraph: their spans, read through the paragraph's text.
///
/// Shape: a random-access collection of `Token`, indexed from 0; each element is made on access
/// from the stored `Token.Span` (16 bytes a token) and the paragraph (shared, not copied).
/// - Complexity: subscript O(1); `text`/`stem` of an element O(token length).
struct TokenList: RandomAccessCollection {
    /// The paragraph the spans index (UTF-8 byte offsets).
    let paragraph: String
    private(set) var spans: ContiguousArray<Token.Span>

    init(paragraph: String, spans: ContiguousArray<Token.Span>) {
        self.paragraph = paragraph
        self.spans = spans
    }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }

    @inline(__always)
    subscript(i: Int) -> Token { Token(paragraph: paragraph, span: spans[i]) }
}
