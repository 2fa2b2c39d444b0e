/// The kind of an OSCE structure or other organisation, which decides its
/// classes in RDF.
///
/// | kind | classes |
/// |---|---|
/// | `organisation` | `org:FormalOrganization` (the OSCE itself) |
/// | `chairpersonship` | `org:OrganizationalUnit`, `osce:ChairpersonshipOffice` |
/// | `secretariat` | `org:OrganizationalUnit`, `osce:Secretariat` |
/// | `secretariatUnit` | `org:OrganizationalUnit`, `osce:SecretariatUnit` |
/// | `institution` | `org:OrganizationalUnit`, `osce:Institution` |
/// | `fieldOperation` | `org:OrganizationalUnit`, `osce:FieldOperation` |
/// | `parliamentaryAssembly` | `org:FormalOrganization`, `osce:ParliamentaryAssembly` |
/// | `court` | `org:FormalOrganization`, `osce:Court` |
/// | `decisionMakingBody` | `org:OrganizationalUnit`, `osce:DecisionMakingBody` |
/// | `partnerGroup` | `org:OrganizationalUnit`, `osce:PartnerGroup` |
/// | `permanentDelegation` | `org:FormalOrganization`, `osce:PermanentDelegation` |
/// | `other` | `org:Organization` |
///
/// Source: osce.org navigation, "Structures and institutions"; W3C ORG §5.
public enum OrganisationKind: String, Sendable, Hashable, CaseIterable {
    case organisation
    case chairpersonship
    case secretariat
    case secretariatUnit
    case institution
    case fieldOperation
    case parliamentaryAssembly
    case court
    case decisionMakingBody
    case partnerGroup
    case permanentDelegation
    case other
}
