import OSCE

extension PageFacts {
    /// The Chairpersonships the page states, de-duplicated, in page order:
    /// - the menu's chair tag (`Finland – OSCE Chairpersonship 2025` → 2025, FI);
    /// - a release's `<national adjective> [OSCE] Chairmanship|Chairpersonship` (`the Albanian’s Chairmanship`,
    ///   `Slovak OSCE Chairmanship`, `slowakischen OSZE-Vorsitz`) in the year of the release's date.
    ///
    /// `KnowledgeGraphBuilder` adds the reference list of Chairpersonships itself; these are what
    /// the page adds to it (a newer year than the reference knows, or a check against it).
    /// - Complexity: O(n) in the words of the titles and bodies.
    public func chairpersonships() -> [Chairpersonship] {
        var out: [Chairpersonship] = []
        func add(_ c: Chairpersonship) { if !out.contains(c) { out.append(c) } }
        for entry in navigation?.menu.participatingStates ?? [] {
            if let year = entry.chairpersonshipYear, let state = OSCEReference.state(named: entry.name) {
                add(Chairpersonship(year: year, stateCode: state.iso3166Alpha2))
            }
        }
        let index = StateIndex.shared
        for item in items {
            guard let date = item.date, let year = Int(date.prefix(4)) else { continue }
            for text in [item.title] + item.paragraphs {
                let words = OrganisationNameIndex.words(text)
                for (i, word) in words.enumerated() {
                    let lower = word.lowercased()
                    let isChair = lower.hasPrefix("chairmanship") || lower.hasPrefix("chairpersonship")
                        || lower == "osze-vorsitz" || lower == "osze-vorsitzes" || lower == "vorsitz" || lower == "vorsitzes"
                    guard isChair, i >= 1 else { continue }
                    var k = i - 1
                    if OSCEReference.osceNames.contains(words[k].uppercased()), k >= 1 { k -= 1 }
                    var adjective = StateIndex.key(words[k])
                    for suffix in ["'s", "'"] where adjective.hasSuffix(suffix) { adjective.removeLast(suffix.count) }
                    if let s = index.adjectives[adjective] ?? index.stemMatch(words[k]) {
                        add(Chairpersonship(year: year, stateCode: OSCEReference.states[s].iso3166Alpha2))
                    }
                }
            }
        }
        return out
    }
}
