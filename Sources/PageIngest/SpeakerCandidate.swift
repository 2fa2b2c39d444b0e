/// The syntactic pattern a speaker candidate was read from (weights: `AttributionWeights`).
enum AttributionCue: String, CaseIterable, Sendable {
    /// After the passage, the verb first: `…,” said X`, `…», a déclaré X`.
    case verbThenSpeaker = "said-X"
    /// After the passage, the speaker first: `…,” X said`, `…,” she added`, `…,” X, Head of Y, said`.
    case speakerThenVerb = "X-said"
    /// After the verb, the first name of its clause: `…,” said the Head of Mission, Ambassador X`.
    case nameAfterVerb = "said-ROLE-X"
    /// `…,” according to X`.
    case accordingToAfter = "according-to-X-after"
    /// After the passage, a verb of saying with no subject (`«…», añadió.`): a pronoun of the
    /// gender the verb's ending shows (`добавила`), if any.
    case verbAlone = "said-alone"
    /// After the passage and a dash, a name that ends the paragraph: `“…” – Deputy Minister X`.
    case bylineAfter = "dash-X"
    /// After the passage, a speaker who is no named person: `…,” one participant said`.
    case unnamedAfter = "unnamed-after"
    /// `X, who added: “…`: the antecedent of the relative pronoun.
    case relativeClause = "X-who-said"
    /// `Wie X betonte, „…`: the subject after an opener whose clause puts the verb last.
    case verbFinalClause = "as-X-said"
    /// `X said: “…`: the reference right before the verb.
    case speakerBeforeVerb = "X-said-before"
    /// `X, Head of Y, said: “…`: the reference before an apposition before the verb.
    case speakerBeforeApposition = "X-ROLE-said-before"
    /// `One participant said: “…`: an indefinite noun phrase, a role nobody holds, a State or an
    /// organisation (`Sweden said: “…`): no person.
    case unnamedBefore = "unnamed-before"
    /// `According to X, “…`.
    case accordingToBefore = "according-to-X-before"
    /// `X: “…`: a reference right before the colon that opens the passage.
    case colonLead = "X-colon"
    /// A heading line above the paragraph the passage opens, that is a name and its post
    /// (`Giulia X, Undersecretary of State …` / `“…”`): a transcript's speaker line.
    case headingAbove = "X-heading-above"
    /// The first reference in the clause before the passage.
    case clauseReference = "clause-reference"
    /// A pull quote that repeats a passage attributed earlier on the page.
    case repeatedPassage = "repeated-passage"
    /// The subject (or the last speaker) of the sentences before.
    case previousSubject = "previous-subject"
}

/// One candidate speaker of a passage: a reference read from the sentence's structure, the
/// pattern it was read from and the features that score it.
///
/// `ref` is still unresolved (a pronoun is resolved by `SpeakerResolver`). `distance` counts
/// tokens from the passage's quotation mark to the reference (0 when adjacent); `sentences`
/// counts the sentence ends since a carried-over subject was named (0 otherwise). `verb` is the
/// verb of saying that links them, when there is one.
struct SpeakerCandidate: Sendable {
    let cue: AttributionCue
    let ref: QuoteExtractor.Ref
    var distance: Int = 0
    var sentences: Int = 0
    var verb: String? = nil
    /// True when `verb` is a weak verb of saying (`Lexicon.weakSpeechVerbs`).
    var weakVerb = false
    /// People who cannot be the antecedent of a pronoun `ref`: those the verb addresses
    /// (`…,” she told Minister X`, `He thanked X: “…`).
    var excluded: [Int] = []

    /// The score before the reference is resolved (`AttributionWeights`).
    var score: Double {
        typealias W = AttributionWeights
        var s = W.weight(cue)
        s -= min(Double(distance) * W.perToken, W.maxTokenPenalty)
        s -= min(Double(sentences) * W.perSentence, W.maxSentencePenalty)
        if weakVerb { s -= W.weakVerb }
        if case .pronoun = ref { s -= W.pronoun }
        return s
    }

    /// The features as a short text for the evidence string: `said-X, verb said, 2 tokens`.
    var features: String {
        var parts = [cue.rawValue]
        if let verb { parts.append("verb \(verb)\(weakVerb ? " (weak)" : "")") }
        if distance > 0 { parts.append("\(distance) token\(distance == 1 ? "" : "s")") }
        if sentences > 0 { parts.append("\(sentences) sentence\(sentences == 1 ? "" : "s") back") }
        if case .pronoun = ref { parts.append("pronoun") }
        return parts.joined(separator: ", ")
    }
}
