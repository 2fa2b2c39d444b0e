import Testing
@testable import PageIngest

/// Speaker attribution from the sentence's structure, on short made-up sentences.
@Suite struct AttributionTests {
    @Test func relativeClauseGivesTheQuoteToItsAntecedent() {
        let r = analyse("Talks in Ankara", [
            "VIENNA, 2 May 2021 – OSCE Secretary General Anna Berglund met Foreign Minister Kemal Öztürkoğlu, who added: “We will keep working together.”",
        ])
        #expect(r.people.map(\.name) == ["Anna Berglund", "Kemal Öztürkoğlu"])
        #expect(r.quotes.map(\.speaker) == ["Kemal Öztürkoğlu"])
    }

    @Test func unnamedSpeakerBeforeTheQuoteGetsNoPerson() {
        let r = analyse("Training ends", [
            "The course was opened by Ambassador Lena Marquardt, Head of the OSCE Mission to Moldova.",
            "One participant from Moldova said: “The course taught me a lot.”",
            "“It was useful,” a resident of the town told journalists.",
        ])
        #expect(r.people.map(\.name) == ["Lena Marquardt"])
        #expect(r.quotes.map(\.speaker) == [nil, nil])
    }

    @Test func theSubjectIsTheReferenceBeforeItsVerb() {
        let r = analyse("Visit", [
            "At the request of the OSCE Chairperson-in-Office, Foreign Minister Jonas Lindqvist, OSCE Secretary General Maria Ferreira visited the region on Monday.",
            "“The needs are great,” she said.",
            "“We must act,” Ferreira added.",
            "Lindqvist, who joined later, said: “I agree.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Maria Ferreira", "Maria Ferreira", "Jonas Lindqvist"])
    }

    @Test func pronounGoesToTheNearestCompatibleAntecedent() {
        let r = analyse("Meeting", [
            "Ms. Anna Berg met Mr. Tom Hill in Vienna. Hill opened the meeting.",
            "“We agree on the next steps,” she said. “So do we,” he added.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Anna Berg", "Tom Hill"])
    }

    @Test func aRoleAloneIsThePersonHoldingIt() {
        let r = analyse("Conference", [
            "The Head of the OSCE Mission to Serbia, Ambassador Nils Dahl, opened the conference.",
            "Participants said: “We need better protection.”",
            "“The laws must be implemented,” concluded the Head of the OSCE Mission to Serbia.",
            "Ambassador Dahl and Minister Vera Ilić later visited the centre.",
        ])
        #expect(r.quotes.map(\.speaker) == [nil, "Nils Dahl"])
        #expect(r.people.map(\.name) == ["Nils Dahl", "Vera Ilić"])
        #expect(r.people.last?.roles == ["Minister"])
    }

    @Test func sourcesThatAreNoPersonGiveNoSpeaker() {
        let r = analyse("Statement", [
            "OSCE Secretary General Lisa Brandt visited the border on Monday.",
            "“We are ready,” according to the Ministry of Interior. “We are not,” said Deputy Head of Mission.",
            "Judge Anna Kalm, Judge Peter Varga and Professor Ivan Dimov attended.",
        ])
        #expect(r.quotes.map(\.speaker) == [nil, nil])
        #expect(r.people.map(\.name) == ["Lisa Brandt", "Anna Kalm", "Peter Varga", "Ivan Dimov"])
        #expect(r.people[1].roles == ["Judge"])
    }

    @Test func appositionBetweenSpeakerAndColon() {
        let r = analyse("Seminar", [
            "Dr. Petra Novak, an expert from the Academy, met the students. Ambassador Tom Ellis, Head of the OSCE Office, said: “Thank you all.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Tom Ellis"])
    }
}

/// Quotation-mark styles and case forms.
@Suite struct QuoteStyleTests {
    @Test func singleAndReversedMarks() {
        let r = analyse("Visit", [
            "Ambassador Mia Holm visited the school. ‘Education is the key to the future,’ she said.",
            "»We stay here«, said Ambassador Jan Weber. The teachers’ union wasn’t there.",
        ])
        #expect(r.quotes.map(\.text) == ["Education is the key to the future,", "We stay here"])
        #expect(r.quotes.map(\.speaker) == ["Mia Holm", "Jan Weber"])
    }

    @Test func scareQuotesTitlesAndCitedWording() {
        let r = analyse("Talks", [
            "Foreign Minister Eva Lund described the talks as “difficult” on Monday.",
            "The Mission announced the winners of the Essay Competition on the “Future of Europe in our time”.",
            "The Representative is worried about a bill that would punish “the spreading of false information.”",
            "The report, “Hate Speech Data 2021”, was presented by Colonel Ivo Marić, who heads the unit.",
        ])
        #expect(r.people.map(\.name) == ["Eva Lund", "Ivo Marić"])
        // A military rank is an honorific as written (issue 6: rank = honorific, like `Dr.`).
        #expect(r.people.last?.honorific == "Colonel")
        #expect(r.quotes.map(\.text) == ["difficult"])
        #expect(r.quotes.map(\.speaker) == ["Eva Lund"])
    }

    @Test func slavicCaseFormsOfANameOnThePage() {
        let lexicon = Lexicon.for(language: "ru")
        #expect(lexicon.sameName("Клауса Нойкирха", "Клаус Нойкирх"))
        #expect(lexicon.sameName("Анны Петровой", "Анна Петрова"))
        #expect(!lexicon.sameName("Анна Петрова", "Анна Иванова"))
        let r = analyse("Семинар", [
            "КИШИНЕВ, 12 мая 2021 г. – Семинар открыл глава Миссии ОБСЕ посол Клаус Нойкирх.",
            "«Мы продолжим работу», – сказал Нойкирха коллега. По словам посла Клауса Нойкирха, «работа продолжается».",
        ])
        #expect(r.people.map(\.name) == ["Клаус Нойкирх"])
        #expect(r.quotes.last?.speaker == "Клаус Нойкирх")
    }
}
