import PageIngest

/// Matches extracted items to expected items by title, one to one.
///
/// Titles are compared in a normal form: white space collapsed, quotation marks (and the
/// apostrophes that share their characters) dropped, punctuation trimmed at both ends; case
/// is kept, since the ingester copies titles as written and a change of case is a reading
/// error. Two titles match when their normal forms are equal (score 2), or, when either item
/// was cut by the capture (`truncated`), when one normal form is a prefix of the other, in
/// Unicode scalars (score 1 + shorter/longer, so a longer shared prefix scores higher).
///
/// The matching is greedy and deterministic: every candidate pair is ranked by score (highest
/// first), then by the expected item's page order, then the extracted item's; each pair is
/// taken when neither side is taken yet.
///
///     TitleMatcher.normalise(" “Safe  Journalists” conference opens. ")   // "Safe Journalists conference opens"
///
/// Source: "Data and measurement" in issue 6 (titles equal after collapsing white space,
/// dropping quotation marks and trimming punctuation; for a cut item a prefix either way).
/// - Complexity: O(e·x·L + e·x·log(e·x)) for e expected and x extracted titles of length L.
public enum TitleMatcher {
    /// A title with its truncation flag.
    public struct Candidate: Hashable, Sendable {
        /// The title; nil matches nothing.
        public var title: String?
        public var truncated: Bool
        public init(title: String?, truncated: Bool) {
            self.title = title
            self.truncated = truncated
        }
    }

    /// A matched pair: indexes into the expected and the extracted lists.
    public struct Pair: Hashable, Sendable {
        public var expected: Int
        public var extracted: Int
        public init(expected: Int, extracted: Int) {
            self.expected = expected
            self.extracted = extracted
        }
    }

    /// The matched pairs, in the expected items' order.
    public static func match(expected: [Candidate], extracted: [Candidate]) -> [Pair] {
        let e = expected.map { $0.title.map(normalise) ?? "" }
        let x = extracted.map { $0.title.map(normalise) ?? "" }
        var ranked: [(score: Double, pair: Pair)] = []
        for i in e.indices {
            for j in x.indices {
                if let s = score(e[i], x[j], cut: expected[i].truncated || extracted[j].truncated) {
                    ranked.append((s, Pair(expected: i, extracted: j)))
                }
            }
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.pair.expected != b.pair.expected { return a.pair.expected < b.pair.expected }
            return a.pair.extracted < b.pair.extracted
        }
        var usedExpected = Set<Int>()
        var usedExtracted = Set<Int>()
        var pairs: [Pair] = []
        for (_, pair) in ranked where !usedExpected.contains(pair.expected) && !usedExtracted.contains(pair.extracted) {
            usedExpected.insert(pair.expected)
            usedExtracted.insert(pair.extracted)
            pairs.append(pair)
        }
        return pairs.sorted { $0.expected < $1.expected }
    }

    /// The score of two titles (2 when equal, in 1..<2 for a prefix of a cut title), nil when
    /// they do not match. `cut` is true when either item was cut by the capture.
    public static func score(expected: String, extracted: String, cut: Bool) -> Double? {
        score(normalise(expected), normalise(extracted), cut: cut)
    }

    private static func score(_ a: String, _ b: String, cut: Bool) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        if a == b { return 2 }
        guard cut else { return nil }
        let sa = Array(a.unicodeScalars)
        let sb = Array(b.unicodeScalars)
        let (short, long) = sa.count <= sb.count ? (sa, sb) : (sb, sa)
        guard long.starts(with: short) else { return nil }
        return 1 + Double(short.count) / Double(long.count)
    }

    /// The normal form of a title: white space collapsed, quotation marks dropped, punctuation
    /// and white space trimmed at both ends.
    public static func normalise(_ title: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in title.unicodeScalars where !quotationMarks.contains(s.value) { scalars.append(s) }
        let collapsed = WhiteSpace.collapse(String(scalars)).unicodeScalars
        var start = collapsed.startIndex
        var end = collapsed.endIndex
        while start < end, isTrimmed(collapsed[start]) { start = collapsed.index(after: start) }
        while start < end, isTrimmed(collapsed[collapsed.index(before: end)]) { end = collapsed.index(before: end) }
        return String(collapsed[start..<end])
    }

    /// Quotation marks in every style (straight, curly, low-9, guillemets, corner brackets,
    /// fullwidth), with the apostrophes that share their characters.
    static let quotationMarks: Set<UInt32> = [
        0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
        0x2039, 0x203A, 0x300C, 0x300D, 0x300E, 0x300F, 0xFF02, 0xFF07,
    ]

    private static func isTrimmed(_ s: Unicode.Scalar) -> Bool {
        if s == " " { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
