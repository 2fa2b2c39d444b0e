import OSCE
import Testing
@testable import PageIngest

/// Organisation spans, page-defined acronyms and short forms, and role → organisation through
/// them (made-up sentences in the style of OSCE press releases).
@Suite struct OrganisationAnnotatorTests {
    @Test func anAcronymDefinedOnThePageNamesTheOrganisationOfARole() {
        let a = OrganisationAnnotator(texts: [
            "The seminar was organised with the Centre for Civic Initiatives (CCI) in Osh.",
            "CCI Director Lena Brandt opened it.",
        ])
        #expect(a.definitions["CCI"]?.name == "Centre for Civic Initiatives")
        #expect(a.organisation(ofRole: "CCI Director")?.name == "Centre for Civic Initiatives")
        #expect(a.organisation(ofRole: "Director of the CCI")?.name == "Centre for Civic Initiatives")
        // The later use is a span with its evidence.
        #expect(a.candidates.contains { $0.unit == 1 && $0.tokens == 0..<1 && $0.evidence == ["acronym CCI"] })
    }

    @Test func aDefinedLongFormOfTheReferenceDataIsThatRecord() {
        let a = OrganisationAnnotator(texts: ["Experts of the Office for Democratic Institutions and Human Rights (ODIHR) arrived."])
        #expect(a.definitions["ODIHR"]?.id == "odihr" || a.definitions["ODIHR"].flatMap { OSCEReference.organisation(named: $0.name) }?.id != nil)
    }

    @Test func anAcronymWhoseLettersDoNotFitDefinesNothing() {
        let a = OrganisationAnnotator(texts: ["The talks in Geneva (GID) resumed.", "Staff of the Mission (ABC) met."])
        #expect(a.definitions.isEmpty)
    }

    @Test func aShortFormInParenthesesNamesTheOrganisationOfARole() {
        let a = OrganisationAnnotator(texts: [
            "The OSCE Programme Office in Dushanbe (the Office) trained forty judges.",
            "Head of the Office Karl Weiss said the course would continue.",
        ])
        let office = a.organisation(ofRole: "Head of the Office")
        #expect(office != nil)
        #expect(a.organisation(ofRole: "Office’s Deputy Head") == office)
        #expect(a.organisation(ofRole: "Deputy Head of the Office in Osh") != office)
        #expect(office.map { OSCEReference.organisation(named: $0.name)?.id ?? $0.id ?? $0.name }
            == OSCEReference.organisation(named: "OSCE Programme Office in Dushanbe")?.id ?? "OSCE Programme Office in Dushanbe")
    }

    @Test func aRoleWithoutADefinedBodyHasNoOrganisation() {
        let a = OrganisationAnnotator(texts: ["The Centre for Civic Initiatives (CCI) hosted the event."])
        #expect(a.organisation(ofRole: "television reporter") == nil)
        #expect(a.organisation(ofRole: "President") == nil)
        #expect(a.organisation(ofRole: "Head of the Office") == nil)
    }

    @Test func referenceNamesAndAcronymsAreSpans() {
        let a = OrganisationAnnotator(texts: ["The OSCE Mission to Serbia and ODIHR met."])
        let evidence = a.candidates.map(\.evidence).joined().joined(separator: "|")
        #expect(a.candidates.count == 2)
        #expect(evidence.contains("reference"))
    }

    @Test func acronymLettersMatchInitialsAndInnerCapitals() {
        func m(_ a: String, _ w: String) -> Bool {
            OrganisationAnnotator.lettersMatch(Array(a.lowercased()), w.split(separator: " ").map(String.init))
        }
        #expect(m("ODIHR", "Office for Democratic Institutions and Human Rights"))
        #expect(m("RFoM", "Representative on Freedom of the Media"))
        #expect(m("CiO", "Chairperson-in-Office"))
        #expect(!m("GID", "talks in Geneva"))
    }

    @Test func aPostOfARoleWithAPageDefinedAcronymGetsThatOrganisation() {
        let raw = """
        Training for editors

        - Date:
        - 4 March 2019

        BISHKEK, 4 March 2019 – The Media Policy Institute (MPI) and the OSCE held a course for editors. MPI Director Ainura Bekova said: “Editors need this.”
        """
        let facts = try? PageIngester().ingest(text: raw, source: "synthetic.txt")
        let posts = facts?.releases().first?.posts ?? []
        #expect(posts.contains { $0.role == "MPI Director" && $0.organisation?.name == "Media Policy Institute" })
    }
}
