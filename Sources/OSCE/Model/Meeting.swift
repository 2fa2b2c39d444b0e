/// A meeting or conference a release reports ("the first, virtual meeting of
/// the Mediterranean Partners for Co-operation Group").
///
/// Shape in RDF (`Meeting+RDF.swift`):
/// - subject `{base}meeting/{date}-{slug(name)}`, `rdf:type schema:Event`
/// - `schema:name` xsd:string, 1
/// - `schema:startDate` xsd:date, 0..1
/// - `schema:organizer` → organisation or State IRI, 0..1
/// - `schema:eventAttendanceMode` → `schema:OnlineEventAttendanceMode` |
///   `schema:OfflineEventAttendanceMode` | `schema:MixedEventAttendanceMode`, 0..1
/// - `osce:participantCount` xsd:nonNegativeInteger, 0..1
/// - `osce:meetingKind` → meeting-kind concept IRI, 0..1
/// - `schema:location` → place IRI, 0..1
/// - `schema:subjectOf` → release IRI, 0..n
///
/// Unit: `participantCount` is a head count as the release reports it
/// ("some 100 participants" → 100; approximate counts are not marked).
/// `startDate` is an `xsd:date` (`YYYY-MM-DD`, no time zone).
///
/// Source: release body text.
public struct Meeting: Sendable, Hashable {
    public var name: String
    /// `YYYY-MM-DD`.
    public var startDate: String?
    /// The organiser (an organisation; a State name resolves to the State).
    public var organizer: Organisation?
    public var attendanceMode: AttendanceMode?
    public var participantCount: Int?
    /// A meeting kind name or id (`OSCEReference.meetingKinds`).
    public var kind: String?
    public var place: Place?

    public init(
        name: String, startDate: String? = nil, organizer: Organisation? = nil, attendanceMode: AttendanceMode? = nil,
        participantCount: Int? = nil, kind: String? = nil, place: Place? = nil
    ) {
        self.name = name
        self.startDate = startDate
        self.organizer = organizer
        self.attendanceMode = attendanceMode
        self.participantCount = participantCount
        self.kind = kind
        self.place = place
    }
}
