import RDF
import Testing
@testable import OSCE

/// Posts keyed by organisation and role, holdings with the dates that attest
/// them, mentions for roles that name no organisation, provenance excerpts.
@Suite struct PostHoldingTests {
    let policy = IRIPolicy()
    let osce = OSCEVocabulary.namespace
    let time = OSCEVocabulary.time
    let oa = OSCEVocabulary.oa

    func build(_ releases: [Release]) -> Graph {
        var b = KnowledgeGraphBuilder(policy: policy, includeReferenceData: false)
        for r in releases { b.add(r) }
        return b.build()
    }

    func release(_ date: String?, title: String, role: String, holder: String = "Jan Braathu", page: String) -> Release {
        let person = Person(name: holder)
        return Release(kind: .pressRelease, title: title, date: date, people: [person], posts: [Post(role: role, holder: person)],
                       sourcePath: page)
    }

    var serbia: [Release] {
        [
            release("2021-06-01", title: "Mission marks anniversary", role: "Head of the OSCE Mission to Serbia", page: "b.txt"),
            release("2019-03-12", title: "Judges trained", role: "Head of the OSCE Mission to Serbia", page: "a.txt"),
            release(nil, title: "Undated item", role: "Leiter der OSZE-Mission in Serbien", page: "c.txt"),
            release("2020-02-03", title: "Media conference", role: "Head of the Mission to Serbia", page: "d.txt"),
        ]
    }

    @Test func holdingSpansTheAttestingReleasesWhateverTheirOrder() throws {
        let g = build(serbia)
        let post = policy.post(id: "head-of-mission-to-serbia")
        let person = policy.person(named: "Jan Braathu")
        let holding = policy.membership(postSlug: "head-of-mission-to-serbia", personSlug: "jan-braathu")
        #expect(g.objects(post, org["heldBy"]) == [person.term])
        #expect(g.objects(post, org["postIn"]) == [policy.organisation(id: "mission-to-serbia").term])
        #expect(g.contains(Triple(holding, rdfType, org["Membership"])))
        #expect(g.contains(Triple(holding, rdfType, osce["PostHolding"])))
        #expect(g.objects(holding, org["member"]) == [person.term])
        #expect(g.objects(holding, org["organization"]) == [policy.organisation(id: "mission-to-serbia").term])
        #expect(g.objects(holding, osce["post"]) == [post.term])
        #expect(g.objects(holding, org["role"]) == [policy.role(id: "head").term])
        #expect(g.objects(policy.role(id: "head"), skos["prefLabel"]) == [Literal("Head").term])
        let interval = try #require(g.objects(holding, org["memberDuring"]).first?.iri)
        #expect(g.objects(interval, time["hasBeginning"]) == [policy.instant(date: "2019-03-12").term])
        #expect(g.objects(interval, time["hasEnd"]) == [policy.instant(date: "2021-06-01").term])
        #expect(g.objects(policy.instant(date: "2019-03-12"), time["inXSDDate"]) == [Literal("2019-03-12", datatype: XSD.date).term])
        #expect(g.objects(holding, prov["wasDerivedFrom"]).count == 4)
        // Another order of the same pages: the same holding triples, byte for byte.
        let reversed = build(serbia.reversed())
        let lines = { (g: Graph) in g.triples.filter { $0.subject.iri?.value.contains("/membership/") == true || $0.subject.iri?.value.contains("/interval/") == true }.map(\.description) }
        #expect(lines(g) == lines(reversed))
        #expect(Set(g.triples) == Set(reversed.triples))
    }

    @Test func roleWithoutOrganisationMakesNoSharedPost() {
        let a = release("2016-04-11", title: "Bureau meeting", role: "President", holder: "Henrik Solvang", page: "a.txt")
        let b = release("2016-05-11", title: "Other meeting", role: "President", holder: "Ana Lopes", page: "b.txt")
        let c = release("2016-06-11", title: "Reporter", role: "MP, Italy", holder: "Aurelia Mancini", page: "c.txt")
        let g = build([a, b, c])
        #expect(g.triples(predicate: rdfType, object: org["Post"].term).isEmpty)
        #expect(g.triples(predicate: rdfType, object: osce["PostHolding"].term).isEmpty)
        let mention = policy.mention(releaseSlug: a.slug, personSlug: "henrik-solvang")
        #expect(g.objects(mention, osce["roleName"]) == [Literal("President").term])
        #expect(g.objects(mention, osce["mentionedPerson"]) == [policy.person(named: "Henrik Solvang").term])
        #expect(g.objects(mention, schema["isPartOf"]) == [policy.release(slug: a.slug).term])
        #expect(g.objects(mention, prov["wasDerivedFrom"]) == [policy.page(slug: "a").term])
        #expect(g.objects(policy.mention(releaseSlug: c.slug, personSlug: "aurelia-mancini"), osce["roleName"]) == [Literal("MP, Italy").term])
    }

    @Test func positionsBecomeTextPositionSelectors() throws {
        var r = release("2020-05-11", title: "T", role: "OSCE Secretary General", holder: "Thomas Greminger", page: "dir/seed.txt")
        r.people[0].position = TextSpan(start: 120, end: 136)
        r.quotes = [Quote(text: "We lead.", speaker: "Thomas Greminger", position: TextSpan(start: 200, end: 208)),
                    Quote(text: "Unplaced.", speaker: nil)]
        let g = build([r])
        let page = policy.page(slug: "seed")
        let mention = policy.mention(releaseSlug: r.slug, personSlug: "thomas-greminger")
        let excerpt = policy.excerpt(pageSlug: "seed", span: TextSpan(start: 120, end: 136))
        #expect(g.objects(mention, prov["wasDerivedFrom"]) == [excerpt.term])
        #expect(g.contains(Triple(excerpt, rdfType, oa["SpecificResource"])))
        #expect(g.objects(excerpt, oa["hasSource"]) == [page.term])
        let selector = try #require(g.objects(excerpt, oa["hasSelector"]).first?.iri)
        #expect(g.contains(Triple(selector, rdfType, oa["TextPositionSelector"])))
        #expect(g.objects(selector, oa["start"]) == [Literal("120", datatype: XSD.nonNegativeInteger).term])
        #expect(g.objects(selector, oa["end"]) == [Literal("136", datatype: XSD.nonNegativeInteger).term])
        let q1 = policy.quote(releaseSlug: r.slug, number: 1)
        #expect(g.objects(q1, prov["wasDerivedFrom"]) == [policy.excerpt(pageSlug: "seed", span: TextSpan(start: 200, end: 208)).term])
        #expect(g.objects(policy.quote(releaseSlug: r.slug, number: 2), prov["wasDerivedFrom"]) == [page.term])
    }

    @Test func renderedSpansBecomeTextQuoteSelectors() throws {
        var r = release("2020-05-11", title: "T", role: "President", holder: "Ana Lopes", page: "p.html")
        r.people[0].position = TextSpan(start: 10, end: 19, basis: .rendered, exact: "Ana Lopes", prefix: "said ", suffix: ", who")
        let g = build([r])
        let excerpt = policy.excerpt(pageSlug: "p", span: r.people[0].position!)
        #expect(excerpt.value.hasSuffix("/excerpt/p-r10-19"))
        let selector = try #require(g.objects(excerpt, oa["hasSelector"]).first?.iri)
        #expect(g.contains(Triple(selector, rdfType, oa["TextQuoteSelector"])))
        #expect(g.objects(selector, oa["exact"]) == [Literal("Ana Lopes").term])
        #expect(g.objects(selector, oa["prefix"]) == [Literal("said ").term])
        #expect(g.objects(selector, oa["suffix"]) == [Literal(", who").term])
        #expect(g.objects(selector, oa["start"]).isEmpty)
    }

    /// A role names an organisation only when the page identifies one: a
    /// reference body, or a name that singles out one body.
    @Test func organisationsThePageIdentifies() {
        #expect(OSCEReference.identifiedOrganisation(inRole: "Deputy Head of the Border Police") == nil)
        #expect(OSCEReference.identifiedOrganisation(inRole: "Economic Officer at the Programme Office") == nil)
        #expect(OSCEReference.identifiedOrganisation(inRole: "President of the High Judicial and Prosecutorial Council") == nil)
        #expect(OSCEReference.identifiedOrganisation(inRole: "President") == nil)
        #expect(OSCEReference.identifiedOrganisation(inRole: "OSCE Deputy Head of Mission") == nil)
        #expect(OSCEReference.identifiedOrganisation(inRole: "Glaciologist at the National Academy of Sciences of Tajikistan")?.name
            == "National Academy of Sciences of Tajikistan")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Head of the Council of Europe Office in Sarajevo")?.name
            == "Council of Europe Office in Sarajevo")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Director of the OSCE Secretariat’s Conflict Prevention Centre")?.id
            == "conflict-prevention-centre")
        #expect(OSCEReference.identifiedOrganisation(inRole: "OSCE Spokesperson")?.id == "osce")
        #expect(OSCEReference.identifiedOrganisation(inRole: "Head of the Permanent Delegation of Sweden to the OSCE")?.representedState == "SE")
    }

    @Test func roleNames() {
        #expect(Post.roleName(of: "Head of the Permanent Delegation of Sweden to the OSCE",
                              organisationNames: ["Permanent Delegation of Sweden to the OSCE"]) == "Head")
        #expect(Post.roleName(of: "ODIHR Director", organisationNames: ["Office for Democratic Institutions and Human Rights", "ODIHR"]) == "Director")
        #expect(Post.roleName(of: "OSCE Secretary General", organisationNames: ["OSCE Secretariat"]) == "Secretary General")
        #expect(Post.roleName(of: "Special Envoy of the Slovak OSCE Chairmanship", organisationNames: ["OSCE Chairmanship"]) == "Special Envoy")
        #expect(Post.roleName(of: "OSCE", organisationNames: ["OSCE"]) == "OSCE")  // nothing left: the phrase
    }

    @Test(arguments: [
        ("https://www.osce.org/cio/48120", "x.txt", "osce-org-cio-48120"),
        ("http://OSCE.org/cio/48120/#top", "y.txt", "osce-org-cio-48120"),
        ("https://www.osce.org/press-releases?page=3", "x.txt", "osce-org-press-releases-page-3"),
        ("not a url", "news/index.txt", "news--index"),
        (nil, "news-index.txt", "news-index"),
        (nil, "./a//b c/x.y.txt", "a--b-c--x-y"),
    ] as [(String?, String, String)])
    func pageIdentity(url: String?, path: String, slug: String) {
        #expect(IRIPolicy.pageSlug(url: url, path: path) == slug)
    }

    @Test func twoIndexPagesInTwoFoldersAreTwoPages() {
        #expect(IRIPolicy.pageSlug(url: nil, path: "a/index.txt") != IRIPolicy.pageSlug(url: nil, path: "b/index.txt"))
        var one = release("2020-01-01", title: "Same title", role: "President", page: "/abs/a/index.txt")
        one.pagePath = "a/index.txt"
        var two = one
        two.pagePath = "b/index.txt"
        let g = build([one, two])
        #expect(g.objects(policy.release(slug: one.slug), prov["wasDerivedFrom"]).count == 2)
        #expect(g.triples(predicate: rdfType, object: schema["WebPage"].term).count == 2)
    }
}
