import Testing
@testable import PageIngest

/// `WordSet`: the answer of `Set<String>.contains` for every query, asked by bytes or by string,
/// canonical equivalence included.
@Suite struct WordSetTests {
    static let words: Set<String> = [
        "Office", "Mission", "Ambassador", "Dr.", "", "Präsident", "Organizaţia", "Миссия",
        "\u{212A}elvin",      // KELVIN SIGN: canonically `Kelvin`
        "Cafe\u{301}",        // decomposed: canonically `Café`
    ]

    static func bytesContain(_ set: WordSet, _ word: String) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { set.contains($0) }
    }

    @Test(arguments: [
        "Office", "Mission", "Ambassador", "Dr.", "", "Präsident", "Organizaţia", "Миссия",
        "office", "Offic", "Offices", "Dr", "Ulrika", "Миссии", "Kelvin", "\u{212A}elvin", "kelvin",
        "Café", "Cafe\u{301}", "Cafe", "Pra\u{308}sident", "Organizaţia ", " Office",
    ])
    func answersAsTheSetOfStrings(query: String) {
        let set = WordSet(Self.words)
        let expected = Self.words.contains(query)
        #expect(set.contains(query) == expected, "\(query)")
        #expect(Self.bytesContain(set, query) == expected, "\(query)")
    }

    /// The canonical equivalents are found whichever form is written: the ASCII form of a word
    /// listed with KELVIN SIGN, the precomposed form of a word listed decomposed.
    @Test func findsCanonicalEquivalents() {
        let set = WordSet(Self.words)
        #expect(Self.bytesContain(set, "Kelvin"))
        #expect(Self.bytesContain(set, "Café"))
        #expect(Self.bytesContain(set, "Pra\u{308}sident"))
        #expect(!Self.bytesContain(set, "Kelvi"))
    }

    /// A set of many words (the table grows past its first size) still answers each.
    @Test func manyWords() {
        let words = Set((0..<5000).map { "Word\($0)" })
        let set = WordSet(words)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!(5000..<5100).contains { set.contains("Word\($0)") })
        #expect(set.words == words)
    }

    /// A token is asked by its bytes (`contains(_: Token)`, what the people and quote scans ask the
    /// lexicon's sets with): the answer of the set of strings for the token's text, for ASCII words,
    /// words with letters beyond ASCII, a decomposed accent and punctuation alike.
    @Test func answersForATokenAsForItsText() {
        let set = WordSet(Self.words.union(["said", "and", ","]))
        let result = Tokenizer.tokenize("Ambassador Kelvin said, and Миссия Café Cafe\u{301} Präsident Offices Dr. Ulrika")
        withExtendedLifetime(result) {
            let tokens = result.tokens
            #expect(tokens.count >= 10)
            var found: [String] = []
            for t in tokens {
                #expect(set.contains(t) == set.words.contains(t.text), "\(t.text)")
                if set.contains(t) { found.append(t.text) }
            }
            #expect(found == ["Ambassador", "Kelvin", "said", ",", "and", "Миссия", "Café", "Cafe\u{301}", "Präsident", "Dr."])
        }
    }

    /// The sequence of a `WordSet` is its words: a lexicon's list is read whole as before.
    @Test func isTheSequenceOfItsWords() {
        let set = WordSet(Self.words)
        #expect(Set(set) == Self.words)
        #expect(set.count == Self.words.count && !set.isEmpty && WordSet([]).isEmpty)
        #expect(set.isSuperset(of: ["Office", "Миссия"]) && !set.isSuperset(of: ["Office", "Ulrika"]))
        #expect(WordSet(["Office"]).isSubset(of: set) && !WordSet(["Ulrika"]).isSubset(of: set))
        #expect(set.union(["Ulrika"]) == Self.words.union(["Ulrika"]))
    }
}
