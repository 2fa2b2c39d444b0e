import Testing
@testable import OSCE

/// `OSCEReference.organisation(ofSite:)` and `headWord(of:)`: the structure a page's own site or
/// subsite implies, and the word its pages use alone for it.
@Suite struct SiteOrganisationTests {
    @Test func sitesAndSubsitesNameTheirStructure() {
        #expect(OSCEReference.organisation(ofSite: "https://www.oscepa.org/en/news-a-media/press-releases/x")?.id == "parliamentary-assembly")
        #expect(OSCEReference.organisation(ofSite: "https://www.osce.org/mission-to-moldova/123")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(ofSite: "https://www.osce.org/ru/mission-to-moldova/123")?.id == "mission-to-moldova")
        #expect(OSCEReference.organisation(ofSite: "https://d6.web.osce.org/programme-office-in-dushanbe/9")?.id == "programme-office-in-dushanbe")
        // The newsroom, an unknown path, another host, no address: no structure.
        #expect(OSCEReference.organisation(ofSite: "https://www.osce.org/newsroom?page=2") == nil)
        #expect(OSCEReference.organisation(ofSite: "https://www.osce.org/files/f/documents/a.pdf") == nil)
        #expect(OSCEReference.organisation(ofSite: "https://example.org/mission-to-moldova/1") == nil)
        #expect(OSCEReference.organisation(ofSite: "not a url") == nil)
    }

    @Test func theHeadWordIsTheKindOfStructure() throws {
        let pa = try #require(OSCEReference.organisation(id: "parliamentary-assembly"))
        let moldova = try #require(OSCEReference.organisation(id: "mission-to-moldova"))
        let dushanbe = try #require(OSCEReference.organisation(id: "programme-office-in-dushanbe"))
        #expect(OSCEReference.headWord(of: pa) == "Assembly")
        #expect(OSCEReference.headWord(of: moldova) == "Mission")
        #expect(OSCEReference.headWord(of: dushanbe) == "Office")
    }
}
