/// A standing OSCE post (position), as reference data: the role phrases that
/// name it and the organisation it is in.
///
/// `id` is the slug of `{base}post/{id}`, so "OSCE Secretary General" and
/// "Secretary General of the OSCE" name the same `org:Post`.
///
/// Source: osce.org structure pages (Secretary General, Chairperson-in-Office,
/// heads of institutions and field operations).
public struct PostRecord: Sendable, Hashable {
    public let id: String
    /// The role phrase used as `skos:prefLabel` ("OSCE Secretary General").
    public let name: String
    public let alternativeNames: [String]
    /// The `OrganisationRecord.id` the post is in (`org:postIn`).
    public let organisation: String

    public init(id: String, name: String, alternativeNames: [String], organisation: String) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
        self.organisation = organisation
    }
}
