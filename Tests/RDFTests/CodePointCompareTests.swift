import RDF
import Testing

@Suite struct CodePointCompareTests {
    /// Code point order, not canonical equivalence: the NFC "é" and the NFD "e\u{301}" differ.
    @Test func ordersByCodePoints() {
        #expect(String.codePointCompare("a", "b") == -1)
        #expect(String.codePointCompare("b", "a") == 1)
        #expect(String.codePointCompare("abc", "abc") == 0)
        #expect(String.codePointCompare("ab", "abc") == -1)
        #expect(String.codePointCompare("", "a") == -1)
        #expect(String.codePointCompare("z", "é") == -1)  // U+007A < U+00E9
        #expect(String.codePointCompare("\u{E9}", "e\u{301}") == 1)  // U+00E9 > U+0065
        #expect(String.codePointCompare("\u{E9}", "\u{E9}") == 0)
        // Outside the BMP: U+1F600 (4 UTF-8 bytes) after U+FFFD (3 bytes).
        #expect(String.codePointCompare("\u{1F600}", "\u{FFFD}") == 1)
    }
}
