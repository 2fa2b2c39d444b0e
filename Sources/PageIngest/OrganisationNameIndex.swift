import OSCE

/// Organisation names of the reference data, as word lists indexed by their first word
/// (longest names first), for matching running text.
struct OrganisationNameIndex: Sendable {
    static let shared = OrganisationNameIndex()

    var byFirstWord: [String: [([String], String)]] = [:]

    init() {
        for record in OSCEReference.organisations {
            for name in [record.name] + record.alternativeNames where name.contains(" ") && name.count >= 10 {
                let words = Self.words(name)
                guard let first = words.first, words.count >= 2 else { continue }
                byFirstWord[first, default: []].append((words, record.id))
            }
        }
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
            let scan = UTF8Text(bytes)
            var out: [String] = []
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
                    out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = -1
                }
                i += w
            }
            if start >= 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return out
        }
    }
}
