import Testing
@testable import PageIngest

/// The byte-level paths of the Document layer give what the `Character`/scalar code they
/// replaced gave (that code is kept here as the oracle).
@Suite struct ByteScanTests {
    static let tricky = ["", " ", "a", "  a  b  ", "a\tb\u{0B}c", "x\u{01}y", "\u{7F}", "a\u{A0}\u{A0}b", "x\u{200B}y\u{2060}",
                         "\u{FEFF}bom", "soft\u{AD}hyphen", "a\u{2009}\u{202F}b", "a\u{3000}b", "a\u{85}b", "a\u{1680}b",
                         "КИЕВ  4\u{A0}сентября", "é\u{301} ", "😀 \u{1F1FA}\u{1F1F8}  z", "end\u{A0}", "\u{2028}\u{2029}"]

    /// The scalar-by-scalar collapse that `TextNormalization.collapse(bytes:)` replaced.
    static func referenceCollapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var any = false
        for u in s.unicodeScalars {
            if TextNormalization.isInvisible(u.value) { continue }
            if u.properties.isWhitespace { pendingSpace = any; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(u)
            any = true
        }
        return String(out)
    }

    @Test func byteCollapseAgreesWithTheScalarOne() {
        for s in Self.tricky {
            #expect(Array(TextNormalization.collapseScalars(s).utf8) == Array(Self.referenceCollapse(s).utf8), "\(s.debugDescription)")
            #expect(TextNormalization.isCollapsed(s) == (Array(Self.referenceCollapse(s).utf8) == Array(s.utf8)), "\(s.debugDescription)")
        }
        #expect(TextNormalization.collapse("  КИЕВ\u{A0}\u{200B} 4\tсентября ") == "КИЕВ 4 сентября")
        #expect(TextNormalization.collapse(Substring("x  y z")) == "x y z")
    }

    @Test func utf8SearchFindsBytes() {
        let e = "Finland – OSCE Chairpersonship 2025"
        let r = e.utf8FirstRange(of: " – ")
        #expect(r.map { String(e[..<$0.lowerBound]) } == "Finland")
        #expect(r.map { String(e[$0.upperBound...]) } == "OSCE Chairpersonship 2025")
        #expect("a – b – c".utf8LastRange(of: " – ").map { String("a – b – c"[$0.upperBound...]) } == "c")
        // Non-overlapping from the left, as `ranges(of:).last`: ` – – ` holds one match, at 0.
        let dd = "x – – y"
        #expect(dd.utf8LastRange(of: " – ").map { dd.utf8.distance(from: dd.startIndex, to: $0.lowerBound) } == 1)
        #expect(dd.utf8LastRange(of: " – ") == dd.ranges(of: " – ").last)
        #expect("Киев, Україна".utf8Contains("Україна"))
        #expect(!"Киев".utf8Contains("Киевa"))
        #expect("abc".utf8FirstRange(of: "") == "abc".startIndex..<"abc".startIndex)
        #expect("".utf8FirstRange(of: "a") == nil)
        let sub = "xx[ab]yy".dropFirst(2)
        #expect(sub.utf8FirstRange(of: "b]").map { String(sub[$0]) } == "b]")
    }

    /// `[12]Newsroom` is a link marker glued to its text; `[12] x`, `[]x`, `[1a]x` and `[12]` at the end are not.
    @Test func linkMarkersFromBytes() {
        for yes in ["[12]Newsroom", "a [3]b", "x[1]é", "[x] [7]Home"] { #expect(DocumentReader.hasLinkMarker(yes), "\(yes)") }
        for no in ["[12] Newsroom", "[]x", "[1a]x", "[12]", "no markers", "[", "]1[", "[٣]x"] {
            #expect(!DocumentReader.hasLinkMarker(no), "\(no)")
        }
    }

    /// A word longer than every function word is skipped, and the words around it still count.
    @Test func languageWordsFromBytes() {
        #expect(LanguageDetector.longestFunctionWord >= 3)
        let long = String(repeating: "x", count: LanguageDetector.longestFunctionWord + 5)
        let german = "\(long) der die und das ist mit für von \(long) den"
        #expect(LanguageDetector.detect(german) == "de")
        #expect(LanguageDetector.detect("Der Präsident und die Delegation, für das Treffen mit den Vertretern") == "de")
        #expect(LanguageDetector.detect("Il Presidente ha dichiarato che la delegazione e il governo") == "it")
        #expect(LanguageDetector.detect("Представитель ОБСЕ заявил") == "ru")
    }

    /// Each token's text is its bytes of the paragraph, by `utf8Offsets`.
    @Test func tokenOffsetsIndexTheParagraphBytes() {
        let p = "Dr. Valančiūtė said: „Kyiv’s résumé – 3.5 km…“ 😀 done."
        let r = Tokenizer.tokenize(p)
        let bytes = Array(p.utf8)
        #expect(r.utf8Offsets.count == r.chars.count + 1)
        #expect(r.utf8Offsets.last == bytes.count)
        for t in r.tokens {
            #expect(String(decoding: bytes[r.utf8Offsets[t.start]..<r.utf8Offsets[t.end]], as: UTF8.self) == t.text)
        }
        #expect(r.tokens.map(\.text).prefix(4) == ["Dr.", "Valančiūtė", "said", ":"])
        #expect(r.tokens.contains { $0.text == "3.5" })
        #expect(r.quotes.first?.text == "Kyiv’s résumé – 3.5 km…")
        #expect(Tokenizer.string(r.chars[4..<14]) == "Valančiūtė")
    }

    @Test func keywordHeadsFromBytes() {
        #expect(NonPageDetector.uppercasedHead(of: "select ?x where", within: 10, hasPrefix: "SELECT "))
        #expect(!NonPageDetector.uppercasedHead(of: "selection of", within: 10, hasPrefix: "SELECT "))
        #expect(!NonPageDetector.uppercasedHead(of: "Sel", within: 10, hasPrefix: "SELECT "))
        // A non-ASCII head takes the general path: `ß` upper-cases to `SS`.
        #expect(NonPageDetector.uppercasedHead(of: "ßE", within: 10, hasPrefix: "SSE"))
        #expect(NonPageDetector.isSPARQLLine("?s foaf:name ?name ."))
        #expect(!NonPageDetector.isSPARQLLine("The Chairperson said the mission will continue."))
        #expect(NonPageDetector.isSPARQLLine("FILTER (?year > 2010)"))
    }

    @Test func menuEntriesFromBytes() {
        #expect(NavigationParser.stateEntry("Finland – OSCE Chairpersonship 2025") == MenuStateEntry(name: "Finland", chairpersonshipYear: 2025))
        #expect(NavigationParser.stateEntry("Malta - Chairmanship 2024") == MenuStateEntry(name: "Malta", chairpersonshipYear: 2024))
        #expect(NavigationParser.stateEntry("Bosnia and Herzegovina") == MenuStateEntry(name: "Bosnia and Herzegovina"))
        #expect(NavigationParser.isFieldOperation("Mission to Serbia"))
        #expect(NavigationParser.isFieldOperation("Programme Office IN Astana"))
        #expect(!NavigationParser.isFieldOperation("Office of the Secretary General"))
        #expect(!NavigationParser.isFieldOperation("Mission Serbia"))
    }
}
