import OSCE

/// Finds the participating States and Partners for Co-operation a text refers to.
///
/// A State is referred to by its name or another name (`Turkey`, `Russia`, `Republic of
/// Moldova`, `Serbien`), by a national adjective (`Swedish`, `slowakischen`), inside a
/// structure's name (`OSCE Mission to Serbia`), or by an inflected Russian name (`в Украине`).
/// Names are matched longest first; words inside a person's name are skipped. Results use
/// the reference `name` (the navigation's name: `Türkiye`, `Russian Federation`).
struct StateMentionFinder {
    /// Cyrillic single-word names by stem (`Украина` → `Украин`).
    static let cyrillicStems: [(String, Int)] = {
        var out: [(String, Int)] = []
        for (i, s) in OSCEReference.states.enumerated() {
            for n in [s.name] + s.alternativeNames where !n.contains(" ") && n.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                var stem = OSCEReference.key(n)
                if let last = stem.last, "аяьйоеыи".contains(last) { stem.removeLast() }
                if stem.hasSuffix("и") { stem.removeLast() }
                if stem.count >= 3 { out.append((stem, i)) }
            }
        }
        return out.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
    }()

    /// States referred to in `units`, in order of first mention.
    static func find(in units: [TextUnit]) -> [String] {
        var found: [String] = []
        for unit in units {
            for name in find(in: unit) where !found.contains(name) { found.append(name) }
        }
        return found
    }

    static func find(in unit: TextUnit) -> [String] {
        let tokens = unit.tokens
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.isWord, unit.mention(covering: i) == nil else { i += 1; continue }
            if t.text.first?.isUppercase == true {
                var matched = false
                var n = min(6, tokens.count - i)
                while n >= 2 {
                    let range = i..<(i + n)
                    if range.allSatisfy({ tokens[$0].isWord && ($0 == i || tokens[$0].spaceBefore) }) {
                        let words = range.map { $0 == i + n - 1 ? tokens[$0].stem : tokens[$0].text }
                        if let s = OSCEReference.state(named: words.joined(separator: " ")) {
                            out.append(s.name)
                            i += n
                            matched = true
                            break
                        }
                    }
                    n -= 1
                }
                if matched { continue }
                if let s = single(t) { out.append(s) }
            } else if t.isLowercaseWord, let s = lowercaseAdjective(t.text) {
                out.append(s)
            }
            i += 1
        }
        return out
    }

    private static func single(_ t: Token) -> String? {
        let stem = t.stem
        if let s = OSCEReference.state(named: stem) { return s.name }
        // Hyphenated compounds: `OSZE-Mission` no, `Serbia-based` → Serbia.
        if let s = OSCEReference.state(adjective: t.text) { return s.name }
        let key = OSCEReference.key(stem)
        if key.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
            for (prefix, i) in cyrillicStems where key.hasPrefix(prefix) && key.count - prefix.count <= 3 {
                return OSCEReference.states[i].name
            }
        }
        return nil
    }

    /// German or Russian adjective stems (`slowakischen`, `шведского`); English adjectives are capitalised.
    private static func lowercaseAdjective(_ word: String) -> String? {
        guard let s = OSCEReference.state(adjective: word) else { return nil }
        let key = OSCEReference.key(word)
        let stems = s.adjectives.filter { $0.first?.isLowercase == true }.map { OSCEReference.key($0) }
        return stems.contains(where: { key.hasPrefix($0) }) ? s.name : nil
    }
}
