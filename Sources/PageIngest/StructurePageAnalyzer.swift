/// Reads the name, head and seat of an institution page or field-operation page.
///
/// People are read with the lexicon of the page's language (`Lexicon.for(language:)`), and the
/// seat the page states is one of the page's places (`PeopleExtractor.pagePlaces`): a run of
/// capitalised words equal to it is no person.
enum StructurePageAnalyzer {
    /// - Parameters:
    ///   - lines: the page's content lines, the section header first.
    ///   - language: the page's ISO 639-1 code (`PageFacts.language`); nil reads with every language's lists.
    static func analyze(_ lines: [String], kind: PageKind, language: String? = nil) -> StructureFacts? {
        var facts = StructureFacts()
        let lexicon = language.map { Lexicon.for(language: $0) } ?? .shared
        facts.seat = seat(in: lines.joined(separator: " "))
        let places = facts.seat.map { [$0] } ?? []
        // Name: the first heading line after the section header that names a structure.
        for line in lines.dropFirst().prefix(3) where isHeading(line) && !["overview", "figures", "leadership"].contains(line.lowercased()) {
            facts.name = line
            break
        }
        // `Leadership` block: post line, then the holder.
        if let l = lines.firstIndex(where: { $0.lowercased() == "leadership" || $0.lowercased() == "leitung" || $0.lowercased() == "руководство" }),
           l + 2 < lines.count {
            let role = lines[l + 1]
            let units = [TextUnit(role + ", " + lines[l + 2] + ".")]
            var extractor = PeopleExtractor(lexicon: lexicon, places: places)
            var u = units
            extractor.extract(&u)
            if let p = extractor.people.first {
                facts.head = PersonFacts(name: p.name, honorific: p.honorific.flatMap(lexicon.reportedHonorific), roles: [role])
            } else if let nameUnit = Optional(TextUnit(lines[l + 2])), nameUnit.tokens.count <= 6 {
                var tokens = nameUnit.tokens[...]
                var honorific: String?
                if let f = tokens.first, let h = lexicon.honorific(f.text) { honorific = h; tokens.removeFirst() }
                if tokens.count >= 2, tokens.allSatisfy({ $0.isCapitalized }) {
                    facts.head = PersonFacts(name: tokens.map(\.text).joined(separator: " "),
                                             honorific: honorific.flatMap(lexicon.reportedHonorific), roles: [role])
                }
            }
            if facts.name == nil, let r = role.range(of: "Head of the ") { facts.name = String(role[r.upperBound...]) }
        }
        // Otherwise: a person named with a post in the text (captions excluded).
        if facts.head == nil {
            var paragraphs: [String] = []
            for line in lines.dropFirst() {
                let (caption, rest) = CaptionSplitter.split(line)
                if caption == nil || rest != nil, let rest { paragraphs.append(rest) }
            }
            var units = paragraphs.map { TextUnit($0) }
            var extractor = PeopleExtractor(lexicon: lexicon, places: places)
            extractor.extract(&units)
            if let p = extractor.people.first(where: { !$0.roles.isEmpty }) {
                facts.head = PersonFacts(name: p.name, honorific: p.honorific.flatMap(lexicon.reportedHonorific), roles: p.roles)
            }
        }
        if facts.name == nil && facts.head == nil && facts.seat == nil { return nil }
        return facts
    }

    private static func isHeading(_ line: String) -> Bool {
        guard let f = line.first, f.isUppercase, let l = line.last, !".!?:".contains(l) else { return false }
        return line.split(separator: " ").count <= 12
    }

    /// `based in The Hague`, `headquarters are in Podgorica`, `premises in Podgorica`.
    static func seat(in text: String) -> String? {
        for marker in ["is based in ", "are based in ", "headquarters are in ", "headquarters is in ", "headquartered in ",
                       "seat is in ", "premises in ", "Sitz in ", "hat ihren Sitz in ", "штаб-квартира находится в "] {
            guard let r = text.range(of: marker) else { continue }
            var words: [String] = []
            for w in text[r.upperBound...].split(separator: " ").prefix(4) {
                let word = String(w)
                let clean = word.trimmingPunctuation
                guard let f = clean.first, f.isUppercase || (words.isEmpty == false && clean == "am") else { break }
                words.append(clean)
                if word.last.map({ ".,;:".contains($0) }) == true { break }
            }
            if !words.isEmpty { return words.joined(separator: " ") }
        }
        return nil
    }
}
