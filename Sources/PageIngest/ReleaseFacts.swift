/// The facts of one release (a page's release, or one entry of a listing).
///
/// Text values are copied from the page with every run of white space
/// (U+00A0 included) collapsed to one space and the ends trimmed.
/// Dates are ISO 8601 calendar dates (`YYYY-MM-DD`, the lexical form of xsd:date).
///
/// JSON keys follow the expected-facts files (snake_case); `paragraphs`,
/// `captions`, `lead` and `meeting` are extra keys no expected file checks.
public struct ReleaseFacts: Codable, Hashable, Sendable {
    /// The headline; empty for an entry whose title the page does not hold (see `isUntitled`).
    public var title: String
    /// The type line (`Press release`, `News Item`, `Pressemitteilung`, ...) or a listing's
    /// `Content type:` value, as written; nil otherwise.
    public var contentType: String?
    /// The item's own date field when it has a value, else the dateline's date; nil if neither is a full date.
    public var date: String?
    /// The date of the dateline (`VIENNA, 11 May 2020 –`); nil without a dateline or without a year.
    public var datelineDate: String?
    /// The dateline's places in normal case (`SKOPJE/WARSAW` → `Skopje`, `Warsaw`).
    public var datelinePlaces: [String]
    /// Values of `Source:`, `Issued by:`, `Quelle:`, split at commas.
    public var issuers: [String]
    /// Values of `Fields of work:`, `What we do:`, `Arbeitsbereiche:`.
    public var fieldsOfWork: [String]
    /// Values of `Place:`/`Ort:` (normal case), `Where we are:`, `Location(s):`.
    public var `where`: [String]
    /// People named in the title and body, once each, in order of first mention.
    public var people: [PersonFacts]
    /// Passages of direct speech, in page order.
    public var quotes: [QuoteFacts]
    /// Participating States and Partners referred to in the title or body, under their
    /// reference names, in order of first mention.
    public var statesMentioned: [String]
    /// True when the captured page was cut inside this item.
    public var truncated: Bool
    /// Body paragraphs (dateline included, photo captions excluded).
    public var paragraphs: [String]
    /// Photo captions found glued into the body.
    public var captions: [String]
    /// A lead paragraph above the labels (news items) or a listing teaser's summary; nil if none.
    public var lead: String?
    /// The meeting the release reports, when one is detected.
    public var meeting: MeetingFacts?

    public init(title: String, contentType: String? = nil, date: String? = nil, datelineDate: String? = nil,
                datelinePlaces: [String] = [], issuers: [String] = [], fieldsOfWork: [String] = [],
                where: [String] = [], people: [PersonFacts] = [], quotes: [QuoteFacts] = [],
                statesMentioned: [String] = [], truncated: Bool = false, paragraphs: [String] = [],
                captions: [String] = [], lead: String? = nil, meeting: MeetingFacts? = nil) {
        self.title = title
        self.contentType = contentType
        self.date = date
        self.datelineDate = datelineDate
        self.datelinePlaces = datelinePlaces
        self.issuers = issuers
        self.fieldsOfWork = fieldsOfWork
        self.where = `where`
        self.people = people
        self.quotes = quotes
        self.statesMentioned = statesMentioned
        self.truncated = truncated
        self.paragraphs = paragraphs
        self.captions = captions
        self.lead = lead
        self.meeting = meeting
    }

    /// True for an entry whose title the page does not hold (a listing of untitled teasers, or
    /// the first entry of a capture that starts inside it); encoded as `"title": null`, and
    /// `PageFacts.releases()` gives no release for it (a release is identified by its title).
    public var isUntitled: Bool { title.isEmpty }

    /// The body as one string, paragraphs separated by a blank line.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }

    enum CodingKeys: String, CodingKey {
        case title
        case contentType = "content_type"
        case date
        case datelineDate = "dateline_date"
        case datelinePlaces = "dateline_places"
        case issuers
        case fieldsOfWork = "fields_of_work"
        case `where`
        case people, quotes
        case statesMentioned = "states_mentioned"
        case truncated, paragraphs, captions, lead, meeting
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        contentType = try c.decodeIfPresent(String.self, forKey: .contentType)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        datelineDate = try c.decodeIfPresent(String.self, forKey: .datelineDate)
        datelinePlaces = try c.decodeIfPresent([String].self, forKey: .datelinePlaces) ?? []
        issuers = try c.decodeIfPresent([String].self, forKey: .issuers) ?? []
        fieldsOfWork = try c.decodeIfPresent([String].self, forKey: .fieldsOfWork) ?? []
        `where` = try c.decodeIfPresent([String].self, forKey: .where) ?? []
        people = try c.decodeIfPresent([PersonFacts].self, forKey: .people) ?? []
        quotes = try c.decodeIfPresent([QuoteFacts].self, forKey: .quotes) ?? []
        statesMentioned = try c.decodeIfPresent([String].self, forKey: .statesMentioned) ?? []
        truncated = try c.decodeIfPresent(Bool.self, forKey: .truncated) ?? false
        paragraphs = try c.decodeIfPresent([String].self, forKey: .paragraphs) ?? []
        captions = try c.decodeIfPresent([String].self, forKey: .captions) ?? []
        lead = try c.decodeIfPresent(String.self, forKey: .lead)
        meeting = try c.decodeIfPresent(MeetingFacts.self, forKey: .meeting)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if isUntitled { try c.encodeNil(forKey: .title) } else { try c.encode(title, forKey: .title) }
        try c.encode(contentType, forKey: .contentType)
        try c.encode(date, forKey: .date)
        try c.encode(datelineDate, forKey: .datelineDate)
        try c.encode(datelinePlaces, forKey: .datelinePlaces)
        try c.encode(issuers, forKey: .issuers)
        try c.encode(fieldsOfWork, forKey: .fieldsOfWork)
        try c.encode(`where`, forKey: .where)
        try c.encode(people, forKey: .people)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(statesMentioned, forKey: .statesMentioned)
        try c.encode(truncated, forKey: .truncated)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(captions, forKey: .captions)
        try c.encode(lead, forKey: .lead)
        try c.encode(meeting, forKey: .meeting)
    }
}
