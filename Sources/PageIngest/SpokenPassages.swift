/// The passages attributed so far on a page, with their speakers, looked up by repetition
/// (`QuoteExtractor.isRepetition`: a pull quote repeated later keeps its speaker).
///
/// A repetition shares its first characters with the passage it repeats, so passages are
/// filed under their first `keyLength` characters (raw, and with the punctuation that
/// `isRepetition` trims removed): a look-up compares with the few passages under the same key,
/// not with every passage of the page. Passages too short to file are compared one by one (a
/// passage of 40 characters or more that is almost only punctuation).
struct SpokenPassages {
    static let keyLength = 16

    /// `s` without the punctuation `.,;:!?…` at either end (as Foundation's
    /// `trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?…"))`, whose marks are single
    /// scalars, without bridging to `NSString`).
    static func trimmingPunctuation(_ s: String) -> String {
        func trimmed(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2026: true
            default: false
            }
        }
        let scalars = s.unicodeScalars
        var a = scalars.startIndex
        var b = scalars.endIndex
        while a < b, trimmed(scalars[a]) { a = scalars.index(after: a) }
        while b > a, trimmed(scalars[scalars.index(before: b)]) { b = scalars.index(before: b) }
        if a == scalars.startIndex && b == scalars.endIndex { return s }
        return String(scalars[a..<b])
    }

    private var passages: [(text: String, speaker: Int)] = []
    /// Passages by the first characters of their text.
    private var byStart: [Substring: [Int]] = [:]
    /// Passages by the first characters of their trimmed text.
    private var byTrimmedStart: [Substring: [Int]] = [:]
    /// Passages whose trimmed text is shorter than `keyLength`.
    private var unfiled: [Int] = []

    /// Records that `speaker` said `text`.
    mutating func append(_ text: String, speaker: Int) {
        // (`isRepetition` needs 40 characters on both sides: a shorter passage repeats nothing.)
        guard text.count >= 40 else { return }
        let n = passages.count
        passages.append((text, speaker))
        byStart[Self.key(text), default: []].append(n)
        let t = Self.trimmingPunctuation(text)
        if t.count >= Self.keyLength { byTrimmedStart[Self.key(t), default: []].append(n) } else { unfiled.append(n) }
    }

    /// The speaker of the first passage that `text` repeats or is repeated by, nil when none.
    /// Same result as `passages.first { QuoteExtractor.isRepetition($0.text, text) }`.
    func speaker(repeating text: String) -> Int? {
        guard text.count >= 40 else { return nil }
        var candidates: [Int] = unfiled
        // `text` is the longer one: it begins with the other's trimmed text.
        candidates += byTrimmedStart[Self.key(text)] ?? []
        // `text` is the shorter one: the other begins with its trimmed text.
        let t = Self.trimmingPunctuation(text)
        if t.count >= Self.keyLength {
            candidates += byStart[Self.key(t)] ?? []
        } else {
            candidates = Array(passages.indices)
        }
        for n in Set(candidates).sorted() where QuoteExtractor.isRepetition(passages[n].text, text) {
            return passages[n].speaker
        }
        return nil
    }

    private static func key<S: StringProtocol>(_ s: S) -> Substring { Substring(s.prefix(keyLength)) }
}
