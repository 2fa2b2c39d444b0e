extension StringProtocol {
    /// The number of words separated by spaces (U+0020), as
    /// `split(separator: " ").count` gives, but counting no further than
    /// `limit + 1`: a test such as "more than 6 words" then reads a few words
    /// of a long line, not the whole line (a page of one 50 MB line).
    ///
    ///     "a  b c".spaceSeparatedWordCount(upTo: 8)   // 3
    ///     "a b c d".spaceSeparatedWordCount(upTo: 2)  // 3 (more than 2)
    ///
    /// - Complexity: O(bytes up to the (`limit` + 1)th word).
    func spaceSeparatedWordCount(upTo limit: Int) -> Int {
        var words = 0
        var inWord = false
        for b in utf8 {
            if b == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return words }
            }
        }
        return words
    }
}
