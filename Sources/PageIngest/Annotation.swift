/// A candidate span an annotator proposes over a text unit, with its score and the evidence for it.
///
/// Annotators keep every candidate they consider, accepted or not (the GATE annotation-set idea
/// in `extraction-design.md`: nothing is lost early); the stage after them decides from the
/// scores. `PeopleExtractor` proposes `.person` spans, each cue adding its weight (`Cue`), and
/// accepts a span whose score reaches `Cue.threshold`.
///
///     // "Ambassador Lena Brandt said …"
///     Annotation(unit: 1, tokens: 1..<3, label: .person, score: 4,
///                evidence: ["honorific Ambassador", "verb of saying"])
///
/// Shape: `tokens` is a half-open range of token indices of `TextUnit` number `unit` (title = 0);
/// `score` is the sum of the weights of `evidence`, a non-negative number with no unit.
struct Annotation: Hashable, Sendable {
    enum Label: String, Hashable, Sendable {
        case person
        /// An organisation: a reference name or acronym, or a short form the page defines
        /// (`OrganisationAnnotator`).
        case organisation
    }

    var unit: Int
    var tokens: Range<Int>
    var label: Label
    var score: Double
    /// One short phrase per cue that counted, in the order they were checked.
    var evidence: [String]
    /// True when the stage after the annotator took the span.
    var accepted = false
    /// True when a counter-cue (`Veto`) rules the span out whatever its score.
    private(set) var vetoed = false

    /// Adds a cue's weight and says why.
    mutating func add(_ cue: Cue, _ detail: String = "") {
        score += cue.weight
        evidence.append(detail.isEmpty ? cue.rawValue : "\(cue.rawValue) \(detail)")
    }

    /// Rules the span out and says why (the score is kept, for inspection).
    mutating func veto(_ reason: Veto, _ detail: String = "") {
        vetoed = true
        evidence.append(detail.isEmpty ? "not: \(reason.rawValue)" : "not: \(reason.rawValue) \(detail)")
    }

    /// Counter-cues that say a run of capitalised words is no person's name.
    enum Veto: String, Sendable {
        /// The run is a place the page or the reference data names: a dateline place, a `Place:`
        /// label value, a reference city or State (`Banja Luka` under `BANJA LUKA, 11 May 2020`).
        case knownPlace = "known place"
        /// The run follows a preposition of place (`Lexicon.locativePrepositions`: `from Novi Sad`).
        case afterLocativePreposition = "after a preposition of place"
        /// The run is a national institution's proper name (`InstitutionNames`: `Jogorku Kenesh`).
        case knownInstitution = "known institution"
        /// The run lies inside the post in apposition of the person named before it (`X,
        /// editor-in-chief of the daily Vecherniy Kant and Ms. Y`: the newspaper's name).
        case insidePost = "inside the post of the person before"
    }

    /// The cues that make a run of capitalised words a person's name, with their weights: a
    /// cue that names the person's post or title counts 3, a structural one 2, a verb of saying
    /// next to the name 1 (a weak cue: `Local Authorities said`).
    enum Cue: String, Sendable {
        case knownName = "known name"
        case honorific = "honorific"
        case postBefore = "post before"
        case postInAppositionBefore = "post in apposition before"
        case parliamentSuffix = "parliament suffix"
        case postInAppositionAfter = "post in apposition after"
        case stateInParentheses = "State in parentheses"
        case appointment = "post as predicate"
        case coordinated = "joined to a person"
        /// `The trainers, X and Y, …`, `The moderator, X,`: a noun for people (a plural post noun or
        /// a noun of `Lexicon.unnamedSpeakers`) in apposition right before the name; no post.
        case personNounInApposition = "noun for people in apposition"
        /// `X, 19, from Y`: an age in apposition right after the name.
        case age = "age"
        case verbOfSaying = "verb of saying"
        /// Organisation spans: a name or acronym of the reference data, a page's `Long Form (ACR)`
        /// definition, a later use of that acronym, a page's `Long Form (the Office)` definition.
        case reference = "reference"
        case pageDefinition = "defined"
        case pageAcronym = "acronym"
        case pageShortForm = "defined short form"

        var weight: Double {
            switch self {
            case .knownName, .honorific, .postBefore, .postInAppositionBefore, .parliamentSuffix: 3
            case .postInAppositionAfter, .stateInParentheses, .appointment, .coordinated, .personNounInApposition, .age: 2
            case .verbOfSaying: 1
            case .reference, .pageDefinition: 3
            case .pageAcronym, .pageShortForm: 2
            }
        }

        /// The score a person span needs.
        static let threshold = 1.0
    }
}
