/// The one table of weights that scores speaker candidates (`SpeakerCandidate`) and pronoun
/// antecedents (`SpeakerResolver`): every number of quote attribution is here.
///
/// A candidate's score is the weight of its cue (the syntactic pattern it was read from) plus
/// its features: the distance in tokens from the quotation mark to the reference, the number of
/// sentences back for a subject carried over, a weak verb of saying (`welcomed`, `thanked`), a
/// pronoun (it must still be resolved) and the agreement of the pronoun's antecedent. The best
/// candidate at or above `threshold` gives the speaker; an unnamed speaker (`one participant`), a
/// name not read as a person, or a pronoun with no compatible antecedent that wins gives no person.
///
/// The cue weights fall in bands: an attribution written after the passage (0.93–1.00) beats
/// one before it (0.70–0.82), which beats a reference in the clause before the passage (0.50),
/// a repeated pull quote (0.45) and the subject carried over from earlier sentences (0.40).
/// The features of a cue-bound reference subtract at most 0.10 (distance 0.05, weak verb 0.03,
/// pronoun 0.02), less than the gap between the lowest after-cue (0.93) and the highest
/// before-cue (0.82), and between the lowest before-cue (0.70) and the clause reference (0.50):
/// they choose within a band, never reorder the bands. The subject carried over from earlier
/// sentences, the weakest cue, loses 0.01 a sentence: past ten sentences it no longer reaches the
/// threshold, and the passage has no speaker.
///
/// Source: set by hand, then checked on `Examples/pages`, `Tests/Fixtures/heldout*` and
/// `../shared/pages-real` (the export of each is byte-identical to the earlier rule order's, and
/// every quote-speaker figure kept at its floor); `SpeakerResolverTests.bandsOfCuesNeverReorder`
/// checks the bands.
enum AttributionWeights {
    /// The weight of each cue, before features (0...1).
    static func weight(_ cue: AttributionCue) -> Double {
        switch cue {
        case .verbThenSpeaker: 1.00        // `…,” said X`
        case .speakerThenVerb: 0.97        // `…,” X said`, `…,” X, Head of Y, said`
        case .nameAfterVerb: 0.93          // `…,” said the Head of Mission, Ambassador X`
        case .accordingToAfter: 0.94       // `…,” according to X`
        case .unnamedAfter: 0.95           // `…,” one participant said`, `said a resident`
        case .bylineAfter: 0.93            // `“…” – Deputy Minister X` ending the paragraph
        case .verbAlone: 0.93              // `«…», añadió.` (a pronoun, resolved like one)
        case .relativeClause: 0.82         // `X, who added: “…`
        case .verbFinalClause: 0.81        // `Wie X betonte, „…`
        case .speakerBeforeVerb: 0.80      // `X said: “…`
        case .speakerBeforeApposition: 0.78 // `X, Head of Y, said: “…`
        case .unnamedBefore: 0.79          // `One participant said: “…`
        case .accordingToBefore: 0.76      // `According to X, “…`
        case .colonLead: 0.70              // `X: “…`
        case .headingAbove: 0.72           // `X, Post` heading the paragraph `“…”`
        case .clauseReference: 0.50        // the first reference in the clause before the passage
        case .repeatedPassage: 0.45        // a pull quote said earlier on the page
        case .previousSubject: 0.40        // the subject (or last speaker) of the sentences before
        }
    }

    /// Subtracted per token between the quotation mark and the reference.
    static let perToken = 0.002
    /// The most the token distance subtracts.
    static let maxTokenPenalty = 0.05
    /// Subtracted per sentence since a carried-over subject was named (`previousSubject`): a
    /// subject named more than ten sentences back falls below `threshold` (no speaker).
    static let perSentence = 0.01
    /// The most the sentence distance subtracts.
    static let maxSentencePenalty = 0.20
    /// Subtracted for a weak verb of saying (`Lexicon.weakSpeechVerbs`: `welcomed`, `thanked`).
    static let weakVerb = 0.03
    /// Subtracted for a pronoun, which names nobody by itself.
    static let pronoun = 0.02
    /// The lowest score that gives a speaker.
    static let threshold = 0.30

    // Pronoun antecedents (`SpeakerResolver.antecedent`): the best compatible person wins.
    /// Added for the subject of the current or previous sentence (before any object).
    static let antecedentSubject = 0.30
    /// Added when the antecedent's known gender agrees with the pronoun's.
    static let antecedentAgrees = 0.20
    /// Added when the antecedent's gender is not known (it may agree).
    static let antecedentUnknown = 0.10
    /// Subtracted per person named more recently than the antecedent.
    static let antecedentPerRank = 0.01
    /// The most the recency rank subtracts.
    static let antecedentMaxRank = 0.09
}
