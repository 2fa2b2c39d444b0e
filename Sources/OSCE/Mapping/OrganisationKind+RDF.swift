import RDF

extension OrganisationKind {
    /// The `rdf:type`s of an organisation of this kind (see `OrganisationKind`).
    public var classes: [IRI] {
        switch self {
        case .organisation: return [V.org["FormalOrganization"]]
        case .chairpersonship: return [V.org["OrganizationalUnit"], OSCEVocabulary.ChairpersonshipOffice]
        case .secretariat: return [V.org["OrganizationalUnit"], OSCEVocabulary.Secretariat]
        case .secretariatUnit: return [V.org["OrganizationalUnit"], OSCEVocabulary.SecretariatUnit]
        case .institution: return [V.org["OrganizationalUnit"], OSCEVocabulary.Institution]
        case .fieldOperation: return [V.org["OrganizationalUnit"], OSCEVocabulary.FieldOperation]
        case .parliamentaryAssembly: return [V.org["FormalOrganization"], OSCEVocabulary.ParliamentaryAssembly]
        case .court: return [V.org["FormalOrganization"], OSCEVocabulary.Court]
        case .decisionMakingBody: return [V.org["OrganizationalUnit"], OSCEVocabulary.DecisionMakingBody]
        case .partnerGroup: return [V.org["OrganizationalUnit"], OSCEVocabulary.PartnerGroup]
        case .permanentDelegation: return [V.org["FormalOrganization"], OSCEVocabulary.PermanentDelegation]
        case .other: return [V.org["Organization"]]
        }
    }
}
