import OSCE

/// Hash tables over `OSCEReference.states` for matching words of running text quickly.
///
/// Keys are lower-cased with `’` folded to `'`; each name is also entered in its
/// diacritic-folded form (`OSCEReference.key`), so `Turkiye` finds `Türkiye`.
struct StateIndex: Sendable {
    static let shared = StateIndex()

    /// Name (one or more words, joined by single spaces) → index into `OSCEReference.states`.
    var names: [String: Int] = [:]
    /// First words of names of two or more words, with the longest word count.
    var multiWordStarts: [String: Int] = [:]
    /// Acronyms of State names, written in capitals with their dots left out (`USA`, `UK`; `US`
    /// from `U.S.`) → State: matched only as written (`StateMentionFinder.acronym`), never the
    /// lower-case word (`us`).
    var acronyms: [String: Int] = [:]
    /// English adjectives (whole words) → State.
    var adjectives: [String: Int] = [:]
    /// German and Russian adjective stems, by their first two characters, longest first.
    var stems: [String: [(String, Int)]] = [:]
    /// The ASCII keys of `stems`, as bits (`stemMatch`'s refusal of most words without a look-up).
    var stemOpenings = ASCIIPrefixSet()
    /// Cyrillic single-word names by stem (`Украина` → `украин`), longest first.
    var cyrillicStems: [(String, Int)] = []

    static func key(_ s: String) -> String {
        let utf8 = s.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most words): lower-cased byte by byte, as `lowercased()` would.
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var n = 0
                for b in utf8 {
                    buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        }
        var out = ""
        for c in s.lowercased() { out.append(c == "’" || c == "‘" ? "'" : c) }
        return out
    }

    init() {
        for (i, s) in OSCEReference.states.enumerated() {
            for n in [s.name] + s.alternativeNames {
                if let acronym = Self.acronym(n), acronyms[acronym] == nil { acronyms[acronym] = i }
                for k in [Self.key(n), OSCEReference.key(n), Self.key("the " + n)] {
                    if names[k] == nil { names[k] = i }
                    let words = k.split(separator: " ")
                    if words.count >= 2, let f = words.first {
                        multiWordStarts[String(f)] = max(multiWordStarts[String(f)] ?? 0, words.count)
                    }
                }
                if !n.contains(" "), n.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                    var stem = Self.key(n)
                    // (`Дания` → `дани`, not `дан`, which opens `данные` and Ukrainian `дані`, data.)
                    if let last = stem.last, "аяьйоеыи".contains(last) { stem.removeLast() }
                    if stem.count >= 3 { cyrillicStems.append((stem, i)) }
                }
            }
            for a in s.adjectives {
                if a.first?.isUppercase == true {
                    adjectives[Self.key(a)] = i
                    adjectives[OSCEReference.key(a)] = i
                } else {
                    let k = Self.key(a)
                    stems[String(k.prefix(2)), default: []].append((k, i))
                }
            }
        }
        for k in stems.keys { stemOpenings.insert(k) }
        for k in stems.keys { stems[k]?.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : ($0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1) } }
        cyrillicStems.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
    }

    /// The letters of `name` when it is an acronym: two capital letters or more, each optionally
    /// followed by a dot, nothing else (`U.S.` → `US`, `USA`, `США`); nil otherwise (`BiH`).
    static func acronym(_ name: String) -> String? {
        var letters = ""
        var previousWasLetter = false
        for c in name.unicodeScalars {
            if c == ".", previousWasLetter { previousWasLetter = false; continue }
            guard c.properties.isUppercase else { return nil }
            letters.unicodeScalars.append(c)
            previousWasLetter = true
        }
        return letters.unicodeScalars.count >= 2 ? letters : nil
    }

    /// `String(s.prefix(k))` for k of 1 or 2, without grapheme breaking when the bytes around
    /// the first k are ASCII (each ASCII byte but CR is a character of its own then).
    static func characterPrefix(_ s: String, _ k: Int) -> String {
        let u = s.utf8
        var n = 0
        for b in u {
            if b >= 0x80 || b == 0x0D { return String(s.prefix(k)) }
            n += 1
            if n > k { break }
        }
        return String(decoding: u.prefix(k), as: UTF8.self)
    }

    /// The State a lower-case word is an inflected adjective of (`slowakischen`, `шведского`).
    /// False when `stemMatch` finds nothing for the word of these UTF-8 bytes (a token's), told
    /// from its bytes without making its `String`: fewer than 4 bytes, or an ASCII opening that
    /// no stem has. O(1).
    func mayStemMatch(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count >= 4 && stemOpenings.lookup(utf8: word, length: 2, lowercasing: true) != .absent
    }

    func stemMatch(_ word: String) -> Int? {
        guard word.utf8.count >= 4 else { return nil }   // fewer than 4 characters
        // An ASCII opening (lower-cased as `key` does) that no stem has: no look-up.
        if stemOpenings.lookup(word, length: 2, lowercasing: true) == .absent { return nil }
        let k = Self.key(word)
        guard k.utf8.count >= 4, k.utf8.allSatisfy({ $0 < 0x80 }) || k.count >= 4,
              let group = stems[Self.characterPrefix(k, 2)] else { return nil }
        for (stem, i) in group where k.hasPrefix(stem) { return i }
        return nil
    }

    /// The State an inflected Cyrillic name refers to (`Украине` → Ukraine).
    func cyrillicMatch(_ word: String) -> Int? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return nil }   // (an ASCII word's key is ASCII)
        let k = Self.key(word)
        guard k.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) else { return nil }
        for (prefix, i) in cyrillicStems where k.hasPrefix(prefix) && k.count - prefix.count <= 3 { return i }
        return nil
    }
}
