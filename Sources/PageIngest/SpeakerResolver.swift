/// Chooses a passage's speaker among its candidates (`SpeakerCandidate`), by score.
///
/// Each candidate's reference is resolved first: a name or role is its person; an unnamed
/// speaker (`one participant`) is no person; a pronoun is its best compatible antecedent
/// (`antecedent`), and a pronoun with none is no person either (someone the page does not
/// name: the pronoun rules out the people it does). The candidate with the highest score
/// (`AttributionWeights`) at or above the threshold wins (the earlier candidate on a tie);
/// when none reaches it the passage has no speaker.
///
///     // "Ms. Anna Berg met Mr. Tom Hill. “We agree,” she said."
///     choose([speakerThenVerb(.pronoun(.feminine))], subject: Hill, …)
///     // → Anna Berg, "X-said, verb said, pronoun → Anna Berg (agrees; 1 more recent) 0.93"
struct SpeakerResolver {
    let people: [PeopleExtractor.Found]
    /// Each person's gender: from an honorific or form of address (`PeopleExtractor.Found.gender`),
    /// else from the given name when the lexicon lists it (`Lexicon.givenNames`: `Анна` → feminine),
    /// else from the ending of a verb of saying that attributed a passage to them (`сказал Рахимов`
    /// → masculine, learnt by `choose` as the page is read).
    private(set) var genders: [Lexicon.Gender?]
    let lexicon: Lexicon?

    init(people: [PeopleExtractor.Found], lexicon: Lexicon? = nil) {
        self.people = people
        self.lexicon = lexicon
        genders = people.map { person in
            person.gender ?? person.name.split(separator: " ").first.flatMap { lexicon?.givenNames[String($0)] }
        }
    }

    /// The decision for one passage: the speaker (index into `people`, nil for nobody) and why.
    struct Decision: Sendable {
        var speaker: Int?
        /// True when the winner is a name not read as a person (`QuoteExtractor.Ref.unread`), or a
        /// pronoun whose antecedent is one.
        var unread = false
        /// The winning candidate's cue, nil when no candidate reached the threshold.
        var cue: AttributionCue?
        var score: Double
        /// `cue, features → person (score)` for the winner, then the other candidates considered.
        var evidence: String
    }

    /// The best candidate's person. `subject` is the subject of the current or previous sentence,
    /// `recent` the people in the order the text last named them.
    mutating func choose(_ candidates: [SpeakerCandidate], subject: Int?, unreadSubject: Bool = false, recent: RecentPeople) -> Decision {
        var best: (index: Int, speaker: Int?, unread: Bool, score: Double, detail: String)?
        var considered: [String] = []
        let latestFirst = candidates.contains { if case .pronoun = $0.ref { true } else { false } } ? recent.latestFirst : []
        for (n, candidate) in candidates.enumerated() {
            let speaker: Int?
            var unread = false
            var score = candidate.score
            var detail: String
            switch candidate.ref {
            case .person(let p):
                speaker = p
                detail = people[p].name
            case .unnamed:
                speaker = nil
                detail = "no person"
            case .unread:
                speaker = nil
                unread = true
                detail = "no person (a name not read as a person)"
            case .pronoun(let gender):
                if let a = antecedent(gender, subject: subject, unreadSubject: unreadSubject, latestFirst: latestFirst, excluded: candidate.excluded) {
                    speaker = a.person
                    unread = a.person == nil
                    score += a.agreement
                    detail = a.person.map { "\(people[$0].name) (\(a.reason))" } ?? "no person (\(a.reason))"
                } else {
                    // `She added: “…` when no woman is named: someone the page does not name, not
                    // the subject (the pronoun rules that out).
                    speaker = nil
                    detail = "no person (no compatible antecedent)"
                }
            }
            let line = "\(candidate.features) → \(detail) \(Self.format(score))"
            if best == nil || score > best!.score {
                if let best { considered.append(best.detail) }
                best = (n, speaker, unread, score, line)
            } else {
                considered.append(line)
            }
        }
        guard let best, best.score >= AttributionWeights.threshold else {
            let below = best.map { "below threshold: \($0.detail)" } ?? "no candidate"
            return Decision(speaker: nil, cue: nil, score: best?.score ?? 0, evidence: ([below] + considered).joined(separator: "; "))
        }
        let winner = candidates[best.index]
        if case .person(let p) = winner.ref, genders[p] == nil, let verb = winner.verb, let g = lexicon?.gender(ofVerb: verb) {
            genders[p] = g
        }
        let rest = considered.isEmpty ? "" : "; also " + considered.joined(separator: "; ")
        return Decision(speaker: best.speaker, unread: best.unread, cue: candidates[best.index].cue, score: best.score, evidence: best.detail + rest)
    }

    /// The best antecedent of a pronoun of `gender` (nil: the pronoun shows none): among the
    /// sentence's subject and the people named before, the compatible one with the highest
    /// score: subject bonus, gender agreement (a known other gender is incompatible), minus the
    /// recency rank. `agreement` is what the antecedent adds to its candidate's score: the
    /// agreement bonus, scaled to at most `AttributionWeights.pronoun` (so a resolved pronoun
    /// never outscores a name). A subject that is a name not read as a person (`unreadSubject`)
    /// competes as a subject of unknown gender; when it wins, `person` is nil. Nil when nobody is
    /// compatible.
    func antecedent(_ gender: Lexicon.Gender?, subject: Int?, unreadSubject: Bool = false, latestFirst: [Int], excluded: [Int]) -> (person: Int?, agreement: Double, reason: String)? {
        typealias W = AttributionWeights
        var options: [Int] = []
        if let subject { options.append(subject) }
        for p in latestFirst where p != subject { options.append(p) }
        var best: (person: Int?, score: Double, agrees: Bool, rank: Int)?
        if unreadSubject { best = (nil, W.antecedentSubject + W.antecedentUnknown, false, 0) }
        for p in options where !excluded.contains(p) {
            let rank = latestFirst.firstIndex(of: p) ?? 0
            var s = p == subject ? W.antecedentSubject : 0
            var agrees = false
            switch (gender, genders[p]) {
            case (let g?, let h?) where g != h: continue
            case (_?, _?): s += W.antecedentAgrees; agrees = true
            default: s += W.antecedentUnknown
            }
            s -= min(Double(rank) * W.antecedentPerRank, W.antecedentMaxRank)
            if best == nil || s > best!.score { best = (p, s, agrees, rank) }
        }
        guard let best else { return nil }
        var reason: [String] = []
        if best.person == nil { reason.append("the subject, a name not read as a person") }
        if best.person != nil, best.person == subject { reason.append("subject") }
        if best.person != nil { reason.append(best.agrees ? "agrees" : "gender unknown") }
        if best.rank > 0 { reason.append("\(best.rank) more recent") }
        return (best.person, best.agrees ? W.pronoun : W.pronoun / 2, reason.joined(separator: ", "))
    }

    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        let digits = String(abs(hundredths) % 100)
        return "\(hundredths < 0 ? "-" : "")\(abs(hundredths) / 100).\(digits.count == 1 ? "0" + digits : digits)"
    }
}
