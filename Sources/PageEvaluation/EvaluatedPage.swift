/// The facts of one page in the form the evaluation compares: what an expected-facts file
/// annotates, or what the ingester read.
///
/// Both sides of a comparison have this shape, so the metrics never depend on how the
/// ingester stores its facts (`PageFacts+Evaluation.swift` converts them) or on how the
/// annotation files are written (`ExpectedFile.swift` reads them).
///
/// Shape: `items` in page order (a listing has one per entry); `exportedReleases` are the
/// releases an export writes for the page (nil on the expected side, where every annotated
/// item is a release).
///
/// Source: the expected-facts schema of `../shared/pages/README.md` (keys `items`, `title`,
/// `date`, `people`, `quotes`, `states_mentioned`, `truncated`).
public struct EvaluatedPage: Hashable, Sendable {
    public var items: [EvaluatedItem]
    public var exportedReleases: [EvaluatedRelease]?

    public init(items: [EvaluatedItem], exportedReleases: [EvaluatedRelease]? = nil) {
        self.items = items
        self.exportedReleases = exportedReleases
    }
}

/// One item (a release, or one entry of a listing) as the evaluation compares it.
///
/// Shape: `title` (text, white space collapsed; nil when the capture holds no title for the
/// item, which the annotations write as `"title": null`: such an item is not scored by title,
/// so it adds nothing to titles, dates, releases and State mentions, while its people, roles
/// and quotes still count for the page); `date` (`YYYY-MM-DD` or nil); `truncated`
/// (true when the capture cut the item); `people`, `quotes` and `states` in page order.
public struct EvaluatedItem: Hashable, Sendable {
    public var title: String?
    public var date: String?
    public var truncated: Bool
    public var people: [EvaluatedPerson]
    public var quotes: [EvaluatedQuote]
    /// Participating States and Partners mentioned, under their reference names.
    public var states: [String]

    public init(title: String?, date: String? = nil, truncated: Bool = false, people: [EvaluatedPerson] = [],
                quotes: [EvaluatedQuote] = [], states: [String] = []) {
        self.title = title
        self.date = date
        self.truncated = truncated
        self.people = people
        self.quotes = quotes
        self.states = states
    }
}

/// A person named in an item: the full name (no honorific) and the post phrases attached to it.
public struct EvaluatedPerson: Hashable, Sendable {
    public var name: String
    public var roles: [String]

    public init(name: String, roles: [String] = []) {
        self.name = name
        self.roles = roles
    }
}

/// A passage of direct speech and its speaker's full name (nil when no person says it).
///
/// `passage` is the whole passage on the extracted side and the annotation's
/// `opening_words` (its first five words) on the expected side: a quote is found when the
/// extracted passage starts with the expected one.
public struct EvaluatedQuote: Hashable, Sendable {
    public var speaker: String?
    public var passage: String

    public init(speaker: String?, passage: String) {
        self.speaker = speaker
        self.passage = passage
    }
}

/// A release an export writes: its headline and whether the capture cut it.
public struct EvaluatedRelease: Hashable, Sendable {
    public var title: String
    public var truncated: Bool

    public init(title: String, truncated: Bool = false) {
        self.title = title
        self.truncated = truncated
    }
}
