import Foundation
@testable import OSCE
import Testing
@testable import PageIngest

/// The byte fast paths of page reading give the answers of the `String`/`Character` code they
/// stand in for (issue 9: output byte-identical), on ASCII text and on the cases that leave them:
/// combining marks, other white space, elided articles.
@Suite struct FastPathTests {
    @Test func wordCountStopsAtItsLimitAndCountsAsSplitDoes() {
        let texts = ["", " ", "a", "a b", "  a   b  c ", "Photo: OSCE/Jane Doe", "a \u{301}b c", "é è ê", String(repeating: "w ", count: 50)]
        for t in texts {
            let words = t.split(separator: " ").count
            for limit in 0...3 {
                #expect(min(BodyEnd.wordCount(t, atMost: limit), limit + 1) == min(words, limit + 1), "\(t) limit \(limit)")
            }
            #expect(BodyEnd.wordCount(t, atMost: 100) == words)
        }
    }

    @Test func theFirstColonIsTheFirstColonCharacter() {
        for t in ["Tel: +43 1 514", "no colon", ":", "a:", "é:b", ":\u{301}x: y", "x\u{301}:y", "Press contact:", "🇦🇹:x"] {
            #expect(BodyEnd.firstColon(t) == t.firstIndex(of: ":"), "\(t)")
        }
    }

    @Test func aLongLineIsNoContactCreditOrFurnitureLine() {
        let long = "Spokesperson: " + String(repeating: "word ", count: 5000)
        #expect(!BodyEnd.isContactLine(long))
        #expect(!BodyEnd.isCreditLine("Photo: " + long))
        #expect(!BodyEnd.isFurnitureLine(String(repeating: "Share", count: 100)))
        #expect(BodyEnd.isFurnitureLine("Share"))
    }

    /// A line of one huge word (the `nospace` pathological shape) is looked at only as far as a
    /// credit label or a dateline can reach; lines that are one still read as before.
    @Test func aHugeWordIsNoCreditLineOrDateline() {
        #expect(BodyEnd.isCreditLine("Photo: OSCE/Jane Doe"))
        #expect(BodyEnd.isCreditLine("PHOTO BY Jane Doe"))
        #expect(!BodyEnd.isCreditLine("Photographers met in Vienna"))
        #expect(!BodyEnd.isCreditLine(String(repeating: "x", count: 100_000)))
        #expect(Dateline.standalone("VIENNA, 3 May 2021 –")?.places == ["Vienna"])
        #expect(Dateline.standalone("VIENNA, 3 May 2021 –")?.date?.year == 2021)
        #expect(Dateline.standalone(String(repeating: "X", count: 100_000) + " 3 May 2021 –") == nil)
    }

    @Test func asciiPostWordsAreTheWordsOfThePhrase() {
        let articles: Set<String> = ["the"]
        #expect(PostWords("  Head of the  OSCE Mission, (CiO) ", articles: articles).words == ["head", "of", "osce", "mission", "cio"])
        #expect(PostWords("Head\tof\nMission", articles: articles).words == ["head", "of", "mission"])
        #expect(PostWords("« Chef » de la Mission", articles: ["la"]).words == ["chef", "de", "mission"])
        #expect(PostWords("() , .", articles: articles).words.isEmpty)
    }

    @Test func aPhraseIsItsOwnIdentityOnlyWhenNothingWouldBeDropped() {
        #expect(OSCEReference.isOwnIdentityPhrase("Head of the OSCE Mission to Serbia"))
        #expect(OSCEReference.isOwnIdentityPhrase("Ambassador"))
        #expect(!OSCEReference.isOwnIdentityPhrase("new Head of Mission"))
        #expect(!OSCEReference.isOwnIdentityPhrase("New Zealand Ambassador"))   // the word by word rule decides
        #expect(!OSCEReference.isOwnIdentityPhrase("OSCE Chairperson-in-Office (CiO)"))
        #expect(!OSCEReference.isOwnIdentityPhrase("Head  of Mission"))
        #expect(!OSCEReference.isOwnIdentityPhrase(" Head"))
        #expect(!OSCEReference.isOwnIdentityPhrase("Leiterin der Präsenz"))
        for p in ["Head of the OSCE Mission to Serbia", "New Zealand Ambassador", "new Head of Mission", "Head  of Mission", "OSCE Chairperson-in-Office (CiO)"] {
            if OSCEReference.isOwnIdentityPhrase(p) { #expect(OSCEReference.identityPhrase(p) == p) }
        }
    }

    @Test func theHonorificPreFilterRefusesNoHonorific() {
        for language in ["en", "fr", "it", "de", "ru"] {
            let lexicon = Lexicon.for(language: language)
            let text = "Ambassador Ulrika Funered, l’ambassadrice, L'Ambasciatrice, dell’Ambasciatore, Botschafterin, Herr, Dr. Berg, посол and the minister said."
            let tokens = Tokenizer.tokenize(text).tokens
            withExtendedLifetime(tokens) {
                for t in tokens where t.isWord {
                    #expect(lexicon.honorific(t) == lexicon.honorific(t.text), "\(language) \(t.text)")
                }
            }
        }
    }

    @Test func definitionsAloneAreTheDefinitionsOfTheFullAnnotator() {
        let texts = ["The Centre for Civic Initiatives (CCI) and the OSCE Office in Yerevan (the Office) met.",
                     "CCI Director Lena Brandt and the Head of the Office spoke.", "No parenthesis here."]
        let full = OrganisationAnnotator(texts: texts)
        let alone = OrganisationAnnotator(definitionsIn: texts)
        #expect(alone.definitions.mapValues(\.name) == full.definitions.mapValues(\.name))
        #expect(!alone.definitions.isEmpty)
        for role in ["CCI Director", "Head of the Office", "Head of the OSCE Mission to Serbia", "Minister"] {
            #expect(alone.organisation(ofRole: role)?.name == full.organisation(ofRole: role)?.name, "\(role)")
        }
    }

    @Test func organisationNamesAreFoundOnTheBytesAsOnTheWords() {
        let found = PageFacts.organisationsMentioned(in: ["Staff of the OSCE Mission to Serbia met the OSCE Mission to Moldova.",
                                                          "—OSCE Mission to Serbia again", "Миссия ОБСЕ в Молдове", "OSCE Mission to"])
        #expect(found.map(\.name) == ["OSCE Mission to Serbia", "OSCE Mission to Moldova"])
        #expect(PageFacts.organisationsMentioned(in: ["Миссия ОБСЕ в Молдове и"]).map(\.name) == ["OSCE Mission to Moldova"])
    }

    @Test func tokensSpellTheirText() {
        let tokens = Tokenizer.tokenize("( Genève ) as appointed").tokens
        withExtendedLifetime(tokens) {
            #expect(tokens[0].spells("("))
            #expect(!tokens[0].spells(")"))
            #expect(tokens[1].spells("Genève"))
            #expect(tokens[1].spells("Gene\u{300}ve"))   // canonically equivalent
            #expect(!tokens[1].spells("Geneve"))
            #expect(tokens[3].spells("as"))
        }
    }

    /// The words whose capitalised form is looked up again by `isNameToken` are told from their
    /// bytes: a word with one ASCII capital, first, is its own capitalised form.
    @Test func aWordWithOnlyItsFirstCapitalIsItsOwnCapitalisedForm() {
        let words = ["Funered", "McDonald", "OSCE", "Dr.", "Head", "Élysée", "Ma", "A", "x", "Co-operation", "Co-Chair", "Ambassador’s"]
        var told = 0
        for w in words {
            let only = Array(w.utf8).withUnsafeBufferPointer { PeopleExtractor.isOnlyFirstCapital($0[...]) }
            if only {
                told += 1
                #expect(TextNormalization.capitalizeFirst(w.lowercased()) == w, "\(w)")
            }
        }
        #expect(told == 6)   // Funered, Dr., Head, Ma, A, Co-operation
    }

    /// `StateIndex.mayStemMatch` refuses from a token's bytes only words `stemMatch` finds nothing for.
    @Test func theStemPreFilterRefusesNoStem() {
        let text = "the swedish and schwedischen experts, shqiptare, srpski, the participants discussed co-operation in the region, moldavian русский shvedskiy"
        let tokens = Tokenizer.tokenize(text).tokens
        var refused = 0
        withExtendedLifetime(tokens) {
            for t in tokens where t.isWord {
                if StateIndex.shared.mayStemMatch(t.utf8) { continue }
                refused += 1
                #expect(StateIndex.shared.stemMatch(t.text) == nil, "\(t.text)")
            }
        }
        #expect(refused > 5)
    }

    /// The phrase pre-filter of `Lexicon.honorific(before:in:)` refuses only words that end no
    /// honorific of several words: every phrase and single honorific is still found before a name.
    @Test func theHonorificPhrasePreFilterRefusesNoPhrase() throws {
        let lexicon = Lexicon.for(language: "en")
        let text = "said Major General Anna Berg, Prof. Dr. habil. Igli Hasani, Ambassador Ulrika Funered and the participants discussed co-operation."
        let tokens = Tokenizer.tokenize(text).tokens
        var refused = 0
        try withExtendedLifetime(tokens) {
            for (i, t) in tokens.enumerated() where t.isWord && !lexicon.filters.honorificPhraseEnds.mayContain(t.utf8) {
                refused += 1
                #expect(lexicon.honorificPhrases[t.text] == nil, "\(t.text)")
                #expect(lexicon.honorific(before: i + 1, in: tokens)?.start ?? i == i, "\(t.text)")
            }
            let anna = try #require(tokens.firstIndex { $0.text == "Anna" })
            #expect(lexicon.honorific(before: anna, in: tokens)?.text == "Major General")
            #expect(lexicon.honorific(before: anna, in: tokens)?.start == anna - 2)
            let igli = try #require(tokens.firstIndex { $0.text == "Igli" })
            #expect(lexicon.honorific(before: igli, in: tokens)?.text == "Prof. Dr. habil.")
            let ulrika = try #require(tokens.firstIndex { $0.text == "Ulrika" })
            #expect(lexicon.honorific(before: ulrika, in: tokens)?.text == "Ambassador")
            #expect(lexicon.honorificEnd(from: anna - 2, in: tokens) == anna)
        }
        #expect(refused > 10)
    }

    /// An ASCII path's HTML extension is read from its bytes as the `Character` split reads it
    /// (last non-empty component, text after its last dot, any case); other paths take the split.
    @Test func theHTMLExtensionOfAPathIsReadAsTheSplitReadsIt() {
        func bySplit(_ source: String) -> Bool {
            let name = source.split(separator: "/").last ?? ""
            guard let dot = name.lastIndex(of: ".") else { return false }
            return ["html", "htm"].contains(name[name.index(after: dot)...].lowercased())
        }
        let paths = ["a/b.html", "a/b.HTM", "page.htm", "a.html/b", "a.html/", "a/b.html//", "b.txt", "dir/file", "", "/", ".html",
                     "x/.htm", "a.b/c", "a/b.html.txt", "a/b.txt.html", "страница.html", "a/stránka.htm", "é/b.txt", "a/b.html\u{301}"]
        var html = 0
        for p in paths {
            #expect(PageIngester.hasHTMLExtension(p) == bySplit(p), "\(p)")
            if bySplit(p) { html += 1 }
        }
        #expect(html == 10)
    }

    /// `MeetingDetector.firstSentence` gives the sentences in order, one at a time, and stops at
    /// the first that answers (a long paragraph is not cut into all its sentences first).
    @Test func sentencesAreReadOneAtATimeUpToTheFirstAnswer() {
        let paragraph = "The Centre opened. Was it a meeting?  Yes!It was. The end"
        var seen: [String] = []
        let all: Int? = MeetingDetector.firstSentence(of: paragraph) { seen.append($0); return nil }
        #expect(all == nil)
        #expect(seen == ["The Centre opened.", "Was it a meeting?", "Yes!It was.", "The end"])
        seen = []
        let second = MeetingDetector.firstSentence(of: paragraph) { s -> Int? in seen.append(s); return s.hasSuffix("?") ? seen.count : nil }
        #expect(second == 2)
        #expect(seen.count == 2)
    }

    /// `FileBytes.read` gives a file's bytes as `FileManager` does, nil where it gives nil.
    @Test func fileBytesAreTheFilesBytes() throws {
        let page = ExamplePageTests.pagesDirectory.appendingPathComponent("000_0b91f1119559f398.txt").path
        let expected = try #require(FileManager.default.contents(atPath: page))
        #expect(FileBytes.read(atPath: page) == [UInt8](expected))
        #expect(FileBytes.read(atPath: page + ".missing") == nil)
        #expect(FileBytes.read(atPath: ExamplePageTests.pagesDirectory.path) == nil)
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("osce-kg-empty-\(getpid()).txt").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(FileBytes.read(atPath: empty) == [])
    }

    /// A mention is 12 bytes (a page of one 50 MB line of names holds millions) and reads back
    /// the numbers it was made with.
    @Test func aMentionIsTwelveBytesAndKeepsItsNumbers() {
        #expect(MemoryLayout<TextUnit.Mention>.stride == 12)
        var m = TextUnit.Mention(start: 3, end: 2_000_000_000, person: 70_000)
        #expect(m.start == 3 && m.end == 2_000_000_000 && m.person == 70_000)
        m.start = 1_500_000_000
        #expect(m.start == 1_500_000_000)
        #expect(m == TextUnit.Mention(start: 1_500_000_000, end: 2_000_000_000, person: 70_000))
    }

    /// `collapse(bytes:)` (written straight into the new string) gives, on text of ASCII words and
    /// white space, the words joined by one space; drops zero-width characters, folds Unicode
    /// spaces, keeps other bytes, and repairs a cut sequence at the end as `String(decoding:)` does.
    @Test func collapsingWritesTheWordsJoinedByOneSpace() {
        var text = ""
        var words: [String] = []
        let gaps = [" ", "  ", "\t", "\n ", " \r\n", "\u{0B}"]
        for k in 0..<5_000 {
            let word = "w\(k)" + (k % 7 == 0 ? "-é" : "")
            words.append(word)
            text += gaps[k % gaps.count] + word
        }
        text += " \n"
        #expect(TextNormalization.collapse(text) == words.joined(separator: " "))
        #expect(TextNormalization.collapse("\u{A0}a\u{2009}\u{3000}b\u{200B}c\u{AD}d \u{FEFF} ") == "a bcd")
        #expect(TextNormalization.collapse("\u{1}a \u{7F}") == "\u{1}a \u{7F}")
        let cut: [UInt8] = [0x61, 0x20, 0x20, 0xE2, 0x80]
        #expect(cut.withUnsafeBufferPointer(TextNormalization.collapse(bytes:)) == "a \u{FFFD}")
        #expect([UInt8]().withUnsafeBufferPointer(TextNormalization.collapse(bytes:)) == "")
    }

    /// `honorificEnd(from:in:)` refuses at once a word no honorific starts with, and finds the
    /// same ends as asking `honorific(before:in:)` at each of the next four tokens.
    @Test func theHonorificEndIsFoundAsBeforeAndRefusedEarly() {
        for language in ["en", "de", "fr"] {
            let lexicon = Lexicon.for(language: language)
            let text = "said Major General Anna Berg, Prof. Dr. habil. Igli Hasani, Herr Dr. Weber, l’ambassadrice Funered and the participants of Brigadier General X."
            let tokens = Tokenizer.tokenize(text).tokens
            var found = 0
            withExtendedLifetime(tokens) {
                for start in tokens.indices {
                    var expected: Int?
                    var e = start + 1
                    while e <= tokens.count, e - start <= 4 {
                        if let h = lexicon.honorific(before: e, in: tokens), h.start == start { expected = e }
                        e += 1
                    }
                    #expect(lexicon.honorificEnd(from: start, in: tokens) == expected, "\(language) \(tokens[start].text)")
                    if expected != nil { found += 1 }
                }
            }
            #expect(found >= 4, "\(language)")
        }
    }

    /// `isAcronymWithSuffix` reads an ASCII word from its bytes; the answers are the ones of its
    /// reading by Unicode scalars (the test's own copy of it), and non-ASCII words still go that way.
    @Test func anAcronymWithASuffixIsToldFromTheBytesAsFromTheScalars() {
        func byScalars(_ word: String) -> Bool {
            var capitals = 0
            var joined = false
            for s in word.unicodeScalars {
                if s.properties.isUppercase, !joined { capitals += 1; continue }
                if !joined, capitals >= 3, s == "-" || s == "'" || s == "\u{2019}" { joined = true; continue }
                return capitals >= 3 && s.properties.isLowercase
            }
            return false
        }
        let ascii = ["OSCEs", "NATO's", "ODIHR-s", "ODIHR-S", "OSCE", "McDonald", "Funered", "UNHCR", "ABc", "AB-c", "ABC-", "ABC--x", "ABC'-x", "A", "", "x", "ABC1d", "ABCd-E"]
        let other = ["ЕККУнун", "ЕҚЫҰ-ның", "AGİT’in", "ОБСЕ", "Élysée", "ABC’s"]
        for w in ascii + other { #expect(PeopleExtractor.isAcronymWithSuffix(w) == byScalars(w), "\(w)") }
        #expect(ascii.filter(PeopleExtractor.isAcronymWithSuffix) == ["OSCEs", "NATO's", "ODIHR-s", "ABCd-E"])
        #expect(other.filter(PeopleExtractor.isAcronymWithSuffix) == ["ЕККУнун", "ЕҚЫҰ-ның", "AGİT’in", "ABC’s"])
    }

    /// `Lexicon.startsLowercase` is `first?.isLowercase`, read from an ASCII first byte.
    @Test func aWordStartsInLowerCaseAsItsFirstCharacterSays() {
        let words = ["glaciologist", "Glaciologist", "", "e\u{301}conomist", "E\u{301}x", "économiste", "Économiste", "1st", "ß", "x"]
        for w in words { #expect(Lexicon.startsLowercase(w) == (w.first?.isLowercase == true), "\(w)") }
        #expect(words.filter(Lexicon.startsLowercase).count == 5)
    }
}
