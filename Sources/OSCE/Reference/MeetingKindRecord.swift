/// A kind of OSCE meeting or conference, as osce.org's "Meetings and
/// conferences" menu lists it.
///
/// `id` is the slug of `{base}meeting-kind/{id}` (a `skos:Concept` in the
/// scheme `{base}concept-scheme/meeting-kinds`).
///
/// Source: osce.org navigation, "Meetings and conferences".
public struct MeetingKindRecord: Sendable, Hashable {
    public let id: String
    public let name: String
    public let alternativeNames: [String]
    /// The `OrganisationRecord.id` of the body that holds these meetings, if any
    /// (`Plenary meetings of the Permanent Council` → `permanent-council`).
    public let body: String?

    public init(id: String, name: String, alternativeNames: [String] = [], body: String? = nil) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
        self.body = body
    }
}
