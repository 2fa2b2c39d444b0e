import Foundation
import Testing
import OSCE
@testable import PageIngest

/// `PageFacts.releases()`: page facts → the OSCE domain model.
@Suite struct ConversionTests {
    static func seed() throws -> PageFacts {
        try PageIngester().ingest(bytes: ExamplePageTests.bytes("000_0b91f1119559f398"), source: "Examples/pages/000_0b91f1119559f398.txt")
    }

    @Test func seedRelease() throws {
        let releases = try Self.seed().releases()
        #expect(releases.count == 1)
        let r = try #require(releases.first)
        #expect(r.kind == .pressRelease)
        #expect(r.date == "2020-05-11")
        #expect(r.language == "en")
        #expect(r.places == [Place(name: "Vienna")])
        #expect(r.issuers.map(\.name) == ["Mediterranean Partners for Co-operation", "OSCE Chairpersonship"])
        #expect(r.fieldsOfWork == ["Combating trafficking in human beings"])
        #expect(r.mentionedStates == ["Sweden", "Albania"])
        #expect(r.people.map(\.name) == ["Ulrika Funered", "Igli Hasani", "Thomas Greminger", "Valiant Richey"])
        #expect(r.quotes.count == 9)
        #expect(r.quotes[1].speaker == "Ulrika Funered")
        #expect(r.sourcePath == "Examples/pages/000_0b91f1119559f398.txt")
        #expect(r.body.hasPrefix("VIENNA, 11 May 2020 –Today"))
    }

    @Test func postsNameTheirOrganisation() throws {
        let r = try #require(try Self.seed().releases().first)
        let delegation = try #require(r.posts.first { $0.role == "Head of the Permanent Delegation of Sweden to the OSCE" })
        #expect(delegation.holder?.name == "Ulrika Funered")
        #expect(delegation.organisation?.kind == .permanentDelegation)
        #expect(delegation.organisation?.representedState == "SE")
        #expect(delegation.organisation?.name == "Permanent Delegation of Sweden to the OSCE")
        // A standing post of the reference data leaves the organisation to the reference.
        let sg = try #require(r.posts.first { $0.role == "OSCE Secretary General" })
        #expect(sg.organisation == nil)
        #expect(sg.holder?.name == "Thomas Greminger")
    }

    @Test func seedMeeting() throws {
        let facts = try Self.seed()
        let meeting = try #require(facts.items.first?.meeting)
        #expect(meeting.organizer == "Mediterranean Partners for Co-operation Group")
        #expect(meeting.chair == "Swedish Chair")
        #expect(meeting.ordinal == 1)
        #expect(meeting.attendanceMode == "virtual")
        #expect(meeting.participants == 100)
        let m = try #require(facts.releases().first?.meetings.first)
        #expect(m.name == "first virtual meeting of the Mediterranean Partners for Co-operation Group")
        #expect(m.attendanceMode == .virtual)
        #expect(m.participantCount == 100)
        #expect(m.startDate == "2020-05-11")
    }

    @Test func seedNavigationTaxonomy() throws {
        let nav = try #require(try Self.seed().navigation)
        #expect(nav.menu.fieldsOfWork.count == 23)
        #expect(nav.menu.fieldsOfWork.first == "Arms control")
        #expect(!nav.menu.fieldsOfWork.contains("Field operations"))
        #expect(nav.menu.participatingStates.first { $0.chairpersonshipYear != nil } == MenuStateEntry(name: "Finland", chairpersonshipYear: 2025))
        #expect(nav.menu.partnerGroups == ["Asian Partners for Co-operation", "Mediterranean Partners for Co-operation"])
        #expect(nav.menu.fieldOperations.count == 12)
        #expect(nav.menu.fieldOperations.contains("Mission to Serbia"))
        #expect(nav.menu.secretariatUnits.contains("Conflict Prevention Centre"))
        #expect(nav.menu.meetingKinds.contains("Plenary meetings of the Permanent Council"))
        #expect(!nav.menu.meetingKinds.contains("Partnerships"))
        #expect(nav.menu.structures.contains("Parliamentary Assembly"))
    }

    @Test func listingEntriesKeepTheirOwnKinds() throws {
        let facts = try PageIngester().ingest(bytes: ExamplePageTests.bytes("04-listing-newsroom-2019"), source: "04")
        let kinds = facts.releases().map(\.kind)
        #expect(kinds == [.pressRelease, .newsItem, .pressStatement, .spotReport, .other, .dailyReport])
        // `Where we are:` values naming a structure become organisations, not places.
        let first = try #require(facts.releases().first)
        #expect(first.mentionedOrganisations.contains { $0.id == "mission-to-bosnia-and-herzegovina" })
        #expect(first.places.map(\.name) == ["Sarajevo"])
    }

    @Test func urlHeaderIsProvenance() throws {
        let text = "URL: https://www.osce.org/chairpersonship/123\nPress release\nTitle\n- Date:\n- 3 May 2019\nVIENNA, 3 May 2019 – Text.\n"
        let facts = try PageIngester().ingest(text: text, source: "p.txt")
        #expect(facts.url == "https://www.osce.org/chairpersonship/123")
        #expect(facts.kind == .pressRelease)
        #expect(facts.items.first?.title == "Title")
        #expect(facts.releases().first?.sourceURL == "https://www.osce.org/chairpersonship/123")
    }
}

/// Institution and field-operation pages: no release, but the structure's head and seat.
@Suite struct StructurePageTests {
    @Test func institutionPageHeadAndSeat() throws {
        let facts = try PageIngester().ingest(bytes: ExamplePageTests.bytes("09-institution-page-hcnm"), source: "09")
        #expect(facts.items.isEmpty)
        let s = try #require(facts.structure)
        #expect(s.name == "OSCE High Commissioner on National Minorities")
        #expect(s.head == PersonFacts(name: "Mirela Štefánková", roles: ["High Commissioner"]))
        #expect(s.seat == "The Hague")
        let post = try #require(facts.posts().first)
        #expect(post.holder?.name == "Mirela Štefánková")
        #expect(post.organisation == nil)   // a standing post: the reference names its organisation
    }

    @Test func fieldOperationPageLeadership() throws {
        let facts = try PageIngester().ingest(bytes: ExamplePageTests.bytes("16-field-operation-page-montenegro"), source: "16")
        let s = try #require(facts.structure)
        #expect(s.name == "OSCE Mission to Montenegro")
        #expect(s.head == PersonFacts(name: "Oda Lindeberg-Ruud", honorific: "Ambassador", roles: ["Head of the OSCE Mission to Montenegro"]))
        #expect(s.seat == "Podgorica")
        #expect(facts.posts().count == 1)
    }
}

/// The same bytes give the same facts, byte for byte.
@Suite struct DeterminismTests {
    @Test func sameInputSameJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for name in ExamplePageTests.pageNames {
            let bytes = try ExamplePageTests.bytes(name)
            let a = try encoder.encode(PageIngester().ingest(bytes: bytes, source: name))
            let b = try encoder.encode(PageIngester().ingest(bytes: bytes, source: name))
            #expect(a == b, Comment(rawValue: name))
        }
    }
}

/// Chairpersonships stated by the menu and by the text.
@Suite struct ChairpersonshipTests {
    @Test func seedMenuAndText() throws {
        let facts = try ConversionTests.seed()
        #expect(facts.chairpersonships() == [Chairpersonship(year: 2025, stateCode: "FI"), Chairpersonship(year: 2020, stateCode: "AL")])
    }

    @Test func textAdjectives() throws {
        let hard = try PageIngester().ingest(bytes: ExamplePageTests.bytes("13-press-release-hard-cases-belgrade"), source: "13")
        #expect(hard.chairpersonships() == [Chairpersonship(year: 2019, stateCode: "SK")])
        let old = try PageIngester().ingest(bytes: ExamplePageTests.bytes("14-press-release-old-style-2008"), source: "14")
        #expect(old.chairpersonships() == [Chairpersonship(year: 2008, stateCode: "FI")])
        let de = try PageIngester().ingest(bytes: ExamplePageTests.bytes("10-press-release-de-belgrad"), source: "10")
        #expect(de.chairpersonships() == [Chairpersonship(year: 2019, stateCode: "SK")])
        let menu = try PageIngester().ingest(bytes: ExamplePageTests.bytes("11-navigation-only-2024"), source: "11")
        #expect(menu.chairpersonships() == [Chairpersonship(year: 2024, stateCode: "MT")])
    }
}
