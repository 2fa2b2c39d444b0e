import Testing
@testable import PageIngest

/// Which person a post phrase belongs to, in the shapes where a post stands between two names or
/// two posts stand before one name (made-up sentences in the style of OSCE press releases).
@Suite struct RoleAssignmentTests {
    func analyse(_ body: [String], title: String = "Visit") -> ReleaseFacts {
        PageIngestTests.analyse(title, body)
    }

    @Test func inAListOfNamesEachPostFollowsItsName() {
        let r = analyse([
            "Joint statement by Ana Petrović, Director of the Regional Bureau in Tirana, Ambassador Karl Weiss, Head of the OSCE Presence in Albania, and Ines Duarte, Head of the Council Office in Skopje."
        ])
        #expect(roles(r, "Ana Petrović") == ["Director of the Regional Bureau in Tirana"])
        #expect(roles(r, "Karl Weiss") == ["Head of the OSCE Presence in Albania"])
        #expect(roles(r, "Ines Duarte") == ["Head of the Council Office in Skopje"])
    }

    @Test func aPostBeforeACommaAndANameStillOpensASentence() {
        // No name before the post: it is the next name's (pre-apposition).
        let r = analyse(["The Head of the OSCE Mission to Serbia, Ambassador Karl Weiss, opened the seminar."])
        #expect(roles(r, "Karl Weiss") == ["Head of the OSCE Mission to Serbia"])
    }

    @Test func aLongPostAfterAsKeepsItsLowerCaseTail() {
        let r = analyse([
            "The Chairperson-in-Office has designated Assembly Vice-President Mira Holm (MP, Norway) as Special Co-ordinator of the long-term OSCE observers, who will arrive next week."
        ])
        #expect(roles(r, "Mira Holm")?.contains("Special Co-ordinator of the long-term OSCE observers") == true)
    }

    @Test func aPostAfterAsStopsBeforeATimePhrase() {
        let r = analyse(["Ambassador Karl Weiss was appointed as Head of the OSCE Office in Yerevan last week."])
        #expect(roles(r, "Karl Weiss") == ["Head of the OSCE Office in Yerevan"])
    }

    @Test func twoPostsInAppositionBeforeOneName() {
        let r = analyse([
            "Address by a Representative of the Presidency of the Council of the Baltic Sea States, State Secretary of the Ministry of Foreign Affairs of Estonia, Mr. Tarmo Kask."
        ])
        let found = roles(r, "Tarmo Kask") ?? []
        #expect(found.contains("Representative of the Presidency of the Council of the Baltic Sea States"))
        #expect(found.contains("State Secretary of the Ministry of Foreign Affairs of Estonia"))
    }

    @Test func aTitleNamingTwoPeopleGivesEachTheirOwnPost() {
        let r = analyse(
            ["VIENNA, 3 May 2016 – OSCE Secretary General Anna Lind and EU Commissioner for Trade Jonas Berg met today to discuss the border crossings."],
            title: "OSCE Secretary General and EU Commissioner Berg discuss border crossings")
        #expect(roles(r, "Anna Lind") == ["OSCE Secretary General"])
        #expect(roles(r, "Jonas Berg")?.contains("OSCE Secretary General") == false)
        #expect(roles(r, "Jonas Berg")?.contains("EU Commissioner for Trade") == true)
    }

    @Test func aPostEndingInAGroupBeforeTheNameIsOnePost() {
        let r = analyse([
            "Special Co-ordinator of the OSCE short-term observers Pia Lund (MP, Finland) visited 40 polling stations.",
            "Chief of the international monitors Ilse Ganz said the road was closed.",
        ])
        #expect(roles(r, "Pia Lund") == ["Special Co-ordinator of the OSCE short-term observers", "MP, Finland"])
        #expect(roles(r, "Ilse Ganz") == ["Chief of the international monitors"])
    }

    @Test func aLowerCaseTailOfAPostBeforeACommaAndTheName() {
        // French post names keep their tail in lower case.
        let fr = analyse(["La Représentante de l’OSCE pour la liberté des médias, Ana Lopes, a rencontré le directeur du Centre national de formation des journalistes, Karim Saidi."],
                         title: "Visite")
        #expect(roles(fr, "Ana Lopes") == ["Représentante de l’OSCE pour la liberté des médias"])
        #expect(roles(fr, "Karim Saidi") == ["directeur du Centre national de formation des journalistes"])
        // A longer lower-case phrase that is no post falls back to the post at its end.
        let en = analyse(["The Representative condemned the attack on a radio journalist, Ivo Marić, in Split."])
        #expect(roles(en, "Ivo Marić") == ["radio journalist"])
    }

    @Test func twoPostsJoinedBeforeOneNameAreBothHers() {
        let r = analyse(["The Assembly’s Secretary General and Head of the Liaison Office Mira Holm opened the meeting."])
        let found = roles(r, "Mira Holm") ?? []
        #expect(found.contains { $0.hasSuffix("Secretary General") })
        #expect(found.contains("Head of the Liaison Office"))
    }
}

/// Words that are never names, from general features instead of one page's words (made-up text).
@Suite struct NonNameWordTests {
    @Test func aGermanNounWithANonNameEndingIsNoName() {
        let de = Lexicon.for(language: "de")
        #expect(de.isNonNameWord("Richterakademie"))
        #expect(de.isNonNameWord("Weiterbildung"))
        #expect(de.isNonNameWord("Teilnehmenden"))
        #expect(de.isNonNameWord("Generalstaatsanwaltschaft"))
        // Short words and ordinary surnames stay names.
        #expect(!de.isNonNameWord("Hartung"))
        #expect(!de.isNonNameWord("Jung"))
        #expect(!de.isNonNameWord("Brandstätter"))
        // The English lexicon has no such endings: `Armstrong` and `Youngblood` are names.
        #expect(!Lexicon.for(language: "en").isNonNameWord("Youngblood"))
    }

    @Test func everyFormOfAStateInTheGazetteerIsNoName() {
        let sq = Lexicon.for(language: "sq")
        #expect(sq.isNonNameWord("Shqipëri"))
        #expect(sq.isNonNameWord("Shqipërisë"))
        #expect(sq.isNonNameWord("Shqipërinë"))
        let fr = Lexicon.for(language: "fr")
        #expect(fr.isNonNameWord("Albanie"))
        // Another language's forms are not this lexicon's (`Rusu` is an Albanian form of Russia's
        // name and a Romanian surname), nor are forms of national adjectives.
        #expect(!Lexicon.for(language: "en").isNonNameWord("Rusu"))
        #expect(!Lexicon.for(language: "en").isNonNameWord("Shqipërisë"))
        #expect(!sq.isNonNameWord("Shqiptari"))
    }

    @Test func aGermanPageDoesNotMakeAPersonOfAnInstitutionWord() {
        let r = ReleaseAnalyzer.analyze(PageLayout.RawItem(title: "Kurs", titleLine: 1, body: [
            "Die Richterakademie Weiterbildung sagte, der Kurs sei gut. Botschafterin Lena Brandt eröffnete die Schulung."
        ]), truncated: false)
        #expect(r.people.map(\.name) == ["Lena Brandt"])
    }
}
