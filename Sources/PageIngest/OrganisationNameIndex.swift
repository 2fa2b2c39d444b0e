import OSCE

/// Organisation names of the reference data, as word lists indexed by their first word
/// (longest names first), for matching running text.
struct OrganisationNameIndex: Sendable {
    static let shared = OrganisationNameIndex()

    var byFirstWord: [String: [([String], String)]] = [:]
    /// The keys of `byFirstWord` as a byte filter: a word it refuses opens no name (texts are NFC,
    /// as captured, so a word and a key that are equal have equal bytes).
    private(set) var firstWords = WordFilter([])

    init() {
        for record in OSCEReference.organisations {
            for name in [record.name] + record.alternativeNames where name.contains(" ") && name.count >= 10 {
                let words = Self.words(name)
                guard let first = words.first, words.count >= 2 else { continue }
                byFirstWord[first, default: []].append((words, record.id))
            }
        }
        firstWords = WordFilter(byFirstWord.keys)
        for k in byFirstWord.keys {
            byFirstWord[k]?.sort { a, b in
                if a.0.count != b.0.count { return a.0.count > b.0.count }
                if a.1 != b.1 { return a.1 < b.1 }
                return a.0.joined(separator: " ") < b.0.joined(separator: " ")
            }
        }
    }

    /// Words of `text`, split at white space and punctuation other than `-`, `’`, `'` inside a word.
    static func words(_ text: String) -> [String] {
        // (On the UTF-8 bytes: a word is a run of whole scalars, so its bytes are its `String`.)
        var text = text
        return text.withUTF8 { bytes in
            wordSpans(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// The byte ranges of the words of `bytes` (UTF-8), as `words(_:)` splits them.
    /// - Complexity: O(n) in the bytes; no `String` is made.
    static func wordSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let scan = UTF8Text(bytes)
        var out: [Range<Int>] = []
        var start = -1
        var i = 0
        while i < bytes.count {
            let (v, w) = bytes[i] < 0x80 ? (UInt32(bytes[i]), 1) : scan.scalar(at: i)
            // ASCII by its value (letters, digits, `-`, `'`); other scalars by their properties.
            let inWord = v < 0x80 ? ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x27
                                  : Unicode.Scalar(v).unsafelyUnwrapped.properties.isAlphabetic || v == 0x2019
            if inWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                out.append(start..<i)
                start = -1
            }
            i += w
        }
        if start >= 0 { out.append(start..<bytes.count) }
        return out
    }

    /// True when the word `bytes` is `word`: equal bytes, or, when either is not ASCII, equal
    /// `String`s (canonical equivalence, as `==` on the words compares).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, is word: String) -> Bool {
        var word = word
        return word.withUTF8 { w in
            if w.elementsEqual(bytes) { return true }
            if w.allSatisfy({ $0 < 0x80 }) && bytes.allSatisfy({ $0 < 0x80 }) { return false }
            return String(decoding: bytes, as: UTF8.self) == String(decoding: w, as: UTF8.self)
        }
    }
}
