import Testing
@testable import OSCE

/// One post, one IRI however the page names the post's organisation: a short name of it (`the
/// Mission to Bosnia and Herzegovina`) and the full name (`the OSCE Mission to …`) give one slug
/// (`IRIPolicy.withCanonicalName`), which a new user found split into two posts (issue 6).
@Suite struct PostSlugOrganisationNameTests {
    @Test func aShortOrganisationNameInAPostGivesTheFullNamesSlug() {
        let org = "mission-to-bosnia-and-herzegovina"
        let short = "Deputy Head of the Mission to Bosnia and Herzegovina"
        let full = "Deputy Head of the OSCE Mission to Bosnia and Herzegovina"
        #expect(OSCEReference.organisation(inRole: short)?.name == "OSCE Mission to Bosnia and Herzegovina")
        #expect(OSCEReference.organisation(inRole: full)?.name == "OSCE Mission to Bosnia and Herzegovina")
        #expect(IRIPolicy.postSlug(role: short, organisationID: org) == "deputy-head-of-osce-mission-to-bosnia-and-herzegovina")
        #expect(IRIPolicy.postSlug(role: full, organisationID: org) == "deputy-head-of-osce-mission-to-bosnia-and-herzegovina")
    }

    @Test func aPostNamingNoNameOfItsOrganisationKeepsItsSlug() {
        #expect(IRIPolicy.postSlug(role: "MP, Norway", organisationID: "parliamentary-assembly") == "parliamentary-assembly-mp-norway")
        #expect(IRIPolicy.withCanonicalName("spokesperson-of-mission", of: "mission-to-bosnia-and-herzegovina") == "spokesperson-of-mission")
    }
}
