import Testing
@testable import RDF

@Suite struct TermTests {
    @Test func iriValidationRejectsExcludedCharacters() {
        #expect(throws: RDFError.self) { try IRI("http://ex.org/a b") }
        #expect(throws: RDFError.self) { try IRI("relative/path") }
        #expect(throws: RDFError.self) { try IRI("http://ex.org/<x>") }
        #expect((try? IRI("http://ex.org/caf%C3%A9#x"))?.value == "http://ex.org/caf%C3%A9#x")
        #expect((try? IRI("http://ex.org/Київ"))?.value == "http://ex.org/Київ")
    }

    /// Every ASCII character after the scheme: refused exactly when IRIREF
    /// excludes it (the byte scan's bit masks), with the message naming it.
    @Test func iriProblemForEveryASCIICharacter() {
        let excluded = Set("<>\"{}|^`\\".unicodeScalars.map(\.value))
        for v in UInt32(1)...0x7F {
            let c = Character(Unicode.Scalar(v)!)
            let problem = IRI.problem(in: "http://ex.org/a\(c)b")
            if v <= 0x20 || v == 0x7F {
                #expect(problem == "control or space character U+\(String(v, radix: 16, uppercase: true))")
            } else if excluded.contains(v) {
                #expect(problem == "character '\(c)' not allowed")
            } else {
                #expect(problem == nil, "U+\(String(v, radix: 16))")
            }
        }
        #expect(IRI.problem(in: ":x") == "empty scheme")
        #expect(IRI.problem(in: "1http://x") == "no scheme")
        #expect(IRI.problem(in: "http") == "no scheme")
        #expect(IRI.problem(in: "h+t.t-p:Київ\u{FFFE}") == nil)
        #expect(Literal.isValidLanguageTag("en-GB-oxendict") && !Literal.isValidLanguageTag("en--GB") && !Literal.isValidLanguageTag("1en"))
        #expect(Literal.isValidLanguageTag("x-12345678") && !Literal.isValidLanguageTag("x-123456789") && !Literal.isValidLanguageTag(""))
    }

    @Test func literalNTriplesForm() throws {
        #expect(Literal("a\"b\\c\n").description == "\"a\\\"b\\\\c\\n\"")
        #expect(try Literal("Wien", language: "de-AT").description == "\"Wien\"@de-AT")
        #expect(Literal(5).description == "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>")
        #expect(Literal("\u{1}").description == "\"\\u0001\"")
        #expect(throws: RDFError.self) { try Literal("x", language: "en GB") }
    }

    @Test func blankNodeSanitising() {
        #expect(BlankNode(sanitising: "a b").id == "ba_x20_b")
        #expect(BlankNode(sanitising: "ok_1").id == "ok_1")
        #expect(!BlankNode.isValidLabel("a.b"))
    }

    @Test func graphDeduplicatesAndKeepsOrder() {
        let a = Triple(IRI(unchecked: "http://ex.org/a"), RDFVocabulary.type, IRI(unchecked: "http://ex.org/C"))
        let b = Triple(IRI(unchecked: "http://ex.org/b"), RDFVocabulary.type, IRI(unchecked: "http://ex.org/C"))
        var g = Graph()
        g.insert(b); g.insert(a); g.insert(b)
        #expect(g.count == 2)
        #expect(g.triples == [b, a])
        #expect(g.sorted() == [a, b])
    }
}

@Suite struct CodePointEqualityTests {
    /// "é" precomposed (NFC) and "e" + combining acute (NFD) are different
    /// RDF terms (Simple String Comparison), though Swift's String == merges them.
    @Test func nfcAndNfdAreDifferentTerms() {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        #expect(nfc == nfd)  // Swift's canonical equivalence
        #expect(Literal(nfc) != Literal(nfd))
        #expect(IRI(unchecked: "http://ex.org/" + nfc) != IRI(unchecked: "http://ex.org/" + nfd))
        var g = Graph()
        let s = IRI(unchecked: "http://ex.org/s"), p = IRI(unchecked: "http://ex.org/p")
        g.insert(Triple(s, p, Literal(nfc)))
        g.insert(Triple(s, p, Literal(nfd)))
        #expect(g.count == 2)
        #expect(Set([Literal(nfc), Literal(nfd), Literal(nfc)]).count == 2)
    }

    @Test func languageTagsCompareWithoutCase() {
        #expect(Literal("Kyoto", uncheckedLanguage: "ja-Latn") == Literal("Kyoto", uncheckedLanguage: "ja-latn"))
        #expect(Set([Literal("Kyoto", uncheckedLanguage: "ja-Latn"), Literal("Kyoto", uncheckedLanguage: "JA-LATN")]).count == 1)
        #expect(Literal("Kyoto", uncheckedLanguage: "ja") != Literal("Kyoto"))
    }
}
