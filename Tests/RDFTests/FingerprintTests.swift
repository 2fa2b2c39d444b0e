import Testing
@testable import RDF

/// `Fingerprint`: equal terms give equal fingerprints, different terms different ones.
@Suite struct FingerprintTests {
    let s = IRI(unchecked: "http://example.org/s"), p = IRI(unchecked: "http://example.org/p")

    @Test func equalTermsHaveEqualFingerprints() {
        #expect(Fingerprint(Term.literal(Literal("chat", uncheckedLanguage: "FR"))) == Fingerprint(Term.literal(Literal("chat", uncheckedLanguage: "fr"))))
        #expect(Fingerprint(Triple(s, p, Literal("x"))) == Fingerprint(Triple(s, p, Literal("x"))))
        #expect(Fingerprint(s) == Fingerprint(Term.iri(s)))
    }

    @Test func differentTermsHaveDifferentFingerprints() {
        let text = "http://example.org/s"
        let kinds: [Term] = [
            .iri(IRI(unchecked: text)), .blankNode(BlankNode(unchecked: "b1")), .literal(Literal("b1")), .literal(Literal(text)),
            .literal(Literal(text, datatype: XSD.anyURI)), .literal(Literal(text, uncheckedLanguage: "en")),
            // NFC and NFD spellings are two terms (code point equality).
            .literal(Literal("caf\u{E9}")), .literal(Literal("cafe\u{301}")),
        ]
        #expect(Set(kinds.map(Fingerprint.init)).count == kinds.count)
        // Field boundaries count: "ab" + "c" is not "a" + "bc".
        let a = Triple(IRI(unchecked: "urn:ab"), IRI(unchecked: "urn:c"), Literal("x"))
        let b = Triple(IRI(unchecked: "urn:a"), IRI(unchecked: "urn:bc"), Literal("x"))
        #expect(Fingerprint(a) != Fingerprint(b))
        // Many near-identical triples (one byte apart, every length up to 40) stay apart.
        var seen = Set<Fingerprint>()
        var n = 0
        for length in 0...40 {
            for byte in UInt8(0x41)...UInt8(0x5A) {
                let text = String(repeating: "a", count: length) + String(UnicodeScalar(byte))
                n += 1
                seen.insert(Fingerprint(Triple(s, p, Literal(text))))
            }
        }
        for i in 0..<50_000 { n += 1; seen.insert(Fingerprint(Triple(s, p, Literal(String(i))))) }
        #expect(seen.count == n)
    }

    /// The value is the same in every run (no random seed), so a streamed export is the same bytes.
    @Test func fingerprintsDoNotDependOnTheRun() {
        let f = Fingerprint(Triple(s, p, Literal("x")))
        #expect(f == Fingerprint(Triple(s, p, Literal("x"))))
        #expect(f.high != 0 && f.low != 0 && f.high != f.low)
    }
}
