import Testing
import OSCE
@testable import PageIngest

/// Posts and time: a past post (`former ODIHR Director`) is a role name, not a post held at the
/// release date; an adverb of time before a post in apposition (`X, now Director of Y`) is not
/// part of the post; a plural honorific (`Ambassadors X and Y`) marks each coordinated name
/// (made-up sentences).
@Suite struct PastAndCurrentPostTests {
    func release(_ body: String) throws -> Release {
        let raw = """
        Forum on elections

        - Date:
        - 5 May 2022

        \(body)
        """
        return try #require(try PageIngester().ingest(text: raw, source: "synthetic.txt").releases().first)
    }

    @Test func aFormerPostNamingAnAcronymIsNotHeld() throws {
        let r = try release("""
        VILNIUS, 5 May 2022 – The Office for Democratic Institutions and Human Rights (ODIHR) opened a forum. \
        Former OSCE Secretary General Marek Dvorak and former ODIHR Director Helena Varga sent greetings. \
        Former ODIHR Director Petra Holm spoke. ODIHR Director Tomas Lind opened the forum.
        """)
        let varga = try #require(r.posts.first { $0.holder?.name == "Helena Varga" })
        #expect(varga.role == "former ODIHR Director")
        #expect(!varga.isHeld)
        let holm = try #require(r.posts.first { $0.holder?.name == "Petra Holm" })
        #expect(holm.role == "Former ODIHR Director")
        #expect(!holm.isHeld)
        let dvorak = try #require(r.posts.first { $0.holder?.name == "Marek Dvorak" })
        #expect(!dvorak.isHeld)
        // A post without the qualifier is still held.
        let lind = try #require(r.posts.first { $0.holder?.name == "Tomas Lind" })
        #expect(lind.role == "ODIHR Director")
        #expect(lind.isHeld)
    }

    @Test func pastQualifiersComeFromTheLexicon() {
        let lexicon = Lexicon.shared
        #expect(lexicon.isPastQualified("Former ODIHR Director"))
        #expect(lexicon.isPastQualified("ex-Minister of Defence"))
        #expect(lexicon.isPastQualified("ehemaliger Außenminister"))
        #expect(!lexicon.isPastQualified("outgoing Head of Mission"))
        #expect(!lexicon.isPastQualified("Head of the OSCE Mission to Moldova"))
        #expect(!lexicon.isPastQualified(""))
    }

    @Test func anAdverbOfTimeBeforeAPostInAppositionIsDropped() throws {
        let r = try release("""
        RIGA, 5 May 2022 – Former OSCE Secretary General Anton Weber, now Director of the Baltic Centre for Media Studies, \
        attended the forum. Jana Kral, currently Head of the OSCE Mission to Moldova, also attended.
        """)
        let weber = r.posts.filter { $0.holder?.name == "Anton Weber" }.map(\.role)
        #expect(weber.contains("Director of the Baltic Centre for Media Studies"))
        #expect(!weber.contains(where: { $0.lowercased().hasPrefix("now") }))
        let kral = r.posts.filter { $0.holder?.name == "Jana Kral" }
        #expect(kral.map(\.role) == ["Head of the OSCE Mission to Moldova"])
        #expect(kral.allSatisfy { $0.isHeld })
    }

    @Test func aPluralHonorificBeforeCoordinatedNamesFindsBothPeople() throws {
        let r = try release("""
        SKOPJE, 5 May 2022 – Ambassadors Karin Olsen and Piotr Nowicki, Heads of the OSCE Missions to Moldova and in Serbia, \
        opened the forum. Messrs. Adam Berg and Viktor Lenz attended, and Messrs Ivo Marek and Jan Sova spoke.
        """)
        let names = r.people.map(\.name)
        #expect(names.contains("Karin Olsen"))
        #expect(names.contains("Piotr Nowicki"))
        #expect(names.contains("Adam Berg"))
        #expect(names.contains("Viktor Lenz"))
        #expect(names.contains("Ivo Marek"))
        #expect(names.contains("Jan Sova"))
        #expect(!names.contains { $0.hasPrefix("Ambassadors") || $0.hasPrefix("Messrs") })
        #expect(r.people.first { $0.name == "Karin Olsen" }?.honorific == "Ambassador")
        #expect(r.people.first { $0.name == "Piotr Nowicki" }?.honorific == "Ambassador")
        #expect(r.people.first { $0.name == "Adam Berg" }?.honorific == nil)
    }
}
