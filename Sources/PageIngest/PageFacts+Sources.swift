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

/// A page's text prepared for white-space-insensitive search: its UTF-8 bytes with each
/// white-space run made one space, invisible characters dropped (both as `TextNormalization`
/// does for the facts) and ’ (and ʼ) made ', with a sparse table that maps a prepared byte back
/// to its scalar offset in the original text.
///
/// Shape: `bytes` is the prepared text (1 byte a byte of the page); every `checkpointStride`
/// prepared bytes a checkpoint records where the preparation stood in the original, and a
/// span's offsets are found by preparing again from the checkpoint before it (so the page is
/// not copied as scalars with a 4-byte offset each).
/// Unit: `span` gives `TextSpan` offsets (Unicode scalars of the original text, 0-based).
struct SourceText {
    /// The prepared text.
    let bytes: [UInt8]
    let basis: TextSpan.Basis
    /// The original scalars, kept for the quote context of rendered spans (HTML pages only).
    let original: [Unicode.Scalar]
    /// The original text (shared storage, not a copy).
    private let text: String
    private let checkpoints: [Checkpoint]
    static let checkpointStride = 256

    /// The preparation's state at the start of an original scalar.
    private struct Checkpoint {
        /// Prepared bytes written so far.
        var prepared: Int
        /// Byte and scalar offsets of the scalar in the original text.
        var byte: Int
        var scalar: Int
        /// Whether the previous kept scalar was white space.
        var inSpace: Bool
    }

    init(_ text: String, basis: TextSpan.Basis = .file) {
        self.basis = basis
        self.text = text
        original = basis == .rendered ? Array(text.unicodeScalars) : []
        var checkpoints: [Checkpoint] = []
        var copy = text
        let prepared = copy.withUTF8 { src in
            [UInt8](unsafeUninitializedCapacity: src.count) { out, written in
                let utf8 = UTF8Text(src)
                var state = Checkpoint(prepared: 0, byte: 0, scalar: 0, inSpace: false)
                var next = 0
                while state.byte < src.count {
                    if state.prepared >= next {
                        checkpoints.append(state)
                        next = state.prepared + Self.checkpointStride
                    }
                    let c = src[state.byte]
                    if c < 0x80 && c != 0x20 && (c < 0x09 || c > 0x0D) {
                        // Visible ASCII (and the control bytes the normaliser keeps): copied.
                        state.inSpace = false
                        out[state.prepared] = c
                        state.prepared += 1
                        state.byte += 1
                        state.scalar += 1
                        continue
                    }
                    let (v, w) = utf8.scalar(at: state.byte)
                    switch Self.kept(v, inSpace: &state.inSpace) {
                    case .none: break
                    case .space: out[state.prepared] = 0x20; state.prepared += 1
                    case .apostrophe: out[state.prepared] = 0x27; state.prepared += 1
                    case .scalar:
                        for k in 0..<w { out[state.prepared + k] = src[state.byte + k] }
                        state.prepared += w
                    }
                    state.byte += w
                    state.scalar += 1
                }
                written = state.prepared
            }
        }
        self.bytes = prepared
        self.checkpoints = checkpoints
    }

    private enum Kept { case none, space, apostrophe, scalar }

    /// What the preparation writes for original scalar `v`.
    @inline(__always)
    private static func kept(_ v: UInt32, inSpace: inout Bool) -> Kept {
        if TextNormalization.isInvisible(v) { return .none }  // the facts drop them too
        if TextNormalization.isSpace(v) {
            defer { inSpace = true }
            return inSpace ? .none : .space
        }
        inSpace = false
        return v == 0x2019 || v == 0x02BC ? .apostrophe : .scalar
    }

    /// White space as the facts' normaliser defines it (`TextNormalization.isSpace`).
    static func isSpace(_ s: Unicode.Scalar) -> Bool { TextNormalization.isSpace(s.value) }

    static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar { s == "\u{2019}" || s == "\u{02BC}" ? "'" : s }

    /// The first occurrence of `needle` (white space collapsed and trimmed)
    /// at or after the prepared byte `start`, as a range of prepared bytes;
    /// with `wholeWords`, only where no letter or digit touches either end.
    func find(_ needle: String, from start: Int, wholeWords: Bool = false) -> Range<Int>? {
        var n: [UInt8] = []
        var pending = false
        for s in needle.unicodeScalars where !TextNormalization.isInvisible(s.value) {
            if Self.isSpace(s) { pending = !n.isEmpty; continue }
            if pending { n.append(0x20); pending = false }
            n.append(contentsOf: UTF8.encode(Self.folded(s))!)
        }
        guard let first = n.first, start >= 0, n.count <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { hay -> Range<Int>? in
            var i = start
            let last = hay.count - n.count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < n.count && hay[i + j] == n[j] { j += 1 }
                    if j == n.count {
                        let end = i + n.count
                        if !wholeWords || (!isWordScalar(hay, before: i) && !isWordScalar(hay, at: end)) { return i..<end }
                    }
                }
                i += 1
            }
            return nil
        }
    }

    private func isWordScalar(_ hay: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        guard i > 0, i <= hay.count else { return false }
        return Self.isWordScalar(UTF8Text(hay).scalar(before: i))
    }

    private func isWordScalar(_ hay: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i >= 0, i < hay.count else { return false }
        return Self.isWordScalar(UTF8Text(hay).scalar(at: i).value)
    }

    private static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            // ASCII: the letters and digits (no other ASCII scalar is alphabetic or numeric).
            let l = v | 0x20
            return (l >= 0x61 && l <= 0x7A) || (v >= 0x30 && v <= 0x39)
        }
        let p = Unicode.Scalar(v).unsafelyUnwrapped.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// The original scalar offset of the scalar that starts at prepared byte `p`.
    private func originalOffset(ofPrepared p: Int) -> Int {
        // The last checkpoint at or before `p`, then the preparation again from there.
        var lo = 0
        var hi = checkpoints.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if checkpoints[mid].prepared <= p { lo = mid } else { hi = mid - 1 }
        }
        var state = checkpoints[lo]
        var copy = text
        return copy.withUTF8 { src in
            let utf8 = UTF8Text(src)
            while state.byte < src.count {
                let (v, w) = utf8.scalar(at: state.byte)
                let written: Int
                switch Self.kept(v, inSpace: &state.inSpace) {
                case .none: written = 0
                case .space, .apostrophe: written = 1
                case .scalar: written = w
                }
                if written > 0 && p < state.prepared + written { return state.scalar }
                state.prepared += written
                state.byte += w
                state.scalar += 1
            }
            return state.scalar
        }
    }

    /// The original-text span of a prepared range (with its text and context
    /// for rendered text).
    func span(_ r: Range<Int>) -> TextSpan {
        var lastStart = r.upperBound - 1
        while lastStart > r.lowerBound && bytes[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
        let start = originalOffset(ofPrepared: r.lowerBound)
        let end = originalOffset(ofPrepared: lastStart) + 1
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
