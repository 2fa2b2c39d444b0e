import PageIngest

/// Scores what the ingester read on one page against the page's expected facts, field by field.
///
/// - **titles**: items matched one to one by `TitleMatcher`; TP = matched pairs. Expected
///   items with a null title (not in the capture) are not scored, nor are extracted items the
///   ingester read as untitled (`ReleaseFacts.isUntitled`): an untitled item can match no title.
/// - **dates**: of matched items; extracted = matched items with a non-null extracted date,
///   expected = matched items with a non-null expected date, TP = both non-null and equal
///   (two nulls are not a true positive).
/// - **people**: the page's full names as a set (union of its items), white space collapsed;
///   an honorific left in a name makes it a different name.
/// - **quote speakers**: each expected quote with a speaker is found by an unused extracted
///   quote whose passage (white space collapsed) starts with the expected opening words and
///   whose speaker is the expected full name; the matched item's quotes are tried first, then
///   the rest of the page's. Quotes with `speaker: null` are not scored: extracted quotes that
///   start with their opening words are left out of precision. Precision counts extracted
///   quotes with a speaker.
/// - **roles**: (full name, role) pairs as a set per page.
/// - **state mentions**: (item, State) pairs of matched items.
/// - **releases**: exported releases matched one to one to annotated items by `TitleMatcher`.
/// - **truncation**: of matched items, those cut by the capture; extracted = matched items marked
///   `truncated`, expected = matched items annotated `truncated: true`, TP = both (items the
///   titles did not match are scored there, not here).
///
/// A page the ingester refused (`extracted == nil`) extracts nothing: every expected value is
/// a miss. Every text is compared after `WhiteSpace.collapse`; case is kept.
///
/// Source: "Data and measurement" in issue 6; the schema and conventions of the pages READMEs.
public enum PageComparison {
    /// The results of every field, in `EvaluatedField.allCases` order.
    public static func compare(expected: EvaluatedPage, extracted: EvaluatedPage?) -> [FieldResult] {
        let actual = extracted ?? EvaluatedPage(items: [], exportedReleases: [])
        let pairs = TitleMatcher.match(expected: expected.items.map(candidate), extracted: actual.items.map(candidate))
        return EvaluatedField.allCases.map { field in
            switch field {
            case .titles: titles(expected, actual, pairs)
            case .dates: dates(expected, actual, pairs)
            case .people: people(expected, actual)
            case .quoteSpeakers: quoteSpeakers(expected, actual, pairs)
            case .roles: roles(expected, actual)
            case .stateMentions: stateMentions(expected, actual, pairs)
            case .releases: releases(expected, actual)
            case .truncation: truncation(expected, actual, pairs)
            }
        }
    }

    private static func candidate(_ item: EvaluatedItem) -> TitleMatcher.Candidate {
        TitleMatcher.Candidate(title: item.title, truncated: item.truncated)
    }

    private static func titles(_ e: EvaluatedPage, _ x: EvaluatedPage, _ pairs: [TitleMatcher.Pair]) -> FieldResult {
        let matchedE = Set(pairs.map(\.expected))
        let matchedX = Set(pairs.map(\.extracted))
        return FieldResult(
            field: .titles,
            score: FieldScore(truePositives: pairs.count, extracted: x.titled.count, expected: e.titled.count),
            misses: e.titled.filter { !matchedE.contains($0) }.map { quoted(e.items[$0].title ?? "") },
            falsePositives: x.titled.filter { !matchedX.contains($0) }.map { quoted(x.items[$0].title ?? "") })
    }

    private static func dates(_ e: EvaluatedPage, _ x: EvaluatedPage, _ pairs: [TitleMatcher.Pair]) -> FieldResult {
        var result = FieldResult(field: .dates)
        for pair in pairs {
            let item = e.items[pair.expected]
            let want = item.date
            let got = x.items[pair.extracted].date
            if want != nil { result.score.expected += 1 }
            if got != nil { result.score.extracted += 1 }
            if let want, want == got { result.score.truePositives += 1; continue }
            let label = short(item.title)
            if let want { result.misses.append("\(label): \(want) (extracted \(got ?? "null"))") }
            if let got { result.falsePositives.append("\(label): \(got) (expected \(want ?? "null"))") }
        }
        return result
    }

    private static func people(_ e: EvaluatedPage, _ x: EvaluatedPage) -> FieldResult {
        setResult(.people, expected: e.items.flatMap { $0.people.map { WhiteSpace.collapse($0.name) } },
                  extracted: x.items.flatMap { $0.people.map { WhiteSpace.collapse($0.name) } })
    }

    private static func roles(_ e: EvaluatedPage, _ x: EvaluatedPage) -> FieldResult {
        func pairs(_ page: EvaluatedPage) -> [String] {
            page.items.flatMap { item in
                item.people.flatMap { person in
                    person.roles.map { "\(WhiteSpace.collapse(person.name)) — \(WhiteSpace.collapse($0))" }
                }
            }
        }
        return setResult(.roles, expected: pairs(e), extracted: pairs(x))
    }

    private static func stateMentions(_ e: EvaluatedPage, _ x: EvaluatedPage, _ pairs: [TitleMatcher.Pair]) -> FieldResult {
        var result = FieldResult(field: .stateMentions)
        for pair in pairs {
            let label = short(e.items[pair.expected].title)
            let one = setResult(.stateMentions, expected: e.items[pair.expected].states.map { WhiteSpace.collapse($0) },
                                extracted: x.items[pair.extracted].states.map { WhiteSpace.collapse($0) })
            result.score += one.score
            result.misses += one.misses.map { "\(label): \($0)" }
            result.falsePositives += one.falsePositives.map { "\(label): \($0)" }
        }
        return result
    }

    private static func truncation(_ e: EvaluatedPage, _ x: EvaluatedPage, _ pairs: [TitleMatcher.Pair]) -> FieldResult {
        var result = FieldResult(field: .truncation)
        for pair in pairs {
            let want = e.items[pair.expected].truncated
            let got = x.items[pair.extracted].truncated
            if want { result.score.expected += 1 }
            if got { result.score.extracted += 1 }
            if want && got { result.score.truePositives += 1; continue }
            let label = short(e.items[pair.expected].title)
            if want { result.misses.append("\(label): cut by the capture (extracted as complete)") }
            if got { result.falsePositives.append("\(label): marked truncated (annotated complete)") }
        }
        return result
    }

    private static func releases(_ e: EvaluatedPage, _ x: EvaluatedPage) -> FieldResult {
        let exported = x.exportedReleases ?? x.items.map { EvaluatedRelease(title: $0.title ?? "", truncated: $0.truncated) }
        let pairs = TitleMatcher.match(
            expected: e.items.map(candidate),
            extracted: exported.map { TitleMatcher.Candidate(title: $0.title, truncated: $0.truncated) })
        let matchedE = Set(pairs.map(\.expected))
        let matchedX = Set(pairs.map(\.extracted))
        return FieldResult(
            field: .releases,
            score: FieldScore(truePositives: pairs.count, extracted: exported.count, expected: e.titled.count),
            misses: e.titled.filter { !matchedE.contains($0) }.map { quoted(e.items[$0].title ?? "") },
            falsePositives: exported.indices.filter { !matchedX.contains($0) }.map { quoted(exported[$0].title) })
    }

    private static func quoteSpeakers(_ e: EvaluatedPage, _ x: EvaluatedPage, _ pairs: [TitleMatcher.Pair]) -> FieldResult {
        struct Extracted {
            var item: Int
            var speaker: String?
            var passage: [Unicode.Scalar]
            var text: String
        }
        var pool: [Extracted] = []
        for (i, item) in x.items.enumerated() {
            for quote in item.quotes {
                let text = WhiteSpace.collapse(quote.passage)
                pool.append(Extracted(item: i, speaker: quote.speaker.map { WhiteSpace.collapse($0) },
                                      passage: Array(text.unicodeScalars), text: text))
            }
        }
        let matchOf = Dictionary(uniqueKeysWithValues: pairs.map { ($0.expected, $0.extracted) })
        var used = Set<Int>()
        var unscored = Set<Int>()
        var result = FieldResult(field: .quoteSpeakers)
        for (i, item) in e.items.enumerated() {
            for quote in item.quotes {
                let opening = WhiteSpace.collapse(quote.passage)
                let openingScalars = Array(opening.unicodeScalars)
                let starts = pool.indices.filter { pool[$0].passage.starts(with: openingScalars) }
                guard let speakerName = quote.speaker else {
                    unscored.formUnion(starts)
                    continue
                }
                let speaker = WhiteSpace.collapse(speakerName)
                result.score.expected += 1
                let home = matchOf[i]
                let ordered = starts.filter { pool[$0].item == home } + starts.filter { pool[$0].item != home }
                if let found = ordered.first(where: { !used.contains($0) && pool[$0].speaker == speaker }) {
                    used.insert(found)
                    result.score.truePositives += 1
                } else {
                    let free = ordered.filter { !used.contains($0) }
                    let note = starts.isEmpty ? "passage not found"
                        : free.isEmpty ? "passage found, already matched"
                        : "extracted speaker: " + free.map { pool[$0].speaker ?? "none" }.joined(separator: ", ")
                    result.misses.append("\(speaker): \(quoted(opening)) (\(note))")
                }
            }
        }
        for (k, quote) in pool.enumerated() {
            guard let speaker = quote.speaker, used.contains(k) || !unscored.contains(k) else { continue }
            result.score.extracted += 1
            if !used.contains(k) { result.falsePositives.append("\(speaker): \(quoted(openingWords(quote.text)))") }
        }
        return result
    }

    /// A set comparison of two lists of values (duplicates count once), misses and false
    /// positives in the order of first occurrence.
    private static func setResult(_ field: EvaluatedField, expected: [String], extracted: [String]) -> FieldResult {
        let e = unique(expected)
        let x = unique(extracted)
        let eSet = Set(e)
        let xSet = Set(x)
        return FieldResult(
            field: field,
            score: FieldScore(truePositives: e.filter { xSet.contains($0) }.count, extracted: x.count, expected: e.count),
            misses: e.filter { !xSet.contains($0) },
            falsePositives: x.filter { !eSet.contains($0) })
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private static func quoted(_ text: String) -> String { "“\(text)”" }

    /// A title shortened for a listing line (60 characters).
    private static func short(_ title: String?) -> String {
        let t = WhiteSpace.collapse(title ?? "")
        return quoted(t.count > 60 ? String(t.prefix(59)) + "…" : t)
    }

    /// The first five words of a passage, for a listing line.
    private static func openingWords(_ text: String) -> String {
        text.split(separator: " ").prefix(5).joined(separator: " ")
    }
}

private extension EvaluatedPage {
    /// The indexes of the items that have a title (the ones scored by title).
    var titled: [Int] { items.indices.filter { items[$0].title != nil } }
}
