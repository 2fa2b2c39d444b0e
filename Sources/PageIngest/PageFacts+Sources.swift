import OSCE

extension PageFacts {
    /// Fills the positions of people and quotes (`PersonFacts.position`,
    /// `QuoteFacts.position`) by finding them in `text`, the page file's
    /// decoded text: the one place where facts get their source, after the
    /// extractors have run (they do not track offsets).
    ///
    /// Matching ignores differences of white space (any run, line breaks and
    /// U+00A0 included, is one space) and of apostrophe form (’ = '). Items
    /// are searched in page order, each from where its title is found; the
    /// quotes of an item in order, each after the previous one; a person at
    /// the first mention of the full name in the item (at a word boundary),
    /// else anywhere on the page. A quote that the page splits differently
    /// (a passage over several paragraphs, each opened with a quotation mark)
    /// gets the span of its opening words. Whatever is not found keeps `nil`.
    ///
    /// Unit: `TextSpan`, Unicode scalar offsets into `text`, 0-based, end
    /// exclusive. For a page file, `text` is the file decoded as UTF-8 with a
    /// leading byte-order mark KEPT as its first character (U+FEFF), so the
    /// offsets slice the string Python's `open(f, encoding="utf-8").read()`
    /// gives (`text[start:end]`). `basis` says what `text` is: the page file's text (text
    /// captures: `PageIngester.ingest(bytes:)`, `ingest(text:)`), or the text
    /// rendered from an HTML page (`ingest(html:)`), whose spans also carry
    /// their exact text, prefix and suffix (published as a quote selector,
    /// since rendered offsets are not file offsets).
    ///
    /// - Complexity: O(n·m) in the page length n and the needle lengths m
    ///   (each search stops at the first match).
    public mutating func locateSources(in text: String, basis: TextSpan.Basis = .file) {
        let page = SourceText(text, basis: basis)
        var cursor = 0
        for i in items.indices {
            if let title = page.find(items[i].title, from: cursor) { cursor = title.lowerBound }
            let itemStart = cursor
            var quoteCursor = itemStart
            for q in items[i].quotes.indices {
                let quote = items[i].quotes[q]
                let found = page.find(quote.text, from: quoteCursor) ?? page.find(quote.openingWords, from: quoteCursor)
                if let found {
                    items[i].quotes[q].position = page.span(found)
                    quoteCursor = found.upperBound
                }
            }
            for p in items[i].people.indices {
                let name = items[i].people[p].name
                if let found = page.find(name, from: itemStart, wholeWords: true) ?? page.find(name, from: 0, wholeWords: true) {
                    items[i].people[p].position = page.span(found)
                }
            }
        }
    }
}

/// A page's text prepared for white-space-insensitive search: the scalars
/// with each white-space run made one space, invisible characters dropped
/// (both as `TextNormalization` does for the facts) and ’ made ', and for
/// each kept scalar its offset in the original text.
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// Per kept scalar, its scalar offset in the original text (32 bits: 4 bytes a scalar, for
    /// pages under 4 Gi scalars).
    let offsets: [UInt32]
    let basis: TextSpan.Basis
    /// The original scalars, kept for the quote context of rendered spans.
    let original: [Unicode.Scalar]

    init(_ text: String, basis: TextSpan.Basis = .file) {
        self.basis = basis
        original = basis == .rendered ? Array(text.unicodeScalars) : []
        var scalars: [Unicode.Scalar] = []
        var offsets: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count)
        var inSpace = false
        var offset = 0
        for s in text.unicodeScalars {
            defer { offset += 1 }
            if TextNormalization.isInvisible(s.value) { continue }  // the facts drop them too
            if Self.isSpace(s) {
                if !inSpace { scalars.append(" "); offsets.append(UInt32(offset)) }
                inSpace = true
                continue
            }
            inSpace = false
            scalars.append(Self.folded(s))
            offsets.append(UInt32(offset))
        }
        self.scalars = scalars
        self.offsets = offsets
    }

    /// White space as the facts' normaliser defines it (`TextNormalization.isSpace`).
    static func isSpace(_ s: Unicode.Scalar) -> Bool { TextNormalization.isSpace(s.value) }

    static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar { s == "\u{2019}" || s == "\u{02BC}" ? "'" : s }

    /// The first occurrence of `needle` (white space collapsed and trimmed)
    /// at or after the prepared index `start`, as a range of prepared indices;
    /// with `wholeWords`, only where no letter or digit touches either end.
    func find(_ needle: String, from start: Int, wholeWords: Bool = false) -> Range<Int>? {
        var n: [Unicode.Scalar] = []
        var pending = false
        for s in needle.unicodeScalars where !TextNormalization.isInvisible(s.value) {
            if Self.isSpace(s) { pending = !n.isEmpty; continue }
            if pending { n.append(" "); pending = false }
            n.append(Self.folded(s))
        }
        guard let first = n.first, start >= 0, n.count <= scalars.count else { return nil }
        var i = start
        let last = scalars.count - n.count
        while i <= last {
            if scalars[i] == first {
                var j = 1
                while j < n.count && scalars[i + j] == n[j] { j += 1 }
                if j == n.count {
                    let end = i + n.count
                    if !wholeWords || (!isWordScalar(i - 1) && !isWordScalar(end)) { return i..<end }
                }
            }
            i += 1
        }
        return nil
    }

    private func isWordScalar(_ i: Int) -> Bool {
        guard i >= 0, i < scalars.count else { return false }
        let s = scalars[i]
        if s.isASCII {
            // ASCII: the letters and digits (no other ASCII scalar is alphabetic or numeric).
            let v = s.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// The original-text span of a prepared range (with its text and context
    /// for rendered text).
    func span(_ r: Range<Int>) -> TextSpan {
        let start = Int(offsets[r.lowerBound])
        let end = Int(offsets[r.upperBound - 1]) + 1
        guard basis == .rendered else { return TextSpan(start: start, end: end) }
        // White-space runs as one space (the rendering's line breaks are not the page's).
        func text(_ range: Range<Int>) -> String {
            var out = String.UnicodeScalarView()
            var inSpace = false
            for s in original[range] {
                if Self.isSpace(s) {
                    if !inSpace { out.append(" ") }
                    inSpace = true
                } else {
                    out.append(s)
                    inSpace = false
                }
            }
            return String(out)
        }
        let n = TextSpan.contextLength
        return TextSpan(
            start: start, end: end, basis: .rendered, exact: text(start..<end), prefix: text(max(0, start - n)..<start),
            suffix: text(end..<min(original.count, end + n)))
    }
}
