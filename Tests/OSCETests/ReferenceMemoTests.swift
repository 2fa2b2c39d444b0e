import Testing
@testable import OSCE

/// `ReferenceMemo`: the kept answers of `OSCEReference.post(named:)` and `organisation(named:)`
/// (issue 9: every page asked the same role phrases again, each time folding and looking up).
@Suite struct ReferenceMemoTests {
    /// A kept answer (nil included) is given without asking again; texts are told apart by their bytes.
    @Test func keepsAnswersByBytes() {
        let memo = ReferenceMemo<Int>(capacity: 8)
        var asked: [String] = []
        func lookUp(_ text: String) -> Int? {
            asked.append(text)
            return text.hasPrefix("no") ? nil : text.utf8.count
        }
        #expect(memo.answer(for: "Head of Mission", lookUp) == 15)
        #expect(memo.answer(for: "Head of Mission", lookUp) == 15)
        #expect(memo.answer(for: "nothing", lookUp) == nil)
        #expect(memo.answer(for: "nothing", lookUp) == nil)
        #expect(asked == ["Head of Mission", "nothing"])
        // `é` precomposed and decomposed are equal `String`s but two texts here: each gets the
        // answer of its own spelling, whichever was asked first.
        #expect(memo.answer(for: "caf\u{E9}", lookUp) == 5)
        #expect(memo.answer(for: "cafe\u{301}", lookUp) == 6)
        #expect(memo.answer(for: "caf\u{E9}", lookUp) == 5)
        #expect(asked.count == 4)
        #expect(memo.count == 4)
    }

    /// A full memo is emptied and filled again: it never holds more than its capacity, and the
    /// answers stay those of the look-up.
    @Test func staysWithinItsCapacity() {
        let memo = ReferenceMemo<Int>(capacity: 2)
        for round in 0..<3 {
            for word in ["a", "bb", "ccc"] {
                #expect(memo.answer(for: word, { $0.utf8.count }) == word.utf8.count, "round \(round)")
                #expect(memo.count <= 2)
            }
        }
    }

    /// Through the memo, `post(named:)` and `organisation(named:)` answer as the look-ups
    /// themselves, asked once or again.
    @Test func referenceLookUpsAnswerAsBefore() {
        let roles = ["OSCE Secretary General", "ODIHR’s First Deputy Director", "глава Миссии ОБСЕ в Сербии",
                     "Head of the OSCE Mission to Serbia", "Координатор проектов ОБСЕ в Узбекистане", "Gardener", ""]
        for role in roles + roles {
            #expect(OSCEReference.post(named: role) == OSCEReference.lookUpPost(named: role), "\(role)")
        }
        #expect(OSCEReference.post(named: "глава Миссии ОБСЕ в Сербии")?.id == "head-of-mission-to-serbia")
        #expect(OSCEReference.post(named: "Gardener") == nil)
        let names = ["Миссии ОБСЕ в Сербии", "Slovak OSCE Chairmanship", "OSCE Mission to Moldova (closed)",
                     "Миссии ООН в Сербии", "ODIHR", "Parliamentary Assembly", ""]
        for name in names + names {
            #expect(OSCEReference.organisation(named: name) == OSCEReference.lookUpOrganisation(named: name), "\(name)")
        }
        #expect(OSCEReference.organisation(named: "Миссии ОБСЕ в Сербии")?.id == "mission-to-serbia")
        #expect(OSCEReference.organisation(named: "Миссии ООН в Сербии") == nil)
        let roles2 = ["Chair of the Permanent Council", "Head of the Permanent Delegation of Sweden to the OSCE",
                      "Special Envoy of the Slovak OSCE Chairmanship", "Director of the Institute of Peace Studies in Tirana",
                      "OSCE PA Vice-President", "Gardener", ""]
        for role in roles2 + roles2 {
            #expect(OSCEReference.organisation(inRole: role) == OSCEReference.lookUpOrganisation(inRole: role), "\(role)")
            #expect(OSCEReference.identifiedOrganisation(inRole: role) == OSCEReference.lookUpIdentifiedOrganisation(inRole: role), "\(role)")
        }
        #expect(OSCEReference.organisation(inRole: "Chair of the Permanent Council")?.id == "permanent-council")
        #expect(OSCEReference.organisation(inRole: "Gardener") == nil)
    }
}
