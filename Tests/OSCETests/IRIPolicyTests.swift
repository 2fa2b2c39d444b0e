import RDF
import Testing
@testable import OSCE

@Suite struct IRIPolicyTests {
    let policy = IRIPolicy()

    @Test func templates() {
        #expect(policy.state(iso: "SE").value == "https://w3id.org/osce-kg/resource/state/se")
        #expect(policy.organisation(id: "odihr").value == "https://w3id.org/osce-kg/resource/organisation/odihr")
        #expect(policy.person(named: "Ulrika Funered").value == "https://w3id.org/osce-kg/resource/person/ulrika-funered")
        #expect(policy.quote(releaseSlug: "2020-05-11-x", number: 3).value == "https://w3id.org/osce-kg/resource/quote/2020-05-11-x-3")
        #expect(policy.chairpersonship(year: 2025).value == "https://w3id.org/osce-kg/resource/chairpersonship/2025")
        #expect(policy.fieldOfWork(named: "Cyber/ICT Security").value == "https://w3id.org/osce-kg/resource/field-of-work/cyber-ict-security")
        #expect(policy.fieldOfWork(named: "Rechtsstaatlichkeit").value == "https://w3id.org/osce-kg/resource/field-of-work/rule-of-law")
        #expect(policy.place(named: "VIENNA").value == "https://w3id.org/osce-kg/resource/place/vienna")
        #expect(policy.place(named: "Belgrad").value == "https://w3id.org/osce-kg/resource/place/belgrade")
        #expect(policy.page(slug: IRIPolicy.pageSlug(path: "/x/y/000_0b91f1119559f398.txt")).value
            == "https://w3id.org/osce-kg/resource/page/000-0b91f1119559f398")
    }

    /// Graph names and description nodes; `isDescriptionNode` takes `dataset` and
    /// `dataset/…` only, never a longer segment or another base.
    @Test func graphsAndDescriptionNodes() {
        let base = "https://w3id.org/osce-kg/resource/"
        #expect(policy.referenceGraph.value == base + "graph/reference")
        #expect(policy.entitiesGraph.value == base + "graph/entities")
        #expect(policy.descriptionGraph.value == base + "graph/description")
        #expect(policy.describedNode("class-partition/x").value == base + "dataset/class-partition/x")
        #expect(policy.isDescriptionNode(policy.dataset))
        #expect(policy.isDescriptionNode(policy.describedNode("catalog")))
        #expect(!policy.isDescriptionNode(IRI(unchecked: base + "datasets/x")))
        #expect(!policy.isDescriptionNode(IRI(unchecked: base + "page/dataset")))
        #expect(!policy.isDescriptionNode(IRI(unchecked: "http://other.example/dataset")))
    }

    @Test func organisationsResolveToReferenceIDs() {
        #expect(policy.organisation(named: "OSZE-Mission in Serbien").value.hasSuffix("/organisation/mission-to-serbia"))
        #expect(policy.organisation(named: "OSCE Special Monitoring Mission to Ukraine (closed)").value.hasSuffix("/organisation/special-monitoring-mission-to-ukraine"))
        #expect(policy.organisation(named: "ODIHR").value.hasSuffix("/organisation/odihr"))
        #expect(policy.organisation(named: "Justizakademie").value.hasSuffix("/organisation/justizakademie"))
    }

    @Test(arguments: [
        ("Ulrika Funered", "ulrika-funered"),
        ("  Igli\u{00A0}Hasani ", "igli-hasani"),
        ("Mirela Štefánková", "mirela-štefánková"),
        ("Jovana Perović-Strand", "jovana-perović-strand"),
        ("O’Brien \"Jack\" Smith", "obrien-jack-smith"),
        ("Cyber/ICT Security", "cyber-ict-security"),
        ("100% #1 <Test> {x} | y ^ `z` \\ w", "100-1-test-x-y-z-w"),
        ("Мирела Штефанкова", "мирела-штефанкова"),
        ("習近平", "習近平"),
        ("%", "%25"),
        ("“#”", "%E2%80%9C%23%E2%80%9D"),
        ("", "unnamed"),
        ("e\u{0301}cole", "école"),
    ])
    func slugs(_ input: String, _ expected: String) throws {
        let slug = IRIPolicy.slug(input)
        #expect(slug == expected)
        let iri = policy.person(named: input)
        #expect(IRI.problem(in: iri.value) == nil)
        _ = try IRI(iri.value)
    }

    @Test func everyMintedIRIIsValidAndUsesOnlyIUnreserved() {
        let hard = [
            "a b", "a\"b", "a/b", "a#b", "a%b", "a?b=c&d", "a<b>", "Ж/Щ", "x\u{0000}y", "tab\tname", "emoji 🙂 name",
            "\u{E000}private", "\u{FFFF}", "..", "~", "--", "'", "[ipv6]",
        ]
        for name in hard {
            for iri in [
                policy.person(named: name), policy.organisation(named: name), policy.place(named: name),
                policy.fieldOfWork(named: name), policy.post(role: name, organisationID: nil),
                policy.release(slug: IRIPolicy.releaseSlug(title: name, date: "2020-01-01")),
            ] {
                #expect(IRI.problem(in: iri.value) == nil, "\(name) gave \(iri.value)")
                let path = iri.value.dropFirst(policy.base.count)
                for s in path.unicodeScalars {
                    let ok = s.value >= 0x80 ? IRIPolicy.isUCSChar(s.value)
                        : (s.properties.isAlphabetic || ("0"..."9").contains(s) || "-._~%/".unicodeScalars.contains(s))
                    #expect(ok, "\(name): \(s) in \(iri.value)")
                }
            }
        }
    }

    @Test func sameEntitySameIRI() {
        #expect(policy.person(named: "Thomas Greminger") == policy.person(named: "THOMAS  GREMINGER"))
        #expect(policy.state(OSCEReference.state(named: "Turkey")!) == policy.state(iso: "tr"))
        #expect(
            IRIPolicy.releaseSlug(title: "Sweden hosts first meeting", date: "2020-05-11") == "2020-05-11-sweden-hosts-first-meeting")
        #expect(IRIPolicy.releaseSlug(title: "Sweden hosts", date: "11 May 2020") == "sweden-hosts")
    }

    @Test func titleSlugIsCapped() {
        let long = String(repeating: "word ", count: 100)
        let slug = IRIPolicy.releaseSlug(title: long, date: nil)
        #expect(slug.unicodeScalars.count <= IRIPolicy.maximumTitleSlugLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("word"))
        let unbroken = String(repeating: "x", count: 150)
        #expect(IRIPolicy.releaseSlug(title: unbroken, date: nil).count == IRIPolicy.maximumTitleSlugLength)
    }

    @Test func postSlugs() {
        #expect(IRIPolicy.postSlug(role: "OSCE Secretary General", organisationID: nil) == "secretary-general")
        #expect(IRIPolicy.postSlug(role: "Secretary General of the OSCE", organisationID: "secretariat") == "secretary-general")
        #expect(IRIPolicy.postSlug(role: "Chairman-in-Office", organisationID: nil) == "chairperson-in-office")
        #expect(IRIPolicy.postSlug(role: "Head of the OSCE Mission to Serbia", organisationID: nil) == "head-of-mission-to-serbia")
        #expect(IRIPolicy.postSlug(role: "MP, Norway", organisationID: "parliamentary-assembly") == "parliamentary-assembly-mp-norway")
        #expect(
            IRIPolicy.postSlug(
                role: "Head of the Permanent Delegation of Sweden to the OSCE",
                organisationID: "permanent-delegation-of-sweden-to-the-osce")
                == "head-of-permanent-delegation-of-sweden-to-osce")
    }

    @Test func postSlugFoldsArticlesCaseAndSpace() {
        let a = IRIPolicy.postSlug(role: "Acting Head of the OSCE Mission in Kosovo", organisationID: "mission-in-kosovo")
        let b = IRIPolicy.postSlug(role: "acting head of  OSCE Mission in Kosovo", organisationID: "mission-in-kosovo")
        #expect(a == "acting-head-of-osce-mission-in-kosovo")
        #expect(a == b)
        #expect(IRIPolicy.roleKey("Head of the Centre") == "head-of-centre")
        #expect(IRIPolicy.roleKey("The") == "the")
        // A word merely starting with an article is kept.
        #expect(IRIPolicy.roleKey("Theatre Director") == "theatre-director")
    }

    @Test func personSlugFoldsLatinDiacritics() {
        let p = IRIPolicy()
        #expect(p.person(named: "Ivica Dačić") == p.person(named: "Ivica Dacic"))
        #expect(IRIPolicy.personSlug("Ivica Dačić") == "ivica-dacic")
        #expect(IRIPolicy.personSlug("Łukasz Żuk") == "lukasz-zuk")
        #expect(IRIPolicy.personSlug("Đorđe Ørsted") == "dorde-orsted")
        #expect(IRIPolicy.personSlug("Мирела Штефанкова") == "мирела-штефанкова")
        #expect(IRIPolicy.personSlug("Андрій Йосипенко") == "андрій-йосипенко")
        #expect(IRIPolicy.foldedLatin("Dačić and Йосип") == "Dacic and Йосип")
    }

    @Test func baseIRI() throws {
        let p = try IRIPolicy(base: "http://example.org/kg")
        #expect(p.base == "http://example.org/kg/")
        #expect(p.state(iso: "FI").value == "http://example.org/kg/state/fi")
        #expect(throws: OSCEError.self) { try IRIPolicy(base: "not an iri") }
        do {
            _ = try IRIPolicy(base: "relative/path")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidBaseIRI)
        }
    }

    @Test func xsdDates() {
        #expect(IRIPolicy.isXSDDate("2020-05-11"))
        #expect(IRIPolicy.isXSDDate("2024-02-29"))
        #expect(!IRIPolicy.isXSDDate("2023-02-29"))
        #expect(!IRIPolicy.isXSDDate("2020-13-01"))
        #expect(!IRIPolicy.isXSDDate("2020-5-11"))
        #expect(!IRIPolicy.isXSDDate("11 May 2020"))
    }
}
