import Testing
@testable import OSCE

/// The organisation of a post in a State's delegation to the OSCE, and of a post in one of a
/// body's missions (issue 6, new-user defects; made-up role phrases): a delegation named by a
/// national adjective or a German genitive is that State's delegation, not the OSCE; an ODIHR
/// election observation mission is ODIHR's.
@Suite struct DelegationRoleTests {
    @Test func aDelegationNamedByANationalAdjectiveIsThatStates() throws {
        let polish = try #require(OSCEReference.identifiedOrganisation(inRole: "Head of the Polish Delegation to the OSCE"))
        #expect(polish.name == "Polish Delegation to the OSCE")
        #expect(polish.kind == .permanentDelegation)
        #expect(polish.representedState == "PL")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Deputy Head of the Permanent Delegation of Sweden to the OSCE")?.representedState == "SE")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Counsellor at the Delegation of Norway to the OSCE")?.representedState == "NO")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Head of the Permanent Mission of the Russian Federation to the OSCE")?.representedState == "RU")
    }

    @Test func aGermanDelegationWithTheStateInTheGenitive() throws {
        let austria = try #require(OSCEReference.identifiedOrganisation(inRole: "Leiter der Ständigen Vertretung Österreichs bei der OSZE"))
        #expect(austria.kind == .permanentDelegation)
        #expect(austria.representedState == "AT")
        #expect(IRIPolicy.postSlug(role: "Leiter der Ständigen Vertretung Österreichs bei der OSZE", organisationID: nil).hasPrefix("osce-") == false)
    }

    @Test func aDelegationWithNoStateOrToAMeetingIsNoStatesDelegation() {
        #expect(OSCEReference.permanentDelegation(named: "Delegation to the OSCE") == nil)
        #expect(OSCEReference.permanentDelegation(named: "Polish Delegation to the OSCE Ministerial Council") == nil)
        #expect(OSCEReference.permanentDelegation(named: "Polish Delegation") == nil)
    }

    @Test func anODIHRObservationMissionIsODIHRs() {
        #expect(OSCEReference.identifiedOrganisation(inRole: "head of the ODIHR election observation mission")?.id == "odihr")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Head of the ODIHR Election Observation Mission")?.id == "odihr")
        // (The OSCE alone names none of its bodies.)
        #expect(OSCEReference.identifiedOrganisation(inRole: "Head of the OSCE field operation") == nil)
    }
}
