import OSCE

/// Finds the participating States and Partners for Co-operation a text refers to.
///
/// A State is referred to by its name or another name (`Turkey`, `Russia`, `Republic of
/// Moldova`, `Serbien`), by a national adjective (`Swedish`, `slowakischen`), inside a
/// structure's name (`OSCE Mission to Serbia`), or by an inflected Russian name (`в Украине`).
/// Names are matched longest first; words inside a person's name are skipped. Results use
/// the reference `name` (the navigation's name: `Türkiye`, `Russian Federation`).
/// - Complexity: O(n) hash look-ups for n words.
struct StateMentionFinder {
    /// States referred to in `units`, in order of first mention.
    static func find(in units: [TextUnit]) -> [String] {
        var found: [String] = []
        for unit in units {
            for name in find(in: unit) where !found.contains(name) { found.append(name) }
        }
        return found
    }

    static func find(in unit: TextUnit) -> [String] {
        let index = StateIndex.shared
        let states = OSCEReference.states
        let tokens = unit.tokens
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.isWord, unit.mention(covering: i) == nil else { i += 1; continue }
            if t.text.first?.isUppercase == true {
                let first = StateIndex.key(t.text)
                if let longest = index.multiWordStarts[first] {
                    var matched = false
                    var n = min(longest, tokens.count - i)
                    while n >= 2 {
                        let range = i..<(i + n)
                        if range.allSatisfy({ tokens[$0].isWord && ($0 == i || tokens[$0].spaceBefore) }) {
                            let words = range.map { $0 == i + n - 1 ? tokens[$0].stem : tokens[$0].text }
                            if let s = index.names[StateIndex.key(words.joined(separator: " "))] {
                                out.append(states[s].name)
                                i += n
                                matched = true
                                break
                            }
                        }
                        n -= 1
                    }
                    if matched { continue }
                }
                let stem = StateIndex.key(t.stem)
                if let s = index.names[stem] ?? index.adjectives[stem] ?? index.cyrillicMatch(t.stem) ?? hyphenated(t.text) {
                    out.append(states[s].name)
                } else if let s = index.stemMatch(t.text) {
                    // A capitalised German adjective at the start of a sentence (`Slowakische`).
                    out.append(states[s].name)
                }
            } else if t.isLowercaseWord, let s = index.stemMatch(t.text) {
                out.append(states[s].name)
            }
            i += 1
        }
        return out
    }

    /// `Serbia-based`: a State's name as the first part of a hyphenated word.
    private static func hyphenated(_ word: String) -> Int? {
        guard let dash = word.firstIndex(of: "-") else { return nil }
        let head = StateIndex.key(String(word[..<dash]))
        let index = StateIndex.shared
        return index.names[head]   // `Serbia-based`; not `Russian-speaking` (a language)
    }
}
