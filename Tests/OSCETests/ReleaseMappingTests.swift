import RDF
import Testing
@testable import OSCE

@Suite struct ReleaseMappingTests {
    let policy = IRIPolicy()
    let osce = OSCEVocabulary.namespace

    func build(_ releases: [Release] = [SeedRelease.release], reference: Bool = true) -> Graph {
        var b = KnowledgeGraphBuilder(policy: policy, includeReferenceData: reference)
        for r in releases { b.add(r) }
        return b.build()
    }

    var releaseIRI: IRI { policy.release(slug: SeedRelease.release.slug) }

    @Test func releaseTriples() throws {
        let g = build()
        let r = releaseIRI
        #expect(
            r.value == "https://w3id.org/osce-kg/resource/release/"
                + "2020-05-11-sweden-hosts-first-meeting-of-mediterranean-partners-for-co-operation-group-focuses-on-information")
        #expect(g.contains(Triple(r, rdfType, schema["NewsArticle"])))
        #expect(g.contains(Triple(r, rdfType, osce["PressRelease"])))
        let headline = try Literal(SeedRelease.release.title, language: "en")
        #expect(g.objects(r, schema["headline"]) == [headline.term])
        #expect(g.objects(r, schema["datePublished"]) == [Literal("2020-05-11", datatype: XSD.date).term])
        #expect(g.objects(r, schema["inLanguage"]) == [Literal("en").term])
        #expect(g.objects(r, schema["locationCreated"]) == [policy.place(id: "vienna").term])
        #expect(Set(g.objects(r, schema["sourceOrganization"])) == [
            policy.organisation(id: "mediterranean-partners-for-co-operation").term,
            policy.organisation(id: "chairpersonship").term,
        ])
        #expect(g.objects(r, schema["about"]) == [policy.fieldOfWork(id: "combating-trafficking-in-human-beings").term])
        #expect(g.objects(r, osce["truncated"]) == [Literal(false).term])
        #expect(g.objects(r, osce["contentType"]) == [Literal("Press release").term])
        #expect(g.objects(r, schema["articleBody"]).count == 1)
        #expect(g.objects(r, schema["articleBody"]).first?.literal?.language == "en")
        let page = policy.page(slug: "000-0b91f1119559f398")
        #expect(g.objects(r, prov["wasDerivedFrom"]) == [page.term])
        #expect(g.contains(Triple(page, rdfType, schema["WebPage"])))
        #expect(g.objects(page, schema["name"]) == [Literal("000_0b91f1119559f398.txt").term])
        let mentions = Set(g.objects(r, schema["mentions"]))
        #expect(mentions.contains(policy.state(iso: "SE").term))
        #expect(mentions.contains(policy.state(iso: "AL").term))
        #expect(mentions.contains(policy.person(named: "Thomas Greminger").term))
        #expect(mentions.count == 6)
    }

    @Test func people() {
        let g = build()
        let funered = policy.person(named: "Ulrika Funered")
        #expect(g.contains(Triple(funered, rdfType, foaf["Person"])))
        #expect(g.contains(Triple(funered, rdfType, schema["Person"])))
        #expect(g.objects(funered, foaf["name"]) == [Literal("Ulrika Funered").term])
        #expect(g.objects(funered, schema["honorificPrefix"]) == [Literal("Ambassador").term])
        #expect(g.objects(policy.person(named: "Thomas Greminger"), schema["honorificPrefix"]).isEmpty)
    }

    /// A person is linked to Wikidata only when a release ties them to the
    /// office of their verified row, in its dates; a name alone never links.
    @Test func verifiedPersonIsLinkedOnlyThroughTheirOffice() {
        let fws = policy.person(named: "Frank-Walter Steinmeier")
        let item = OSCEVocabulary.wikidata("Q76658").term
        func release(_ date: String, _ role: String?) -> Release {
            let person = Person(name: "Frank-Walter Steinmeier")
            return Release(
                kind: .pressRelease, title: "Release of \(date) \(role ?? "")", date: date, people: [person],
                posts: role.map { [Post(role: $0, holder: person)] } ?? [], sourcePath: "p-\(date).txt")
        }
        // The office in its year: linked.
        let right = build([release("2016-03-23", "OSCE Chairperson-in-Office")])
        #expect(right.objects(fws, Namespace.owl["sameAs"]) == [item])
        #expect(right.objects(fws, skos["exactMatch"]) == [item])
        // The foreign minister of the State chairing the OSCE that year: linked (no post is asserted).
        let minister = build([release("2016-03-23", "German Foreign Minister")])
        #expect(minister.objects(fws, skos["exactMatch"]) == [item])
        #expect(minister.triples(predicate: org["member"], object: fws.term).isEmpty)
        #expect(minister.triples(predicate: org["heldBy"], object: fws.term).isEmpty)
        // The name alone, the office outside its dates, another office, a minister in another
        // State's Chairpersonship year: not linked.
        for r in [release("2016-03-23", nil), release("2020-05-11", "OSCE Chairperson-in-Office"),
                  release("2016-03-23", "Head of the OSCE Mission to Serbia"), release("2015-03-23", "German Foreign Minister"),
                  release("2016-03-23", "German Minister of the Interior")] {
            let g = build([r])
            #expect(g.objects(fws, Namespace.owl["sameAs"]).isEmpty, "\(r.title)")
            #expect(g.objects(fws, skos["exactMatch"]).isEmpty, "\(r.title)")
        }
        // Same name, other office: Eva Biaudet as a head of mission is not the Special Representative's item.
        let biaudet = Person(name: "Eva Biaudet")
        var other = Release(kind: .pressRelease, title: "x", date: "2008-01-10", people: [biaudet],
                            posts: [Post(role: "Head of the OSCE Mission to Serbia", holder: biaudet)], sourcePath: "x.txt")
        #expect(build([other]).objects(policy.person(named: "Eva Biaudet"), skos["exactMatch"]).isEmpty)
        other.posts = [Post(role: "OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings", holder: biaudet)]
        #expect(build([other]).objects(policy.person(named: "Eva Biaudet"), skos["exactMatch"]) == [OSCEVocabulary.wikidata("Q293122").term])
        #expect(build().objects(policy.person(named: "Thomas Greminger"), Namespace.owl["sameAs"]).isEmpty)
        // George Tsereteli: a PA Vice-President is not yet the President of the row; the President is.
        let tsereteli = Person(name: "George Tsereteli")
        var pa = Release(kind: .pressRelease, title: "PA", date: "2015-07-01", people: [tsereteli],
                         posts: [Post(role: "OSCE Parliamentary Assembly Vice-President", holder: tsereteli)], sourcePath: "pa.txt")
        #expect(build([pa]).objects(policy.person(named: "George Tsereteli"), skos["exactMatch"]).isEmpty)
        pa.posts = [Post(role: "OSCE Parliamentary Assembly President", holder: tsereteli)]
        #expect(build([pa]).objects(policy.person(named: "George Tsereteli"), skos["exactMatch"]) == [OSCEVocabulary.wikidata("Q1525382").term])
    }

    @Test func posts() {
        let g = build()
        let head = policy.post(id: "head-of-permanent-delegation-of-sweden-to-osce")
        let delegation = policy.organisation(id: "permanent-delegation-of-sweden-to-osce")
        #expect(g.contains(Triple(head, rdfType, org["Post"])))
        #expect(g.objects(head, org["heldBy"]) == [policy.person(named: "Ulrika Funered").term])
        #expect(g.objects(head, org["postIn"]) == [delegation.term])
        #expect(g.objects(head, skos["prefLabel"]) == [Literal("Head of the Permanent Delegation of Sweden to the OSCE").term])
        #expect(g.contains(Triple(delegation, rdfType, osce["PermanentDelegation"])))
        #expect(g.objects(delegation, osce["delegationOf"]) == [policy.state(iso: "SE").term])

        let sg = policy.post(id: "secretary-general")
        #expect(g.objects(sg, org["heldBy"]) == [policy.person(named: "Thomas Greminger").term])
        #expect(g.objects(sg, org["postIn"]) == [policy.organisation(id: "secretariat").term])
        #expect(g.objects(sg, skos["prefLabel"]) == [Literal("OSCE Secretary General").term])
        let chair = policy.post(id: "chair-of-the-permanent-council")
        #expect(g.objects(chair, org["postIn"]) == [policy.organisation(id: "permanent-council").term])
        #expect(g.objects(chair, org["heldBy"]) == [policy.person(named: "Igli Hasani").term])
    }

    @Test func quotes() throws {
        let g = build()
        let slug = SeedRelease.release.slug
        let q1 = policy.quote(releaseSlug: slug, number: 1)
        let q3 = policy.quote(releaseSlug: slug, number: 3)
        #expect(g.contains(Triple(q1, rdfType, schema["Quotation"])))
        #expect(g.objects(q1, schema["text"]) == [try Literal(SeedRelease.release.quotes[0].text, language: "en").term])
        #expect(g.objects(q1, schema["spokenByCharacter"]) == [policy.person(named: "Ulrika Funered").term])
        #expect(g.objects(q1, schema["isPartOf"]) == [releaseIRI.term])
        #expect(g.objects(q3, schema["spokenByCharacter"]) == [policy.person(named: "Thomas Greminger").term])
        #expect(g.objects(q3, schema["position"]) == [Literal(3).term])
        #expect(g.triples(predicate: schema["spokenByCharacter"]).count == 3)
    }

    @Test func meeting() {
        let g = build()
        let m = policy.meeting(slug: "2020-05-11-first-meeting-of-the-mediterranean-partners-for-co-operation-group-in-2020")
        #expect(g.contains(Triple(m, rdfType, schema["Event"])))
        #expect(g.objects(m, schema["startDate"]) == [Literal("2020-05-11", datatype: XSD.date).term])
        #expect(g.objects(m, schema["organizer"]) == [policy.organisation(id: "mediterranean-partners-for-co-operation").term])
        #expect(g.objects(m, schema["eventAttendanceMode"]) == [schema["OnlineEventAttendanceMode"].term])
        #expect(g.objects(m, osce["participantCount"]) == [Literal("100", datatype: XSD.nonNegativeInteger).term])
        #expect(g.objects(m, schema["subjectOf"]) == [releaseIRI.term])
    }

    @Test func referenceGraph() {
        let g = build([])
        let se = policy.state(iso: "SE")
        let osceOrg = policy.organisation(id: "osce")
        #expect(g.contains(Triple(se, rdfType, schema["Country"])))
        #expect(g.contains(Triple(se, rdfType, osce["ParticipatingState"])))
        #expect(g.objects(se, skos["prefLabel"]) == [Literal("Sweden").term])
        #expect(g.objects(se, org["memberOf"]) == [osceOrg.term])
        #expect(g.objects(se, osce["iso3166Alpha2"]) == [Literal("SE").term])
        #expect(g.objects(se, skos["exactMatch"]) == [OSCEVocabulary.wikidata("Q34").term])
        let nl = policy.state(iso: "NL")
        #expect(g.objects(nl, skos["exactMatch"]) == [OSCEVocabulary.wikidata("Q29999").term])
        #expect(g.objects(nl, skos["closeMatch"]) == [OSCEVocabulary.wikidata("Q55").term])
        #expect(g.triples(predicate: Namespace.owl["sameAs"]).allSatisfy { !$0.subject.iri!.value.contains("/state/") })
        let jp = policy.state(iso: "JP")
        #expect(g.contains(Triple(jp, rdfType, osce["PartnerForCooperation"])))
        #expect(g.contains(Triple(jp, rdfType, osce["AsianPartnerForCooperation"])))
        #expect(!g.contains(Triple(jp, rdfType, osce["ParticipatingState"])))
        #expect(g.triples(predicate: rdfType, object: osce["ParticipatingState"].term).count == 57)
        #expect(g.triples(predicate: rdfType, object: osce["PartnerForCooperation"].term).count == 11)
        #expect(g.triples(predicate: rdfType, object: schema["Country"].term).count == 68)
        #expect(g.objects(osceOrg, Namespace.owl["sameAs"]) == [OSCEVocabulary.wikidata("Q81299").term])
        #expect(g.contains(Triple(osceOrg, rdfType, org["FormalOrganization"])))
        let odihr = policy.organisation(id: "odihr")
        #expect(g.contains(Triple(odihr, rdfType, osce["Institution"])))
        #expect(g.objects(odihr, org["subOrganizationOf"]) == [osceOrg.term])
        #expect(g.objects(odihr, osce["seat"]) == [policy.place(id: "warsaw").term])
        #expect(g.objects(policy.place(id: "warsaw"), Namespace.owl["sameAs"]) == [OSCEVocabulary.wikidata("Q270").term])
        let cpc = policy.organisation(id: "conflict-prevention-centre")
        #expect(g.objects(cpc, org["subOrganizationOf"]) == [policy.organisation(id: "secretariat").term])
        let kosovo = policy.organisation(id: "mission-in-kosovo")
        #expect(g.objects(kosovo, schema["areaServed"]) == [policy.place(id: "kosovo").term])
        #expect(g.triples(subject: policy.place(id: "kosovo").term, predicate: rdfType).map(\.object) == [schema["Place"].term])
        let c2025 = policy.chairpersonship(year: 2025)
        #expect(g.contains(Triple(c2025, rdfType, osce["Chairpersonship"])))
        #expect(g.objects(c2025, org["member"]) == [policy.state(iso: "FI").term])
        #expect(g.objects(c2025, osce["chairpersonshipYear"]) == [Literal("2025", datatype: XSD.gYear).term])
        #expect(g.objects(policy.chairpersonship(year: 2020), org["member"]) == [policy.state(iso: "AL").term])
        let scheme = policy.fieldsOfWorkScheme
        #expect(g.triples(subject: scheme.term, predicate: skos["hasTopConcept"]).count == 23)
        #expect(g.objects(policy.fieldOfWork(id: "youth"), skos["inScheme"]) == [scheme.term])
        #expect(g.allSatisfy { !$0.subject.isBlankNode && !$0.object.isBlankNode })
    }

    @Test func dedupesAcrossPagesAndKeepsFirstLabel() {
        var second = SeedRelease.release
        second.sourcePath = "other/listing.txt"
        second.body = "Teaser only"
        second.people = [Person(name: "Ulrika  Funered", honorific: "Botschafterin")]
        second.posts = []
        second.quotes = []
        second.meetings = []
        second.mentionedOrganisations = ["Justizakademie", "JUSTIZAKADEMIE"]
        let one = build([SeedRelease.release])
        let two = build([SeedRelease.release, second])
        let r = releaseIRI
        #expect(two.objects(r, schema["articleBody"]).count == 1)
        #expect(two.objects(r, prov["wasDerivedFrom"]).count == 2)
        let funered = policy.person(named: "Ulrika Funered")
        #expect(two.objects(funered, foaf["name"]) == [Literal("Ulrika Funered").term])
        #expect(Set(two.objects(funered, schema["honorificPrefix"])) == [Literal("Ambassador").term, Literal("Botschafterin").term])
        let justiz = policy.organisation(id: "justizakademie")
        #expect(two.objects(justiz, skos["prefLabel"]) == [Literal("Justizakademie").term])
        #expect(two.objects(justiz, skos["altLabel"]) == [Literal("JUSTIZAKADEMIE").term])
        #expect(two.count > one.count)
    }

    @Test func deterministicAndOrderIndependentForDisjointPages() {
        var other = SeedRelease.release
        other.title = "Another release"
        other.sourcePath = "b.txt"
        other.quotes = []
        other.meetings = []
        let a = build([SeedRelease.release, other]).nTriples
        let b = build([SeedRelease.release, other]).nTriples
        let c = build([other, SeedRelease.release])
        #expect(a == b)
        #expect(Graph(c) == build([SeedRelease.release, other]))
        var one = KnowledgeGraphBuilder(policy: policy)
        one.add(SeedRelease.release)
        one.add(other)
        var two = KnowledgeGraphBuilder(policy: policy)
        two.add(other)
        two.add(SeedRelease.release)
        #expect(one.sortedGraph().nTriples == two.sortedGraph().nTriples)
        #expect(one.sortedGraph().triples == one.graph.sorted())
        #expect(one.build().count == one.tripleCount)
        #expect(one.build().triples == one.graph.triples)
    }

    @Test func badValuesAreNotEmitted() {
        let r = Release(
            kind: .other, title: "", language: "not a tag!", date: "2020-02-30", places: ["", "Atlantis"],
            issuers: [""], fieldsOfWork: ["", "Media laws"], body: "  ", mentionedStates: ["Kosovo", "Narnia"],
            people: [Person(name: " ")], quotes: [Quote(text: "", speaker: "X")],
            meetings: [Meeting(name: "Conference", startDate: "2020/01/01", participantCount: -5)],
            sourcePath: "weird/page #1.txt")
        let g = build([r], reference: false)
        let iri = policy.release(slug: r.slug)
        #expect(r.slug == "page-1")
        #expect(g.objects(iri, schema["datePublished"]).isEmpty)
        #expect(g.objects(iri, schema["inLanguage"]).isEmpty)
        #expect(g.objects(iri, schema["articleBody"]).isEmpty)
        #expect(g.objects(iri, schema["headline"]) == [Literal("page-1").term])
        #expect(g.objects(iri, schema["mentions"]).isEmpty)
        #expect(g.objects(iri, schema["locationCreated"]) == [policy.place(id: "atlantis").term])
        #expect(g.objects(iri, schema["about"]) == [policy.fieldOfWork(id: "media-laws").term])
        #expect(g.objects(policy.fieldOfWork(id: "media-laws"), skos["inScheme"]) == [policy.fieldsOfWorkScheme.term])
        #expect(g.triples(predicate: rdfType, object: schema["Quotation"].term).isEmpty)
        let m = policy.meeting(slug: "conference")
        #expect(g.objects(m, Namespace.osce_participantCount).isEmpty)
        #expect(g.objects(m, schema["startDate"]).isEmpty)
        for t in g { #expect(IRI.problem(in: t.subject.iri?.value ?? "x:y") == nil) }
    }

    @Test func spellingVariantsAreOnePersonAndOnePost() {
        var r = SeedRelease.release
        r.people = [Person(name: "Ivica Dačić"), Person(name: "Ivica Dacic")]
        r.posts = [
            Post(role: "Acting Head of the OSCE Mission in Kosovo", holder: Person(name: "Jan Berg")),
            Post(role: "Acting Head of OSCE Mission in Kosovo", holder: Person(name: "Jan Berg")),
        ]
        let g = build([r])
        let dacic = policy.person(named: "Ivica Dacic")
        #expect(dacic.value.hasSuffix("/person/ivica-dacic"))
        #expect(g.objects(dacic, foaf["name"]) == [Literal("Ivica Dačić").term])
        #expect(g.objects(dacic, schema["alternateName"]) == [Literal("Ivica Dacic").term])
        let posts = g.triples(predicate: org["heldBy"], object: policy.person(named: "Jan Berg").term).map(\.subject)
        #expect(posts == [policy.post(id: "acting-head-of-osce-mission-in-kosovo").term])
        #expect(g.objects(policy.post(id: "acting-head-of-osce-mission-in-kosovo"), org["postIn"]) == [policy.organisation(id: "mission-in-kosovo").term])
    }

    @Test func postOrganisationFromTheRolePhrase() {
        var r = SeedRelease.release
        r.posts = r.posts.map { Post(role: $0.role, holder: $0.holder) }  // no organisation given
        r.posts.append(Post(role: "Leiterin der OSZE-Mission in Serbien", holder: Person(name: "Hanna Lindgren-Moos")))
        r.posts.append(Post(role: "Spokesperson", holder: Person(name: "A B")))
        let g = build([r])
        let head = policy.post(id: "head-of-permanent-delegation-of-sweden-to-osce")
        let delegation = policy.organisation(id: "permanent-delegation-of-sweden-to-osce")
        #expect(g.objects(head, org["postIn"]) == [delegation.term])
        #expect(g.objects(delegation, OSCEVocabulary.delegationOf) == [policy.state(iso: "SE").term])
        #expect(g.objects(policy.post(id: "chair-of-the-permanent-council"), org["postIn"]) == [policy.organisation(id: "permanent-council").term])
        let leiterin = policy.post(id: "head-of-mission-to-serbia")
        #expect(g.objects(leiterin, org["postIn"]) == [policy.organisation(id: "mission-to-serbia").term])
        #expect(g.objects(leiterin, skos["prefLabel"]) == [Literal("Head of the OSCE Mission to Serbia").term])
        #expect(g.objects(leiterin, skos["altLabel"]).contains(Literal("Leiterin der OSZE-Mission in Serbien").term))
        #expect(g.objects(policy.post(id: "spokesperson"), org["postIn"]).isEmpty)
        #expect(OSCEReference.organisation(inRole: "Director of ODIHR")?.id == "odihr")
        #expect(OSCEReference.organisation(inRole: "OSCE PA Vice-President")?.id == "parliamentary-assembly")
        #expect(OSCEReference.organisation(inRole: "Special Envoy of the Slovak OSCE Chairmanship")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(inRole: "Vertreter des Vorsitzes")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(inRole: "Slovak Foreign Minister") == nil)
        #expect(OSCEReference.organisation(inRole: "Editor of a regional news website") == nil)
        #expect(OSCEReference.post(named: "ODIHR’s First Deputy Director")?.id == "odihr-first-deputy-director")
        #expect(IRIPolicy.postSlug(role: "ODIHR’s First Deputy Director", organisationID: nil) == "odihr-first-deputy-director")
        #expect(OSCEReference.organisation(inRole: "Permanent Representative of Finland") == nil)
        #expect(OSCEReference.permanentDelegation(named: "Permanent Mission of the Russian Federation to the OSCE")?.representedState == "RU")
    }

    @Test func controlCharactersAndLineEndsAreCleaned() throws {
        let r = Release(
            kind: .pressRelease, title: "Nul\u{0}title\u{7F}", body: "Line one\r\nLine\u{0} two\rLine three\n\n",
            people: [Person(name: "Ann\u{0}a Berg")], sourcePath: "p.txt")
        let g = build([r], reference: false)
        let iri = policy.release(slug: r.slug)
        #expect(g.objects(iri, schema["articleBody"]) == [try Literal("Line one\nLine two\nLine three", language: "en").term])
        #expect(g.objects(iri, schema["headline"]) == [try Literal("Nultitle", language: "en").term])
        #expect(g.objects(policy.person(named: "Anna Berg"), foaf["name"]) == [Literal("Anna Berg").term])
        #expect(!g.nTriples.contains("\\u0000"))
    }

    @Test func whiteSpaceCleaning() {
        for (input, expected) in [
            ("a b", "a b"), ("  a\u{A0}\u{A0}b  ", "a b"), ("a\u{2003}b", "a b"), ("a\u{85}b", "a b"), ("a\u{205F}b", "a b"), ("Štefánková", "Štefánková"), ("a\u{2019}s", "a\u{2019}s"),
            ("“Quoted” text", "“Quoted” text"), ("a\tb", "a b"), ("", ""), (" ", ""), ("a\u{0}b", "ab"), ("a\u{3000}b", "a b"),
        ] {
            #expect(KnowledgeGraphBuilder.clean(input) == expected, "\(input)")
            #expect(KnowledgeGraphBuilder.isClean(input) == (input == expected), "\(input)")
        }
        #expect(KnowledgeGraphBuilder.bodyText(" a\n\nb ") == "a\n\nb")
    }

    @Test func organiserNamedByAState() {
        let r = Release(
            kind: .newsItem, title: "T", issuers: ["ODIHR Election Observation Mission"],
            meetings: [
                Meeting(name: "M", organizer: "Sweden", attendanceMode: .mixed),
                Meeting(name: "N", organizer: "OSCE PA President Henrik Solvang (MP, Norway)"),
            ],
            sourcePath: "p.txt")
        let g = build([r], reference: false)
        let m = policy.meeting(slug: "m")
        #expect(g.objects(m, schema["organizer"]) == [policy.state(iso: "SE").term])
        #expect(g.objects(m, schema["eventAttendanceMode"]) == [schema["MixedEventAttendanceMode"].term])
        #expect(g.contains(Triple(policy.release(slug: "t"), rdfType, OSCEVocabulary.NewsItem)))
        #expect(g.objects(policy.meeting(slug: "n"), schema["organizer"]) == [policy.organisation(id: "parliamentary-assembly").term])
        #expect(g.objects(policy.release(slug: "t"), schema["sourceOrganization"])
            == [policy.organisation(id: "odihr-election-observation-mission").term])
    }
}

extension Namespace {
    static let osce_participantCount = OSCEVocabulary.participantCount
}
