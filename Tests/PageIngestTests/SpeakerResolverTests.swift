import Testing
@testable import PageIngest

/// Quote attribution as scored candidates: one test per cue or resolution mechanism, each on
/// its own made-up text, plus the weight table's and the resolver's own rules.
@Suite struct SpeakerResolverTests {
    /// The release's quotes as (speaker, evidence), from `ReleaseAnalyzer.analyze(…, explain:)`.
    func attribute(_ title: String, _ body: [String]) -> (facts: ReleaseFacts, evidence: [String]) {
        var evidence: [String] = []
        let facts = ReleaseAnalyzer.analyze(PageLayout.RawItem(title: title, titleLine: 1, body: body), truncated: false,
                                            explain: { evidence = $0.map(\.evidence) })
        return (facts, evidence)
    }

    @Test func verbThenName() {
        let (r, why) = attribute("Border talks", [
            "OSCE Project Co-ordinator Tarja Koskinen opened the workshop on Tuesday.",
            "“The new crossing points shorten every journey,” said Minister of Transport Goran Vidić.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Goran Vidić"])
        #expect(why.first?.hasPrefix("said-X, verb said") == true)
    }

    /// A State or an organisation before the verb speaks as a body: no person. A new user's page
    /// gave `Sweden said in a statement: “…` to the person named in the sentence before.
    @Test func aStateOrAnOrganisationSpeaksForNoPerson() {
        let (r, why) = attribute("Session in Brussels", [
            "Anna Mills, spokesperson of the Assembly, said the meeting was constructive. “The talks went well,” Mills said.",
            "Sweden said in a statement: “We support the initiative.”",
            "The Delegation of Norway said: “We welcome the report.”",
            "The OSCE Mission to Serbia said: “The project ends in May.”",
            "“Both sides agreed,” Mills added.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Anna Mills", nil, nil, nil, "Anna Mills"])
        #expect(why[1].hasPrefix("unnamed-before, verb said") && why[1].contains("→ no person"), "\(why[1])")
    }

    @Test func nameThenVerbAndApposition() {
        let (r, why) = attribute("Water forum", [
            "Ambassador Ilse Vanderberg and Mayor Rustam Aliyev opened the forum.",
            "“Rivers do not stop at borders,” Aliyev said.",
            "“We share one basin,” Ambassador Ilse Vanderberg, Head of the OSCE Office in Tajikistan, added.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Rustam Aliyev", "Ilse Vanderberg"])
        #expect(why.allSatisfy { $0.hasPrefix("X-said") })
    }

    @Test func appositionAfterTheVerbGivesTheNameInIt() {
        let (r, why) = attribute("Media training", [
            "Journalists from four towns took part in the course.",
            "“Facts come first,” said the most experienced of the trainers, Ambassador Oskar Brandvold.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Oskar Brandvold"])
        #expect(why.first?.hasPrefix("said-ROLE-X") == true, "\(why)")
    }

    @Test func colonAfterAName() {
        let (r, why) = attribute("Statement", [
            "The seminar ended with a statement from the chair.",
            "Ambassador Mirela Costache: “The region needs more women in policing.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Mirela Costache"])
        #expect(why.first?.hasPrefix("X-colon") == true)
    }

    @Test func accordingToBeforeAndAfter() {
        let (r, _) = attribute("Survey results", [
            "Ambassador Hanne Solberg presented the survey, and Minister Petar Ristić answered questions.",
            "According to Ambassador Solberg, “two in three respondents trust the police.”",
            "“Trust must be earned every day,” according to Minister Ristić.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Hanne Solberg", "Petar Ristić"])
    }

    @Test func aNameAfterADashSignsThePassage() {
        let (r, why) = attribute("Mediators trained", [
            "Ambassador Karl Lindqvist opened the course together with Deputy Minister Anahit Sargsyan.",
            "“Mediation saves courts time and families money.” – Deputy Minister Anahit Sargsyan",
            "“Both sides must want it.” — Lindqvist, in his closing remarks",
        ])
        #expect(r.quotes.map(\.speaker) == ["Anahit Sargsyan", "Karl Lindqvist"])
        #expect(why.allSatisfy { $0.hasPrefix("dash-X") }, "\(why)")
    }

    @Test func aVerbWithoutSubjectSpeaksLikeAPronounOfItsEndingsGender() {
        let (es, why) = attribute("Mediadores", [
            "«La mediación ahorra tiempo», afirmó la embajadora Lucía Ferrer. «También ahorra dinero», añadió.",
        ])
        #expect(es.quotes.map(\.speaker) == ["Lucía Ferrer", "Lucía Ferrer"])
        #expect(why.last?.hasPrefix("said-alone, verb añadió") == true, "\(why)")
        // `добавила` shows a woman: the man who spoke last (`сказал` shows a man) is passed over.
        let (ru, _) = attribute("Тренинг", [
            "Посол Анна Ковач и заместитель министра Фарход Рахимов открыли тренинг.",
            "«Граница должна быть открытой», – сказал Рахимов. «Мы продолжим эту работу», – добавила.",
        ])
        #expect(ru.quotes.map(\.speaker) == ["Фарход Рахимов", "Анна Ковач"])
        // `dodala je.`: an auxiliary after the verb; `dodala` shows a woman.
        let (hr, _) = attribute("Obuka sudaca", [
            "Veleposlanica Ana Horvat i ministar Ivan Kovačević otvorili su obuku.",
            "„Obuka je ključna za reformu”, rekao je Kovačević. „Nastavit ćemo ovaj rad”, dodala je.",
        ])
        #expect(hr.quotes.map(\.speaker) == ["Ivan Kovačević", "Ana Horvat"])
        // Polish: `dodał` shows a man; the woman who spoke last is passed over.
        let (pl, _) = attribute("Szkolenie obserwatorów", [
            "Szkolenie otworzyli minister Piotr Nowak oraz dr Anna Kowalczyk z ODIHR.",
            "„Obserwator najpierw słucha” – powiedziała Kowalczyk. „Potem pisze raport” – dodał.",
        ])
        #expect(pl.quotes.map(\.speaker) == ["Anna Kowalczyk", "Piotr Nowak"])
        let lexicon = Lexicon.for(language: "ru")
        #expect(lexicon.gender(ofVerb: "добавила") == .feminine && lexicon.gender(ofVerb: "сказал") == .masculine)
        #expect(Lexicon.for(language: "en").gender(ofVerb: "said") == nil)
    }

    @Test func relativeClauseAntecedent() {
        let (r, why) = attribute("Visit", [
            "OSCE Secretary General Ines Carvalho met Foreign Minister Davit Beridze, who stressed: “Dialogue is our only road.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Davit Beridze"])
        #expect(why.first?.hasPrefix("X-who-said") == true)
    }

    @Test func attributionInTheMiddleOfAPassageCarriesToItsSecondPart() {
        let (r, why) = attribute("Elections", [
            "Ambassador Katrin Oberholzer led the observers.",
            "“The vote was calm,” she said. “Counting, however, was slow in many places.”",
        ])
        #expect(r.quotes.map(\.speaker) == ["Katrin Oberholzer", "Katrin Oberholzer"])
        #expect(why.last?.hasPrefix("previous-subject") == true)
    }

    @Test func pronounSkipsAnAntecedentOfTheOtherGender() {
        let (r, _) = attribute("Meeting", [
            "Ms. Dana Petrescu welcomed Mr. Iker Zubiri to Vienna. Petrescu chaired the first session.",
            "“We will return next year,” he said.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Iker Zubiri"])
    }

    @Test func aGivenNameShowsTheGenderWhenNoTitleDoes() {
        // The right antecedent is not the nearest: Berg is the subject of the sentence before.
        let (r, why) = attribute("Visit", [
            "OSCE Secretary General Maria Lindahl welcomed Deputy Foreign Minister Thomas Berg to Vienna.",
            "Berg presented the plans of his government for the coming year.",
            "“We are ready to help with every step,” she said.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Maria Lindahl"])
        #expect(why.first?.contains("agrees") == true, "\(why)")
    }

    @Test func pronounSkipsThePersonAddressed() {
        // Neither gender is known: the subject (Halvorsen) would be chosen, but the verb addresses her.
        let (r, why) = attribute("Handover", [
            "OSCE Project Co-ordinator Sigrid Halvorsen met Justice Minister Adnan Hodžić in Sarajevo.",
            "“The archive is yours now,” he told Halvorsen.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Adnan Hodžić"])
        #expect(why.first?.contains("pronoun") == true)
    }

    @Test func roleAloneIsItsHolder() {
        let (r, _) = attribute("Conference", [
            "The Head of the OSCE Presence in Albania, Ambassador Teodor Marinescu, opened the conference.",
            "“Courts must be open to everyone,” the Head of the OSCE Presence in Albania said.",
        ])
        #expect(r.quotes.map(\.speaker) == ["Teodor Marinescu"])
    }

    @Test func unnamedSpeakersGiveNoPerson() {
        let (r, why) = attribute("Youth camp", [
            "Ambassador Livia Moretti visited the camp on Friday.",
            "“I learned to listen,” said a young trainee from Shkodër.",
            "One local resident said: “The road is finally safe.”",
            "“We want more of this,” two students told the organizers.",
            "The Ministry of Education welcomed the camp. “Schools will take part next year,” it said.",
            "They added: “Every region will send a team.”",
        ])
        #expect(r.quotes.map(\.speaker) == [nil, nil, nil, nil, nil])
        #expect(why.allSatisfy { $0.contains("no person") })
    }

    @Test func aNameNotReadAsAPersonTakesItsPassagesFromTheLastPersonRead() {
        // No cue makes `Jordan Sargsyan` a person here (a name whose first word is a State's name
        // needs a cue stronger than a verb of saying), but he holds the speaker's slot: his
        // passages are nobody's we know, not the last person's read (Lindqvist).
        let (r, why) = attribute("Community centre", [
            "Ambassador Karl Lindqvist opened the new community centre in Gyumri.",
            "Jordan Sargsyan, who chairs the Dilijan Youth Council, said: “We will be open every day.”",
            "Jordan Sargsyan grew up in Vanadzor. “Children need a quiet place,” he said.",
            "Jordan Sargsyan runs the youth club in the same building. “Books are free.”",
        ])
        #expect(r.people.map(\.name) == ["Karl Lindqvist"])
        #expect(r.quotes.map(\.speaker) == [nil, nil, nil])
        #expect(why.count == 3, "\(why)")
        // In the speaker's slot; as the subject a pronoun refers to; as the subject carried over.
        #expect(why.first?.contains("→ no person (a name not read as a person)") == true, "\(why)")
        #expect(why.dropFirst().first?.contains("the subject, a name not read as a person") == true, "\(why)")
        #expect(why.last?.hasPrefix("previous-subject, 1 sentence back → no person (a name not read as a person)") == true, "\(why)")
    }

    @Test func verbsOfSayingOfOtherLanguagesComeFromTheData() {
        let (ru, _) = attribute("Встреча в Кишинёве", [
            "Посол Игорь Самойлов встретился с депутатами парламента.",
            "Посол Самойлов согласился: «Реформа нужна всем».",
        ])
        #expect(ru.quotes.map(\.speaker) == ["Игорь Самойлов"])
        let de = Lexicon.for(language: "de")
        #expect(de.speechVerbs.contains("stimmte") && de.verbParticles.contains("zu"))
        #expect(!Lexicon.for(language: "en").speechVerbs.contains("stimmte"))
        // Every weak verb is a verb of saying.
        for code in ["en", "de", "fr", "es"] {
            let l = Lexicon.for(language: code)
            #expect(l.weakSpeechVerbs.isSubset(of: l.speechVerbs), "\(code)")
        }
    }

    @Test func aSubjectFromFarBackIsNoSpeaker() {
        let filler = (1...11).map { "The \($0 == 1 ? "first" : "next") session covered item \($0) of the agenda." }
        let near = attribute("Seminar", ["Ambassador Rasmus Kjeldsen opened the seminar."] + filler.prefix(2) + ["“Borders should connect people.”"])
        #expect(near.facts.quotes.map(\.speaker) == ["Rasmus Kjeldsen"])
        let far = attribute("Seminar", ["Ambassador Rasmus Kjeldsen opened the seminar."] + filler + ["“Borders should connect people.”"])
        #expect(far.facts.quotes.map(\.speaker) == [nil])
        #expect(far.evidence.first?.hasPrefix("below threshold: previous-subject, 12 sentences back") == true, "\(far.evidence)")
    }

    // The weight table and the resolver on their own.

    @Test func bandsOfCuesNeverReorder() {
        let after: [AttributionCue] = [.verbThenSpeaker, .speakerThenVerb, .nameAfterVerb, .accordingToAfter, .unnamedAfter, .bylineAfter, .verbAlone]
        let before: [AttributionCue] = [.relativeClause, .verbFinalClause, .speakerBeforeVerb, .speakerBeforeApposition,
                                        .unnamedBefore, .accordingToBefore, .colonLead, .headingAbove]
        let rest: [AttributionCue] = [.clauseReference, .repeatedPassage, .previousSubject]
        #expect(Set(after + before + rest) == Set(AttributionCue.allCases))
        // The worst an after-cue can score (far, weak verb) is above the best before-cue.
        let worstAfter = after.map { SpeakerCandidate(cue: $0, ref: .pronoun(nil), distance: 100, verb: "welcomed", weakVerb: true).score }.min()!
        let bestBefore = before.map(AttributionWeights.weight).max()!
        #expect(worstAfter > bestBefore)
        let worstBefore = before.map { SpeakerCandidate(cue: $0, ref: .pronoun(nil), distance: 100, verb: "thanked", weakVerb: true).score }.min()!
        #expect(worstBefore > rest.map(AttributionWeights.weight).max()!)
        // A subject carried over decays with the sentences since it was named, below the threshold past ten.
        let subject = { (n: Int) in SpeakerCandidate(cue: .previousSubject, ref: .person(0), sentences: n).score }
        #expect(subject(1) < AttributionWeights.weight(.previousSubject))
        #expect(subject(10) >= AttributionWeights.threshold && subject(11) < AttributionWeights.threshold)
    }

    func person(_ name: String, _ gender: Lexicon.Gender?) -> PeopleExtractor.Found {
        PeopleExtractor.Found(name: name, honorific: nil, roles: [], firstMention: (0, 0),
                              surname: String(name.split(separator: " ").last!), gender: gender)
    }

    @Test func theBestCandidateWinsAndAnUnnamedOneGivesNobody() {
        var resolver = SpeakerResolver(people: [person("Ana Vuković", .feminine), person("Emil Novák", .masculine)])
        var recent = RecentPeople()
        recent.mentioned(0)
        recent.mentioned(1)
        let weak = SpeakerCandidate(cue: .previousSubject, ref: .person(0), sentences: 3)
        let strong = SpeakerCandidate(cue: .speakerBeforeVerb, ref: .person(1), distance: 2, verb: "said")
        let pick = resolver.choose([weak, strong], subject: 0, recent: recent)
        #expect(pick.speaker == 1 && pick.cue == .speakerBeforeVerb)
        #expect(pick.evidence.hasPrefix("X-said-before, verb said, 2 tokens → Emil Novák 0.80; also previous-subject"))
        let nobody = resolver.choose([SpeakerCandidate(cue: .unnamedAfter, ref: .unnamed), weak], subject: 0, recent: recent)
        #expect(nobody.speaker == nil && nobody.cue == .unnamedAfter)
        #expect(resolver.choose([], subject: 0, recent: recent).evidence == "no candidate")
    }

    @Test func pronounAntecedentsAreScored() {
        var resolver = SpeakerResolver(people: [person("Ana Vuković", .feminine), person("Emil Novák", .masculine), person("Kim Lee", nil)])
        // The subject wins when compatible, even named earlier.
        #expect(resolver.antecedent(.feminine, subject: 0, latestFirst: [2, 1, 0], excluded: [])?.person == 0)
        // A subject of the other gender is skipped: an agreeing person beats one of unknown gender.
        #expect(resolver.antecedent(.masculine, subject: 0, latestFirst: [2, 1, 0], excluded: [])?.person == 1)
        // Unknown gender is compatible; the person addressed is not.
        #expect(resolver.antecedent(.masculine, subject: 0, latestFirst: [2, 1, 0], excluded: [1])?.person == 2)
        #expect(resolver.antecedent(.feminine, subject: 1, latestFirst: [1], excluded: []) == nil)
        let she = SpeakerCandidate(cue: .speakerThenVerb, ref: .pronoun(.feminine), distance: 0, verb: "said")
        // A pronoun nobody is compatible with names someone the page does not: no speaker, even
        // when a weaker candidate (the subject carried over) names a person.
        let subject = SpeakerCandidate(cue: .previousSubject, ref: .person(1), sentences: 1)
        let none = resolver.choose([she, subject], subject: 1, recent: RecentPeople())
        #expect(none.speaker == nil && none.cue == .speakerThenVerb)
        #expect(none.evidence.hasPrefix("X-said, verb said, pronoun → no person (no compatible antecedent) 0.95"), "\(none.evidence)")
    }
}
