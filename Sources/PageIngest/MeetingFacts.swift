/// A meeting a release reports ("held their first virtual meeting", "Some 100 participants").
///
/// Found in the first sentences of the body: a `held|hosted|convened|organized … meeting|conference|…`
/// clause gives the organiser (its subject), the ordinal, the attendance mode and the chair
/// (`under the Swedish Chair`); a `Some N participants` phrase gives the count.
public struct MeetingFacts: Codable, Hashable, Sendable {
    /// The phrase naming the meeting, e.g. `first virtual meeting`.
    public var description: String
    /// The organiser as written, e.g. `the Mediterranean Partners for Co-operation Group` (article dropped).
    public var organizer: String?
    /// The chair as written, e.g. `Swedish Chair`.
    public var chair: String?
    /// `first`, `second`, ... when stated.
    public var ordinal: Int?
    /// `virtual`, `online`, `hybrid` or `in-person` when stated.
    public var attendanceMode: String?
    /// Number of participants when stated ("Some 100 participants" → 100).
    public var participants: Int?
    /// The release's date (ISO 8601 `YYYY-MM-DD`), when the meeting is said to be held "today".
    public var date: String?

    public init(description: String, organizer: String? = nil, chair: String? = nil, ordinal: Int? = nil,
                attendanceMode: String? = nil, participants: Int? = nil, date: String? = nil) {
        self.description = description
        self.organizer = organizer
        self.chair = chair
        self.ordinal = ordinal
        self.attendanceMode = attendanceMode
        self.participants = participants
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case description, organizer, chair, ordinal
        case attendanceMode = "attendance_mode"
        case participants, date
    }
}
