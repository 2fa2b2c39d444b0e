/// An OSCE structure, institution, field operation, body or group, as
/// reference data.
///
/// `id` is the slug of `{base}organisation/{id}`. `name` is the full name
/// ("OSCE Mission to Serbia"); `alternativeNames` hold the menu's short name
/// ("Mission to Serbia"), acronyms ("ODIHR"), and German and Russian names
/// where pages use them ("OSZE-Mission in Serbien").
///
/// Shape in RDF: see `OrganisationRecord+RDF.swift`.
///
/// Source: osce.org navigation ("Structures and institutions", "Field
/// operations", "Secretariat", "Meetings and conferences"); seats from the
/// bodies' own pages; Wikidata QIDs from verified rows of
/// `Ontology/reference/wikidata.tsv` only (the OSCE Q81299, the Court Q3001076).
public struct OrganisationRecord: Sendable, Hashable {
    public let id: String
    public let name: String
    public let alternativeNames: [String]
    public let kind: OrganisationKind
    /// The `id` of the organisation this one is part of (`org:subOrganizationOf`).
    public let parent: String?
    /// The `CityRecord.id` of the seat (headquarters), if known.
    public let seat: String?
    /// For field operations: the ISO 3166-1 alpha-2 code of the host
    /// participating State (`nil` for the Mission in Kosovo).
    public let hostState: String?
    /// For field operations whose area is not a participating State: the
    /// area's name ("Kosovo").
    public let area: String?
    /// Verified Wikidata QID, or `nil`.
    public let wikidata: String?
    /// Whether the structure has closed (closed field activities).
    public let closed: Bool

    public init(
        id: String, name: String, alternativeNames: [String] = [], kind: OrganisationKind, parent: String? = nil,
        seat: String? = nil, hostState: String? = nil, area: String? = nil, wikidata: String? = nil, closed: Bool = false
    ) {
        self.id = id
        self.name = name
        self.alternativeNames = alternativeNames
        self.kind = kind
        self.parent = parent
        self.seat = seat
        self.hostState = hostState
        self.area = area
        self.wikidata = wikidata
        self.closed = closed
    }
}
