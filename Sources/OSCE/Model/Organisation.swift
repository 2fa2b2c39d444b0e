/// An organisation as a page names it: an issuer, a mentioned body, the
/// organisation a post is in, a meeting's organiser.
///
/// `id` is the reference id when known (`OSCEReference.organisations`), or
/// `nil`, in which case `KnowledgeGraphBuilder` resolves `name` through
/// `OSCEReference.organisation(named:)` and, failing that, mints
/// `{base}organisation/{IRIPolicy.roleKey(OSCEReference.identityPhrase(name))}` typed `org:Organization` (or the class
/// of `kind`).
///
///     let issuer: Organisation = "OSCE Chairpersonship"
///     let delegation = Organisation(name: "Permanent Delegation of Sweden to the OSCE",
///                                   kind: .permanentDelegation, representedState: "SE")
///
/// Shape in RDF: see `OrganisationRecord+RDF.swift` (reference) and
/// `KnowledgeGraphBuilder` (named organisations).
///
/// Source: page fields `Source:`, `Issued by:`, `Quelle:`; role phrases.
public struct Organisation: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The name as written on the page (white space collapsed).
    public var name: String
    /// The reference id, if the caller already resolved it.
    public var id: String?
    /// The kind, for organisations not in the reference data.
    public var kind: OrganisationKind
    /// The parent organisation's name or reference id (`org:subOrganizationOf`).
    public var parent: String?
    /// For permanent delegations: ISO 3166-1 alpha-2 code of the State the
    /// delegation represents (`osce:delegationOf`).
    public var representedState: String?

    public init(name: String, id: String? = nil, kind: OrganisationKind = .other, parent: String? = nil, representedState: String? = nil) {
        self.name = name
        self.id = id
        self.kind = kind
        self.parent = parent
        self.representedState = representedState
    }

    public init(stringLiteral value: String) { self.init(name: value) }

    /// The organisation of a reference record.
    public init(_ record: OrganisationRecord) {
        self.init(name: record.name, id: record.id, kind: record.kind, parent: record.parent)
    }
}
