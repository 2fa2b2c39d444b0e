import RDF
import Testing
@testable import OSCE

/// The people and States a page's untitled entries name, attached to the page (`PageMentions`).
@Suite struct PageMentionsMappingTests {
    @Test func thePageMentionsThePeopleStatesAndOrganisations() {
        let policy = IRIPolicy()
        var b = KnowledgeGraphBuilder(policy: policy, includeReferenceData: false)
        let page = b.addPage(path: "pages/listing.txt")
        b.add(PageMentions(people: [Person(name: "Ewa Lis", honorific: "Ambassador")], mentionedStates: ["Poland", "Atlantis"],
                           mentionedOrganisations: [Organisation(name: "OSCE Presence in Albania")]), onPage: page)
        let g = b.build()
        let person = policy.person(named: "Ewa Lis")
        #expect(Set(g.objects(page, schema["mentions"])) == [
            person.term, policy.state(iso: "PL").term, policy.organisation(id: "presence-in-albania").term,
        ])
        #expect(g.objects(person, schema["name"]) == [Literal("Ewa Lis").term])
        #expect(PageMentions().isEmpty)
    }
}
