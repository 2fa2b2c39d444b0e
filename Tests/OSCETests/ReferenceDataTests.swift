import Foundation
import RDF
import Testing
@testable import OSCE

@Suite struct ReferenceDataTests {
    /// Verified rows of the copied wikidata.tsv: QID → entity column.
    static let verifiedRows: [String: String] = {
        guard let text = try? String(contentsOf: RepositoryPath.wikidataTSV, encoding: .utf8) else { return [:] }
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 6, cols[5] == "verified", !cols[2].isEmpty else { continue }
            rows[cols[2]] = cols[0]
        }
        // wikidata-people.tsv: every row is verified (wikidata.md, "People").
        if let people = try? String(contentsOf: RepositoryPath.wikidataPeopleTSV, encoding: .utf8) {
            for line in people.split(separator: "\n").dropFirst() {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard cols.count >= 3, !cols[2].isEmpty else { continue }
                rows[cols[2]] = "Person: " + cols[0]
            }
        }
        return rows
    }()

    /// The people of wikidata-people.tsv, each with its QID and at least one
    /// office unless the row marks the office unconfirmed.
    @Test func peopleComeFromTheVerifiedTable() {
        #expect(OSCEReference.people.count == 15)
        #expect(OSCEReference.person(named: "Elina Valtonen")?.wikidata == "Q17382244")
        #expect(OSCEReference.person(named: "George Tsereteli")?.wikidata == "Q1525382")
        #expect(OSCEReference.person(named: "Solomon Passy")?.offices == [])
        let kanerva = OSCEReference.person(named: "Ilkka Kanerva")
        #expect(kanerva?.offices.map(\.post) == ["chairperson-in-office", "president-of-the-parliamentary-assembly"])
        for p in OSCEReference.people {
            #expect(Self.verifiedRows[p.wikidata]?.hasPrefix("Person: ") == true, "\(p.name)")
            for o in p.offices { #expect(OSCEReference.posts.contains { $0.id == o.post }, "\(p.name): \(o.post)") }
        }
    }

    @Test func counts() {
        #expect(OSCEReference.participatingStates.count == 57)
        #expect(OSCEReference.partners.count == 11)
        #expect(OSCEReference.states.filter { $0.group == .asianPartner }.map(\.name)
            == ["Afghanistan", "Australia", "Japan", "Republic of Korea", "Thailand"])
        #expect(OSCEReference.states.filter { $0.group == .mediterraneanPartner }.map(\.name)
            == ["Algeria", "Egypt", "Israel", "Jordan", "Morocco", "Tunisia"])
        #expect(OSCEReference.fieldsOfWork.count == 23)
        #expect(OSCEReference.meetingKinds.count == 16)
    }

    @Test func everyStateHasAnISOCodeAndAVerifiedQID() {
        var codes = Set<String>()
        for s in OSCEReference.states {
            #expect(s.iso3166Alpha2.count == 2 && s.iso3166Alpha2 == s.iso3166Alpha2.uppercased(), "\(s.name)")
            #expect(codes.insert(s.iso3166Alpha2).inserted, "duplicate \(s.iso3166Alpha2)")
            #expect(s.wikidata != nil, "\(s.name) has no QID")
        }
    }

    @Test func stateVersusCountryPitfalls() {
        let nl = OSCEReference.state(iso: "NL")
        #expect(nl?.name == "The Netherlands")
        #expect(nl?.wikidata == "Q29999")
        #expect(nl?.closeMatches == ["Q55"])
        #expect(OSCEReference.state(iso: "VA")?.wikidata == "Q159583")
        #expect(OSCEReference.state(iso: "VA")?.closeMatches == ["Q237"])
        #expect(OSCEReference.state(iso: "DK")?.wikidata == "Q35")
        #expect(OSCEReference.state(iso: "DK")?.closeMatches == ["Q756617"])
        #expect(OSCEReference.state(named: "Kosovo") == nil)
        #expect(OSCEReference.organisation(id: "osce")?.wikidata == "Q81299")
    }

    @Test func noUnverifiedQID() {
        #expect(Self.verifiedRows.count > 60, "wikidata.tsv copy not found at \(RepositoryPath.wikidataTSV.path)")
        var used: [(String, String)] = []
        for s in OSCEReference.states {
            if let q = s.wikidata { used.append((q, s.name)) }
            for q in s.closeMatches { used.append((q, s.name)) }
        }
        for o in OSCEReference.organisations { if let q = o.wikidata { used.append((q, o.name)) } }
        for c in OSCEReference.cities { if let q = c.wikidata { used.append((q, c.name)) } }
        for p in OSCEReference.people { used.append((p.wikidata, p.name)) }
        for (q, owner) in used {
            #expect(Self.verifiedRows[q] != nil, "\(owner): \(q) is not a verified row")
        }
        // The exported reference graph links only verified QIDs.
        let graph = OSCEReference.graph()
        for t in graph where t.object.iri?.value.hasPrefix("http://www.wikidata.org/entity/") == true {
            let q = String(t.object.iri!.value.dropFirst("http://www.wikidata.org/entity/".count))
            #expect(Self.verifiedRows[q] != nil, "\(t)")
        }
        // A State's QID is the one its TSV row gives.
        for s in OSCEReference.states {
            guard let q = s.wikidata, let entity = Self.verifiedRows[q] else { continue }
            #expect(entity.hasPrefix("Participating State:") || entity.hasPrefix("Partner for Co-operation:"), "\(s.name): \(entity)")
        }
    }

    @Test(arguments: [
        ("Turkey", "Türkiye"), ("Russia", "Russian Federation"), ("Republic of Moldova", "Moldova"),
        ("Czech Republic", "Czechia"), ("Macedonia", "North Macedonia"), ("USA", "United States of America"),
        ("UK", "United Kingdom"), ("Kyrgyz Republic", "Kyrgyzstan"), ("Schweden", "Sweden"), ("Serbien", "Serbia"),
        ("Deutschland", "Germany"), ("Украина", "Ukraine"), ("Россия", "Russian Federation"), ("the Netherlands", "The Netherlands"),
        ("Netherlands", "The Netherlands"), ("SLOVAKIA", "Slovakia"), ("Slowakei", "Slovakia"), ("Turkiye", "Türkiye"),
        ("South Korea", "Republic of Korea"), ("Holy See", "Holy See"),
    ])
    func stateNames(_ name: String, _ expected: String) {
        #expect(OSCEReference.state(named: name)?.name == expected)
    }

    @Test(arguments: [
        ("Swedish", "Sweden"), ("Albanian’s", "Albania"), ("Albanian's", "Albania"), ("Slovak", "Slovakia"),
        ("Finnish", "Finland"), ("Danish", "Denmark"), ("schwedisch", "Sweden"), ("slowakischen", "Slovakia"),
        ("Slowakische", "Slovakia"), ("weißrussischen", "Belarus"), ("russischen", "Russian Federation"),
        ("украинского", "Ukraine"), ("Dutch", "The Netherlands"), ("Schweizer", "Switzerland"), ("US-amerikanische", "United States of America"),
    ])
    func adjectives(_ word: String, _ expected: String) {
        #expect(OSCEReference.state(adjective: word)?.name == expected)
    }

    @Test func adjectivesDoNotOvermatch() {
        #expect(OSCEReference.state(adjective: "Sweden") == nil)
        #expect(OSCEReference.state(adjective: "Australian")?.name == "Australia")
        #expect(OSCEReference.state(adjective: "Austrian")?.name == "Austria")
        #expect(OSCEReference.state(adjective: "the") == nil)
        #expect(OSCEReference.state(adjective: "") == nil)
    }

    @Test func namesAreUnambiguous() {
        var owner: [String: String] = [:]
        for s in OSCEReference.states {
            for n in [s.name] + s.alternativeNames {
                let k = OSCEReference.key(n)
                if let o = owner[k], o != s.name { Issue.record("\(n) names both \(o) and \(s.name)") }
                owner[k] = s.name
            }
        }
        var orgOwner: [String: String] = [:]
        for o in OSCEReference.organisations {
            for n in [o.name] + o.alternativeNames {
                let k = OSCEReference.key(n)
                if let other = orgOwner[k], other != o.id { Issue.record("\(n) names both \(other) and \(o.id)") }
                orgOwner[k] = o.id
            }
        }
    }

    @Test func organisations() {
        let ids = OSCEReference.organisations.map(\.id)
        #expect(Set(ids).count == ids.count)
        for o in OSCEReference.organisations {
            if let p = o.parent { #expect(OSCEReference.organisation(id: p) != nil, "\(o.id) parent \(p)") }
            if let s = o.seat { #expect(OSCEReference.city(id: s) != nil, "\(o.id) seat \(s)") }
            if let h = o.hostState { #expect(OSCEReference.state(iso: h)?.isParticipatingState == true, "\(o.id) host \(h)") }
        }
        #expect(OSCEReference.organisation(named: "Mediterranean Partners for Co-operation")?.kind == .partnerGroup)
        #expect(OSCEReference.organisation(named: "OSCE Chairpersonship")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(named: "OSZE-Vorsitz")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(named: "Slovak OSCE Chairmanship")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(named: "slowakischen OSZE-Vorsitz")?.id == "chairpersonship")
        #expect(OSCEReference.organisation(named: "Slovak Ministry") == nil)
        #expect(OSCEReference.organisation(leadingWordsOf: "OSCE PA President Henrik Solvang (MP, Norway)")?.id == "parliamentary-assembly")
        #expect(OSCEReference.organisation(leadingWordsOf: "OSCE Academy in Bishkek") == nil)
        #expect(OSCEReference.organisation(leadingWordsOf: "ODIHR") == nil)
        #expect(OSCEReference.organisation(id: "odihr")?.seat == "warsaw")
        #expect(OSCEReference.organisation(id: "hcnm")?.seat == "the-hague")
        #expect(OSCEReference.organisation(id: "rfom")?.seat == "vienna")
        #expect(OSCEReference.organisation(id: "parliamentary-assembly")?.seat == "copenhagen")
        #expect(OSCEReference.organisation(id: "court-of-conciliation-and-arbitration")?.seat == "geneva")
        #expect(OSCEReference.organisation(named: "Mission in Kosovo")?.seat == "pristina")
        #expect(OSCEReference.organisation(named: "Mission in Kosovo")?.hostState == nil)
        #expect(OSCEReference.organisation(named: "Project Co-ordinator in Uzbekistan")?.seat == "tashkent")
        #expect(OSCEReference.organisation(named: "Documentation Centre in Prague")?.parent == "secretariat")
        // The menu's 12 field operations.
        let open = OSCEReference.organisations.filter { $0.kind == .fieldOperation && !$0.closed }
        #expect(open.count == 12)
    }

    @Test func fieldsOfWorkAndMeetingKinds() {
        #expect(OSCEReference.fieldOfWork(named: "Gender Equality")?.id == "gender-equality")
        #expect(OSCEReference.fieldOfWork(named: "Toleranz und Nichtdiskriminierung")?.id == "tolerance-and-non-discrimination")
        for f in OSCEReference.fieldsOfWork { #expect(f.id == IRIPolicy.slug(f.name)) }
        #expect(OSCEReference.meetingKind(named: "Gender Equality Review Conferences")?.id == "gender-equality-conferences")
    }

    @Test func chairpersonships() {
        #expect(OSCEReference.chairpersonship(year: 2025)?.stateCode == "FI")
        #expect(OSCEReference.chairpersonship(year: 2024)?.stateCode == "MT")
        #expect(OSCEReference.chairpersonship(year: 2020)?.stateCode == "AL")
        #expect(OSCEReference.chairpersonship(year: 2008)?.stateCode == "FI")
        #expect(OSCEReference.chairpersonship(year: 2019)?.stateCode == "SK")
        for c in OSCEReference.chairpersonships { #expect(OSCEReference.state(iso: c.stateCode)?.isParticipatingState == true) }
    }

    @Test func cities() {
        #expect(OSCEReference.city(named: "WIEN")?.wikidata == "Q1741")
        #expect(OSCEReference.city(named: "Den Haag")?.id == "the-hague")
        #expect(OSCEReference.city(named: "Киев")?.id == "kyiv")
        #expect(OSCEReference.city(named: "Tirana")?.wikidata == nil)
    }
}

@Suite struct LookupKeyTests {
    @Test func asciiFastPathAgreesWithFoundationFolding() {
        var names = ["  The   Netherlands ", "OSCE`s PA", "A\tB\nC", "the", "THE X", "Other", "x-y_z.1"]
        for s in OSCEReference.states { names += [s.name] + s.alternativeNames + s.adjectives }
        for o in OSCEReference.organisations { names += [o.name] + o.alternativeNames }
        for name in names where name.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(OSCEReference.asciiKey(name) == OSCEReference.unicodeKey(name), "\(name)")
        }
        #expect(OSCEReference.asciiKey("Türkiye") == nil)
        #expect(OSCEReference.key("TÜRKIYE") == OSCEReference.key("turkiye"))
    }
}
